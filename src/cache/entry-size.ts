// What one cache entry costs the heap, so that maxBytes bounds memory rather than only the values' JSON.
// Measured on Node 20: a parsed Partner Center answer takes about 1.3 times its JSON length, and an entry
// with an empty value (the Map slot, lru-cache's slots, the entry object, a 110-character key) about 340 bytes.

/** Map and lru-cache slots, the entry object and the value's outer object or array. */
export const ENTRY_OVERHEAD_BYTES = 256;
/** Parsed JSON on the heap per character of JSON (1.3 measured, with headroom). */
const VALUE_BYTES_PER_JSON_CHAR = 1.5;

/** Approximate heap bytes of one entry: its key (UTF-16 at worst), its value and the fixed overhead. */
export function entrySize(key: string, value: unknown): number {
  const json = JSON.stringify(value)?.length ?? 0;
  return ENTRY_OVERHEAD_BYTES + 2 * key.length + Math.ceil(VALUE_BYTES_PER_JSON_CHAR * json);
}
