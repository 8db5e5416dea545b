import { timed } from './light-runner';

describe('the light runner additions', () => {
  it('fail a body that does not settle within its timeout, on the real clock even under fake timers', async () => {
    jest.useFakeTimers();
    try {
      await expect(timed(() => new Promise(() => undefined), 50, '"hangs"')()).rejects.toThrow(
        '"hangs" exceeded its timeout of 50 ms',
      );
    } finally {
      jest.useRealTimers();
    }
  });

  it('pass through what a body returns or throws', async () => {
    await expect(timed(() => 42, 50, 'x')()).resolves.toBe(42);
    await expect(timed(() => Promise.reject(new Error('no')), 50, 'x')()).rejects.toThrow('no');
  });

  it('advance fake timers through callbacks that await', async () => {
    jest.useFakeTimers({ now: 0 });
    try {
      const seen: number[] = [];
      setTimeout(async () => {
        await Promise.resolve();
        seen.push(Date.now());
        setTimeout(() => seen.push(Date.now()), 10);
      }, 10);
      await jest.advanceTimersByTimeAsync(25);
      expect(seen).toEqual([10, 20]);
    } finally {
      jest.useRealTimers();
    }
  });

  it('count the fake timers still pending', () => {
    jest.useFakeTimers({ now: 0 });
    try {
      const timer = setTimeout(() => {}, 10);
      setTimeout(() => {}, 20);
      expect(jest.getTimerCount()).toBe(2);
      clearTimeout(timer);
      expect(jest.getTimerCount()).toBe(1);
    } finally {
      jest.useRealTimers();
    }
  });
});
