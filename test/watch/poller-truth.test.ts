// What the poller tells a notice (issue 18), against the real sandbox over HTTP on an injected clock: since when
// the order has been in its state (a pending order's creation, from the order body or the partner-wide index;
// "since at least" the watch's start when neither knows), and the subscriptions a completed order created, by
// name and quantity (the order's subscriptions, else its line items when they cannot be read).
import { NORTHWIND_TENANT_ID } from '../../dev/sandbox';
import { cardText } from '../support/emulator';
import { localizer } from '../../src/cards/locale';
import { watchNotices } from '../../src/commands/watch/notice-card';
import { PartnerIndex } from '../../src/index/partner-index';
import { MemoryIndexStore } from '../../src/index/memory-store';
import { indexedOrder, type IndexedOrder } from '../../src/index/records';
import { createLogger } from '../../src/logging/logger';
import { parsePartnerCenterDate } from '../../src/partnercenter/dates';
import type { Order } from '../../src/partnercenter/models';
import { MemoryWatchStore, watchId, type Watch } from '../../src/state/watch-store';
import type { Notifier } from '../../src/watch/notifier';
import { WatchPoller, type WatchPollerDeps } from '../../src/watch/poller';
import { indexedStatusSince, indexStatusSince } from '../../src/watch/status-since';
import { startSandboxClient, turn, type SandboxClient } from '../support/partner-center';

const DAY = 86_400_000;
let pc: SandboxClient;
let pending: Order[];
beforeAll(async () => {
  pc = await startSandboxClient({ maxRetries: 0 });
  pending = (await pc.client.listOrders(NORTHWIND_TENANT_ID, {}, turn())).filter(
    (o) => o.status === 'pending',
  );
});
afterAll(() => pc.sandbox.close());
beforeEach(() => pc.sandbox.knobs.reset());

/** A pending order not used by another test yet (the sandbox's lifecycle keeps completed orders completed). */
const used = new Set<string>();
function take(wanted: (o: Order) => boolean): Order {
  const order = pending.find((o) => !used.has(o.id) && wanted(o));
  if (!order) throw new Error('the sandbox has no such pending Northwind order left');
  used.add(order.id);
  return order;
}
const withSubscriptions = (o: Order) =>
  (o.lineItems?.length ?? 0) >= 2 && (o.lineItems ?? []).every((l) => l.subscriptionId);
const withoutSubscriptions = (o: Order) => (o.lineItems ?? []).every((l) => !l.subscriptionId);

const created = (order: Order) => parsePartnerCenterDate(order.creationDate)!;

/** A watch as stored before notices knew better: its state's `since` is the moment the watch was made. */
function oldWatch(order: Order, createdAt: number): Watch {
  const conversationId = `conv-${order.id}`;
  return {
    id: watchId(conversationId, order.id),
    conversation: { serviceUrl: 'http://127.0.0.1:1', conversationId, channelId: 'x', reference: {} },
    owner: { id: 'dana' },
    customerId: NORTHWIND_TENANT_ID,
    customerName: 'Northwind Traders',
    orderId: order.id,
    locale: 'en-US',
    state: { status: 'pending', since: new Date(createdAt).toISOString() },
    createdAt,
    expiresAt: createdAt + 14 * DAY,
  };
}

/** The texts of the cards sent. */
function capturing(): Notifier & { texts: string[] } {
  const texts: string[] = [];
  return {
    texts,
    send: (_conversation, card) => {
      texts.push(cardText(card));
      return Promise.resolve('sent');
    },
  };
}

function poller(
  store: MemoryWatchStore,
  notifier: Notifier,
  now: number,
  extra: Partial<WatchPollerDeps> = {},
) {
  return new WatchPoller({
    store,
    api: pc.client,
    notifier,
    notices: watchNotices(),
    budget: { take: () => Promise.resolve(true) },
    logger: createLogger('silent'),
    now: () => now,
    ...extra,
  });
}

const when = (ms: number) => localizer('en-US').dateTime(new Date(ms).toISOString());
const complete = (order: Order) =>
  fetch(`${pc.sandbox.url}/_sandbox/orders/${order.id}/complete`, { method: 'POST' });
const provision = (order: Order) =>
  fetch(`${pc.sandbox.url}/_sandbox/orders/${order.id}/provision`, { method: 'POST' });

describe('a completion notice', () => {
  it('says since when the order was pending (its creation), not when the watch started', async () => {
    const order = take(withSubscriptions);
    const store = new MemoryWatchStore();
    await store.add(oldWatch(order, created(order) + DAY), 25);
    const notifier = capturing();
    await complete(order);
    await poller(store, notifier, created(order) + 3 * DAY).tick(true);
    expect(notifier.texts).toHaveLength(1);
    expect(notifier.texts[0]).toContain(`It was Pending for 3 days, since ${when(created(order))}.`);
  });

  it('names the subscriptions it created, with their quantities', async () => {
    const order = take(withSubscriptions);
    const store = new MemoryWatchStore();
    await store.add(oldWatch(order, created(order) + DAY), 25);
    const notifier = capturing();
    await complete(order);
    await poller(store, notifier, created(order) + 3 * DAY).tick(true);
    const said = notifier.texts[0]!;
    expect(said).toContain(`Subscriptions it created (${order.lineItems!.length}):`);
    for (const line of order.lineItems!)
      expect(said).toContain(`${line.friendlyName}, quantity ${line.quantity}, id ${line.subscriptionId}`);
    expect(said).not.toMatch(/no subscriptions/);
  });

  it("names them from the order's line items when its subscriptions cannot be read", async () => {
    const order = take(withSubscriptions);
    const store = new MemoryWatchStore();
    await store.add(oldWatch(order, created(order) + DAY), 25);
    const notifier = capturing();
    await complete(order);
    pc.sandbox.knobs.faults.push({ match: '/subscriptions', status: 500 });
    await poller(store, notifier, created(order) + 3 * DAY).tick(true);
    const said = notifier.texts[0]!;
    for (const line of order.lineItems!)
      expect(said).toContain(`${line.friendlyName}, quantity ${line.quantity}, id ${line.subscriptionId}`);
  });

  it('says plainly that an order which created none created none, or that they could not be read', async () => {
    const store = new MemoryWatchStore();
    const none = take(withoutSubscriptions);
    const unread = take(withoutSubscriptions);
    await store.add(oldWatch(none, created(none) + DAY), 25);
    const notifier = capturing();
    await complete(none);
    await poller(store, notifier, created(none) + 3 * DAY).tick(true);
    expect(notifier.texts[0]).toContain('It created no subscriptions.');
    expect(notifier.texts[0]).not.toContain('yet');

    const another = new MemoryWatchStore();
    await another.add(oldWatch(unread, created(unread) + DAY), 25);
    await complete(unread);
    pc.sandbox.knobs.faults.push({ match: '/subscriptions', status: 500 });
    await poller(another, notifier, created(unread) + 3 * DAY).tick(true);
    expect(notifier.texts[1]).toContain('Its subscriptions could not be read just now');
    expect(notifier.texts[1]).not.toMatch(/no subscriptions/);
  });
});

describe('a provisioning notice (no order body at hand)', () => {
  /** A watch whose provisioning was read once (where it starts from), then one line item provisioned. */
  async function provisioningNotice(extra: Partial<WatchPollerDeps>, order: Order): Promise<string> {
    const store = new MemoryWatchStore();
    const watchStart = created(order) + DAY;
    await store.add(oldWatch(order, watchStart), 25);
    const notifier = capturing();
    const p = poller(store, notifier, created(order) + 2 * DAY, extra);
    await p.tick(true);
    await provision(order);
    await p.tick(true);
    expect(notifier.texts).toHaveLength(1);
    return notifier.texts[0]!;
  }

  it("says since when from the partner-wide index's record", async () => {
    const order = take(withSubscriptions);
    const store = new MemoryIndexStore(100);
    const index = new PartnerIndex(store);
    await store.upsert([indexedOrder(order, NORTHWIND_TENANT_ID, Date.now())], [], Date.now());
    const said = await provisioningNotice({ statusSince: indexStatusSince(index) }, order);
    expect(said).toContain(`It has been Pending for 2 days, since ${when(created(order))}.`);
  });

  it('says "since at least" the watch started when nothing knows since when', async () => {
    const order = take(withSubscriptions);
    const said = await provisioningNotice({}, order);
    expect(said).toContain(
      `It has been Pending since at least ${when(created(order) + DAY)}, when the watch started.`,
    );
    expect(said).not.toMatch(/Pending for/);
  });
});

describe("the index's record of since when an order is in a status", () => {
  const record = (fields: Partial<IndexedOrder>): IndexedOrder => ({
    id: 'o1',
    cust: 'c1',
    status: 'pending',
    cycle: 'monthly',
    created: 1_000,
    changed: 1_000,
    lines: [],
    ...fields,
  });

  it('is the creation for an order still pending, and unknown without a creation date', () => {
    expect(indexedStatusSince(record({}), 'Pending')).toBe(1_000);
    expect(indexedStatusSince(record({ created: 0, changed: 5_000 }), 'pending')).toBeUndefined();
  });

  it('is when the index saw the status begin, never the creation of an order first seen in it', () => {
    expect(
      indexedStatusSince(record({ status: 'po_upload_complete', changed: 9_000 }), 'po_upload_complete'),
    ).toBe(9_000);
    expect(
      indexedStatusSince(record({ status: 'po_upload_complete' }), 'po_upload_complete'),
    ).toBeUndefined();
    expect(indexedStatusSince(record({ status: 'completed', changed: 9_000 }), 'pending')).toBeUndefined();
    expect(indexedStatusSince(undefined, 'pending')).toBeUndefined();
  });
});
