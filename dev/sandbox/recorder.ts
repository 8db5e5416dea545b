import type { IncomingMessage } from 'node:http';

export interface RecordedRequest {
  method: string;
  /** As sent, not decoded or lowercased. */
  path: string;
  query: Record<string, string>;
  /** Lowercased names, WITHOUT authorization. */
  headers: Record<string, string>;
  /** Form fields of a token request, without secrets. */
  form?: Record<string, string>;
  /** 0 while the answer is pending, and for ever when a `hang` fault swallowed the request. */
  status: number;
  /** Date.now() when the request arrived. */
  at: number;
}

// Tests read these records, and logs may print them: credentials never go in.
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie']);
const SECRET_FIELDS = new Set([
  'client_secret',
  'client_assertion',
  'refresh_token',
  'assertion',
  'password',
  'code',
  'code_verifier',
]);

function withoutSecrets(entries: Iterable<[string, string]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of entries) if (!SECRET_FIELDS.has(name) && !(name in out)) out[name] = value;
  return out;
}

export function recordRequest(req: IncomingMessage, url: URL, form?: URLSearchParams): RecordedRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || SECRET_HEADERS.has(name)) continue;
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return {
    method: req.method ?? 'GET',
    path: url.pathname,
    query: withoutSecrets(url.searchParams),
    headers,
    ...(form ? { form: withoutSecrets(form) } : {}),
    status: 0,
    at: Date.now(),
  };
}
