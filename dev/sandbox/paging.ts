import { createHmac, randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { SandboxLink } from './fixtures/types';
import { badRequest } from './http/errors';
import { QueryParams } from './http/query';
import { link } from './link';

// Seek paging as Partner Center does it: links.next carries `seekOperation=Next` and an
// MS-ContinuationToken header that must be sent back. The token is opaque to clients; here it holds
// the listing's query and offset, signed so that a hand-made token is refused like a stale one.

interface SeekState {
  /** Which listing the token belongs to, e.g. `customers` or `orders:<customer id>`. */
  scope: string;
  query: Record<string, string>;
  offset: number;
}

export interface Listing {
  query: QueryParams;
  offset: number;
}

export class SeekPaging {
  private readonly secret = randomBytes(16);

  private sign(payload: string): string {
    return createHmac('sha256', this.secret).update(payload).digest('base64url').slice(0, 22);
  }

  encode(state: SeekState): string {
    const payload = Buffer.from(JSON.stringify(state)).toString('base64url');
    return `${payload}.${this.sign(payload)}`;
  }

  private decode(token: string): SeekState | undefined {
    const [payload, signature] = token.split('.');
    if (!payload || signature !== this.sign(payload)) return undefined;
    try {
      return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as SeekState;
    } catch {
      return undefined;
    }
  }

  /** The query and offset a request lists: its own, or on `seekOperation=Next` the continuation token's. */
  listing(scope: string, query: QueryParams, headers: IncomingHttpHeaders): Listing {
    const seek = query.get('seekOperation');
    if (seek === undefined) return { query, offset: 0 };
    if (seek.toLowerCase() !== 'next') throw badRequest(`seekOperation ${seek} is not supported.`);
    const header = headers['ms-continuationtoken'];
    const token = Array.isArray(header) ? header[0] : header;
    if (!token) throw badRequest('seekOperation=Next requires the MS-ContinuationToken header.');
    const state = this.decode(token);
    if (!state || state.scope !== scope) throw badRequest('The continuation token is invalid or expired.');
    return { query: QueryParams.fromRecord(state.query), offset: state.offset };
  }

  /** links.next for the page after `nextOffset` (`uri` already ends in seekOperation=Next). */
  nextLink(scope: string, query: Record<string, string>, nextOffset: number, uri: string): SandboxLink {
    const token = this.encode({ scope, query, offset: nextOffset });
    return link(uri, 'GET', [{ key: 'MS-ContinuationToken', value: token }]);
  }
}
