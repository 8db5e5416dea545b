// A cached value carries the stamp of the load it came from, wherever it was decoded, so work derived from it
// (a rendered card) can be reused by content: the same load read back in another process has the same stamp.

const stamps = new WeakMap<object, string>();

/** Marks `value` as the content of the load named `stamp`; returns it. */
export function stamped<T>(value: T, stamp: string): T {
  if (typeof value === 'object' && value !== null) stamps.set(value, stamp);
  return value;
}

/** The stamp of the load `value` came from, if it came from the response cache. */
export function stampOf(value: object): string | undefined {
  return stamps.get(value);
}
