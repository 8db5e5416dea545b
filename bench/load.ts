import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';

/** Where each request gets a fresh activity id: the bot answers an activity id only once (Teams retries). */
export const ACTIVITY_ID_SLOT = '[<id>]';

export function messageActivity(serviceUrl: string, text: string): string {
  return JSON.stringify({
    type: 'message',
    id: ACTIVITY_ID_SLOT,
    serviceUrl,
    channelId: 'emulator',
    from: { id: 'bench-user', name: 'Bench' },
    conversation: { id: 'bench-conversation' },
    recipient: { id: 'bot', name: 'Bot' },
    text,
    locale: 'en-US',
  });
}

/** Turns per second over loopback: autocannon, 10 connections, fixed duration. */
export async function turnsPerSecond(botUrl: string, body: string, durationSeconds: number): Promise<number> {
  // Unique across runs too: a repeated id would be skipped, and look fast.
  const run = randomUUID();
  let sent = 0;
  const result = await autocannon({
    url: `${botUrl}/api/messages`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    // A fresh activity id per request (autocannon's own idReplacement miscounts Content-Length here).
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: body.replace(ACTIVITY_ID_SLOT, `${run}-${++sent}`) }),
      },
    ],
    connections: 10,
    duration: durationSeconds,
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`load run had ${result.non2xx} non-2xx answers and ${result.errors} errors`);
  }
  return result.requests.average;
}

/** One turn over HTTP with a fresh activity id; throws unless the bot answers 200. */
export async function postTurn(url: string, body: string): Promise<void> {
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: body.replace(ACTIVITY_ID_SLOT, randomUUID()),
  });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`bot answered ${res.status}`);
}

/** The median time of one cold turn (the response cache cleared before each), in ms to 0.1. */
export async function coldTurnP50Ms(
  app: { url: string; cache: { clear(): void } },
  body: string,
): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < 15; i++) {
    app.cache.clear();
    const started = performance.now();
    await postTurn(app.url, body);
    samples.push(performance.now() - started);
  }
  return Math.round(median(samples) * 10) / 10;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
