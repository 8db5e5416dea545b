import { z } from 'zod';

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

// Each field on its own: one of the wrong type is left out, the others are still read.
const field = <T extends z.ZodType>(schema: T) => schema.nullish().catch(undefined);

/** Partner Center's error body: `{code, description, data, source}`, or `{statusCode, message}` on a 429. */
export const apiErrorBodySchema = z
  .object({
    /** Usually numeric, sometimes a string. */
    code: field(z.union([z.number(), z.string()])),
    description: field(z.string()),
    statusCode: field(z.number()),
    message: field(z.string()),
  })
  .loose();

/** Reads Partner Center's error body ({code, description}) or the 429 body ({statusCode, message}). */
export function describeErrorBody(body: unknown): {
  code?: number | string;
  description?: string;
} {
  const read = apiErrorBodySchema.safeParse(body);
  if (!read.success) return {};
  const { code, statusCode, description, message } = read.data;
  return { code: code ?? statusCode ?? undefined, description: description ?? message ?? undefined };
}
