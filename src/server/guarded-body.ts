import type { Request, RequestHandler, Response } from 'restify';

// The request body is read here rather than by restify's bodyParser: that reader inflates gzip bodies without
// handling inflate errors (one request with `Content-Encoding: gzip` and a body that is not gzip ends the
// process, node-restify #1975 and #1785), counts its size limit in compressed bytes (a small gzip bomb inflates
// to hundreds of MB), and lets an aborted upload through to the handler. Every problem here is the caller's: a
// 4xx answer, never an exception.

/** Content-Encoding values that mean "not encoded". */
const IDENTITY = new Set(['', 'identity']);

/**
 * A `pre` handler, run before routing, for every path: a request whose body is compressed (or encoded any other
 * way) gets 415 before a byte of it is read. The Bot Connector and the Emulator send plain JSON.
 */
export const refuseEncodedBodies: RequestHandler = (req, res, next) => {
  const encoding = req.headers['content-encoding'];
  if (encoding === undefined || IDENTITY.has(encoding.trim().toLowerCase())) return next();
  // RFC 7694: say which encodings are accepted.
  res.setHeader('Accept-Encoding', 'identity');
  res.send(415, { error: 'Content-Encoding is not supported; send the body uncompressed' });
  return next(false);
};

/** application/json, with or without parameters, and the application/*+json family. */
function isJson(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

type BodyResult = { body: Buffer } | { status: 400 | 413; error: string };

/** Reads at most `maxBytes` of the body; never rejects. */
function readLimited(req: Request, maxBytes: number): Promise<BodyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    const settle = (result: BodyResult) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      // Nothing past the limit is kept; Node discards the rest of the body once the answer is sent.
      if (received > maxBytes) settle({ status: 413, error: `the body is larger than ${maxBytes} bytes` });
      else chunks.push(chunk);
    };
    const incomplete = () => settle({ status: 400, error: 'the body was not received in full' });
    req.on('data', onData);
    req.once('end', () => settle({ body: Buffer.concat(chunks) }));
    req.once('error', incomplete);
    req.once('close', () => {
      if (!req.complete) incomplete();
    });
  });
}

function refuse(res: Response, status: number, error: string): false {
  res.send(status, { error });
  return false;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A route handler that sets `req.body` to the parsed JSON body, or answers 4xx: 415 for a body that is not
 * declared JSON, 413 for one over `maxBytes` (by Content-Length before reading, else while reading), 400 for one
 * that is cut short, not UTF-8 or not JSON.
 */
export function readJsonBody(maxBytes: number): RequestHandler {
  return (req, res, next) => {
    if (!isJson(req.headers['content-type'])) {
      return next(refuse(res, 415, 'the body must be JSON (Content-Type: application/json)'));
    }
    if (Number(req.headers['content-length']) > maxBytes) {
      return next(refuse(res, 413, `the body is larger than ${maxBytes} bytes`));
    }
    // A callback handler, not an async one: restify runs the next handler whenever an async handler resolves.
    readLimited(req, maxBytes)
      .then((read) => {
        if ('error' in read) return next(refuse(res, read.status, read.error));
        const parsed = parseJson(read.body);
        if ('error' in parsed) return next(refuse(res, 400, parsed.error));
        req.body = parsed.value;
        return next();
      })
      // Only a bug of ours lands here; restify answers 500 and the server logs it, the process stays up.
      .catch((err: unknown) => next(err instanceof Error ? err : new Error(String(err))));
  };
}

function parseJson(body: Buffer): { value: unknown } | { error: string } {
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    return { error: 'the body is not UTF-8 text' };
  }
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return { error: 'the body is not valid JSON' };
  }
}
