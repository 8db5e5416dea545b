// What the transport needs from a partner-wide request budget (the implementation lives in src/state, where the
// budget may be shared by several instances).

/** Each attempt, retries included, takes a token before it is sent; it may wait for one, or refuse. */
export interface UpstreamBudget {
  /** Resolves when a token is taken; rejects with BudgetExhaustedError when none came in time. */
  take(signal?: AbortSignal): Promise<void>;
}

/** The partner-wide budget had no token for this call within the time it could wait. */
export class BudgetExhaustedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('the partner-wide Partner Center budget is spent for now');
    this.name = 'BudgetExhaustedError';
  }
}
