import restify, { type Server } from 'restify';
import type { ActivityHandlerBase, CloudAdapter } from 'botbuilder';
import type { Registry } from 'prom-client';
import type { ReadinessReport } from '../health/readiness';
import type { Logger } from '../logging/logger';
import { activityProblem } from './activity-shape';

/** Larger bodies get 413 before they are buffered and parsed; Teams activities are far smaller. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface ServerDeps {
  adapter: CloudAdapter;
  bot: ActivityHandlerBase;
  logger: Logger;
  readiness: () => Promise<ReadinessReport>;
  registry: Registry;
}

/**
 * restify: POST /api/messages for the Bot Framework; /healthz, /readyz and /metrics for the platform.
 * Knows nothing of commands. Tracks turns in flight so a shutdown can let them finish.
 */
export function createServer({
  adapter,
  bot,
  logger,
  readiness,
  registry,
}: ServerDeps): Server & { drain(): Promise<void> } {
  const server = restify.createServer({ name: 'pc-orders-bot' });
  // Without the body parser CloudAdapter answers 400; a body that is not JSON gets restify's 400.
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: MAX_BODY_BYTES }));

  let inFlight = 0;
  let drained: (() => void) | undefined;
  server.post('/api/messages', async (req, res) => {
    inFlight++;
    try {
      // A body that is not an activity the bot can answer (an array, a string, a number where text belongs, no
      // conversation or serviceUrl) is the caller's mistake: 400, before botbuilder trips over it.
      const problem = activityProblem(req.body);
      if (problem) {
        res.send(400, { error: problem });
        return;
      }
      await adapter.process(req, res, (context) => bot.run(context));
    } catch (err) {
      // Not reached by a valid activity; if botbuilder throws anyway, answer without its message and log it.
      logger.error({ err }, 'could not process the activity');
      if (!res.headersSent) res.send(500, { error: 'internal error' });
    } finally {
      if (--inFlight === 0) drained?.();
    }
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

  return Object.assign(server, {
    /** Stops accepting connections and resolves when the turns in flight have answered. */
    drain(): Promise<void> {
      return new Promise<void>((resolve) => {
        server.close();
        if (inFlight === 0) resolve();
        else drained = resolve;
      });
    },
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
