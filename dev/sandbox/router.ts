import type { IncomingHttpHeaders } from 'node:http';
import type { Fixtures } from './fixtures/types';
import { methodNotAllowed, routeNotFound } from './http/errors';
import type { QueryParams } from './http/query';
import type { Reply } from './http/reply';
import type { SeekPaging } from './paging';
import type { OrderLifecycle } from './lifecycle';
import type { RenewalCalendar } from './renewals/calendar';
import type { TokenStore } from './token-store';

/** Everything a handler may look at; handlers are synchronous (the body is read before dispatch). */
export interface RouteContext {
  method: string;
  path: string;
  query: QueryParams;
  headers: IncomingHttpHeaders;
  /** Parsed form body (token requests), else empty. */
  form: URLSearchParams;
  /** The sandbox's own origin, e.g. http://127.0.0.1:54321. */
  baseUrl: string;
  fixtures: Fixtures;
  paging: SeekPaging;
  tokens: TokenStore;
  /** The realData knob: customers and bodies as real data varies (real-data.ts). */
  realData: boolean;
  /** Pending orders completing over time (issue 12). */
  lifecycle: OrderLifecycle;
  /** Subscriptions renewing, ending and opening windows over time (issue 19). */
  renewals: RenewalCalendar;
}

export type Params = Record<string, string>;

export interface Route {
  method: 'GET' | 'POST';
  /** Segments; `:name` captures one. Literal segments match case-insensitively (seed 003 writes /v1/Customers/). */
  pattern: string;
  handle(ctx: RouteContext, params: Params): Reply;
}

function match(pattern: string, segments: readonly string[]): Params | undefined {
  const parts = pattern.split('/').filter(Boolean);
  if (parts.length !== segments.length) return undefined;
  const params: Params = {};
  for (const [i, part] of parts.entries()) {
    const segment = segments[i] ?? '';
    if (part.startsWith(':')) params[part.slice(1)] = segment;
    else if (part.toLowerCase() !== segment.toLowerCase()) return undefined;
  }
  return params;
}

function splitPath(path: string): string[] {
  return path
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });
}

/** Runs the route matching path and method; 404 when no route has the path, 405 when none has the method. */
export function dispatch(routes: readonly Route[], ctx: RouteContext): Reply {
  const segments = splitPath(ctx.path);
  const allowed: string[] = [];
  for (const route of routes) {
    const params = match(route.pattern, segments);
    if (!params) continue;
    if (route.method === ctx.method) return route.handle(ctx, params);
    allowed.push(route.method);
  }
  if (allowed.length > 0) throw methodNotAllowed(ctx.method, allowed);
  throw routeNotFound(ctx.path);
}
