// The partner budget as a queue (issue 16, item 4): a person's call that finds the bucket empty waits for a
// token reserved in order of arrival, and is refused only when that token would come after the call must be
// sent. Background work is served after every person waiting. On a fake clock: time is the subject here.

import { BudgetExhaustedError } from '../../src/partnercenter/budget';
import { MemoryTokenBucket } from '../../src/state/memory/token-bucket';
import { PartnerBudget } from '../../src/state/partner-budget';

// A token every 100 ms after a burst of 2.
const SHAPE = { perMinute: 600, capacity: 2 };

beforeEach(() => jest.useFakeTimers({ now: 1_000_000 }));
afterEach(() => jest.useRealTimers());

function budget() {
  return new PartnerBudget(new MemoryTokenBucket(SHAPE, () => Date.now()), 'partner-1');
}

/** Starts a take and records when it ended and how. */
function track(done: string[], name: string, take: Promise<void>) {
  const started = Date.now();
  return take.then(
    () => void done.push(`${name}@${Date.now() - started}`),
    (err: unknown) => void done.push(`${name}:${err instanceof BudgetExhaustedError ? 'busy' : 'error'}`),
  );
}

describe('the partner budget queue', () => {
  it('serves a burst beyond the bucket in arrival order, with no refusal while the tokens come in time', async () => {
    const b = budget();
    const done: string[] = [];
    const sendBy = Date.now() + 2_000;
    const all = Array.from({ length: 12 }, (_, i) => track(done, `p${i}`, b.take({ sendBy })));
    await jest.advanceTimersByTimeAsync(2_000);
    await Promise.all(all);
    // 2 at once, then one every 100 ms: the 12th is sent 1 s later, well before its deadline.
    expect(done).toEqual([
      'p0@0',
      'p1@0',
      ...Array.from({ length: 10 }, (_, i) => `p${i + 2}@${(i + 1) * 100}`),
    ]);
  });

  it('refuses at once only the calls whose token would come after they must be sent', async () => {
    const b = budget();
    const done: string[] = [];
    const sendBy = Date.now() + 250;
    const all = Array.from({ length: 5 }, (_, i) => track(done, `p${i}`, b.take({ sendBy })));
    await jest.advanceTimersByTimeAsync(0);
    expect(done).toEqual(['p0@0', 'p1@0', 'p4:busy']);
    await jest.advanceTimersByTimeAsync(300);
    await Promise.all(all);
    expect(done).toEqual(['p0@0', 'p1@0', 'p4:busy', 'p2@100', 'p3@200']);
  });

  it('serves the people waiting before background work, whenever they came', async () => {
    const b = budget();
    const done: string[] = [];
    const sendBy = Date.now() + 5_000;
    const all = [
      track(done, 'p0', b.take({ sendBy })),
      track(done, 'p1', b.take({ sendBy })),
      track(done, 'poller', b.take({ sendBy, background: true })),
    ];
    await jest.advanceTimersByTimeAsync(50);
    all.push(track(done, 'p2', b.take({ sendBy })), track(done, 'p3', b.take({ sendBy })));
    await jest.advanceTimersByTimeAsync(1_000);
    await Promise.all(all);
    expect(done.map((d) => d.split('@')[0])).toEqual(['p0', 'p1', 'p2', 'p3', 'poller']);
  });

  it('gives back the token of a person whose turn ended while waiting, to the next in line', async () => {
    const b = budget();
    const done: string[] = [];
    const sendBy = Date.now() + 5_000;
    await b.take({ sendBy });
    await b.take({ sendBy });
    const gone = new AbortController();
    const all = [track(done, 'leaves', b.take({ sendBy, signal: gone.signal }))];
    await jest.advanceTimersByTimeAsync(10);
    gone.abort();
    await jest.advanceTimersByTimeAsync(0);
    all.push(track(done, 'next', b.take({ sendBy })));
    await jest.advanceTimersByTimeAsync(200);
    await Promise.all(all);
    // "next" gets the token "leaves" gave back, due 100 ms after the burst, not a later one.
    expect(done).toEqual(['leaves:busy', 'next@90']);
  });
});
