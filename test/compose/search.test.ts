// The compose box's search and a pasted link's unfurling, on a memory index and a directory (no Partner Center):
// what is found, in which order, the preview and compact card of each, the command choosing it runs, the
// person's recent lookups, and the words in every language.
import type { CommandEnv } from '../../src/commands/deps';
import { LOCALES } from '../../src/commands/definition';
import { RecentCustomerMemory } from '../../src/commands/recent-customers';
import { COMPOSE_TEXTS } from '../../src/compose/texts';
import { rememberLookup } from '../../src/compose/recent-lookups';
import { searchPartnerCenter } from '../../src/compose/search';
import { unfurlLink } from '../../src/compose/unfurl';
import type { PartnerCenterApi } from '../../src/partnercenter/api';
import { cardText } from '../cards/card-fixtures';
import { expectValidCard } from '../cards/validate-card';
import {
  CONTOSO,
  FABRIKAM,
  NORTHWIND,
  directory,
  filledIndex,
  order,
  subscription,
  type Filled,
} from '../commands/shared/across/index-fixture';
import { REGISTRY } from '../../src/commands/registry';

const SUB = '5e1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const OTHER_SUB = '7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d';

/** Partner Center that must not be called (the search never does; a link held by the index neither). */
const noCalls: PartnerCenterApi = new Proxy({} as PartnerCenterApi, {
  get: (_t, name) => () => Promise.reject(new Error(`Partner Center was called: ${String(name)}`)),
});

let filled: Filled;
beforeAll(async () => {
  filled = await filledIndex([
    {
      id: CONTOSO,
      orders: [
        order('9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1', 'pending', 3),
        order('eeba9d00-7b46', 'completed', 40),
      ],
      subscriptions: [subscription(SUB, 'Microsoft 365 E5', 'active', 'eeba9d00-7b46')],
    },
    { id: NORTHWIND, subscriptions: [subscription(OTHER_SUB, 'Microsoft 365 E3', 'suspended')] },
  ]);
});

function env(locale = 'en-US', recent = new RecentCustomerMemory().of('t|person')): CommandEnv {
  return {
    commands: REGISTRY,
    api: noCalls,
    ctx: { correlationId: 'c', locale },
    directory,
    index: filled.index,
    recent,
  };
}

const titles = async (query: string, e = env()) =>
  (await searchPartnerCenter(query, e)).items.map(
    (i) => `${i.kind}: ${i.preview.title} | ${i.preview.subtitle}`,
  );

describe('the search', () => {
  it('lists a whole id first, then the customers the words name, then ids it starts, then products', async () => {
    expect(await titles('9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1')).toEqual([
      'order: Contoso Ltd | Order 9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1 · Pending',
    ]);
    expect(await titles('eeba')).toEqual(['order: Contoso Ltd | Order eeba9d00-7b46 · Completed']);
    // "5e1c" starts a subscription's id; Northwind is not in the directory: its tenant id, shortened.
    expect(await titles('5e1c2a3b')).toEqual([
      `subscription: Microsoft 365 E5 | Subscription ${SUB} · Active`,
    ]);
    expect(await titles('e3')).toEqual([
      `subscription: Microsoft 365 E3 | Subscription ${OTHER_SUB} · Suspended`,
    ]);
    expect(await titles('fabrikam')).toEqual([
      'customer: Fabrikam Inc | Customer · fabrikam.onmicrosoft.com',
    ]);
    expect(await titles('contoso.com')).toEqual([
      'customer: Contoso Ltd | Customer · contoso.onmicrosoft.com',
    ]);
  });

  it('shows customer · id · status · date on each, and a compact card that a 1.3 host takes', async () => {
    const { items } = await searchPartnerCenter('9qg-ErcO', env());
    const [item] = items;
    expect(item!.preview).toEqual({
      title: 'Contoso Ltd',
      subtitle: 'Order 9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1 · Pending',
      text: 'Created Jan 12, 2026 · Monthly',
    });
    expectValidCard(item!.card, '1.3');
    expect(cardText(item!.card)).toContain('Order id: 9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1');
    expect(item!.select).toEqual({
      pcbot: 'run',
      command: { kind: 'order', customer: CONTOSO, orderId: '9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1' },
    });
    const [sub] = (await searchPartnerCenter('e5', env())).items;
    expect(sub!.preview.text).toBe('Contoso Ltd · quantity 25 · ends Jan 15, 2027');
    // Its order's subscriptions, with it first.
    expect(sub!.select).toMatchObject({
      command: { kind: 'subscriptions', customer: CONTOSO, orderId: 'eeba9d00-7b46', subscriptionId: SUB },
    });
    const [northwind] = (await searchPartnerCenter('e3', env())).items;
    expect(northwind!.preview.text).toBe('6a8c1e3f… · quantity 25 · ends Jan 15, 2027');
    expect(northwind!.select).toMatchObject({ command: { kind: 'subscriptions', orderId: OTHER_SUB } });
  });

  it('leaves out a source it cannot read and still answers from the others', async () => {
    const failing = { findOrder: () => Promise.reject(new Error('redis away')) };
    const e = { ...env(), index: Object.assign(Object.create(filled.index), failing) };
    expect(await titles('fabrikam', e)).toHaveLength(1);
    expect(await titles('5e1c2a3b', e)).toHaveLength(1);
    expect(await titles('contoso', { ...env(), index: undefined, directory: undefined })).toEqual([]);
  });

  it("answers nothing typed with the person's recent lookups, newest first", async () => {
    const recent = new RecentCustomerMemory().of('t|person');
    expect(await titles('', env('en-US', recent))).toEqual([]);
    recent.note({ id: FABRIKAM, name: 'Fabrikam Inc', domain: 'fabrikam.onmicrosoft.com' });
    const ok = { card: {}, command: 'order' as const, result: 'ok' as const, customerId: CONTOSO };
    rememberLookup(recent, { kind: 'order', customer: 'contoso', orderId: '9qg-ErcO…' }, ok);
    rememberLookup(
      recent,
      { kind: 'subscriptions', orderId: SUB.slice(0, 8) },
      { ...ok, command: 'subscriptions' },
    );
    // Not remembered: what failed, and what named no order.
    rememberLookup(recent, { kind: 'order', orderId: 'nope' }, { ...ok, result: 'notFound' });
    rememberLookup(recent, { kind: 'orders', customer: 'contoso', filters: {} }, ok);
    expect(await titles('', env('en-US', recent))).toEqual([
      `subscription: Microsoft 365 E5 | Subscription ${SUB} · Active`,
      'order: Contoso Ltd | Order 9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1 · Pending',
      'customer: Fabrikam Inc | Customer · fabrikam.onmicrosoft.com',
    ]);
  });

  it.each(LOCALES)('speaks %s on previews and cards', async (locale) => {
    const { items } = await searchPartnerCenter('9qg-ErcO', env(locale));
    const t = COMPOSE_TEXTS[locale];
    expect(items[0]!.preview.subtitle.startsWith(t.order)).toBe(true);
    expectValidCard(items[0]!.card, '1.3');
    expect(cardText(items[0]!.card)).toContain(t.kindLine.replace('{kind}', t.order));
  });
});

describe('the words', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  it.each(LOCALES.filter((l) => l !== 'en'))('in %s are all there, with the same placeholders', (locale) => {
    const en = COMPOSE_TEXTS.en;
    const own = COMPOSE_TEXTS[locale];
    expect(Object.keys(own).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect({ key, empty: own[key].trim() === '' }).toEqual({ key, empty: false });
      expect({ key, placeholders: placeholders(own[key]) }).toEqual({
        key,
        placeholders: placeholders(en[key]),
      });
    }
  });
});

describe('a pasted link, from what is held', () => {
  const portal = 'https://partner.microsoft.com/dashboard/commerce2/customers';

  it('unfurls a customer, an order and a subscription the directory and the index hold, with no call', async () => {
    expect((await unfurlLink(`${portal}/${CONTOSO}`, env()))?.preview.title).toBe('Contoso Ltd');
    expect(
      (await unfurlLink(`${portal}/${CONTOSO}/orders/9QG-ERCO-4MPbPqq_3MIQaS7bn8W6HfG1`, env()))?.id,
    ).toBe('9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1');
    expect((await unfurlLink(`${portal}/${CONTOSO}/subscriptions/${SUB}`, env()))?.kind).toBe('subscription');
  });

  it("unfurls into nothing what is another customer's, or what Partner Center cannot give", async () => {
    expect(
      await unfurlLink(`${portal}/${FABRIKAM}/orders/9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1`, env()),
    ).toBeUndefined();
    expect(await unfurlLink(`${portal}/${CONTOSO}/subscriptions/${OTHER_SUB}`, env())).toBeUndefined();
    // Not held: Partner Center is asked, and its failure is nothing to show.
    expect(await unfurlLink(`${portal}/${CONTOSO}/orders/unknown-order`, env())).toBeUndefined();
    expect(await unfurlLink(`${portal}/${NORTHWIND}`, env())).toBeUndefined();
    expect(await unfurlLink('https://example.com/', env())).toBeUndefined();
  });
});
