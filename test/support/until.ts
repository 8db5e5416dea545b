// Waiting on something another process or socket does (not on time itself: where time is the subject, tests
// use an injected clock or jest's fake timers). Polls briefly, and fails with what it waited for.

export async function until(
  condition: () => boolean | Promise<boolean>,
  what = 'the condition',
  { timeoutMs = 10_000, everyMs = 10 } = {},
): Promise<void> {
  const giveUpAt = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > giveUpAt) throw new Error(`waited ${timeoutMs} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
