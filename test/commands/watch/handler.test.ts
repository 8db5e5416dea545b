// "watch pending orders" says what it did (issue 18): how many it watches of how many pending, how many this
// conversation already watched, and how many it skipped at the per-person cap, with how to make room. A new
// watch starts from since when the order has been in its state when that is known (a pending order: its
// creation), not from the moment it was asked.
import { NORTHWIND_TENANT_ID } from '../../../dev/sandbox';
import type { CommandEnv } from '../../../src/commands/deps';
import { watchCommand } from '../../../src/commands/watch/handler';
import { parsePartnerCenterDate } from '../../../src/partnercenter/dates';
import type { Order } from '../../../src/partnercenter/models';
import { MemoryWatchStore, watchId, type Watch } from '../../../src/state/watch-store';
import { cardTexts } from '../../cards/card-fixtures';
import { commandSuite } from '../../support/command-suite';
import { watchContext } from '../../support/watch-context';

const suite = commandSuite('c0ffee00-0000-4000-8000-000000000518');
const NOW = Date.parse('2026-12-03T10:00:00Z');
const CONVERSATION = 'conv-watch-handler';

function env(store: MemoryWatchStore, maxPerPerson: number): CommandEnv {
  const watch = watchContext(store, {
    conversationId: CONVERSATION,
    owner: 'dana',
    maxPerPerson,
    ttlMs: 14 * 86_400_000,
    now: () => NOW,
  });
  return { ...suite.env(), watch };
}

/** Northwind's pending orders in the order the handler sees them. */
async function northwindPending(): Promise<Order[]> {
  const all = await suite.env().api.listOrders(NORTHWIND_TENANT_ID, {}, suite.env().ctx);
  return all.filter((o) => o.status === 'pending');
}

/** A watch the same person holds elsewhere (another conversation, another order). */
function heldElsewhere(i: number): Watch {
  const conversationId = `conv-elsewhere-${i}`;
  return {
    id: watchId(conversationId, `elsewhere-${i}`),
    conversation: { serviceUrl: 'http://127.0.0.1:1', conversationId, channelId: 'x', reference: {} },
    owner: { id: 'dana' },
    customerId: 'someone-else',
    customerName: 'Someone Else',
    orderId: `elsewhere-${i}`,
    locale: 'en-US',
    state: { status: 'pending', since: new Date(NOW).toISOString() },
    createdAt: NOW,
    expiresAt: NOW + 86_400_000,
  };
}

const answer = async (store: MemoryWatchStore, max: number, text = 'northwind') => {
  const outcome = await watchCommand({ kind: 'watch', customer: text }, env(store, max));
  return { outcome, said: cardTexts(outcome.card).join('\n') };
};

describe('watch pending orders at the cap', () => {
  it('says how many it watched of how many, and how many it skipped at the cap, with how to make room', async () => {
    const pending = await northwindPending();
    expect(pending.length).toBe(91);
    const store = new MemoryWatchStore();
    await store.add(heldElsewhere(1), 25);

    const { outcome, said } = await answer(store, 25);
    expect(outcome.resultCount).toBe(24);
    expect(said).toContain('Watching 24 of the 91 pending orders of Northwind Traders.');
    expect(said).toContain('Skipped 67 at the cap: you hold the most watches allowed (25).');
    expect(said).toContain('watches');
    expect(said).toMatch(/unwatch <order id>/);
    expect((await store.all()).filter((w) => w.conversation.conversationId === CONVERSATION)).toHaveLength(
      24,
    );
  });

  it('counts the orders this conversation already watches apart from those skipped at the cap', async () => {
    const pending = await northwindPending();
    const store = new MemoryWatchStore();
    // Two of the last pending orders are watched here already, and the person may hold three watches.
    for (const order of pending.slice(-2)) {
      const made = await watchCommand(
        { kind: 'watch', customer: NORTHWIND_TENANT_ID, orderId: order.id },
        env(store, 3),
      );
      expect(made.resultCount).toBe(1);
    }
    const { outcome, said } = await answer(store, 3);
    expect(outcome.resultCount).toBe(1);
    expect(said).toContain('Watching 1 of the 91 pending orders of Northwind Traders.');
    expect(said).toContain('This conversation already watches 2 of them.');
    expect(said).toContain('Skipped 88 at the cap: you hold the most watches allowed (3).');
  });

  it('says all were watched when the cap leaves room for all', async () => {
    const store = new MemoryWatchStore();
    const { said } = await answer(store, 100);
    expect(said).toContain('Watching 91 pending orders of Northwind Traders.');
    expect(said).not.toMatch(/cap|Skipped/);
  });

  it('says so at the cap when one order is asked for, and how to make room', async () => {
    const store = new MemoryWatchStore();
    await store.add(heldElsewhere(1), 2);
    await store.add(heldElsewhere(2), 2);
    const [order] = await northwindPending();
    const outcome = await watchCommand(
      { kind: 'watch', customer: 'northwind', orderId: order!.id },
      env(store, 2),
    );
    const said = cardTexts(outcome.card).join('\n');
    expect(said).toContain('You already hold the most watches allowed (2).');
    expect(said).toContain('see them with: watches');
    expect(said).toMatch(/unwatch <order id>/);
  });
});

describe('a new watch', () => {
  it('starts from when a pending order was created, not from when it was asked', async () => {
    const store = new MemoryWatchStore();
    const [order] = await northwindPending();
    await watchCommand({ kind: 'watch', customer: 'northwind', orderId: order!.id }, env(store, 25));
    const [watch] = await store.all();
    expect(Date.parse(watch!.state.since)).toBe(parsePartnerCenterDate(order!.creationDate));
    expect(watch!.createdAt).toBe(NOW);
  });
});
