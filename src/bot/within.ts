export type Settled<T> = { done: true; value: T } | { done: false };

/**
 * The promise's value if it settles within `ms`, else `{ done: false }` (it keeps running; the caller may wait
 * again). A rejection is passed on.
 */
export async function within<T>(promise: Promise<T>, ms: number): Promise<Settled<T>> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Settled<T>>((resolve) => {
    timer = setTimeout(() => resolve({ done: false }), Math.max(0, ms));
  });
  try {
    return await Promise.race([promise.then((value) => ({ done: true as const, value })), late]);
  } finally {
    clearTimeout(timer);
  }
}
