// The answer to a change request: "I only read Partner Center", with a button for what was named; a price
// question is pointed at the cards that show prices. No Partner Center call.
import { changeRequestCommand } from '../../../src/commands/change-request/handler';
import type { ChangeRequestCommand } from '../../../src/commands/change-request/payload';
import type { CommandEnv } from '../../../src/commands/deps';
import { MemoryIndexStore } from '../../../src/index/memory-store';
import { PartnerIndex } from '../../../src/index/partner-index';
import type { PartnerCenterApi } from '../../../src/partnercenter/api';
import { cardTexts, submitActions } from '../../cards/card-fixtures';
import { expectValidCard } from '../../cards/validate-card';
import { readSubmit, REGISTRY } from '../../../src/commands/registry';

const ORDER = '9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1';
const SUB = 'db8c695b-1c3c-4c55-b697-771503dd46bf';
const CUSTOMER = 'b0d70a69-4c42-4b27-b17b-91a835d8686a';

// Any Partner Center call fails the test: the answer needs none.
const api = new Proxy({} as PartnerCenterApi, {
  get: (_t, name) => () => Promise.reject(new Error(`unexpected Partner Center call ${String(name)}`)),
});

async function indexHolding(): Promise<PartnerIndex> {
  const store = new MemoryIndexStore(100);
  await store.putCustomer({
    customerId: CUSTOMER,
    at: 1,
    orders: [
      { id: ORDER, cust: CUSTOMER, status: 'pending', cycle: 'monthly', created: 1, changed: 1, lines: [] },
    ],
    subscriptions: [
      { id: SUB, cust: CUSTOMER, order: 'eeba9d00-7b46-443a-917e-22887a8fc993', status: 'active', qty: 2 },
    ],
  });
  return new PartnerIndex(store);
}

const env = (extra: Partial<CommandEnv> = {}, locale = 'en-US'): CommandEnv => ({
  commands: REGISTRY,
  api,
  ctx: { correlationId: 'change-request-test', locale },
  ...extra,
});
const run = (command: Omit<ChangeRequestCommand, 'kind'>, e: CommandEnv = env()) =>
  changeRequestCommand({ kind: 'change-request', ...command }, e);

describe('the change-request answer', () => {
  it('refuses a change, offering the order for the customer typed', async () => {
    const outcome = await run({ asks: 'change', verb: 'cancel', orderId: ORDER, customer: 'contoso' });
    expect(outcome).toMatchObject({ command: 'change-request', result: 'refused' });
    expectValidCard(outcome.card);
    expect(cardTexts(outcome.card)[0]).toBe('I only read Partner Center');
    expect(cardTexts(outcome.card)).toContain('What I can show instead:');
    expect(submitActions(outcome.card)).toEqual([
      {
        title: `Show order ${ORDER}`,
        data: { pcbot: 'run', command: { kind: 'order', customer: 'contoso', orderId: ORDER } },
      },
    ]);
  });

  it('finds the order’s customer in the order index when none was typed, a shortened id too', async () => {
    const outcome = await run(
      { asks: 'change', verb: 'cancel', orderId: '9qg-ErcO' },
      env({ index: await indexHolding() }),
    );
    expect(submitActions(outcome.card)).toEqual([
      {
        title: `Show order ${ORDER}`,
        data: { pcbot: 'run', command: { kind: 'order', customer: CUSTOMER, orderId: ORDER } },
      },
    ]);
  });

  it('offers the order by its id alone when nothing says whose order it is', async () => {
    const failing = { findOrder: () => Promise.reject(new Error('redis away')) } as unknown as PartnerIndex;
    for (const e of [env(), env({ index: failing })]) {
      const outcome = await run({ asks: 'change', verb: 'cancel', orderId: ORDER }, e);
      expect(submitActions(outcome.card)).toEqual([
        { title: `Show order ${ORDER}`, data: { pcbot: 'run', command: { kind: 'order', orderId: ORDER } } },
      ]);
      // A click that the bot reads back as that command (the index is asked again then).
      expect(readSubmit(submitActions(outcome.card)[0]!.data)).toEqual({
        kind: 'command',
        command: { kind: 'order', orderId: ORDER },
      });
    }
  });

  it('offers the subscriptions of a subscription’s order, or else the customer’s orders', async () => {
    const known = await run(
      { asks: 'change', verb: 'change', subscriptionId: SUB.toUpperCase() },
      env({ index: await indexHolding() }),
    );
    expect(submitActions(known.card)).toEqual([
      {
        title: 'Show the subscriptions of order eeba9d00-7b46-443a-917e-22887a8fc993',
        data: {
          pcbot: 'run',
          command: {
            kind: 'subscriptions',
            customer: CUSTOMER,
            orderId: 'eeba9d00-7b46-443a-917e-22887a8fc993',
          },
        },
      },
    ]);
    const unknown = await run({ asks: 'change', verb: 'suspend', subscriptionId: SUB, customer: 'contoso' });
    expect(submitActions(unknown.card)).toEqual([
      {
        title: 'Show the orders of contoso',
        data: { pcbot: 'run', command: { kind: 'orders', customer: 'contoso', filters: {} } },
      },
    ]);
  });

  it('says what it can show when nothing was named', async () => {
    const outcome = await run({ asks: 'change', verb: 'upgrade' });
    expect(submitActions(outcome.card)).toEqual([]);
    expect(cardTexts(outcome.card).at(-1)).toMatch(/^Give me an order id or a customer/);
  });

  it('points a price question at the order card, which shows prices, and does not refuse it', async () => {
    const outcome = await run({ asks: 'price', orderId: ORDER, customer: 'contoso' });
    expect(outcome.result).toBe('ok');
    expect(cardTexts(outcome.card).slice(0, 2)).toEqual([
      'Prices are on the order cards',
      "An order's card shows its unit prices, line totals and total, when Partner Center sends them.",
    ]);
    expect(submitActions(outcome.card)[0]?.data).toEqual({
      pcbot: 'run',
      command: { kind: 'order', customer: 'contoso', orderId: ORDER },
    });
  });

  it('points a price question about a customer at its orders with prices', async () => {
    const outcome = await run({ asks: 'price', customer: 'fabrikam retail' });
    expect(submitActions(outcome.card)).toEqual([
      {
        title: 'Show the orders of fabrikam retail with prices',
        data: {
          pcbot: 'run',
          command: { kind: 'orders', customer: 'fabrikam retail', filters: { includePrices: true } },
        },
      },
    ]);
  });

  it('points a price question about a subscription at the order that created it', async () => {
    const outcome = await run({ asks: 'price', subscriptionId: SUB }, env({ index: await indexHolding() }));
    expect(cardTexts(outcome.card)[1]).toMatch(/^Partner Center gives no price with a subscription/);
    expect(submitActions(outcome.card)[0]?.title).toBe('Show order eeba9d00-7b46-443a-917e-22887a8fc993');
  });

  it.each([
    ['pt-BR', 'Eu só leio o Partner Center', 'Mostrar o pedido'],
    ['zh-CN', '我只读取合作伙伴中心', '显示订单'],
    ['it-IT', 'Leggo soltanto il Centro per i partner', "Mostra l'ordine"],
  ])('answers in %s', async (locale, title, button) => {
    const outcome = await run(
      { asks: 'change', verb: 'cancel', orderId: ORDER, customer: 'contoso' },
      env({}, locale),
    );
    expectValidCard(outcome.card);
    expect(cardTexts(outcome.card)[0]).toBe(title);
    expect(submitActions(outcome.card)[0]?.title).toBe(`${button} ${ORDER}`);
  });
});
