import './quiet-deprecations';
import type { Server as HttpServer } from 'node:http';
import restify, { type Request, type Response, type Server } from 'restify';
import type { ActivityHandlerBase } from 'botbuilder';
import type { BotAdapter } from '../bot/adapter';
import type { Registry } from 'prom-client';
import type { ReadinessReport } from '../health/readiness';
import type { Logger } from '../logging/logger';
import { activityProblem } from './activity-shape';
import { checkCaller, runTurn, toActivity } from './bot-pipeline';
import { drainWithDeadline } from './drain';
import { readJsonBody, refuseEncodedBodies } from './guarded-body';
import { isLoopbackUrl } from '../net/loopback';
import { LOCALHOST_ADDRESSES, listenTwin } from './loopback-twin';
import { TurnsInFlight } from './turns-in-flight';

/** Larger bodies get 413 without being buffered; Teams activities are far smaller. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** How long a shutdown waits for turns in flight before it closes their connections. */
const DEFAULT_SHUTDOWN_DEADLINE_MS = 20_000;

export interface ServerDeps {
  adapter: BotAdapter;
  bot: ActivityHandlerBase;
  logger: Logger;
  readiness: () => Promise<ReadinessReport>;
  registry: Registry;
  /**
   * Emulator mode (no MicrosoftAppId, so nobody is authenticated): an activity whose serviceUrl is not on this
   * machine gets 400, so an anonymous caller cannot make the bot POST to addresses of its choosing.
   */
  requireLoopbackServiceUrl: boolean;
  /** drain() waits at most this long for turns in flight; default DEFAULT_SHUTDOWN_DEADLINE_MS. */
  shutdownDeadlineMs?: number;
}

export type BotServer = Server & {
  /**
   * Listens on `host`:`port` and resolves with the base URL. `localhost` means both loopback addresses it
   * resolves to (127.0.0.1 and ::1); without an IPv6 loopback the bot starts on 127.0.0.1 and logs why.
   */
  start(port: number, host: string): Promise<string>;
  /** The addresses it listens on, once started. */
  addresses(): string[];
  /**
   * Stops accepting connections and resolves when the turns in flight have answered, or when the shutdown
   * deadline has passed; then every connection still open is closed.
   */
  drain(): Promise<void>;
};

/**
 * restify: POST /api/messages for the Bot Framework; /healthz, /readyz and /metrics for the platform.
 * Knows nothing of commands. Nothing a caller sends is answered with a crash: body problems are 4xx, a refused
 * token is a bare 401.
 */
export function createServer({
  adapter,
  bot,
  logger,
  readiness,
  registry,
  requireLoopbackServiceUrl,
  shutdownDeadlineMs = DEFAULT_SHUTDOWN_DEADLINE_MS,
}: ServerDeps): BotServer {
  const server = restify.createServer({ name: 'pc-orders-bot' });
  server.pre(refuseEncodedBodies);

  const turns = new TurnsInFlight();

  /** The activity in a parsed body, or undefined once the caller has been answered 400. */
  function acceptedActivity(req: Request, res: Response) {
    // A body that is not an activity the bot can answer (an array, a string, a number where text belongs, no
    // conversation or serviceUrl) is the caller's mistake: 400, before botbuilder trips over it.
    const problem = activityProblem(req.body);
    if (problem) {
      res.send(400, { error: problem });
      return undefined;
    }
    const activity = toActivity(req.body as Record<string, unknown>);
    if (requireLoopbackServiceUrl && !isLoopbackUrl(activity.serviceUrl)) {
      res.send(400, {
        error: 'not a valid activity: serviceUrl: must be a loopback address in Emulator mode',
      });
      return undefined;
    }
    return activity;
  }

  async function answer(req: Request, res: Response): Promise<void> {
    const activity = acceptedActivity(req, res);
    if (!activity) return;
    const header = req.headers.authorization;
    const caller = await checkCaller(adapter, activity, typeof header === 'string' ? header : '');
    if (!caller.ok) {
      if (caller.status === 503)
        logger.error({ reason: caller.reason }, "could not check the caller's token");
      else logger.warn({ reason: caller.reason }, 'request refused: not authenticated');
      if (caller.status === 401) res.setHeader('WWW-Authenticate', 'Bearer');
      res.send(caller.status, { error: caller.status === 401 ? 'unauthorized' : 'try again later' });
      return;
    }
    const invokeResponse = await runTurn(adapter, caller.auth, activity, (context) => bot.run(context));
    // As CloudAdapter.process() answers: the invoke response if any, else 200.
    const status = invokeResponse?.status ?? 200;
    if (invokeResponse?.body) res.send(status, invokeResponse.body);
    else {
      res.status(status);
      res.end();
    }
  }

  server.post('/api/messages', readJsonBody(MAX_BODY_BYTES), async (req, res) => {
    await turns.track(async () => {
      try {
        await answer(req, res);
      } catch (err) {
        // Not reached by a valid activity; if botbuilder throws anyway, answer without its message and log it.
        logger.error({ err }, 'could not process the activity');
        if (!res.headersSent) res.send(500, { error: 'internal error' });
      }
    });
  });
  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
    return next();
  });
  server.get('/readyz', async (_req, res) => {
    const report = await readiness();
    res.send(report.ready ? 200 : 503, report);
  });
  server.get('/metrics', async (_req, res) => {
    const body = await registry.metrics();
    res.setHeader('Content-Type', registry.contentType);
    res.sendRaw(200, body);
  });
  server.on('restifyError', (req, _res, err, callback) => {
    logger.warn(
      { method: req.method, url: req.url, status: err.statusCode, message: err.message },
      'request rejected',
    );
    return callback();
  });

  const twins: HttpServer[] = [];
  const addresses: string[] = [];
  async function start(port: number, host: string): Promise<string> {
    if (host.toLowerCase() !== 'localhost') {
      const url = await listen(server, port, host);
      addresses.push(host);
      return url;
    }
    const [v4, v6] = LOCALHOST_ADDRESSES;
    const url = await listen(server, port, v4);
    addresses.push(v4);
    try {
      twins.push(await listenTwin(server.server, v6, server.address().port));
      addresses.push(v6);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? String(err);
      logger.warn({ code }, `not listening on [${v6}] (${code}): only ${v4} answers for localhost`);
    }
    return url;
  }

  return Object.assign(server, {
    start,
    addresses: () => [...addresses],
    drain: () => drainWithDeadline([server.server, ...twins], turns, shutdownDeadlineMs, logger),
  });
}

export function listen(server: Server, port: number, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.removeListener('error', reject);
      const address = server.address();
      resolve(`http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}`);
    });
  });
}
