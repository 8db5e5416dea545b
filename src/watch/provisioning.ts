// A watched order's provisioning, as the poller compares it and a notice names it: the line items counted per
// status. Order lists do not carry it, so it costs one call per order (App+User auth in real Partner Center).
import { squash } from '../partnercenter/billing-cycle';
import type { ProvisioningStatusItem } from '../partnercenter/models';

/** `fulfilled:1,pending:2`: equal when nothing changed, whatever the case or order of the items. */
export function provisioningSummary(items: readonly ProvisioningStatusItem[]): string {
  const counts = new Map<string, number>();
  for (const { status } of items) {
    const key = squash(status ?? '').replace(/[^a-z0-9]/g, '') || 'unknown';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([status, n]) => `${status}:${n}`)
    .join(',');
}

/** The summary back as counts per status, for a card to name. */
export function provisioningCounts(summary: string): { status: string; count: number }[] {
  return summary
    .split(',')
    .map((part) => part.split(':'))
    .filter((pair): pair is [string, string] => pair.length === 2 && /^\d+$/.test(pair[1]!))
    .map(([status, n]) => ({ status, count: Number(n) }));
}
