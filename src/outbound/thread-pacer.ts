// What the bot sends into one conversation thread, paced to Teams' per-bot per-thread limits, with one FIFO
// queue per thread so a throttled thread never delays another. Sliding windows, not rate-limiter-flexible's
// fixed ones: a fixed 1 s window lets 7 sends through at its end and 7 more at the next one's start, 14 within
// a few ms, which Teams answers with 429. A send occupies its windows from its start until it settles, plus
// the window: whenever the connector saw it, a later send never shares its window.

/** At most `limit` sends in any `windowMs`. */
export interface RateWindow {
  limit: number;
  windowMs: number;
}

/** Teams, per bot per thread ("Optimize your bot: rate limiting"). */
export const TEAMS_THREAD_LIMITS: readonly RateWindow[] = [
  { limit: 7, windowMs: 1_000 },
  { limit: 8, windowMs: 2_000 },
  { limit: 60, windowMs: 30_000 },
  { limit: 1_800, windowMs: 3_600_000 },
];

export interface PacerClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
}

const systemClock: PacerClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (timer) => clearTimeout(timer as NodeJS.Timeout),
};

/** The thread has no slot before the caller's latest start: nothing was sent; try again from `retryAt`. */
export class ThreadBusyError extends Error {
  readonly code = 'THREAD_BUSY';
  constructor(readonly retryAt: number) {
    super('the conversation thread is at its send limit');
    this.name = 'ThreadBusyError';
  }
}

const SWEEP_EVERY_MS = 60_000;

interface Send {
  /** When it settled; undefined while in flight (it occupies its windows until then). */
  end?: number;
}

interface Waiter {
  latestStart: number;
  start(): void;
  refuse(error: ThreadBusyError): void;
}

interface Thread {
  sends: Send[];
  queue: Waiter[];
  pausedUntil: number;
  timer?: unknown;
}

export class ThreadPacer {
  private readonly threads = new Map<string, Thread>();
  private readonly longestWindowMs: number;
  private sweptAt = 0;

  constructor(
    private readonly limits: readonly RateWindow[] = TEAMS_THREAD_LIMITS,
    private readonly clock: PacerClock = systemClock,
  ) {
    this.longestWindowMs = Math.max(0, ...limits.map((l) => l.windowMs));
  }

  /**
   * Runs `send` in this thread's turn, as soon as the limits allow. Rejects with ThreadBusyError, without
   * sending, when that is later than `latestStart` (epoch ms).
   */
  run<T>(thread: string, send: () => Promise<T>, latestStart = Infinity): Promise<T> {
    const state = this.thread(thread);
    return new Promise<T>((resolve, reject) => {
      state.queue.push({
        latestStart,
        refuse: reject,
        start: () => {
          const record: Send = {};
          state.sends.push(record);
          const settle = () => {
            record.end = this.clock.now();
            this.pump(thread, state);
          };
          let sending: Promise<T>;
          try {
            sending = send();
          } catch (err) {
            sending = Promise.reject(err);
          }
          // Its end is recorded before the caller hears of it.
          sending.then(
            (value) => {
              settle();
              resolve(value);
            },
            (err: unknown) => {
              settle();
              reject(err);
            },
          );
        },
      });
      this.pump(thread, state);
    });
  }

  /** The connector said to wait (429 with Retry-After): nothing goes into this thread before `until`. */
  pause(thread: string, until: number): void {
    const state = this.thread(thread);
    state.pausedUntil = Math.max(state.pausedUntil, until);
    this.pump(thread, state);
  }

  /** When the next send into this thread could start, if nothing else were queued (now when it is free). */
  nextStart(thread: string): number {
    const state = this.threads.get(thread);
    return state ? this.earliestStart(state) : this.clock.now();
  }

  private thread(key: string): Thread {
    this.sweep();
    let state = this.threads.get(key);
    if (!state) {
      state = { sends: [], queue: [], pausedUntil: 0 };
      this.threads.set(key, state);
    }
    return state;
  }

  /** Starts what may start now, refuses what cannot start in time, and wakes up when the head may start. */
  private pump(key: string, state: Thread): void {
    if (state.timer !== undefined) this.clock.clearTimeout(state.timer);
    state.timer = undefined;
    for (;;) {
      this.forgetOld(state);
      const head = state.queue[0];
      if (!head) break;
      const now = this.clock.now();
      const at = this.earliestStart(state);
      if (at > head.latestStart) {
        state.queue.shift();
        head.refuse(new ThreadBusyError(at));
        continue;
      }
      if (at > now) {
        // Woken at the slot, or at the head's latest start to refuse it; a send settling wakes it sooner.
        const wake = Math.min(at, head.latestStart + 1);
        state.timer = this.clock.setTimeout(() => {
          state.timer = undefined;
          this.pump(key, state);
        }, wake - now);
        return;
      }
      state.queue.shift();
      head.start();
    }
    if (state.sends.length === 0 && state.pausedUntil <= this.clock.now()) this.threads.delete(key);
  }

  /** max(now, pause, and per window the time the oldest send that keeps it full leaves it). */
  private earliestStart(state: Thread): number {
    const now = this.clock.now();
    let at = Math.max(now, state.pausedUntil);
    for (const { limit, windowMs } of this.limits) {
      // An in-flight send is counted as if it settled now: the least it can occupy.
      const leaves = state.sends
        .map((s) => (s.end ?? now) + windowMs)
        .filter((t) => t > now)
        .sort((a, b) => b - a);
      if (leaves.length >= limit) at = Math.max(at, leaves[limit - 1]!);
    }
    return at;
  }

  /** Now and then, drops the threads nothing was sent into for the longest window (a thread is kept until then). */
  private sweep(): void {
    const now = this.clock.now();
    if (now - this.sweptAt < SWEEP_EVERY_MS) return;
    this.sweptAt = now;
    for (const [key, state] of this.threads) {
      this.forgetOld(state);
      if (state.queue.length === 0 && state.sends.length === 0 && state.pausedUntil <= now)
        this.threads.delete(key);
    }
  }

  private forgetOld(state: Thread): void {
    const now = this.clock.now();
    const keep = state.sends.filter((s) => s.end === undefined || s.end + this.longestWindowMs > now);
    if (keep.length !== state.sends.length) state.sends = keep;
  }
}
