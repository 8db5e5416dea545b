// What jest's default runner gave each test and jest-light-runner (jest.config.js) does not. That runner loads the
// compiled tests in a few worker threads that keep their modules between files (so a suite does not load
// botbuilder again), but it ignores timeouts and its `jest` object has only the basic timer calls. Loaded once
// per worker, before any test file.

import { ModernFakeTimers } from '@jest/fake-timers';

// A failure's stack names the .ts line (tsc writes source maps next to dist/), not the compiled one.
process.setSourceMapsEnabled(true);

/** jest's default; a test or hook that passes its own timeout keeps it. */
export const DEFAULT_TIMEOUT_MS = 20_000;

// Taken before any test installs fake timers, so a timeout always runs on the real clock.
const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;

type Body = (...args: unknown[]) => unknown;

// jest.setTimeout(ms) sets the default of the file that calls it (the runner loads each file with its path set).
const fileTimeouts = new Map<string, number>();
const currentFile = () => expect.getState().testPath ?? '';

/** `body` failing after `ms` if it has not settled: a hung test fails instead of holding its worker forever. */
export function timed(body: Body, ms: number | undefined, what: string): Body {
  const limit = ms ?? fileTimeouts.get(currentFile()) ?? DEFAULT_TIMEOUT_MS;
  return function (this: unknown, ...args: unknown[]) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expired = new Promise((_, reject) => {
      timer = realSetTimeout(() => reject(new Error(`${what} exceeded its timeout of ${limit} ms`)), limit);
    });
    const run = Promise.resolve().then(() => body.apply(this, args));
    return Promise.race([run, expired]).finally(() => realClearTimeout(timer));
  };
}

type TestFn = (name: string, body?: Body, timeout?: number) => unknown;
type TestApi = TestFn & Record<string, unknown>;

/** A test function (it, it.only, …) whose bodies run under their timeout, with .each doing the same. */
function withTimeouts(original: TestApi): TestApi {
  const wrap =
    (fn: TestFn): TestFn =>
    (name, body, timeout) =>
      fn(name, body && timed(body, timeout, `"${name}"`), timeout);
  const wrapped = wrap(original) as TestApi;
  for (const variant of ['only', 'skip', 'failing', 'concurrent'] as const) {
    if (typeof original[variant] === 'function') wrapped[variant] = wrap(original[variant] as TestFn);
  }
  wrapped.todo = original.todo;
  wrapped.each = (...table: unknown[]) => {
    const bound = (original.each as (...t: unknown[]) => TestFn)(...table);
    return (name: string, body: Body, timeout?: number) =>
      bound(name, timed(body, timeout, `"${name}"`), timeout);
  };
  return wrapped;
}

const globals = globalThis as unknown as Record<string, TestApi>;
globals.it = withTimeouts(globals.it!);
globals.test = withTimeouts(globals.test!);
for (const hook of ['beforeAll', 'afterAll', 'beforeEach', 'afterEach']) {
  const original = globals[hook] as unknown as (body: Body, timeout?: number) => unknown;
  globals[hook] = ((body: Body, timeout?: number) => original(timed(body, timeout, hook), timeout)) as never;
}

// The whole fake-timer API of jest's own runner (advanceTimersByTimeAsync above all: a timer whose callback
// awaits runs to its end before the clock moves on), on one clock.
const timers = new ModernFakeTimers({
  config: { fakeTimers: { enableGlobally: true } } as never,
  global: globalThis as never,
});
const jestObject = (globalThis as unknown as { jest: Record<string, unknown> }).jest;
Object.assign(jestObject, {
  setTimeout(ms: number) {
    fileTimeouts.set(currentFile(), ms);
    return jestObject;
  },
  useFakeTimers(config?: Parameters<ModernFakeTimers['useFakeTimers']>[0]) {
    timers.useFakeTimers(config);
    return jestObject;
  },
  useRealTimers() {
    timers.useRealTimers();
    return jestObject;
  },
  setSystemTime(now?: number | Date) {
    timers.setSystemTime(now);
    return jestObject;
  },
  now: () => timers.now(),
  advanceTimersByTime(ms: number) {
    timers.advanceTimersByTime(ms);
    return jestObject;
  },
  async advanceTimersByTimeAsync(ms: number) {
    await timers.advanceTimersByTimeAsync(ms);
    return jestObject;
  },
  runOnlyPendingTimers() {
    timers.runOnlyPendingTimers();
    return jestObject;
  },
  getTimerCount: () => timers.getTimerCount(),
});
