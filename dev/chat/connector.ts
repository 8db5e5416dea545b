import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the bot sent to the connector: a new activity (POST) or an update of an earlier one (PUT). */
export interface ConnectorActivity {
  method: 'POST' | 'PUT';
  conversationId: string;
  /** The activity replied to (POST) or updated (PUT). */
  activityId?: string;
  /** The id the connector gave this activity. */
  id: string;
  activity: {
    type?: string;
    text?: string;
    attachments?: { contentType?: string; content?: unknown; name?: string }[];
    [key: string]: unknown;
  };
}

export type ConnectorListener = (received: ConnectorActivity) => void;

const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The smallest Bot Connector the bot can answer to, on 127.0.0.1: the bot POSTs its replies (and PUTs
 * updates) to the activity's serviceUrl, and this hands them to whoever listens to that conversation.
 */
export class ChatConnector {
  url = '';
  private server?: Server;
  private nextId = 1;
  private readonly listeners = new Map<string, Set<ConnectorListener>>();

  async start(): Promise<this> {
    const server = createServer((req, res) => void this.handle(req, res));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        server.removeListener('error', reject);
        resolve();
      });
    });
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this;
  }

  /** Calls `listener` with every activity the bot sends to this conversation; returns the unsubscribe. */
  listen(conversationId: string, listener: ConnectorListener): () => void {
    let set = this.listeners.get(conversationId);
    if (!set) this.listeners.set(conversationId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(conversationId) === set) this.listeners.delete(conversationId);
    };
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Never chained: restify patches http.ServerResponse.prototype.writeHead to return nothing.
    const reply = (status: number, body?: unknown) => {
      res.statusCode = status;
      if (body === undefined) {
        res.end();
        return;
      }
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(body));
    };
    let body: string;
    try {
      body = await readBody(req);
    } catch {
      reply(413, { error: { code: 'BadArgument', message: 'body too large or unreadable' } });
      return;
    }
    const match = /^\/v3\/conversations\/([^/?]+)\/activities(?:\/([^/?]+))?\/?(?:\?.*)?$/.exec(
      req.url ?? '',
    );
    if (!match || (req.method !== 'POST' && req.method !== 'PUT') || (req.method === 'PUT' && !match[2])) {
      reply(404, { error: { code: 'NotFound', message: `${req.method} ${req.url} is not supported here` } });
      return;
    }
    let activity: unknown;
    try {
      activity = JSON.parse(body || '{}');
    } catch {
      reply(400, { error: { code: 'BadArgument', message: 'the body is not JSON' } });
      return;
    }
    if (typeof activity !== 'object' || activity === null || Array.isArray(activity)) {
      reply(400, { error: { code: 'BadArgument', message: 'the body is not an activity' } });
      return;
    }
    const conversationId = decodeURIComponent(match[1]!);
    const activityId = match[2] ? decodeURIComponent(match[2]) : undefined;
    const id = req.method === 'PUT' && activityId ? activityId : `chat-reply-${this.nextId++}`;
    const received: ConnectorActivity = {
      method: req.method,
      conversationId,
      activityId,
      id,
      activity: activity as ConnectorActivity['activity'],
    };
    for (const listener of [...(this.listeners.get(conversationId) ?? [])]) {
      try {
        listener(received);
      } catch {
        // A listener's problem is not the bot's: it still gets its 200.
      }
    }
    reply(200, { id });
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
