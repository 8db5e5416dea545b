import { randomUUID } from 'node:crypto';
import {
  createDefaultHttpClient,
  createEmptyPipeline,
  createHttpHeaders,
  createPipelineRequest,
  isRestError,
  retryPolicy,
  RestError,
  type HttpClient,
  type Pipeline,
  type PipelinePolicy,
  type PipelineRequest,
  type PipelineResponse,
} from '@azure/core-rest-pipeline';
import { CLEARED_TIMEOUT_PHASE, clearedTimeoutPolicy } from '../net/cleared-timeout';
import { isLoopbackUrl } from '../net/loopback';
import type { TokenProvider } from './auth/token-provider';
import { describeErrorBody, PartnerCenterError, reasonForStatus } from './errors';
import type { Metrics } from '../metrics/metrics';
import { BudgetExhaustedError, type BudgetClaim, type UpstreamBudget } from './budget';
import type { ApiErrorBody, Link } from './models';
import { partnerCenterLocale } from './locale';
import type { RequestContext } from './request-context';
import { partnerCenterRetryStrategy, parseRetryAfterSeconds, type RetrySettings } from './retry-strategy';

export interface TransportOptions extends RetrySettings {
  /** API root, e.g. https://api.partnercenter.microsoft.com (paths add /v1/...). */
  baseUrl: string;
  tokens: TokenProvider;
  /**
   * Cap on one attempt before it is abandoned and retried; absent = the rest of the budget, so a slow but
   * working Partner Center is waited for instead of being asked again (each attempt is also capped by the
   * budget and the caller's signal, e.g. the turn's deadline).
   */
  attemptTimeoutMs?: number;
  /** The whole request, retries and waits included, must finish within this; leaves the turn time to answer. */
  budgetMs: number;
  maxRetries: number;
  applicationName?: string;
  metrics?: Metrics;
  httpClient?: HttpClient;
  /** The partner-wide budget: each attempt takes a token first (it may wait, or refuse as throttled). */
  budget?: UpstreamBudget;
  /** A call waits for the budget only while this much time is left before its deadline (default 1,000 ms). */
  sendReserveMs?: number;
}

export const DEFAULT_TRANSPORT_SETTINGS: Omit<TransportOptions, 'baseUrl' | 'tokens'> = {
  budgetMs: 9000,
  maxRetries: 3,
  retryDelayMs: 400,
  maxRetryDelayMs: 3000,
};

export interface ApiResponse<T> {
  body: T;
  requestId: string;
}

const BOM = 0xfeff;
const DEFAULT_SEND_RESERVE_MS = 1_000;

/** Sends one logical GET to Partner Center: headers, auth, retries, timeouts, BOM, typed errors. */
export class Transport {
  private readonly pipeline: Pipeline;
  private readonly httpClient: HttpClient;
  private readonly origin: string;
  /** What the retry strategy needs to know about each request in flight. */
  private readonly inFlight = new WeakMap<
    PipelineRequest,
    { deadline: number; operation: string; correlationId: string; background?: boolean; attempts: number }
  >();

  constructor(private readonly options: TransportOptions) {
    this.httpClient = options.httpClient ?? createDefaultHttpClient();
    this.origin = new URL(options.baseUrl).origin;
    this.pipeline = createEmptyPipeline();
    this.pipeline.addPolicy(this.budgetedRetryPolicy(), { phase: 'Retry' });
    if (options.budget)
      this.pipeline.addPolicy(this.retryBudgetPolicy(options.budget), { afterPhase: 'Retry' });
    // After retry, so each attempt gets a fresh token and a timeout of its own.
    this.pipeline.addPolicy(authorizationPolicy(options.tokens), { afterPhase: 'Retry' });
    this.pipeline.addPolicy(
      attemptTimeoutPolicy((request) => this.attemptTimeout(request)),
      { afterPhase: 'Retry' },
    );
    this.pipeline.addPolicy(clearedTimeoutPolicy(), CLEARED_TIMEOUT_PHASE);
  }

  /**
   * GET a path under /v1 (e.g. `/customers/{id}/orders`) or a `links.*` object from a previous response.
   * Links are resolved against the configured API root only, so a token is never sent elsewhere.
   */
  async get<T>(operation: string, target: string | Link, ctx: RequestContext): Promise<ApiResponse<T>> {
    const url = this.resolve(typeof target === 'string' ? target : target.uri);
    const requestId = randomUUID();
    const headers = createHttpHeaders({
      Accept: 'application/json',
      'MS-RequestId': requestId,
      'MS-CorrelationId': ctx.correlationId,
      'MS-Contract-Version': 'v1',
      'X-Locale': partnerCenterLocale(ctx.locale),
    });
    if (this.options.applicationName)
      headers.set('MS-PartnerCenter-Application', this.options.applicationName);
    if (typeof target !== 'string') for (const h of target.headers ?? []) headers.set(h.key, h.value);

    // The first attempt's token is waited for within the turn's deadline, before the request's own time runs.
    try {
      await this.options.budget?.take(this.firstClaim(ctx));
    } catch (err) {
      if (err instanceof BudgetExhaustedError) throw this.throttled(err, operation, ctx, requestId);
      throw err;
    }
    const budget = AbortSignal.timeout(this.options.budgetMs);
    const request = createPipelineRequest({
      url,
      method: 'GET',
      headers,
      // Plain HTTP only to this machine (the embedded sandbox); a token never crosses a network unencrypted.
      allowInsecureConnection: isLoopbackUrl(url),
      abortSignal: ctx.signal ? AbortSignal.any([ctx.signal, budget]) : budget,
    });
    request.requestId = requestId;
    const started = Date.now();
    const fail = (
      init: Omit<
        ConstructorParameters<typeof PartnerCenterError>[0],
        'operation' | 'correlationId' | 'requestId'
      >,
    ) => new PartnerCenterError({ ...init, operation, correlationId: ctx.correlationId, requestId });

    let response: PipelineResponse;
    try {
      this.inFlight.set(request, {
        deadline: started + this.options.budgetMs,
        operation,
        correlationId: ctx.correlationId,
        background: ctx.background,
        attempts: 0,
      });
      response = await this.pipeline.sendRequest(this.httpClient, request);
    } catch (err) {
      if (err instanceof BudgetExhaustedError) throw this.throttled(err, operation, ctx, requestId);
      this.options.metrics?.upstreamCall(
        operation,
        err instanceof PartnerCenterError ? err.status : 0,
        Date.now() - started,
      );
      if (err instanceof PartnerCenterError) throw err;
      if (err instanceof TokenUnavailableError) {
        throw fail({
          reason: 'unauthorized',
          status: 0,
          description: 'no access token could be obtained',
          cause: err.cause,
        });
      }
      if (budget.aborted || (err instanceof Error && err.name === 'AbortError')) {
        throw fail({
          reason: 'timeout',
          status: 0,
          description: `no answer within ${this.options.budgetMs} ms`,
          cause: err,
        });
      }
      const code = isRestError(err) ? err.code : undefined;
      throw fail({
        reason: code === 'ETIMEDOUT' ? 'timeout' : 'network',
        status: 0,
        description: code,
        cause: err,
      });
    }
    this.options.metrics?.upstreamCall(operation, response.status, Date.now() - started);
    const text = stripBom(response.bodyAsText ?? '');

    if (response.status < 200 || response.status >= 300) {
      const { code, description } = describeErrorBody(tryParse<ApiErrorBody>(text));
      throw fail({
        reason: reasonForStatus(response.status),
        status: response.status,
        code,
        description: description ?? `HTTP ${response.status}`,
        retryAfterSeconds: parseRetryAfterSeconds(response.headers.get('retry-after')),
      });
    }
    const body = tryParse<T>(text);
    if (body === undefined) {
      throw fail({
        reason: 'malformed',
        status: response.status,
        description: 'the response was not valid JSON',
      });
    }
    return { body, requestId };
  }

  /** A call may wait until its turn's deadline less the time the call needs (no turn: the request's time). */
  private firstClaim(ctx: RequestContext): BudgetClaim {
    const reserve = this.options.sendReserveMs ?? DEFAULT_SEND_RESERVE_MS;
    const until = ctx.deadline ?? Date.now() + this.options.budgetMs;
    // A signal of its own: the caller's may be shared by many calls waiting at once (one listener each).
    const signal = ctx.signal && AbortSignal.any([ctx.signal]);
    return { signal, sendBy: until - reserve, background: ctx.background };
  }

  /** No request was sent: the bot kept within the partner's budget instead of causing a 429. */
  private throttled(
    err: BudgetExhaustedError,
    operation: string,
    ctx: RequestContext,
    requestId: string,
  ): PartnerCenterError {
    return new PartnerCenterError({
      reason: 'throttled',
      status: 0,
      description: err.message,
      retryAfterSeconds: err.retryAfterSeconds,
      operation,
      correlationId: ctx.correlationId,
      requestId,
    });
  }

  /** Retries take a token each, within the request's own time (the first attempt's was taken before). */
  private retryBudgetPolicy(budget: UpstreamBudget): PipelinePolicy {
    return {
      name: 'partnerBudget',
      sendRequest: async (request, next) => {
        const meta = this.inFlight.get(request);
        if (meta && meta.attempts++ > 0) {
          const reserve = this.options.sendReserveMs ?? DEFAULT_SEND_RESERVE_MS;
          await budget.take({
            // get() always sets an AbortSignal (the caller's and the request's, combined).
            signal: request.abortSignal as AbortSignal | undefined,
            sendBy: meta.deadline - reserve,
            background: meta.background,
          });
        }
        return next(request);
      },
    };
  }

  /** This attempt's timeout: the configured cap, never past the request's budget. */
  private attemptTimeout(request: PipelineRequest): number {
    const meta = this.inFlight.get(request);
    const remaining = meta ? Math.max(1, meta.deadline - Date.now()) : this.options.budgetMs;
    const cap = this.options.attemptTimeoutMs;
    return cap === undefined ? remaining : Math.min(cap, remaining);
  }

  private resolve(pathOrUri: string): string {
    const url = /^https?:\/\//i.test(pathOrUri)
      ? new URL(pathOrUri)
      : new URL(pathOrUri.replace(/^\/?(v1\/)?/i, '/v1/'), this.origin + '/');
    if (url.origin !== this.origin)
      throw new Error(`refusing to follow a link to another host: ${url.origin}`);
    const base = new URL(this.options.baseUrl);
    // Keep a base path such as https://host/partner-center if one is configured.
    const prefix = base.pathname.replace(/\/$/, '');
    if (prefix && !url.pathname.startsWith(prefix + '/')) url.pathname = prefix + url.pathname;
    return url.toString();
  }

  private budgetedRetryPolicy(): PipelinePolicy {
    const inner = (deadline: number, operation: string, requestId: string, correlationId: string) =>
      retryPolicy(
        [
          partnerCenterRetryStrategy(this.options, {
            remainingMs: () => deadline - Date.now(),
            onRetry: (kind) => this.options.metrics?.upstreamRetry(operation, kind),
            onThrottleExceedsBudget: (retryAfterSeconds) =>
              new PartnerCenterError({
                reason: 'throttled',
                status: 429,
                operation,
                correlationId,
                requestId,
                retryAfterSeconds,
                description: `Partner Center asked to wait ${retryAfterSeconds} s`,
              }),
          }),
        ],
        { maxRetries: this.options.maxRetries },
      );
    return {
      name: 'budgetedRetry',
      sendRequest: (request, next) => {
        const meta = this.inFlight.get(request);
        if (!meta) return next(request);
        return inner(meta.deadline, meta.operation, request.requestId, meta.correlationId).sendRequest(
          request,
          next,
        );
      },
    };
  }
}

function authorizationPolicy(tokens: TokenProvider): PipelinePolicy {
  return {
    name: 'partnerCenterAuthorization',
    async sendRequest(request, next) {
      let token: string;
      try {
        token = await tokens.getToken();
      } catch (err) {
        throw new TokenUnavailableError(err);
      }
      request.headers.set('Authorization', `Bearer ${token}`);
      try {
        return await next(request);
      } finally {
        // Errors keep a reference to the request; make sure none of them carries the token into a log.
        request.headers.delete('Authorization');
      }
    },
  };
}

/** The HTTP client reports an attempt timeout as an abort; make it a retryable network error instead. */
function attemptTimeoutPolicy(timeoutOf: (request: PipelineRequest) => number): PipelinePolicy {
  return {
    name: 'attemptTimeout',
    async sendRequest(request, next) {
      request.timeout = timeoutOf(request);
      try {
        return await next(request);
      } catch (err) {
        if (err instanceof Error && err.name === 'AbortError' && !request.abortSignal?.aborted) {
          throw new RestError('the attempt timed out', { code: 'ETIMEDOUT', request });
        }
        throw err;
      }
    },
  };
}

/** The token provider failed (e.g. a wrong secret): not worth retrying, and not a network error. */
class TokenUnavailableError extends Error {
  constructor(cause: unknown) {
    super('no access token', { cause });
    this.name = 'TokenUnavailableError';
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === BOM ? text.slice(1) : text;
}

function tryParse<T>(text: string): T | undefined {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}
