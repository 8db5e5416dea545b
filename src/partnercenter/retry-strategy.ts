import type { RetryStrategy } from '@azure/core-rest-pipeline';

export interface RetrySettings {
  /** First backoff step; doubles each retry, with full jitter. */
  retryDelayMs: number;
  maxRetryDelayMs: number;
  /** A retry starts only if at least this much of the budget is left after its wait (default 1 s). */
  minAttemptMs?: number;
}

/**
 * A 429 without Retry-After: Partner Center's guidance is no immediate retry. Wait seconds, doubling,
 * whatever the (much shorter) 5xx backoff is set to.
 */
const THROTTLE_BACKOFF_MS = 1000;
const MAX_THROTTLE_BACKOFF_MS = 8000;
const DEFAULT_MIN_ATTEMPT_MS = 1000;

export interface RetryHooks {
  /** Milliseconds left in the whole-request budget. */
  remainingMs(): number;
  onRetry(kind: 'throttled' | 'upstream' | 'network', waitMs: number): void;
  /** A 429 whose Retry-After does not fit the budget: stop now and report it. */
  onThrottleExceedsBudget(retryAfterSeconds: number): Error;
}

const RETRYABLE_STATUS = new Set([408, 500, 502, 503, 504]);
const TRANSIENT_CODES = new Set([
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

export function parseRetryAfterSeconds(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function backoff(retryCount: number, settings: RetrySettings, random: () => number): number {
  const ceiling = Math.min(settings.maxRetryDelayMs, settings.retryDelayMs * 2 ** retryCount);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** 1 s, 2 s, 4 s … (capped), with jitter that only adds: never sooner than the step. */
function throttleBackoff(retryCount: number, random: () => number): number {
  const step = Math.min(MAX_THROTTLE_BACKOFF_MS, THROTTLE_BACKOFF_MS * 2 ** retryCount);
  return Math.round(step + (random() * step) / 4);
}

/**
 * Partner Center's policy as a core-rest-pipeline strategy: a 429 waits Retry-After (then backs off if
 * throttled again), 5xx and network errors back off exponentially with jitter, and nothing waits past the
 * request's budget. The pipeline re-sends the same request object, so MS-RequestId stays the same.
 */
export function partnerCenterRetryStrategy(
  settings: RetrySettings,
  hooks: RetryHooks,
  random: () => number = Math.random,
): RetryStrategy {
  const minAttempt = settings.minAttemptMs ?? DEFAULT_MIN_ATTEMPT_MS;
  return {
    name: 'partnerCenterRetry',
    retry({ retryCount, response, responseError }) {
      const status = response?.status;
      if (status === 429) {
        const retryAfter = parseRetryAfterSeconds(response?.headers.get('retry-after'));
        const wait = Math.max(
          retryAfter === undefined ? throttleBackoff(retryCount, random) : retryAfter * 1000,
          retryCount > 0 ? backoff(retryCount, settings, random) : 0,
        );
        if (wait + minAttempt > hooks.remainingMs()) {
          return { errorToThrow: hooks.onThrottleExceedsBudget(retryAfter ?? Math.ceil(wait / 1000)) };
        }
        hooks.onRetry('throttled', wait);
        return { retryAfterInMs: wait };
      }
      const transient =
        (status !== undefined && RETRYABLE_STATUS.has(status)) ||
        (status === undefined &&
          responseError !== undefined &&
          TRANSIENT_CODES.has(responseError.code ?? ''));
      if (!transient) return { skipStrategy: true };
      const wait = backoff(retryCount, settings, random);
      // A retry with too little time left could only time out: answer with what we have instead.
      if (wait + minAttempt > hooks.remainingMs()) return { skipStrategy: true };
      hooks.onRetry(status === undefined ? 'network' : 'upstream', wait);
      return { retryAfterInMs: wait };
    },
  };
}
