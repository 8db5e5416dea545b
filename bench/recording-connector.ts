// A Bot Connector that keeps what the bot sent, to read what people were told (slower than stub-connector.ts,
// which only drains replies: use this one where the answer matters, not for throughput).
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A connector that keeps each conversation's replies (cards included) as text, to read what people were told. */
export async function startRecordingConnector(): Promise<{
  url: string;
  byConversation: Map<string, string[]>;
  close: () => Promise<void>;
}> {
  const byConversation = new Map<string, string[]>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const match = /\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
      const body = Buffer.concat(chunks).toString('utf8');
      // Typing indicators may arrive after the answer: only messages count.
      if (match && !body.startsWith('{"type":"typing"')) {
        const conversation = decodeURIComponent(match[1]!);
        const texts = byConversation.get(conversation) ?? [];
        texts.push(body);
        byConversation.set(conversation, texts);
      }
      res.statusCode = 200;
      res.setHeader('Content-Type', 'application/json');
      res.end(`{"id":"${randomUUID()}"}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    byConversation,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
