// The renewal radar's reading of the index: term ends in a period grouped so the decisions stand apart (annual
// and multi-year terms, those that will end, those renewing with changes) from the monthly rollovers, which are
// counted and collapsed; totals per group and per customer; paging one group; the open cancellation windows.
import { MemoryIndexStore } from '../../src/index/memory-store';
import { PartnerIndex } from '../../src/index/partner-index';
import { indexedSubscription } from '../../src/index/records';
import { openWindow, readRadar, readWindows, type RadarQuery } from '../../src/radar/radar';
import type { Subscription } from '../../src/partnercenter/models';
import { DAY, HOUR, NOW, planned } from './radar-fixture';

const CONTOSO = 'b0d70a69-4c42-4b27-b17b-91a835d8686a';
const FABRIKAM = 'f1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b';
const TODAY = Math.floor(NOW / DAY) * DAY;
/** The next 30 days, today included. */
const NEXT_30: RadarQuery = { from: TODAY, to: TODAY + 31 * DAY - 1, now: NOW };

async function indexOf(customers: Record<string, Subscription[]>): Promise<PartnerIndex> {
  const store = new MemoryIndexStore(100, () => NOW);
  for (const [id, subscriptions] of Object.entries(customers))
    await store.putCustomer({
      customerId: id,
      orders: [],
      subscriptions: subscriptions.map((s) => indexedSubscription(s, id)),
      at: NOW,
    });
  return new PartnerIndex(store);
}

const contoso = [
  planned({ id: 'c-e5-annual', days: 20, qty: 40, order: 'o-1' }),
  planned({ id: 'c-e3-triennial', days: 9, qty: 120, term: 'P3Y' }),
  planned({ id: 'c-copilot-ends', days: 12, qty: 25, cycle: 'monthly', autoRenew: false }),
  planned({ id: 'c-standard-change', days: 3, qty: 60, next: { quantity: 45, productId: 'CFQ7TTC0LCHC' } }),
  planned({ id: 'c-exchange-monthly', days: 5, qty: 15, term: 'P1M', cycle: 'monthly', windowHours: 50 }),
  planned({ id: 'c-visio-monthly', days: 0, qty: 5, term: 'P1M', cycle: 'monthly' }),
  // Left out: ended or suspended, or beyond the period.
  planned({ id: 'c-deleted', days: 4, status: 'deleted' }),
  planned({ id: 'c-suspended', days: 4, status: 'suspended' }),
  planned({ id: 'c-later', days: 45 }),
  planned({ id: 'c-past', days: -2 }),
];
const fabrikam = [
  planned({ id: 'f-annual', days: 30, qty: 7, windowHours: 5, boughtHoursAgo: 163, refundable: 7 }),
  planned({ id: 'f-monthly', days: 1, qty: 3, term: 'P1M', cycle: 'monthly' }),
  planned({ id: 'f-ends-monthly', days: 6, qty: 2, term: 'P1M', cycle: 'monthly', autoRenew: false }),
];

describe('readRadar', () => {
  it('groups the term ends of the period, the decisions apart from the monthly rollovers, with totals', async () => {
    const index = await indexOf({ [CONTOSO]: contoso, [FABRIKAM]: fabrikam });
    const radar = await readRadar(index, NEXT_30, { rows: 5, collapsed: ['rollovers'] });
    expect(radar.groups.map((g) => g.kind)).toEqual(['terms', 'ends', 'changes', 'rollovers']);
    expect(radar.counts).toEqual({ terms: 3, ends: 2, changes: 1, rollovers: 3 });
    const [terms, ends, changes, rollovers] = radar.groups;
    // Soonest first, each with its days to go.
    expect(terms!.rows.map((r) => [r.subscription.id, r.inDays])).toEqual([
      ['c-e3-triennial', 9],
      ['c-e5-annual', 20],
      ['f-annual', 30],
    ]);
    expect(terms).toMatchObject({ total: 3, read: 3, seats: 167, collapsed: false });
    expect(terms!.customers).toEqual([
      { id: CONTOSO, n: 2 },
      { id: FABRIKAM, n: 1 },
    ]);
    // A monthly term with auto-renew off ends: it is a decision, not a rollover.
    expect(ends!.rows.map((r) => r.subscription.id)).toEqual(['f-ends-monthly', 'c-copilot-ends']);
    expect(changes!.rows[0]).toMatchObject({
      kind: 'changes',
      inDays: 3,
      next: { qty: 45, product: 'CFQ7TTC0LCHC:0001' },
    });
    // Counted, not read.
    expect(rollovers).toMatchObject({ total: 3, read: 0, collapsed: true, rows: [] });
    // Per customer, the groups read.
    expect(radar.customers).toEqual([
      { id: CONTOSO, n: 4 },
      { id: FABRIKAM, n: 2 },
    ]);
  });

  it('marks an open window on a row: closing soon, opened by the purchase, with refundable seats', async () => {
    const index = await indexOf({ [FABRIKAM]: fabrikam });
    const radar = await readRadar(index, NEXT_30, { rows: 5 });
    const row = radar.groups.find((g) => g.kind === 'terms')!.rows[0]!;
    expect(row.window).toEqual({ closes: NOW + 5 * HOUR, opened: 'purchase', soon: true, refundable: 7 });
  });

  it('pages one group, the rollovers included when asked for', async () => {
    const index = await indexOf({ [CONTOSO]: contoso, [FABRIKAM]: fabrikam });
    const radar = await readRadar(index, NEXT_30, {
      group: 'rollovers',
      offset: 1,
      rows: 1,
      collapsed: ['rollovers'],
    });
    expect(radar.groups).toHaveLength(1);
    expect(radar.groups[0]).toMatchObject({
      kind: 'rollovers',
      total: 3,
      read: 3,
      offset: 1,
      collapsed: false,
    });
    expect(radar.groups[0]!.rows.map((r) => r.subscription.id)).toEqual(['f-monthly']);
    // The other groups are still counted.
    expect(radar.counts).toEqual({ terms: 3, ends: 2, changes: 1, rollovers: 3 });
  });

  it("reads one customer's term ends (its own records), grouped the same way", async () => {
    const index = await indexOf({ [CONTOSO]: contoso, [FABRIKAM]: fabrikam });
    const radar = await readRadar(
      index,
      { ...NEXT_30, customers: [CONTOSO.toUpperCase()] },
      { rows: 5, collapsed: ['rollovers'] },
    );
    expect(radar.counts).toEqual({ terms: 2, ends: 1, changes: 1, rollovers: 2 });
    expect(radar.customers).toEqual([{ id: CONTOSO, n: 4 }]);
    expect(radar.groups.find((g) => g.kind === 'rollovers')).toMatchObject({ total: 2, rows: [] });
  });

  it('totals only what it read past its limit, and says how many it holds', async () => {
    const many = Array.from({ length: 12 }, (_, i) => planned({ id: `t-${i}`, days: 1 + i, qty: 1 }));
    const index = await indexOf({ [CONTOSO]: many });
    const radar = await readRadar(index, NEXT_30, { rows: 3, maxRead: 5 });
    expect(radar.groups[0]).toMatchObject({ kind: 'terms', total: 12, read: 5, seats: 5 });
    expect(radar.groups[0]!.rows).toHaveLength(3);
  });
});

describe('readWindows', () => {
  it('lists the windows open now, soonest closing first, with how many close within 24 hours', async () => {
    const index = await indexOf({
      [CONTOSO]: [
        planned({ id: 'w-50h', days: 300, windowHours: 50 }),
        planned({ id: 'w-5h', days: 330, windowHours: 5 }),
        planned({ id: 'w-closed', days: 20, windowHours: -1 }),
        planned({ id: 'w-none', days: 20 }),
      ],
      [FABRIKAM]: [planned({ id: 'w-148h', days: 30, windowHours: 148, boughtHoursAgo: 20 })],
    });
    const windows = await readWindows(index, { now: NOW }, { rows: 10 });
    expect(windows.rows.map((r) => [r.subscription.id, r.window.soon, r.window.opened])).toEqual([
      ['w-5h', true, 'renewal'],
      ['w-50h', false, 'renewal'],
      ['w-148h', false, 'purchase'],
    ]);
    expect(windows).toMatchObject({ total: 3, read: 3, soon: 1, seats: 30 });
    const mine = await readWindows(index, { now: NOW, customers: [FABRIKAM] }, { rows: 10 });
    expect(mine.rows.map((r) => r.subscription.id)).toEqual(['w-148h']);
  });

  it('knows a window only while it is open', () => {
    const s = indexedSubscription(planned({ id: 'x', days: 10, windowHours: 1 }), CONTOSO);
    expect(openWindow(s, NOW)?.soon).toBe(true);
    expect(openWindow(s, NOW + HOUR)).toBeUndefined();
  });
});
