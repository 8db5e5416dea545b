import { createServer, type Server } from 'node:http';

/**
 * What `localhost` resolves to. Clients differ in which they try first (Node 18+, browsers and the Emulator
 * often take ::1), so "http://localhost:3978" answers only when the bot is on both.
 */
export const LOCALHOST_ADDRESSES = ['127.0.0.1', '::1'] as const;

/**
 * A second HTTP server on `address`:`port` that hands every request to `primary`, as if it had arrived there.
 * restify listens on one address; this serves the same routes, middleware and turn tracking on another.
 * Rejects with the listen error (e.g. EADDRNOTAVAIL when the machine has no IPv6 loopback).
 */
export function listenTwin(primary: Server, address: string, port: number): Promise<Server> {
  const twin = createServer((req, res) => primary.emit('request', req, res));
  // The same protections against slow or idle clients as the primary.
  twin.requestTimeout = primary.requestTimeout;
  twin.headersTimeout = primary.headersTimeout;
  twin.keepAliveTimeout = primary.keepAliveTimeout;
  return new Promise((resolve, reject) => {
    twin.once('error', reject);
    twin.listen(port, address, () => {
      twin.removeListener('error', reject);
      resolve(twin);
    });
  });
}
