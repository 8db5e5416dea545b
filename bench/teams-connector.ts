import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Teams' per bot per thread limits, as the connector applies them (its own copy, not the bot's). */
const LIMITS = [
  { limit: 7, windowMs: 1_000 },
  { limit: 8, windowMs: 2_000 },
  { limit: 60, windowMs: 30_000 },
  { limit: 1_800, windowMs: 3_600_000 },
];

/** A Bot Connector that throttles like Teams: beyond a thread's limits, 429 with Retry-After. */
export async function startTeamsConnector(): Promise<{
  url: string;
  accepted: (conversationId: string) => number;
  throttled: (conversationId: string) => number;
  close: () => Promise<void>;
}> {
  const accepted = new Map<string, number[]>();
  const throttled = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const arrivedAt = Date.now();
    const match = /^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
    const thread = decodeURIComponent(match?.[1] ?? '');
    req.resume();
    req.on('end', () => {
      const times = accepted.get(thread) ?? [];
      let retryAt = 0;
      for (const { limit, windowMs } of LIMITS) {
        const inWindow = times.filter((t) => arrivedAt - t < windowMs);
        if (inWindow.length >= limit) retryAt = Math.max(retryAt, inWindow.at(-limit)! + windowMs);
      }
      res.setHeader('Content-Type', 'application/json');
      if (retryAt > 0) {
        throttled.set(thread, (throttled.get(thread) ?? 0) + 1);
        res.statusCode = 429;
        res.setHeader('Retry-After', String(Math.max(1, Math.ceil((retryAt - arrivedAt) / 1000))));
        res.end('{"error":{"code":"Throttled"}}');
        return;
      }
      accepted.set(thread, [...times, arrivedAt]);
      res.statusCode = 200;
      res.end('{"id":"r"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    accepted: (id) => accepted.get(id)?.length ?? 0,
    throttled: (id) => throttled.get(id) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
