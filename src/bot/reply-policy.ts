import { RestError, type PipelinePolicy, type PipelineResponse } from '@azure/core-rest-pipeline';
import { parseRetryAfterSeconds } from '../partnercenter/retry-strategy';
import { replaceRetry } from './connector-pipeline';

// How the bot's replies reach the Bot Connector. botbuilder's connector client keeps core-rest-pipeline's
// default retry (Retry-After waits of any length, backoff up to 64 s, POSTs re-sent after a reset) and no
// timeout, and its options offer no way to change the retry. So each turn's client gets this policy in the
// default retry's place: one timeout per attempt, and a few retries of the answers that say "not now"
// (429, 412, 5xx) while the turn's reply window is open. A timed-out POST is not re-sent: it may have arrived.

export interface ReplySettings {
  /** One attempt may take this long (less when the reply window closes sooner, never under MIN_ATTEMPT_MS). */
  attemptTimeoutMs: number;
  maxRetries: number;
  /** First backoff step when the connector gives no Retry-After; doubles each retry. */
  retryDelayMs: number;
  maxRetryDelayMs: number;
}

export const DEFAULT_REPLY_SETTINGS: ReplySettings = {
  attemptTimeoutMs: 5_000,
  maxRetries: 3,
  retryDelayMs: 500,
  maxRetryDelayMs: 4_000,
};

/** Even after the window closes, the answer gets one real try: silence is worse than a late card. */
const MIN_ATTEMPT_MS = 1_000;

const REPLY_POLICY_NAME = 'botReplyRetry';

export interface ReplyWindow {
  /** Epoch ms after which a failed attempt is not retried. */
  replyDeadline: number;
  onRetry?(status: number, waitMs: number): void;
}

/** The connector did not answer one attempt in time. Not retried: the activity may have been delivered. */
class ReplyTimeoutError extends RestError {
  constructor(timeoutMs: number) {
    super(`the Bot Connector did not answer within ${timeoutMs} ms`, { code: 'REPLY_TIMEOUT' });
    this.name = 'ReplyTimeoutError';
  }
}

export function replyPolicy(settings: ReplySettings, window: ReplyWindow): PipelinePolicy {
  return {
    name: REPLY_POLICY_NAME,
    async sendRequest(request, next) {
      // A typing indicator is a hint, not worth a Teams throttling slot: one attempt only.
      const retries = isTyping(request.body) ? 0 : settings.maxRetries;
      for (let retry = 0; ; retry++) {
        const timeoutMs = Math.max(
          MIN_ATTEMPT_MS,
          Math.min(settings.attemptTimeoutMs, window.replyDeadline - Date.now()),
        );
        request.timeout = timeoutMs;
        let response: PipelineResponse;
        try {
          response = await next(request);
        } catch (err) {
          // The HTTP client reports its own timeout as an abort of a request nobody else aborted.
          if (err instanceof Error && err.name === 'AbortError' && !request.abortSignal?.aborted) {
            throw new ReplyTimeoutError(timeoutMs);
          }
          throw err;
        }
        if (!isRetryable(response.status) || retry >= retries) return response;
        const retryAfter = parseRetryAfterSeconds(response.headers.get('retry-after'));
        const wait = retryAfter !== undefined ? retryAfter * 1000 : backoff(retry, settings);
        if (Date.now() + wait + MIN_ATTEMPT_MS > window.replyDeadline) return response;
        window.onRetry?.(response.status, wait);
        await sleep(wait);
      }
    },
  };
}

/** Puts the reply policy in place of a turn's connector client's default retry (see connector-pipeline.ts). */
export function installReplyPolicy(connectorClient: unknown, policy: PipelinePolicy): void {
  replaceRetry(connectorClient, policy);
}

function isRetryable(status: number): boolean {
  // 412: Teams' "conversation busy" (its guidance lists it with 429, 502, 504). 501/505 will not change.
  return status === 429 || status === 412 || (status >= 500 && status !== 501 && status !== 505);
}

// A typing activity is small; a card that mentions "typing" is not parsed again on every reply.
const TYPING_MAX_CHARS = 4096;

/** The request body is a typing indicator. */
export function isTyping(body: unknown): boolean {
  if (typeof body !== 'string' || body.length > TYPING_MAX_CHARS || !body.includes('typing')) return false;
  try {
    return (JSON.parse(body) as { type?: unknown }).type === 'typing';
  } catch {
    return false;
  }
}

function backoff(retry: number, settings: ReplySettings): number {
  const ceiling = Math.min(settings.maxRetryDelayMs, settings.retryDelayMs * 2 ** retry);
  return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
