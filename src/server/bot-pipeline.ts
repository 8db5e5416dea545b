import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';
import type { AuthenticateRequestResult } from 'botframework-connector';
import type { BotAdapter } from '../bot/adapter';
import { withLibraryConsole } from './library-console';

// CloudAdapter.process() in two steps, so that the server decides what a caller sees. process() answers a token
// the JWT library rejects (a forged signature with a real key id) with 500 and the library's message in the body,
// and prints every refused request with console.error. Here authentication is CloudAdapter's own (the same
// BotFrameworkAuthentication, the same checks), but a refusal is a bare 401 and the server logs it once.
// BotAdapter (src/bot/adapter.ts) makes the two steps public.

export type CallerCheck =
  | { ok: true; auth: AuthenticateRequestResult }
  /** 401: the caller's token is missing or not valid. 503: the token could not be checked (signing keys unreachable). */
  | { ok: false; status: 401 | 503; reason: string };

/** One line of an error's message, for the log; never the token (the logger also redacts JWTs). */
function reasonOf(err: unknown): string {
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return text.replace(/\s+/g, ' ').slice(0, 300);
}

/** botbuilder's AuthenticationError carries 500 when it could not load the signing keys; node-fetch's errors too. */
function isOurProblem(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const status = (err as { statusCode?: unknown }).statusCode;
  return (typeof status === 'number' && status >= 500) || err.name === 'FetchError';
}

/** Checks the Authorization header of an inbound activity; never throws, prints nothing. */
export async function checkCaller(
  adapter: BotAdapter,
  activity: Activity,
  authHeader: string,
): Promise<CallerCheck> {
  try {
    // The connector library's own console output (a key's PEM, an expired token's stack) is dropped: the
    // refusal is logged once by the caller of this function.
    const auth = await withLibraryConsole(
      () => undefined,
      () => adapter.authenticate(activity, authHeader),
    );
    return { ok: true, auth };
  } catch (err) {
    return { ok: false, status: isOurProblem(err) ? 503 : 401, reason: reasonOf(err) };
  }
}

/** Runs the turn for an authenticated activity; the invoke response, if the activity asked for one. */
export function runTurn(
  adapter: BotAdapter,
  auth: AuthenticateRequestResult,
  activity: Activity,
  logic: (context: TurnContext) => Promise<void>,
): Promise<InvokeResponse | undefined> {
  return adapter.runTurn(auth, activity, logic);
}

/**
 * What CloudAdapter.process() does to a parsed body before the turn: timestamps become Dates. A copy of
 * botbuilder's validateAndFixActivity, which the package does not export (its type check is activity-shape.ts's);
 * test/bot/connector-contract.test.ts pins that both give the same activity.
 */
export function toActivity(body: Record<string, unknown>): Activity {
  const activity = { ...body } as Record<string, unknown>;
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['expiration', 'rawExpiration'],
    ['localTimestamp', 'rawLocalTimestamp'],
  ] as const) {
    const value = activity[field];
    if (typeof value === 'string') {
      activity[raw] = value;
      activity[field] = new Date(value);
    }
  }
  return activity as unknown as Activity;
}
