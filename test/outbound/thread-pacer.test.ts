// The pacer on a fake clock: Teams' sliding windows per thread are never exceeded, a thread paused by a
// Retry-After waits while others go on, and a caller that cannot wait is refused without sending.

import {
  TEAMS_THREAD_LIMITS,
  ThreadBusyError,
  ThreadPacer,
  type RateWindow,
} from '../../src/outbound/thread-pacer';

beforeEach(() => jest.useFakeTimers({ now: 1_700_000_000_000 }));
afterEach(() => jest.useRealTimers());

const THREAD = '19:abc@thread.tacv2;messageid=1700000000000';

/** The most sends any window of `windowMs` saw. */
function busiest(times: number[], windowMs: number): number {
  return Math.max(0, ...times.map((t) => times.filter((u) => u >= t && u - t < windowMs).length));
}

describe('ThreadPacer', () => {
  it('sends 25 into one thread within 7/1 s, 8/2 s and 60/30 s, in order', async () => {
    const pacer = new ThreadPacer();
    const started: number[] = [];
    const order: number[] = [];
    const all = Array.from({ length: 25 }, (_, i) =>
      pacer.run(THREAD, async () => {
        started.push(Date.now());
        order.push(i);
        await new Promise((r) => setTimeout(r, 20)); // the connector's answer
      }),
    );
    await jest.advanceTimersByTimeAsync(60_000);
    await Promise.all(all);
    expect(order).toEqual([...Array(25).keys()]);
    for (const { limit, windowMs } of TEAMS_THREAD_LIMITS)
      expect(busiest(started, windowMs)).toBeLessThanOrEqual(limit);
    expect(busiest(started, 1_000)).toBe(7); // and no slower than it must be
  });

  it('counts a send until it settles: a slow answer keeps its window', async () => {
    const pacer = new ThreadPacer([{ limit: 1, windowMs: 1_000 }]);
    const started: number[] = [];
    const send = (ms: number) => () => {
      started.push(Date.now());
      return new Promise((r) => setTimeout(r, ms));
    };
    const first = pacer.run(THREAD, send(3_000));
    const second = pacer.run(THREAD, send(0));
    await jest.advanceTimersByTimeAsync(10_000);
    await Promise.all([first, second]);
    expect(started[1]! - started[0]!).toBe(4_000);
  });

  it('pauses one thread for its Retry-After while another goes on', async () => {
    const pacer = new ThreadPacer();
    const sent: string[] = [];
    pacer.pause('throttled', Date.now() + 30_000);
    const throttled = pacer.run('throttled', async () => void sent.push('throttled'));
    const other = pacer.run('other', async () => void sent.push('other'));
    await jest.advanceTimersByTimeAsync(0);
    expect(sent).toEqual(['other']);
    expect(pacer.nextStart('throttled')).toBe(Date.now() + 30_000);
    await jest.advanceTimersByTimeAsync(30_000);
    await Promise.all([throttled, other]);
    expect(sent).toEqual(['other', 'throttled']);
  });

  it('refuses, without sending, a send that could not start by its latest start', async () => {
    const limits: RateWindow[] = [{ limit: 2, windowMs: 1_000 }];
    const pacer = new ThreadPacer(limits);
    let sends = 0;
    const send = async () => void sends++;
    await pacer.run(THREAD, send);
    await pacer.run(THREAD, send);
    const refused = pacer.run(THREAD, send, Date.now() + 500);
    const waited = pacer.run(THREAD, send, Date.now() + 2_000);
    const outcome = refused.catch((err: unknown) => err);
    await jest.advanceTimersByTimeAsync(0);
    const err = await outcome;
    expect(err).toBeInstanceOf(ThreadBusyError);
    expect((err as ThreadBusyError).retryAt).toBe(Date.now() + 1_000);
    await jest.advanceTimersByTimeAsync(1_000);
    await waited;
    expect(sends).toBe(3);
  });

  it('passes a failed send on, and still counts it', async () => {
    const pacer = new ThreadPacer([{ limit: 1, windowMs: 1_000 }]);
    await expect(pacer.run(THREAD, () => Promise.reject(new Error('connector down')))).rejects.toThrow(
      'connector down',
    );
    expect(pacer.nextStart(THREAD)).toBe(Date.now() + 1_000);
  });
});

describe('ThreadPacer memory', () => {
  it('forgets a thread an hour after its last send', async () => {
    const pacer = new ThreadPacer();
    await pacer.run('old-thread', async () => undefined);
    const threads = (pacer as unknown as { threads: Map<string, unknown> }).threads;
    expect(threads.has('old-thread')).toBe(true);
    jest.advanceTimersByTime(3_600_000);
    await pacer.run('another-thread', async () => undefined);
    expect(threads.has('old-thread')).toBe(false);
  });
});
