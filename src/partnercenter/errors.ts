import type { ApiErrorBody } from './models';

/** Why a Partner Center call failed; callers branch on this, never on message text. */
export type PartnerCenterErrorReason =
  | 'notFound'
  | 'badRequest'
  | 'unauthorized'
  | 'forbidden'
  | 'throttled'
  | 'timeout'
  | 'upstream'
  | 'network'
  | 'malformed';

export interface PartnerCenterErrorInit {
  reason: PartnerCenterErrorReason;
  status: number; // 0 when no response arrived
  operation: string;
  correlationId: string;
  requestId: string;
  code?: number | string;
  description?: string;
  retryAfterSeconds?: number;
  cause?: unknown;
}

/** One typed error for every failure; carries what support needs and nothing secret. */
export class PartnerCenterError extends Error {
  readonly reason: PartnerCenterErrorReason;
  readonly status: number;
  readonly operation: string;
  readonly correlationId: string;
  readonly requestId: string;
  readonly code?: number | string;
  /** Partner Center's own words: shown to nobody and never logged (the logger drops it). */
  readonly description?: string;
  readonly retryAfterSeconds?: number;

  constructor(init: PartnerCenterErrorInit) {
    // The message is logged: Partner Center's description (free text, which may hold partner data) stays out.
    const code = init.code !== undefined ? `, code ${init.code}` : '';
    super(`Partner Center ${init.operation} failed (${init.status || init.reason}${code})`, {
      cause: init.cause,
    });
    this.name = 'PartnerCenterError';
    this.reason = init.reason;
    this.status = init.status;
    this.operation = init.operation;
    this.correlationId = init.correlationId;
    this.requestId = init.requestId;
    this.code = init.code;
    this.description = init.description;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}

export function isPartnerCenterError(err: unknown): err is PartnerCenterError {
  return err instanceof PartnerCenterError;
}

export function reasonForStatus(status: number): PartnerCenterErrorReason {
  if (status === 404) return 'notFound';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 429) return 'throttled';
  if (status === 408) return 'timeout';
  if (status >= 500) return 'upstream';
  return 'badRequest';
}

/** Reads Partner Center's error body ({code, description}) or the 429 body ({statusCode, message}). */
export function describeErrorBody(body: ApiErrorBody | undefined): {
  code?: number | string;
  description?: string;
} {
  if (!body || typeof body !== 'object') return {};
  return { code: body.code ?? body.statusCode, description: body.description ?? body.message };
}
