import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A Bot Connector that accepts the bot's replies and does not answer them until close(). close() then answers
 * them all (200), so the stuck turn ends the normal way instead of failing after the test is over.
 */
export class SilentConnector {
  readonly received: string[] = [];
  private readonly held: ServerResponse[] = [];
  private closing = false;
  private readonly server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    this.received.push(req.url ?? '');
    req.resume();
    if (this.closing) answer(res);
    else this.held.push(res);
  });
  url = '';

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.closing = true;
    for (const res of this.held.splice(0)) answer(res);
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

function answer(res: ServerResponse): void {
  res.statusCode = 200;
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify({ id: 'late-reply' }));
}
