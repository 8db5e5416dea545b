import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The cheapest Bot Connector that still speaks the protocol: drains the reply, answers with an id. */
export async function startStubConnector(): Promise<{
  url: string;
  replies: () => number;
  close: () => Promise<void>;
}> {
  let replies = 0;
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      replies++;
      // Not chained: restify patches http.ServerResponse.prototype.writeHead to return nothing.
      res.statusCode = 200;
      res.setHeader('Content-Type', 'application/json');
      res.end('{"id":"r"}');
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    replies: () => replies,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
