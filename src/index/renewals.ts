// What the renewal radar asks of the index: which subscriptions still have a term that ends (or renews) and a
// window that can close, and which group a term end belongs to, so the real decisions stand apart from the
// monthly rollovers. Both stores index the same subscriptions by the same rules.
import type { IndexedSubscription } from './records';

/**
 * The group of a term end, the first that applies: `ends` (auto-renew off: it will end), `changes` (it renews
 * with a scheduled change), `rollovers` (a monthly term renewing as it is), `terms` (any other term: annual,
 * triennial, or not said).
 */
export type RenewalKind = 'ends' | 'changes' | 'rollovers' | 'terms';

export const RENEWAL_KINDS: readonly RenewalKind[] = ['ends', 'changes', 'rollovers', 'terms'];

/** Statuses whose subscription neither renews nor can be cancelled any more (any other, unknown ones too, can). */
const SETTLED = new Set(['deleted', 'expired', 'disabled', 'suspended', 'cancelled', 'canceled']);

/** True when the subscription belongs on the radar: its status is not a settled one. */
export function onRadar(s: IndexedSubscription): boolean {
  return !SETTLED.has(s.status);
}

export function renewalKind(s: IndexedSubscription): RenewalKind {
  if (s.autoRenew === false) return 'ends';
  if (s.next) return 'changes';
  return s.term?.toUpperCase() === 'P1M' ? 'rollovers' : 'terms';
}

/** When its term ends (epoch ms), if it is on the radar with a readable end. */
export function endsAt(s: IndexedSubscription): number | undefined {
  return onRadar(s) && s.ends !== undefined ? s.ends : undefined;
}

/** Until when it can be cancelled (epoch ms), if it is on the radar with a window date. */
export function windowEndsAt(s: IndexedSubscription): number | undefined {
  return onRadar(s) && typeof s.cancelBy === 'number' ? s.cancelBy : undefined;
}

/** Soonest first; the same time by id, as Redis orders the members of a score. */
export function bySoonest(at: (s: IndexedSubscription) => number | undefined) {
  return (a: IndexedSubscription, b: IndexedSubscription): number =>
    (at(a) ?? 0) - (at(b) ?? 0) || (a.id.toLowerCase() < b.id.toLowerCase() ? -1 : 1);
}
