// zod schemas for one environment variable each. Every problem is a whole sentence naming the variable (the
// key the field sits under) and is fatal, so the cross-field rules only ever see well-formed values.

import { z } from 'zod';
import { isGuid } from '../partnercenter/guid-format';
import { DEFAULT_KEY_PREFIX } from '../state/redis/keys';
import { FIELD_PROBLEM, quoteForMessage } from './errors';

// A check does not know which key its field sits under (zod 4 gives it no path): it says what is wrong with the
// value, and fieldProblem (errors.ts) puts the variable's name in front once the issue has its path.
function refuse(ctx: z.RefinementCtx, problem: string): never {
  ctx.addIssue({ code: 'custom', message: problem, params: { [FIELD_PROBLEM]: true }, continue: false });
  return z.NEVER;
}

/** The variable's text, trimmed: unset and blank are both ''. */
export const text = z
  .string()
  .optional()
  .transform((value) => (value ?? '').trim());

/** A whole number in [min, max]; `fallback` when unset. */
export const wholeNumber = (fallback: number, min = 0, max = 65535) =>
  text.transform((raw, ctx) => {
    if (!raw) return fallback;
    // Digits only: Number() would also take "0x1F90", "1e3" or "3978.0".
    const value = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
    if (value >= min && value <= max) return value;
    return refuse(ctx, `must be a whole number from ${min} to ${max}, got ${quoteForMessage(raw)}`);
  });

/** A decimal number in [min, max] (e.g. 0.15); `fallback` when unset. */
export const fraction = (fallback: number, min: number, max: number) =>
  text.transform((raw, ctx) => {
    if (!raw) return fallback;
    const value = /^\d{1,3}(\.\d{1,6})?$/.test(raw) ? Number(raw) : NaN;
    if (value >= min && value <= max) return value;
    return refuse(ctx, `must be a number from ${min} to ${max}, got ${quoteForMessage(raw)}`);
  });

/** One of `allowed`, in any case (written as in `allowed`); undefined when unset. */
export const choice = <T extends string>(allowed: readonly T[]) =>
  text.transform((raw, ctx): T | undefined => {
    if (!raw) return undefined;
    const found = allowed.find((a) => a.toLowerCase() === raw.toLowerCase());
    if (found) return found;
    return refuse(ctx, `must be one of ${allowed.join(', ')}, got ${quoteForMessage(raw)}`);
  });

/** One of `allowed`; `fallback` when unset. */
export const oneOf = <T extends string>(allowed: readonly T[], fallback: T) =>
  choice(allowed).transform((value) => value ?? fallback);

/** Names from `allowed` separated by commas; [] when unset. */
export const nameList = <T extends string>(allowed: readonly T[]) =>
  text.transform((raw, ctx): T[] => {
    const names = raw.split(/\s*,\s*/).filter(Boolean);
    const bad = names.find((name) => !(allowed as readonly string[]).includes(name));
    if (bad === undefined) return names as T[];
    return refuse(ctx, `must list names from ${allowed.join(', ')}, got ${quoteForMessage(bad)}`);
  });

/** GUIDs separated by commas, semicolons or spaces; [] when unset. */
export const guidList = text.transform((raw, ctx) => {
  const ids = raw.split(/[\s,;]+/).filter(Boolean);
  const bad = ids.find((id) => !isGuid(id));
  if (bad === undefined) return ids;
  return refuse(ctx, `must list GUIDs separated by commas, got ${quoteForMessage(bad)}`);
});

/** A redis:// or rediss:// URL as given; it may hold a password, so the message never shows it. */
export const redisUrl = text.transform((raw, ctx) => {
  if (!raw) return undefined;
  let scheme: string | undefined;
  try {
    scheme = new URL(raw).protocol;
  } catch {
    scheme = undefined;
  }
  if (scheme === 'redis:' || scheme === 'rediss:') return raw;
  return refuse(ctx, `must be a redis:// or rediss:// URL`);
});

/** The start of every Redis key: printable, no spaces, at most 64 characters; "pcbot:" when unset. */
export const redisKeyPrefix = text.transform((raw, ctx) => {
  if (!raw) return DEFAULT_KEY_PREFIX;
  if (/^[\x21-\x7e]{1,64}$/.test(raw)) return raw;
  return refuse(ctx, `must be up to 64 printable characters with no spaces, got ${quoteForMessage(raw)}`);
});
