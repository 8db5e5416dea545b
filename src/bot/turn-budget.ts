import type { TurnContext } from 'botbuilder';

/**
 * The time one turn may take. Teams re-sends an activity it has not seen answered after about 15 s, so the
 * work (Partner Center calls, pages included) stops at `deadline`, and the replies have until `replyDeadline`
 * (a little later) to reach the connector, retries included.
 */
export interface TurnBudget {
  readonly startedAt: number;
  /** Epoch ms when the work must stop. */
  readonly deadline: number;
  /** Aborts at `deadline`; every Partner Center call of the turn gets it (RequestContext.signal). */
  readonly signal: AbortSignal;
  /** Epoch ms after which a failed reply is not retried. */
  readonly replyDeadline: number;
  /** The turn is over: its deadline timer is cleared (the signal stays as it is). */
  end(): void;
}

export interface TurnTiming {
  /** Work deadline, from the activity's arrival. */
  turnDeadlineMs: number;
  /** Extra time after the work deadline for the answer to reach the connector. */
  replyGraceMs: number;
}

export const DEFAULT_TURN_TIMING: TurnTiming = { turnDeadlineMs: 12_000, replyGraceMs: 2_500 };

const TURN_BUDGET = Symbol('turnBudget');

export function startTurnBudget(timing: TurnTiming, now = Date.now()): TurnBudget {
  // A timer the turn clears when it ends (AbortSignal.timeout costs twice as much, and keeps it until it fires).
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException('the turn deadline passed', 'TimeoutError')),
    timing.turnDeadlineMs,
  );
  timer.unref();
  return {
    startedAt: now,
    deadline: now + timing.turnDeadlineMs,
    signal: controller.signal,
    replyDeadline: now + timing.turnDeadlineMs + timing.replyGraceMs,
    end: () => clearTimeout(timer),
  };
}

export function setTurnBudget(context: TurnContext, budget: TurnBudget): void {
  context.turnState.set(TURN_BUDGET, budget);
}

/** The budget the adapter started when the activity arrived, if this turn came through it. */
export function turnBudgetOf(context: TurnContext): TurnBudget | undefined {
  return context.turnState.get(TURN_BUDGET) as TurnBudget | undefined;
}
