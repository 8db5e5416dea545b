import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedActivity {
  method: 'POST' | 'PUT';
  conversationId: string;
  /** The activity replied to (POST) or updated (PUT). */
  activityId?: string;
  /** The id this connector gave the activity (what a later PUT names to update it). */
  id: string;
  activity: {
    type: string;
    text?: string;
    replyToId?: string;
    id?: string;
    attachments?: { contentType: string; content: Record<string, unknown> }[];
    [key: string]: unknown;
  };
}

/** A way the real Bot Connector refuses a reply: throttling (429), an outage (5xx), or no answer at all. */
export interface ConnectorFault {
  /** 429, 500, 502, 503, ... (ignored when `hang`). */
  status?: number;
  /** Sets Retry-After (seconds). */
  retryAfterSeconds?: number;
  /** Never answer; the socket stays open until close(). */
  hang?: boolean;
  /** Only requests with this method. */
  method?: 'POST' | 'PUT';
  /** Only activities of this type ('message', 'typing', ...). */
  activityType?: string;
  /** How many matching requests fail; absent = until cleared. A rule whose `times` reaches 0 is removed. */
  times?: number;
}

/** Every request the connector saw, refused ones included, in order. */
export interface ConnectorAttempt {
  method: string;
  conversationId?: string;
  activityType?: string;
  /** What it answered; 0 = no answer (hang). */
  status: number;
}

/**
 * A small Bot Connector, as the Emulator hosts one: the bot sends its replies to the activity's
 * serviceUrl, and this records them (POST for new activities, PUT for updates in place).
 * `faults` make it refuse replies the way the real one does; refused replies are not in `received`.
 */
export class TestConnector {
  readonly received: ReceivedActivity[] = [];
  readonly attempts: ConnectorAttempt[] = [];
  faults: ConnectorFault[] = [];
  /** Called with each accepted activity before it is answered (e.g. to stall Redis while a notice is sent). */
  onAccept?: (received: ReceivedActivity) => void;
  private server?: Server;
  url = '';
  private nextId = 1;

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Activities of one conversation, in order. */
  conversation(conversationId: string): ReceivedActivity[] {
    return this.received.filter((r) => r.conversationId === conversationId);
  }

  /** Attempts of one conversation (refused ones included), in order. */
  attemptsOf(conversationId: string): ConnectorAttempt[] {
    return this.attempts.filter((a) => a.conversationId === conversationId);
  }

  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(req.url ?? '');
    if (!match || (req.method !== 'POST' && req.method !== 'PUT')) {
      this.attempts.push({ method: req.method ?? '', status: 404 });
      res.statusCode = 404;
      res.end();
      return;
    }
    const received: ReceivedActivity = {
      id: req.method === 'PUT' && match[2] ? decodeURIComponent(match[2]) : `reply-${this.nextId++}`,
      method: req.method,
      conversationId: decodeURIComponent(match[1]!),
      activityId: match[2] ? decodeURIComponent(match[2]) : undefined,
      activity: parse(body),
    };
    const attempt: ConnectorAttempt = {
      method: req.method,
      conversationId: received.conversationId,
      activityType: received.activity.type,
      status: 200,
    };
    this.attempts.push(attempt);

    const fault = this.takeFault(received);
    if (fault?.hang) {
      attempt.status = 0;
      return;
    }
    if (fault) {
      attempt.status = fault.status ?? 500;
      res.statusCode = attempt.status;
      if (fault.retryAfterSeconds !== undefined)
        res.setHeader('Retry-After', String(fault.retryAfterSeconds));
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ error: { code: 'ServiceError', message: `fault ${attempt.status}` } }));
      return;
    }

    this.received.push(received);
    this.onAccept?.(received);
    // Not chained: restify patches http.ServerResponse.prototype.writeHead to return nothing.
    res.statusCode = 200;
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ id: received.id }));
  }

  /** The first fault rule this request matches, counting it down. */
  private takeFault(received: ReceivedActivity): ConnectorFault | undefined {
    const index = this.faults.findIndex(
      (f) =>
        (f.method === undefined || f.method === received.method) &&
        (f.activityType === undefined || f.activityType === received.activity.type),
    );
    if (index < 0) return undefined;
    const fault = this.faults[index]!;
    if (fault.times !== undefined && --fault.times <= 0) this.faults.splice(index, 1);
    return fault;
  }
}

function parse(body: string): ReceivedActivity['activity'] {
  try {
    return JSON.parse(body || '{}') as ReceivedActivity['activity'];
  } catch {
    return { type: 'unparsable' };
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
