// Run-time switches that make the sandbox misbehave the way Partner Center does, so clients'
// retries, timeouts and parsers can be tested against a real socket.

export interface FaultRule {
  /** Case-insensitive substring of the path (e.g. '/orders'); absent = every /v1 request. */
  match?: string;
  /** 429, 500, 502, 503, 504, ... */
  status: number;
  /** Sets Retry-After; for 429 also the seconds in the throttling message. */
  retryAfterSeconds?: number;
  /** How many matching requests fail; absent = until cleared. */
  times?: number;
  /** Never answer (to test client timeouts); the socket stays open until close(). */
  hang?: boolean;
  /** Overrides the error body's `code` (default: the status), e.g. 900420 for a 401. */
  code?: number | string;
  /** Overrides the error body's `description`. */
  description?: string;
  /** Answers this JSON body instead, with `status` (e.g. 200 and a wrong-shaped order, to test validation). */
  body?: unknown;
  /** Answers an HTML error page (text/html), as a gateway in front of Partner Center does. */
  html?: boolean;
}

export interface KnobValues {
  /** Added to every /v1 response. */
  latencyMs: number;
  /** Evaluated in order; a rule whose `times` reaches 0 is removed. */
  faults: FaultRule[];
  /** The next N successful /v1 responses have a truncated JSON body. */
  malformedBody: number;
  /** Prefix successful /v1 JSON bodies with a UTF-8 BOM (\uFEFF), as some real responses do. */
  bom: boolean;
  /**
   * Answer as real Partner Center data varies (see real-data.ts): capitalised enums, absent status and
   * currencyCode, other date forms, `termDuration: ""`, unknown fields, PascalCase provisioning statuses,
   * and two customers named exactly "Greenhill Pharmacy" (one without a domain).
   */
  realData: boolean;
}

export interface SandboxKnobs extends KnobValues {
  /** Back to the values the sandbox started with. */
  reset(): void;
}

export function createKnobs(initialLatencyMs = 0): SandboxKnobs {
  return {
    latencyMs: initialLatencyMs,
    faults: [],
    malformedBody: 0,
    bom: false,
    realData: false,
    reset() {
      this.latencyMs = initialLatencyMs;
      this.faults = [];
      this.malformedBody = 0;
      this.bom = false;
      this.realData = false;
    },
  };
}

export function knobValues(knobs: SandboxKnobs): KnobValues {
  return {
    latencyMs: knobs.latencyMs,
    faults: knobs.faults,
    malformedBody: knobs.malformedBody,
    bom: knobs.bom,
    realData: knobs.realData,
  };
}
