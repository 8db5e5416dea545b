import type { PipelinePolicy } from '@azure/core-rest-pipeline';

// core-rest-pipeline's Node HTTP client (@typespec/ts-http-runtime nodeHttpClient) starts a timer for
// `request.timeout` and clears it only when a response arrives: a request that fails (reset, refused, aborted)
// leaves the timer running for the rest of its timeout, holding the process open that long (jest's "did not exit
// one second after the test run" came from these). This policy, last before the HTTP client, keeps the same
// timeout as an abort of its own that it always clears. The abort reaches the client as `request.abortSignal`;
// the caller's own signal is put back afterwards, so "aborted, and not by the caller" still means a timeout.

const POLICY_NAME = 'clearedTimeout';

export function clearedTimeoutPolicy(): PipelinePolicy {
  return {
    name: POLICY_NAME,
    async sendRequest(request, next) {
      const ms = request.timeout;
      if (!ms || ms <= 0) return next(request);
      const callers = request.abortSignal;
      const controller = new AbortController();
      const abort = () => controller.abort();
      if (callers?.aborted) abort();
      callers?.addEventListener('abort', abort);
      const timer = setTimeout(abort, ms);
      request.timeout = 0;
      request.abortSignal = controller.signal;
      try {
        return await next(request);
      } finally {
        clearTimeout(timer);
        callers?.removeEventListener('abort', abort);
        request.timeout = ms;
        request.abortSignal = callers;
      }
    },
  };
}

/** Where the policy goes in a pipeline: the last phase, so waits before the HTTP call (pacing) are not timed. */
export const CLEARED_TIMEOUT_PHASE = { phase: 'Sign' } as const;
