// The sandbox's renewal calendar (issue 19 item 5): relative to the sandbox's clock at its start, every customer
// that bought anything has term ends (monthly, annual, triennial), an end (auto-renew off), a scheduled change
// and an open cancellation window within 90 days; deterministic; untidy as real answers; moving on with the clock.
import {
  CONTOSO_RENEWAL_ORDER_IDS,
  CONTOSO_RENEWAL_SUBSCRIPTION_IDS as SUBS,
  CONTOSO_TENANT_ID,
  startSandbox,
} from '../../../dev/sandbox';
import { getFixtures } from '../../../dev/sandbox/fixtures/store';
import { withSyntheticCustomers } from '../../../dev/sandbox/fixtures/synthetic-customers';
import type { FixtureCustomer } from '../../../dev/sandbox/fixtures/types';
import { createRenewalCalendar } from '../../../dev/sandbox/renewals/calendar';
import { parsePartnerCenterDate } from '../../../src/partnercenter/dates';
import { getJson } from './helpers';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const NOW = Date.parse('2026-12-02T10:30:00Z');

/** A subscription body as the wire has it (the test reads it loosely, as a client would). */
type Wire = Record<string, unknown> & { id: string };

const date = (value: unknown): number | undefined =>
  typeof value === 'string' ? parsePartnerCenterDate(value) : undefined;

/** What of the mix a customer's subscriptions have at `now`. */
function mixOf(subscriptions: Wire[], now: number) {
  const active = subscriptions.filter((s) => s.status === 'active');
  const endsWithin90 = (s: Wire) => {
    const end = date(s.commitmentEndDate);
    return end !== undefined && end >= now - DAY && end <= now + 90 * DAY;
  };
  const renewing = (term: string) =>
    active.some((s) => s.termDuration === term && s.autoRenewEnabled === true && endsWithin90(s));
  return {
    triennial: renewing('P3Y'),
    annual: renewing('P1Y'),
    monthly: renewing('P1M'),
    ends: active.some((s) => s.autoRenewEnabled === false && endsWithin90(s)),
    change: active.some((s) => typeof s.scheduledNextTermInstructions === 'object' && endsWithin90(s)),
    window: active.some((s) => (date(s.cancellationAllowedUntilDate) ?? 0) > now),
  };
}

const FULL_MIX = { triennial: true, annual: true, monthly: true, ends: true, change: true, window: true };

function calendarAt(now: number, customers = 0) {
  const calendar = createRenewalCalendar(() => now);
  const fixtures = calendar.withRenewals(withSyntheticCustomers(getFixtures(), customers));
  const bodies = (record: FixtureCustomer) =>
    record.data().subscriptions.map((s) => calendar.present(record, s) as Wire);
  return { calendar, fixtures, bodies };
}

describe('the renewal calendar', () => {
  it('gives every customer that bought anything the whole mix within 90 days of the start', () => {
    const { fixtures, bodies } = calendarAt(NOW, 200);
    let dormant = 0;
    for (const record of fixtures.customers) {
      if (record.data().orders.length === 0) {
        // A customer that never bought has nothing to renew.
        expect(record.data().subscriptions).toHaveLength(0);
        dormant++;
        continue;
      }
      expect({ id: record.customer.id, ...mixOf(bodies(record), NOW) }).toEqual({
        id: record.customer.id,
        ...FULL_MIX,
      });
    }
    expect(dormant).toBeGreaterThan(0);
  });

  it('keeps every order and subscription linked, book orders included', () => {
    const { fixtures } = calendarAt(NOW, 120);
    const unlinked: string[] = [];
    for (const record of fixtures.customers) {
      const { orders, subscriptions, subscriptionById, orderById } = record.data();
      for (const { order } of orders)
        for (const item of order.lineItems)
          if (item.subscriptionId && !subscriptionById.has(item.subscriptionId.toLowerCase()))
            unlinked.push(`order ${order.id} → subscription ${item.subscriptionId}`);
      for (const s of subscriptions)
        if (!orderById.has((s.orderId ?? '').toLowerCase()))
          unlinked.push(`subscription ${s.id} → order ${s.orderId}`);
    }
    expect(unlinked).toEqual([]);
  });

  it('is deterministic, and placed relative to the start: another start moves every date with it', () => {
    const contosoAt = (now: number) => {
      const { fixtures, bodies } = calendarAt(now, 60);
      return fixtures.customers.map((record) => JSON.stringify(bodies(record)));
    };
    expect(contosoAt(NOW)).toEqual(contosoAt(NOW));
    const e5 = (now: number) => {
      const { fixtures, bodies } = calendarAt(now);
      return bodies(fixtures.customerById.get(CONTOSO_TENANT_ID)!).find((s) => s.id === SUBS.e5Annual)!;
    };
    expect(e5(NOW).commitmentEndDate).toMatch(/^2026-12-21T00:00:00/);
    expect(e5(NOW + 10 * DAY).commitmentEndDate).toMatch(/^2026-12-31T00:00:00/);
  });

  it('reaches the 10,000-customer mode: its last customers have the mix too', () => {
    const { fixtures, bodies } = calendarAt(NOW, 10_000);
    expect(fixtures.customers).toHaveLength(10_000);
    const sample = fixtures.customers.slice(-40).filter((record) => record.data().orders.length > 0);
    expect(sample.length).toBeGreaterThan(30);
    for (const record of sample) expect(mixOf(bodies(record), NOW)).toEqual(FULL_MIX);
  });

  it('writes the fields untidily, as real answers do, and every date still reads', () => {
    const { fixtures, bodies } = calendarAt(NOW, 150);
    const all = fixtures.customers.flatMap((record) => bodies(record));
    const planned = all.filter((s) => s.billingType === 'license' && typeof s.termDuration === 'string');
    const ends = planned.map((s) => String(s.commitmentEndDate));
    expect(ends.some((d) => /T00:00:00Z$/.test(d))).toBe(true);
    expect(ends.some((d) => /T00:00:00$/.test(d))).toBe(true);
    expect(ends.some((d) => /T00:00:00\.0000000Z$/.test(d))).toBe(true);
    const windows = planned.map((s) => s.cancellationAllowedUntilDate);
    expect(windows).toContain(null);
    expect(windows.some((w) => typeof w === 'string' && /\.\d{7}Z$/.test(w))).toBe(true);
    expect(windows.some((w) => typeof w === 'string' && /:\d\dZ$/.test(w))).toBe(true);
    expect(windows.some((w) => typeof w === 'string' && /\.\d{3}$/.test(w))).toBe(true);
    // null against absent.
    expect(planned.some((s) => s.scheduledNextTermInstructions === null)).toBe(true);
    expect(planned.some((s) => !('scheduledNextTermInstructions' in s))).toBe(true);
    expect(planned.some((s) => s.refundableQuantity === null)).toBe(true);
    expect(planned.some((s) => !('refundableQuantity' in s))).toBe(true);
    expect(planned.some((s) => Array.isArray(s.refundOptions) && s.refundOptions.length === 0)).toBe(true);
    // Enums in other cases.
    const products = planned.flatMap((s) => {
      const next = s.scheduledNextTermInstructions as { product?: Record<string, string> } | null | undefined;
      return next?.product ? [next.product] : [];
    });
    const cycles = new Set(products.map((p) => p.billingCycle));
    expect([...cycles].some((c) => c === c?.toLowerCase())).toBe(true);
    expect([...cycles].some((c) => c !== c?.toLowerCase())).toBe(true);
    expect(products.some((p) => p.termDuration === p.termDuration?.toLowerCase())).toBe(true);
    for (const s of planned) {
      expect(date(s.commitmentEndDate)).toBeDefined();
      if (typeof s.cancellationAllowedUntilDate === 'string')
        expect(date(s.cancellationAllowedUntilDate)).toBeDefined();
    }
    // Monthly, annual and triennial terms, billed monthly, annually and triennially.
    expect(new Set(planned.map((s) => s.termDuration))).toEqual(new Set(['P1M', 'P1Y', 'P3Y']));
    expect(new Set(planned.map((s) => s.billingCycle))).toEqual(new Set(['monthly', 'annual', 'triennial']));
  });
});

describe("Contoso's hand-written book, over HTTP, as the clock moves on", () => {
  let clock = NOW;
  const sandbox = async () => startSandbox({ port: 0, now: () => clock });
  const contoso = async (sb: Awaited<ReturnType<typeof sandbox>>) =>
    new Map(
      (
        await getJson<{ items: Wire[] }>(sb, `/v1/customers/${CONTOSO_TENANT_ID}/subscriptions`)
      ).body.items.map((s) => [s.id, s]),
    );

  it('starts with two term ends, two ends, two changes and three open windows', async () => {
    clock = NOW;
    const sb = await sandbox();
    try {
      expect(sb.renewalAnchor).toBe(NOW);
      const subs = await contoso(sb);
      const ends = (id: string) => date(subs.get(id)?.commitmentEndDate);
      expect(ends(SUBS.e3Triennial)).toBe(Date.parse('2027-01-16T00:00:00Z') - DAY);
      expect(subs.get(SUBS.e3Triennial)).toMatchObject({ termDuration: 'P3Y', autoRenewEnabled: true });
      expect(subs.get(SUBS.copilotEnds)).toMatchObject({ autoRenewEnabled: false, status: 'active' });
      expect(ends(SUBS.copilotEnds)).toBe(Date.parse('2026-12-14T00:00:00Z') - DAY);
      expect(subs.get(SUBS.standardToPremium)?.scheduledNextTermInstructions).toMatchObject({
        product: { productId: 'CFQ7TTC0LCHC', skuId: '0001' },
        quantity: 45,
      });
      const windows = [SUBS.basicClosingWindow, SUBS.exchangeRenewedWindow, SUBS.visioPurchased].map((id) =>
        date(subs.get(id)?.cancellationAllowedUntilDate),
      );
      expect(windows).toEqual([NOW + 5 * HOUR, NOW + 50 * HOUR, NOW + 148 * HOUR]);
      expect(subs.get(SUBS.basicClosingWindow)?.refundableQuantity).toMatchObject({ totalQuantity: 200 });
      // The purchase is an order of the last 168 hours; its subscriptions are listed by it.
      const recent = await getJson<{ items: Wire[] }>(
        sb,
        `/v1/customers/${CONTOSO_TENANT_ID}/subscriptions?order_id=${CONTOSO_RENEWAL_ORDER_IDS.recent}`,
      );
      expect(recent.body.items.map((s) => s.id)).toEqual([SUBS.visioPurchased]);
    } finally {
      await sb.close();
    }
  });

  it('renews, applies scheduled changes, expires and opens windows as time passes', async () => {
    clock = NOW;
    const sb = await sandbox();
    try {
      clock = NOW + 6 * HOUR;
      let subs = await contoso(sb);
      expect(date(subs.get(SUBS.basicClosingWindow)?.cancellationAllowedUntilDate) ?? 0).toBeLessThan(clock);
      expect(subs.get(SUBS.basicClosingWindow)?.refundableQuantity ?? { totalQuantity: 0 }).toMatchObject({
        totalQuantity: 0,
      });

      clock = NOW + 13 * DAY;
      subs = await contoso(sb);
      expect(subs.get(SUBS.copilotEnds)).toMatchObject({
        status: 'expired',
        cancellationAllowedUntilDate: null,
      });

      // E5 renewed on day 20 (a new year's term) and its window is open for 168 hours from the renewal.
      clock = NOW + 21 * DAY;
      subs = await contoso(sb);
      expect(date(subs.get(SUBS.e5Annual)?.commitmentEndDate)).toBe(Date.parse('2027-12-22T00:00:00Z') - DAY);
      expect(date(subs.get(SUBS.e5Annual)?.cancellationAllowedUntilDate) ?? 0).toBeGreaterThan(clock);

      clock = NOW + 61 * DAY;
      subs = await contoso(sb);
      expect(subs.get(SUBS.standardToPremium)).toMatchObject({
        offerName: 'Microsoft 365 Business Premium',
        quantity: 45,
      });
      expect(subs.get(SUBS.standardToPremium)?.scheduledNextTermInstructions ?? null).toBeNull();
      expect(subs.get(SUBS.salesToTriennial)).toMatchObject({ termDuration: 'P3Y', billingCycle: 'annual' });
    } finally {
      await sb.close();
    }
  });
});
