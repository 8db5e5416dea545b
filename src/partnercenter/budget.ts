// What the transport needs from a partner-wide request budget (the implementation lives in src/state, where the
// budget may be shared by several instances).

/** One call's claim on the budget. */
export interface BudgetClaim {
  /** Aborts the wait (the turn or the request ended); a token reserved for it is given back. */
  signal?: AbortSignal;
  /** Epoch ms: the call must be sent by then to be of use (its deadline, less the time the call needs). */
  sendBy: number;
  /** Background work (watch poller, customer directory): served after every person waiting. */
  background?: boolean;
}

/** Each attempt, retries included, takes a token before it is sent; it may wait for one, or refuse. */
export interface UpstreamBudget {
  /** Resolves when the call may be sent; rejects with BudgetExhaustedError when no token comes by `sendBy`. */
  take(claim: BudgetClaim): Promise<void>;
}

/** The partner-wide budget had no token for this call within the time it could wait. */
export class BudgetExhaustedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('the partner-wide Partner Center budget is spent for now');
    this.name = 'BudgetExhaustedError';
  }
}
