import type { Server } from 'node:http';
import type { Logger } from '../logging/logger';
import type { TurnsInFlight } from './turns-in-flight';

/** Resolves when `promise` does or after `ms`, whichever comes first; leaves no timer behind. */
async function within(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  await Promise.race([promise, timeout]);
  clearTimeout(timer);
}

/**
 * A graceful stop with a deadline, of every server the bot listens with: no new connections, turns in flight may finish and their answers be written,
 * but once `deadlineMs` has passed every connection still open is closed, so a connector or Partner Center that
 * never answers cannot keep the process alive.
 */
export async function drainWithDeadline(
  servers: readonly Server[],
  turns: TurnsInFlight,
  deadlineMs: number,
  logger: Logger,
): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  const closed = Promise.all(
    servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))),
  ).then(() => undefined);
  if (await turns.settled(deadlineMs)) {
    // Answers are written; their sockets are idle (keep-alive) or sending their last bytes.
    for (const server of servers) server.closeIdleConnections();
    await within(closed, Math.max(0, deadline - Date.now()));
  } else {
    logger.warn(
      { turnsInFlight: turns.size, deadlineMs },
      'shutdown deadline passed; closing the connections of the turns still running',
    );
  }
  for (const server of servers) server.closeAllConnections();
  await closed;
}
