// Issue 18 (2), "ids alone", through the parser and the handlers, against the real sandbox over HTTP with the
// in-process index filled by the real crawler: order, subscription, watch and unwatch with an id and no
// customer; shortened ids; a subscription's id after "order"; several matches; an id the index does not know.
import { IndexCrawler } from '../../src/index/crawler';
import { MemoryIndexStore } from '../../src/index/memory-store';
import { PartnerIndex } from '../../src/index/partner-index';
import type { IndexedOrder } from '../../src/index/records';
import { createLogger } from '../../src/logging/logger';
import { runAction } from '../../src/commands/actions';
import type { CommandEnv, CustomerLookup } from '../../src/commands/deps';
import { RecentCustomerMemory } from '../../src/commands/recent-customers';
import { handleSubmit, handleText } from '../../src/commands/run-command';
import { ID_LOOKUP_TEXTS } from '../../src/commands/shared/id-lookup/texts';
import { LOCALES } from '../../src/commands/definition';
import { StaticTokenProvider } from '../../src/partnercenter/auth/token-provider';
import { PartnerCenterClient } from '../../src/partnercenter/client';
import type { Customer } from '../../src/partnercenter/models';
import { DEFAULT_TRANSPORT_SETTINGS, Transport } from '../../src/partnercenter/transport';
import { MemoryWatchStore, type Watch, type WatchStore } from '../../src/state/watch-store';
import { SANDBOX_TOKEN } from '../../dev/sandbox';
import {
  CONTOSO_ORDER_IDS,
  CONTOSO_SUBSCRIPTION_IDS,
  CONTOSO_TENANT_ID,
  FABRIKAM_INC_TENANT_ID,
} from '../../dev/sandbox/fixtures/ids';
import { cardTexts, submitActions } from '../cards/card-fixtures';
import { expectValidCard } from '../cards/validate-card';
import { commandSuite } from '../support/command-suite';
import { watchContext } from '../support/watch-context';

const suite = commandSuite('1d5a1011-0000-4000-8000-000000000018');
const PENDING = CONTOSO_ORDER_IDS.riD1Pending;
const AAD_ORDER = CONTOSO_ORDER_IDS.aadP2Monthly;
const CONTOSO = CONTOSO_TENANT_ID.toLowerCase();

/** The index as the crawler leaves it after its first pass over the sandbox's customers. */
let crawled: MemoryIndexStore;
beforeAll(async () => {
  crawled = await crawl();
});

async function crawl(): Promise<MemoryIndexStore> {
  const store = new MemoryIndexStore(10_000);
  const transport = new Transport({
    ...DEFAULT_TRANSPORT_SETTINGS,
    maxRetries: 0,
    baseUrl: suite.sandbox.url,
    tokens: new StaticTokenProvider(SANDBOX_TOKEN),
  });
  const crawler = new IndexCrawler({
    store,
    source: new PartnerCenterClient(transport),
    // Its share is not what is tested here: one round reads every customer.
    budget: { take: () => Promise.resolve(true) },
    logger: createLogger('silent'),
  });
  await crawler.tick();
  return store;
}

const text = (card: unknown) => cardTexts(card).join('\n');

function env(extra: Partial<CommandEnv> = {}, locale = 'en-US'): CommandEnv {
  return { ...suite.env({ locale }), index: new PartnerIndex(crawled), ...extra };
}

describe('order <id> with no customer', () => {
  it.each([
    ['the whole id', `order ${PENDING}`],
    ['a shortened id, as cards show it', 'order 9qg-ErcO…'],
    ['any case, in backticks', 'order `9QG-ERCO-4mpb`'],
    ['with Markdown escapes and stray spaces', 'order ` 9qg-ErcO-4MPbPqq\\_3MIQaS7bn8W6HfG1 `'],
  ])('finds its customer from the index: %s', async (_name, typed) => {
    const outcome = await handleText(typed, env());
    expect(outcome).toMatchObject({ command: 'order', result: 'ok', customerId: CONTOSO_TENANT_ID });
    expectValidCard(outcome.card);
    expect(text(outcome.card)).toContain(PENDING);
    expect(text(outcome.card)).toContain('Contoso');
  });

  it("answers a subscription's id with that subscription, first among its order's", async () => {
    const outcome = await handleText(`order ${CONTOSO_SUBSCRIPTION_IDS.myOfferPurchase}`, env());
    expect(outcome).toMatchObject({ command: 'subscriptions', result: 'ok', customerId: CONTOSO_TENANT_ID });
    expectValidCard(outcome.card);
    const texts = cardTexts(outcome.card);
    const firstSubscription = texts.findIndex((t) => /Subscription id/.test(t));
    expect(texts[firstSubscription]).toContain(CONTOSO_SUBSCRIPTION_IDS.myOfferPurchase);
    // (Its order's id as the subscription names it: Partner Center matches ids in any case.)
    expect(texts.join('\n').toLowerCase()).toContain(AAD_ORDER);
  });

  it("recognises a subscription's id given with its customer too (the order 404 is not the answer)", async () => {
    const outcome = await handleText(`order ${CONTOSO_SUBSCRIPTION_IDS.aadP2} for contoso`, env());
    expect(outcome).toMatchObject({ command: 'subscriptions', result: 'ok' });
    expect(text(outcome.card)).toContain(AAD_ORDER);
  });

  it('lists several matches of a shortened id as buttons that run the order with its customer', async () => {
    const store = new MemoryIndexStore(100);
    await store.upsert(
      [indexed('Zz9Amb1aaaa', CONTOSO), indexed('zz9amb2bbbb', FABRIKAM_INC_TENANT_ID)],
      [],
      1,
    );
    const outcome = await handleText('order zz9amb', env({ index: new PartnerIndex(store) }));
    expect(outcome).toMatchObject({ command: 'order', result: 'ambiguous', resultCount: 2 });
    expectValidCard(outcome.card);
    expect(cardTexts(outcome.card)[0]).toBe('Several orders or subscriptions start with zz9amb');
    const buttons = submitActions(outcome.card);
    expect(buttons.map((b) => b.title)).toEqual([
      expect.stringMatching(/^Order Zz9Amb1aaaa · b0d70a69… · Pending$/),
      expect.stringMatching(/^Order zz9amb2bbbb · f1a2b3c4… · Pending$/),
    ]);
    expect(buttons[0]!.data).toEqual(runAction({ kind: 'order', customer: CONTOSO, orderId: 'Zz9Amb1aaaa' }));
  });

  it('names the customers of several matches from the directory when there is one', async () => {
    const store = new MemoryIndexStore(100);
    await store.upsert([indexed('Zz9Amb1aaaa', CONTOSO), indexed('zz9amb2bbbb', CONTOSO)], [], 1);
    const outcome = await handleText(
      'order zz9amb',
      env({ index: new PartnerIndex(store), directory: directoryOf([customer(CONTOSO, 'Contoso')]) }),
    );
    expect(submitActions(outcome.card).map((b) => b.title)).toEqual([
      'Order Zz9Amb1aaaa · Contoso · Pending',
      'Order zz9amb2bbbb · Contoso · Pending',
    ]);
  });
});

describe('subscription <id> with no customer', () => {
  it('shows what the index knows of a subscription that names no order', async () => {
    const store = new MemoryIndexStore(100);
    const sub = {
      id: 'aa11bb22-cc33-4d44-8e55-ff6677889900',
      cust: CONTOSO,
      name: 'Azure plan',
      status: 'active',
      qty: 1,
    };
    await store.upsert([], [sub], 1);
    for (const [typed, result] of [
      [`subscription ${sub.id}`, 'ok'],
      [`order ${sub.id.slice(0, 8)}`, 'ok'],
      [`watch order ${sub.id}`, 'refused'],
    ] as const) {
      const outcome = await handleText(
        typed,
        env({ index: new PartnerIndex(store), watch: watchContext(new MemoryWatchStore()) }),
      );
      expect({ typed, result: outcome.result }).toEqual({ typed, result });
      expectValidCard(outcome.card);
      expect(cardTexts(outcome.card).slice(0, 2)).toEqual([
        `Subscription ${sub.id}`,
        'Azure plan of b0d70a69…, Active, quantity 1. Partner Center names no order for it.',
      ]);
      expect(submitActions(outcome.card)).toEqual([
        {
          title: 'Orders of b0d70a69…',
          data: runAction({ kind: 'orders', customer: CONTOSO, filters: {} }),
        },
      ]);
    }
  });

  it("shows a subscription's order's subscriptions, it first", async () => {
    const outcome = await handleText(`subscription ${CONTOSO_SUBSCRIPTION_IDS.aadP2.toLowerCase()}`, env());
    expect(outcome).toMatchObject({ command: 'subscriptions', result: 'ok', customerId: CONTOSO_TENANT_ID });
    expectValidCard(outcome.card);
    const texts = cardTexts(outcome.card);
    const firstSubscription = texts.findIndex((t) => /Subscription id/.test(t));
    expect(texts[firstSubscription]).toContain(CONTOSO_SUBSCRIPTION_IDS.aadP2);
  });

  it("takes an order's id for the subscriptions of that order", async () => {
    const outcome = await handleText(`subscriptions of order ${AAD_ORDER.slice(0, 8)}`, env());
    expect(outcome).toMatchObject({ command: 'subscriptions', result: 'ok', resultCount: 2 });
    expect(text(outcome.card)).toContain(AAD_ORDER);
  });
});

describe('an id the index does not know', () => {
  it('says so, with how far the index is and how to name the customer', async () => {
    const outcome = await handleText('order Qq9NotThere00', env());
    expect(outcome).toMatchObject({ command: 'order', result: 'notFound' });
    expectValidCard(outcome.card);
    const texts = cardTexts(outcome.card);
    expect(texts[0]).toBe('Qq9NotThere00 is not in the order index yet');
    expect(texts[1]).toMatch(/^Index as of .+ UTC: every customer read at least once\./);
    expect(texts[2]).toBe('Say whose it is: order Qq9NotThere00 for <customer>');
  });

  it('gives the first pass’s progress while it runs', async () => {
    const store = new MemoryIndexStore(100);
    await store.setProgress({ totalCustomers: 4 });
    await store.putCustomer({
      customerId: CONTOSO,
      orders: [],
      subscriptions: [],
      at: Date.UTC(2026, 6, 1, 10, 42),
    });
    const outcome = await handleText('order Qq9NotThere00', env({ index: new PartnerIndex(store) }));
    expect(cardTexts(outcome.card)[1]).toBe(
      'Index as of Jul 1, 2026, 10:42 AM UTC: 1 of 4 customers read, first pass 25 % done.',
    );
  });

  it('says when the index has read nothing yet, or when there is none', async () => {
    const empty = await handleText(
      'order Qq9NotThere00',
      env({ index: new PartnerIndex(new MemoryIndexStore(1)) }),
    );
    expect(cardTexts(empty.card)[1]).toBe(
      'The index has read no customer yet: it starts shortly after the bot does.',
    );
    const none = await handleText('order Qq9NotThere00', env({ index: undefined }));
    expect(none.result).toBe('notFound');
    expect(cardTexts(none.card)[1]).toMatch(/keeps no order index/);
  });

  it('offers the customers this person asked about lately as buttons', async () => {
    const recent = new RecentCustomerMemory().of('tenant|person');
    const asking = env({ recent });
    expect((await handleText('orders for contoso', asking)).result).toBe('ok');
    expect((await handleText('orders for fabrikam inc', asking)).result).toBe('ok');
    const outcome = await handleText('order Qq9NotThere00', asking);
    expectValidCard(outcome.card);
    expect(cardTexts(outcome.card)).toContain('Customers you asked about lately:');
    const buttons = submitActions(outcome.card);
    expect(buttons.map((b) => b.title)).toEqual(['Fabrikam Inc', 'Contoso']);
    expect(buttons[1]!.data).toEqual(
      runAction({ kind: 'order', customer: CONTOSO_TENANT_ID, orderId: 'Qq9NotThere00' }),
    );
    // The click asks Partner Center for that customer's order: not found, said as before.
    const clicked = await handleSubmit(buttons[1]!.data, asking);
    expect(clicked).toMatchObject({ command: 'order', result: 'notFound' });
  });

  it('offers the orders of a customer whose name was typed as an id ("order NorthWind")', async () => {
    const northwind = customer('6a8c1e3f-9d2b-4c7e-8f1a-3b5d7e9c2a4f', 'Northwind Traders');
    const outcome = await handleText('order NorthWind', env({ directory: directoryOf([northwind]) }));
    expect(outcome.result).toBe('notFound');
    expect(cardTexts(outcome.card)).toContain('“NorthWind” is also a customer:');
    expect(submitActions(outcome.card)).toEqual([
      {
        title: 'Orders of Northwind Traders',
        data: runAction({ kind: 'orders', customer: northwind.id, filters: {} }),
      },
    ]);
  });

  it('says the index cannot be read (Redis away) instead of failing the turn', async () => {
    const broken = new MemoryIndexStore(1);
    broken.ordersByIdPrefix = () => Promise.reject(new Error('Connection is closed.'));
    const outcome = await handleText(`order ${PENDING}`, env({ index: new PartnerIndex(broken) }));
    expect(outcome).toMatchObject({ command: 'order', result: 'error' });
    expect(cardTexts(outcome.card)[1]).toBe('The order index cannot be read right now.');
  });

  it.each([
    ['pt-BR', 'Qq9NotThere00 ainda não está no índice de pedidos'],
    ['zh-CN', '订单索引中还没有 Qq9NotThere00'],
    ['it', "Qq9NotThere00 non è ancora nell'indice degli ordini"],
  ])('is said in %s', async (locale, title) => {
    const outcome = await handleText('order Qq9NotThere00', env({}, locale));
    expect(cardTexts(outcome.card)[0]).toBe(title);
  });

  it.each([
    ['pt-BR', 'order', 'Diga de quem é: “pedido Qq9NotThere00 de <cliente>”'],
    ['zh-CN', 'order', '请说明它属于哪个客户：“<客户> 的订单 Qq9NotThere00”'],
    ['it', 'order', 'Indica di chi è: “ordine Qq9NotThere00 di <cliente>”'],
    [
      'en-US',
      'subscriptions for order',
      'Say whose it is: subscriptions for order Qq9NotThere00 for <customer>',
    ],
    [
      'pt-BR',
      'subscriptions for order',
      'Diga de quem é: “assinaturas do pedido Qq9NotThere00 de <cliente>”',
    ],
    ['zh-CN', 'subscriptions for order', '请说明它属于哪个客户：“<客户> 的订单 Qq9NotThere00 的订阅”'],
    [
      'it',
      'subscriptions for order',
      "Indica di chi è: “abbonamenti dell'ordine Qq9NotThere00 di <cliente>”",
    ],
  ])('in %s, "%s <id>" is shown with a customer in that language', async (locale, typed, line) => {
    const outcome = await handleText(`${typed} Qq9NotThere00`, env({}, locale));
    expect(cardTexts(outcome.card)[2]).toBe(line);
  });
});

describe('watch and unwatch with what order accepts', () => {
  let store: WatchStore;
  const watching = (): CommandEnv => env({ watch: watchContext(store) });
  beforeEach(() => {
    store = new MemoryWatchStore();
  });

  it('watch order <id alone> finds its customer and watches the whole id', async () => {
    const outcome = await handleText('watch order 9qg-ErcO…', watching());
    expect(outcome).toMatchObject({ command: 'watch', result: 'ok', customerId: CONTOSO_TENANT_ID });
    expect(text(outcome.card)).toContain(`Watching order ${PENDING} of Contoso`);
    expect((await store.inConversation('conv-1')).map((w) => w.orderId)).toEqual([PENDING]);
  });

  it('watch order <shortened id> for <customer> watches the whole id', async () => {
    const outcome = await handleText('watch order `9qg-ErcO` for contoso', watching());
    expect(outcome.result).toBe('ok');
    expect((await store.inConversation('conv-1')).map((w) => w.orderId)).toEqual([PENDING]);
  });

  it("watch order <a subscription's id> watches its order, and says so", async () => {
    const outcome = await handleText(`watch order ${CONTOSO_SUBSCRIPTION_IDS.aadP2}`, watching());
    // The seed order of that subscription is completed: there is nothing to watch, said after the note.
    expect(cardTexts(outcome.card).slice(1, 3)).toEqual([
      `${CONTOSO_SUBSCRIPTION_IDS.aadP2} is a subscription of order ${AAD_ORDER}: watching that order.`,
      `Order ${AAD_ORDER} is already Completed: there is nothing to watch.`,
    ]);
  });

  it('watch order <unknown id> says the index does not know it', async () => {
    const outcome = await handleText('watch order Qq9NotThere00', watching());
    expect(outcome).toMatchObject({ command: 'watch', result: 'notFound' });
    expect(cardTexts(outcome.card)).toContain('Say whose it is: watch order Qq9NotThere00 for <customer>');
  });

  it('watch order <unknown id> shows the command with a customer in the person’s language', async () => {
    const outcome = await handleText(
      'watch order Qq9NotThere00',
      env({ watch: watchContext(store) }, 'zh-CN'),
    );
    expect(cardTexts(outcome.card)).toContain('请说明它属于哪个客户：“关注 <客户> 的订单 Qq9NotThere00”');
  });

  it('unwatch <shortened id> ends the one watch it names; several get a card to pick from', async () => {
    await handleText(`watch order ${PENDING}`, watching());
    const stopped = await handleText('unwatch `9QG-ERCO…`', watching());
    expect(stopped).toMatchObject({ command: 'unwatch', result: 'ok', resultCount: 1 });
    expect(text(stopped.card)).toContain(`Stopped watching order ${PENDING}.`);

    for (const orderId of ['Zz9Amb1aaaa', 'zz9amb2bbbb']) await store.add(watchOf(orderId), 10);
    const several = await handleText('unwatch zz9amb', watching());
    expect(several).toMatchObject({ command: 'unwatch', result: 'ambiguous', resultCount: 2 });
    expectValidCard(several.card);
    expect(submitActions(several.card).map((b) => b.data)).toContainEqual(
      runAction({ kind: 'unwatch', orderId: 'Zz9Amb1aaaa' }),
    );
    expect(await store.inConversation('conv-1')).toHaveLength(2);
  });
});

describe('the id lookup texts', () => {
  const placeholders = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  it.each(LOCALES.filter((l) => l !== 'en'))('in %s have every English text, same placeholders', (locale) => {
    const en = ID_LOOKUP_TEXTS.en;
    const own = ID_LOOKUP_TEXTS[locale];
    expect(Object.keys(own).sort()).toEqual(Object.keys(en).sort());
    for (const [key, english] of Object.entries(en)) {
      const other = own[key as keyof typeof en];
      expect({ key, empty: other.trim() === '' }).toEqual({ key, empty: false });
      expect({ key, placeholders: placeholders(other) }).toEqual({
        key,
        placeholders: placeholders(english),
      });
    }
  });
});

function indexed(id: string, cust: string): IndexedOrder {
  return {
    id,
    cust: cust.toLowerCase(),
    status: 'pending',
    cycle: 'monthly',
    created: 1,
    changed: 1,
    lines: [],
  };
}

function customer(id: string, companyName: string): Customer {
  return { id, companyProfile: { companyName } } as Customer;
}

/** A loaded customer directory of these customers (tenant id or exact name). */
function directoryOf(customers: Customer[]): CustomerLookup {
  return {
    resolve: (typed) => {
      const key = typed.trim().toLowerCase();
      const found = customers.find(
        (c) => c.id === key || c.companyProfile.companyName.toLowerCase().startsWith(key),
      );
      return found ? { kind: 'found', customer: found } : undefined;
    },
    refresh: () => Promise.resolve({ count: customers.length }),
  };
}

function watchOf(orderId: string): Watch {
  const context = watchContext(new MemoryWatchStore());
  return {
    id: `w-${orderId}`,
    conversation: context.conversation,
    owner: context.owner,
    customerId: CONTOSO,
    customerName: 'Contoso',
    orderId,
    locale: 'en-US',
    state: { status: 'pending', since: new Date(0).toISOString() },
    createdAt: 0,
    expiresAt: Date.now() + 86_400_000,
  };
}
