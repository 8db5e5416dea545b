import { request } from 'node:http';
import { connect } from 'node:net';

// Requests as a hostile client writes them: any method, headers and body bytes, each on its own connection.

export interface RawRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string | number>;
  /** Written as is; chunked unless a Content-Length header is given. */
  body?: Buffer | string;
}

export interface RawAnswer {
  status: number;
  body: string;
}

export function rawRequest(baseUrl: string, options: RawRequest): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${baseUrl}${options.path ?? '/api/messages'}`,
      { method: options.method ?? 'POST', headers: options.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/**
 * Sends the head of a POST that announces `declaredBytes` of body, then only `sentBytes` of it, and hangs up:
 * a client that goes away mid-upload. Resolves when the connection is closed.
 */
export function abortedUpload(
  baseUrl: string,
  declaredBytes: number,
  sentBytes: number,
  extraHeaders = '',
): Promise<void> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(
        `POST /api/messages HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\n` +
          `${extraHeaders}Content-Length: ${declaredBytes}\r\n\r\n${'{'.repeat(sentBytes)}`,
        () => socket.destroy(),
      );
    });
    socket.on('error', () => undefined);
    socket.on('close', () => resolve());
  });
}

/**
 * Writes `bytes` and keeps the connection open (a client still uploading) until the server has answered; resolves
 * with the status. For refusals sent before the body is read: a client that wrote all of a refused body could
 * see its connection reset before reading the answer.
 */
export function statusBeforeBodyEnds(baseUrl: string, bytes: string): Promise<number> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve) => {
    let answer = '';
    const socket = connect(Number(port), hostname, () => socket.write(bytes));
    socket.on('data', (chunk: Buffer) => {
      answer += chunk.toString();
      const status = /^HTTP\/1\.1 (\d{3}) /.exec(answer);
      if (status) {
        resolve(Number(status[1]));
        socket.destroy();
      }
    });
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(0));
  });
}

/** Writes raw bytes on a connection and resolves with whatever comes back before the server closes it. */
export function rawBytes(baseUrl: string, bytes: string): Promise<string> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve) => {
    let answer = '';
    const socket = connect(Number(port), hostname, () => socket.end(bytes));
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(answer));
  });
}
