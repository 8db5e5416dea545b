import type { z } from 'zod';
import type { PartnerCenterApi } from '../partnercenter/api';
import type { RequestContext } from '../partnercenter/request-context';
import type { CachePolicy } from './cache-policy';
import { PARTNER_CENTER_OPERATIONS } from './cached-operations';
import type { Lookup, ResponseCache } from './response-cache';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any argument list; rows are typed per method
type Method = (...args: any[]) => Promise<unknown>;

/** The positions of `P` that hold the request context (tuple indices are string literals: "0", "1"…). */
type ContextIndex<P extends unknown[]> = {
  [I in keyof P]: P[I] extends RequestContext ? (I extends `${infer N extends number}` ? N : never) : never;
}[number];

/** How one operation is cached (a row of cached-operations.ts). */
export interface CachedOperation<M extends Method> {
  /** The policy's TTL this answer lives by. */
  ttl: 'directoryTtlMs' | 'ordersTtlMs';
  /** The answer's shape: a value another process wrote to the shared tier is served only if it still has it. */
  schema: z.ZodType<Awaited<ReturnType<M>>>;
  /** Where the request context is among the arguments: the shared upstream call gets its own signal there. */
  ctxAt: ContextIndex<Parameters<M>>;
  /**
   * What tells two calls apart (the key also carries the scope and the operation). Partner Center matches ids
   * in any case, so ids are lowercased: two spellings of one id share one answer.
   */
  key(...args: Parameters<M>): string[];
  /** The answer when the inner API lacks this (optional) operation. */
  unsupported?: Awaited<ReturnType<M>>;
}

/** A row for every operation of `Api`: leaving one out does not compile. */
export type CachedOperations<Api> = { [K in keyof Api]-?: CachedOperation<Extract<Api[K], Method>> };

/**
 * `inner` behind the cache, operation by operation as `operations` says. Keys carry the scope (cloud and
 * partner tenant), the operation and its key parts, so two partners or two clouds never share an answer.
 */
export function cachedApi<Api extends { [K in keyof Api]?: Method }>(
  inner: Api,
  operations: CachedOperations<Api>,
  cache: ResponseCache,
  policy: CachePolicy,
  scope: string,
): Required<Api> {
  const api: Partial<Record<keyof Api, Method>> = {};
  for (const name of Object.keys(operations) as (keyof Api & string)[]) {
    api[name] = cachedMethod(inner, name, operations[name], cache, policy, scope);
  }
  // Every key of `operations` is installed above, and its type has a row for every operation of Api.
  return api as Required<Api>;
}

function cachedMethod<Api extends { [K in keyof Api]?: Method }, K extends keyof Api & string>(
  inner: Api,
  operation: K,
  row: CachedOperation<Extract<Api[K], Method>>,
  cache: ResponseCache,
  policy: CachePolicy,
  scope: string,
): Method {
  const ttlMs = policy[row.ttl];
  const accept = (value: unknown): boolean => row.schema.safeParse(value).success;
  // JSON.stringify([scope, operation, ...parts]) without building that array on every call. JSON keeps parts
  // that contain a separator apart ("a|b","c" vs "a","b|c").
  const head = JSON.stringify([scope, operation]).slice(0, -1);
  return (...args: Parameters<Extract<Api[K], Method>>) => {
    const call: Method | undefined = inner[operation];
    if (!call) return Promise.resolve(row.unsupported);
    const ctx = args[row.ctxAt] as RequestContext;
    const parts = JSON.stringify(row.key(...args));
    const key = parts.length > 2 ? `${head},${parts.slice(1)}` : `${head}]`;
    const lookup: Lookup = { operation, key, ttlMs, accept };
    return cache.get(lookup, ctx, (signal) => {
      const upstream = args.slice();
      upstream[row.ctxAt] = shared(ctx, signal);
      return call.apply(inner, upstream);
    });
  };
}

/**
 * The context of a shared upstream call: the first turn's correlation id and locale, but the call's own
 * signal, so that one turn reaching its deadline does not abort the call other turns are waiting for.
 */
function shared(ctx: RequestContext, signal: AbortSignal): RequestContext {
  return { ...ctx, signal };
}

/** A base class whose instances are the given methods (the class form keeps `new` for callers). */
function methodsAsClass<Api>() {
  return class {
    constructor(methods: Required<Api>) {
      Object.assign(this, methods);
    }
  } as new (methods: Required<Api>) => Required<Api>;
}

/** The Partner Center API behind the response cache, one row of cached-operations.ts per operation. */
export class CachedPartnerCenterApi extends methodsAsClass<PartnerCenterApi>() {
  constructor(inner: PartnerCenterApi, cache: ResponseCache, policy: CachePolicy, scope: string) {
    super(cachedApi(inner, PARTNER_CENTER_OPERATIONS, cache, policy, scope));
  }
}
