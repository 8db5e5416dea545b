import type { ServerResponse } from 'node:http';

/** What a handler answers; the server adds trace headers and applies body knobs. */
export interface Reply {
  status: number;
  body?: unknown;
  /** Sent as is instead of `body` (e.g. an HTML error page from a gateway), with its own Content-Type. */
  text?: { contentType: string; content: string };
  headers?: Record<string, string>;
}

export interface BodyTweaks {
  /** Prefix a UTF-8 byte-order mark, as some real Partner Center responses do. */
  bom?: boolean;
  /** Cut the JSON in half (but send a matching Content-Length): a body that cannot be parsed. */
  truncate?: boolean;
}

export function json(body: unknown, status = 200): Reply {
  return { status, body };
}

export function writeReply(
  res: ServerResponse,
  reply: Reply,
  headers: Record<string, string>,
  tweaks: BodyTweaks = {},
) {
  if (reply.text) {
    const payload = Buffer.from(reply.text.content, 'utf8');
    res.writeHead(reply.status, {
      ...headers,
      'Content-Type': reply.text.contentType,
      ...reply.headers,
      'Content-Length': String(payload.length),
    });
    res.end(payload);
    return;
  }
  let text = reply.body === undefined ? '' : JSON.stringify(reply.body);
  if (tweaks.truncate) text = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
  if (tweaks.bom && text) text = `\uFEFF${text}`;
  const payload = Buffer.from(text, 'utf8');
  res.writeHead(reply.status, {
    ...headers,
    ...(text ? { 'Content-Type': 'application/json; charset=utf-8' } : {}),
    ...reply.headers,
    'Content-Length': String(payload.length),
  });
  res.end(payload);
}
