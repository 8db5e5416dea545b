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
  method?: 'POST' | 'PUT' | 'DELETE';
  /** Only activities of this type ('message', 'typing', ...). */
  activityType?: string;
  /** Only requests into this conversation (the id as sent, a channel thread's `;messageid=` included). */
  conversationId?: string;
  /** How many matching requests fail; absent = until cleared. A rule whose `times` reaches 0 is removed. */
  times?: number;
}

/** At most `limit` accepted requests into one conversation thread in any `windowMs`. */
export interface ThreadLimit {
  limit: number;
  windowMs: number;
}

/** What Teams allows per bot per thread; beyond it, 429 with Retry-After. */
export const TEAMS_THREAD_LIMITS: readonly ThreadLimit[] = [
  { limit: 7, windowMs: 1_000 },
  { limit: 8, windowMs: 2_000 },
  { limit: 60, windowMs: 30_000 },
  { limit: 1_800, windowMs: 3_600_000 },
];

/** Every request the connector saw, refused ones included, in order. */
export interface ConnectorAttempt {
  method: string;
  conversationId?: string;
  activityType?: string;
  /** What it answered; 0 = no answer (hang). */
  status: number;
  /** A hung request the bot gave up on (it closed the connection). */
  abandoned?: boolean;
}

/**
 * A small Bot Connector, as the Emulator hosts one: the bot sends its replies to the activity's
 * serviceUrl, and this records them (POST for new activities, PUT for updates in place).
 * `faults` make it refuse replies the way the real one does; refused replies are not in `received`.
 */
export class TestConnector {
  readonly received: ReceivedActivity[] = [];
  readonly attempts: ConnectorAttempt[] = [];
  /** Activities the bot deleted (DELETE …/activities/{id}), in order. */
  readonly deleted: { conversationId: string; activityId: string }[] = [];
  faults: ConnectorFault[] = [];
  /** Per-thread limits enforced as Teams does (see answerLikeTeams); none by default. */
  threadLimits: readonly ThreadLimit[] = [];
  /** Arrival times of the accepted requests, per conversation. */
  private readonly accepted = new Map<string, number[]>();
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

  /** Answers like Teams: beyond its per-thread limits, 429 with Retry-After (see TEAMS_THREAD_LIMITS). */
  answerLikeTeams(limits: readonly ThreadLimit[] = TEAMS_THREAD_LIMITS): this {
    this.threadLimits = limits;
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
    const arrivedAt = Date.now();
    const body = await readBody(req);
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(req.url ?? '');
    if (match?.[2] && req.method === 'DELETE') return this.delete(match[1]!, match[2], res);
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

    const fault =
      this.takeFault({
        method: received.method,
        conversationId: received.conversationId,
        activityType: received.activity.type,
      }) ?? this.overLimit(received.conversationId, arrivedAt);
    if (fault?.hang) {
      attempt.status = 0;
      res.on('close', () => (attempt.abandoned = true));
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
    this.accepted.set(received.conversationId, [
      ...(this.accepted.get(received.conversationId) ?? []),
      arrivedAt,
    ]);
    this.onAccept?.(received);
    // Not chained: restify patches http.ServerResponse.prototype.writeHead to return nothing.
    res.statusCode = 200;
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ id: received.id }));
  }

  private delete(conversation: string, activity: string, res: ServerResponse): void {
    const conversationId = decodeURIComponent(conversation);
    const activityId = decodeURIComponent(activity);
    const attempt: ConnectorAttempt = { method: 'DELETE', conversationId, status: 200 };
    this.attempts.push(attempt);
    const fault = this.takeFault({ method: 'DELETE', conversationId });
    attempt.status = fault ? (fault.status ?? 500) : 200;
    if (!fault) this.deleted.push({ conversationId, activityId });
    res.statusCode = attempt.status;
    res.end();
  }

  /** The first fault rule this request matches, counting it down. */
  private takeFault(request: {
    method: string;
    conversationId?: string;
    activityType?: string;
  }): ConnectorFault | undefined {
    const index = this.faults.findIndex(
      (f) =>
        (f.method === undefined || f.method === request.method) &&
        (f.conversationId === undefined || f.conversationId === request.conversationId) &&
        (f.activityType === undefined || f.activityType === request.activityType),
    );
    if (index < 0) return undefined;
    const fault = this.faults[index]!;
    if (fault.times !== undefined && --fault.times <= 0) this.faults.splice(index, 1);
    return fault;
  }

  /** A 429 when accepting one more request into this thread now would break one of its limits. */
  private overLimit(conversationId: string, now: number): ConnectorFault | undefined {
    const times = this.accepted.get(conversationId) ?? [];
    let retryAtMs = 0;
    for (const { limit, windowMs } of this.threadLimits) {
      const inWindow = times.filter((t) => now - t < windowMs);
      if (inWindow.length >= limit) retryAtMs = Math.max(retryAtMs, inWindow.at(-limit)! + windowMs);
    }
    if (retryAtMs === 0) return undefined;
    return { status: 429, retryAfterSeconds: Math.max(1, Math.ceil((retryAtMs - now) / 1000)) };
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
