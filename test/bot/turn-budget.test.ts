import { startTurnBudget } from '../../src/bot/turn-budget';

// The turn's deadline aborts its Partner Center calls; a turn that ends before it leaves no timer behind.

const timing = { turnDeadlineMs: 12_000, replyGraceMs: 2_500 };

describe('startTurnBudget', () => {
  beforeEach(() => jest.useFakeTimers({ now: Date.parse('2026-12-03T09:00:00Z') }));
  afterEach(() => jest.useRealTimers());

  it('aborts its signal at the deadline, as a timeout', () => {
    const budget = startTurnBudget(timing);
    expect(budget.deadline - budget.startedAt).toBe(12_000);
    expect(budget.replyDeadline - budget.deadline).toBe(2_500);
    jest.advanceTimersByTime(11_999);
    expect(budget.signal.aborted).toBe(false);
    jest.advanceTimersByTime(1);
    expect(budget.signal.aborted).toBe(true);
    expect((budget.signal.reason as Error).name).toBe('TimeoutError');
  });

  it('ended before the deadline, clears its timer and never aborts', () => {
    const budget = startTurnBudget(timing);
    budget.end();
    expect(jest.getTimerCount()).toBe(0);
    jest.advanceTimersByTime(60_000);
    expect(budget.signal.aborted).toBe(false);
  });
});
