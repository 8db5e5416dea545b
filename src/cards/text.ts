// Small pure helpers for display strings.

/** Shown for a value that is absent. */
export const MISSING = '—';

/** Replaces `{name}` placeholders; unknown names are left as they are. */
export function fmt(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}

/** Cuts text longer than `max` characters, ending it with '…' (never splits a surrogate pair). */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end) + '…';
}

/** First 8 characters and '…' for display; the full id is shown on the detail card. */
export function shortId(id: string): string {
  return id.length > 9 ? id.slice(0, 8) + '…' : id;
}

/** Own-property lookup, so values such as "constructor" from an open enum never hit the prototype. */
export function lookup<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
