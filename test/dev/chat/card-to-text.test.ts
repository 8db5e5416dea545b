import fc from 'fast-check';
import { chooseCustomerCard, errorCard } from '../../../src/cards';
import { helpCard } from '../../../src/commands';
import { orderDetailCard } from '../../../src/commands/order/card';
import { ordersSummaryCard, type OrdersSummaryInput } from '../../../src/commands/orders/card';
import { cardToText } from '../../../dev/chat/card-to-text';
import { plainText } from '../../../src/cards/plain-text';
import { displayWidth, stripAnsi } from '../../../dev/chat/text-layout';
import { COMMANDS, runAction, typeAction } from '../../../src/commands';
import {
  actions,
  completedReservation,
  contoso,
  licenseOrder,
  licenseSubscription,
  manyOrders,
  offerSubscription,
  reservationOrder,
  submitActions,
} from '../../cards/card-fixtures';

const en = { locale: 'en-US' };

function summary(overrides: Partial<OrdersSummaryInput> = {}) {
  return ordersSummaryCard(
    {
      customer: contoso,
      filters: {},
      orders: [reservationOrder, licenseOrder, completedReservation],
      offset: 0,
      actions,
      ...overrides,
    },
    en,
  );
}

const detail = () =>
  orderDetailCard(
    {
      customer: contoso,
      order: licenseOrder,
      subscriptions: [licenseSubscription, offerSubscription],
      actions,
    },
    en,
  );

const help = () =>
  helpCard(
    { hint: "I didn't understand 'ordrs for contoso'", suggestion: 'orders for contoso', action: typeAction },
    en,
  );

const error = () =>
  errorCard(
    {
      kind: 'customerNotFound',
      query: 'zzyzx holdings',
      closestNames: ['Zeta Corp', 'Zylker'],
      correlationId: '0f8fad5b-d9cb-469f-a165-70867728950e',
    },
    en,
  );

const fabrikams = [
  { id: 'f1', name: 'Fabrikam Inc', domain: 'fabrikam.onmicrosoft.com' },
  { id: 'f2', name: 'Fabrikam Retail', domain: 'fabrikamretail.onmicrosoft.com' },
];
const choose = (locale = 'en-US') =>
  chooseCustomerCard(
    {
      query: 'fabrikam',
      candidates: fabrikams,
      action: (customer) => runAction({ kind: 'orders', customer, filters: {} }),
    },
    { locale },
  );

const lines = (text: string) => text.split('\n');
/** The line after `line`: how a heading's underline is checked. */
const after = (text: string, line: string) => lines(text)[lines(text).indexOf(line) + 1];
const plain = (card: unknown, width = 100) => cardToText(card, width);

describe('cardToText on the bot’s cards', () => {
  it('orders summary: an underlined title, aligned facts, one line per order heading and numbered buttons', () => {
    const card = summary();
    const { text, actions: buttons } = plain(card);
    const all = lines(text);
    expect(all[0]).toBe('Contoso Ltd');
    expect(all[1]).toBe('─'.repeat('Contoso Ltd'.length));
    expect(text).toContain('Orders · contoso.onmicrosoft.com');
    expect(text).toContain('3 orders · 1 pending');

    // Facts: the values start in one column, two spaces after the longest title.
    const status = all.find((l) => l.startsWith('By status'))!;
    const cycle = all.find((l) => l.startsWith('By billing cycle'))!;
    expect(cycle).toBe('By billing cycle  One-time 2 · Monthly 1');
    expect(status.indexOf('Completed 2')).toBe(cycle.indexOf('One-time 2'));

    // The two columns of an order (heading, status) join on one line; its buttons follow its lines.
    expect(all).toContain('Mar 15, 2018 · 9qg-ErcO… · Pending');
    expect(text).toContain(
      [
        'Mar 15, 2018 · 9qg-ErcO… · Pending',
        'Order id: 9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1',
        'One-time',
        'Reserved_VM_Instance_Standard_D1_AP_East_1_Year × 1',
        '[1] Details',
      ].join('\n'),
    );
    expect(text).toContain('[3] Details   [4] Subscriptions');
    expect(text).toContain('Azure Active Directory Premium P2 × 25');

    // Every Action.Submit, in order, with its data as the card holds it, and what it is about.
    expect(buttons.map(({ title, data }) => ({ title, data }))).toEqual(submitActions(card));
    expect(buttons[0]).toEqual({
      title: 'Details',
      data: actions.details(reservationOrder.id),
      context: 'Mar 15, 2018 · 9qg-ErcO… · Pending',
    });
  });

  it('orders summary: orders are separated by rules, and "Show more" is the last button', () => {
    const { text, actions: buttons } = plain(summary({ orders: manyOrders(25) }));
    expect(lines(text).filter((l) => /^─+$/.test(l)).length).toBeGreaterThanOrEqual(10);
    const last = buttons[buttons.length - 1]!;
    expect(last.title).toBe('Refresh');
    const more = buttons[buttons.length - 2]!;
    expect(more.title).toMatch(/more/i);
    expect(more.data).toEqual(actions.more(10));
    expect(lines(text).at(-1)).toBe(
      `[${buttons.length - 1}] ${more.title}   [${buttons.length}] ${last.title}`,
    );
  });

  it('order detail: heading and status on one underlined line, facts aligned, card actions at the end', () => {
    const { text, actions: buttons } = plain(detail());
    expect(lines(text)[0]).toBe('Contoso Ltd · contoso.onmicrosoft.com');
    expect(after(text, 'Order details · Completed')).toBe('─'.repeat('Order details · Completed'.length));
    // The order id is a line of its own (TextRuns, issue 15), above the facts.
    expect(lines(text)).toContain('Order id: eeba9d00-7b46-443a-917e-22887a8fc993');
    for (const fact of [
      'Status            Completed',
      'Total             USD\u00a01,234.50',
      'Transaction type  User purchase',
    ]) {
      expect(lines(text)).toContain(fact);
    }
    expect(text).toContain('Line items (1)\nAzure Active Directory Premium P2\nOffer id ');
    expect(text).toContain('Azure Active Directory Premium P2 · Suspended');
    expect(text).toContain('Myofferpurchase · Active');
    expect(text.endsWith('\n\n[1] Subscriptions   [2] Back to orders   [3] Refresh')).toBe(true);
    expect(buttons).toEqual([
      { title: 'Subscriptions', data: actions.subscriptions(licenseOrder.id) },
      { title: 'Back to orders', data: actions.orders() },
      { title: 'Refresh', data: actions.refresh() },
    ]);
  });

  it('help: the hint, the suggestion with its button, then each command with a Try it button', () => {
    const { text, actions: buttons } = plain(help());
    expect(lines(text).slice(0, 5)).toEqual([
      'What I can do',
      '─────────────',
      "I didn't understand 'ordrs for contoso'",
      'Did you mean: orders for contoso?',
      '[1] Yes, run it',
    ]);
    expect(text).toContain('orders for <customer>\nAll of a customer');
    expect(text).toContain('Example: orders for contoso\n[2] Try it');
    expect(buttons[0]).toEqual({
      title: 'Yes, run it',
      data: typeAction('orders for contoso'),
      context: 'Did you mean: orders for contoso?',
    });
    expect(buttons[1]).toMatchObject({ title: 'Try it', context: 'orders for <customer>' });
    // "Yes, run it", then one Try it per help entry of the registered commands.
    expect(buttons).toHaveLength(1 + COMMANDS.flatMap((c) => c.strings.en.help).length);
  });

  it('shows text the cards escape for Markdown as it is meant to read: no backslashes, no link or bold made', () => {
    const card = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        { type: 'TextBlock', text: plainText('Try: order <order-id> for **A_B** [x](y) \\ 1\\.', 200) },
        { type: 'TextBlock', text: 'Closest: **Contoso** ([portal](https://example.com))' },
      ],
    };
    expect(lines(plain(card).text)).toEqual([
      'Try: order <order-id> for **A_B** [x](y) \\ 1\\.',
      'Closest: Contoso (portal (https://example.com))',
    ]);
  });

  it('help without a hint: no rule right under the underlined title', () => {
    const { text } = plain(helpCard({ action: typeAction }, en));
    expect(lines(text).slice(0, 3)).toEqual([
      'What I can do',
      '─────────────',
      'A customer can be given by name, domain or tenant id.',
    ]);
  });

  it('error: title, explanation, closest names, then the correlation id after a rule; no buttons', () => {
    const { text, actions: buttons } = plain(error());
    expect(lines(text)[0]).toBe('Customer not found');
    expect(text).toContain('zzyzx holdings');
    expect(text).toContain('Zeta Corp');
    expect(text).toMatch(/─{20,}\nCorrelation id: 0f8fad5b-d9cb-469f-a165-70867728950e/);
    expect(buttons).toEqual([]);
  });

  it('choose customer: one numbered button per line, each with its data', () => {
    const card = choose();
    const { text, actions: buttons } = plain(card);
    expect(text).toContain(
      '[1] Fabrikam Inc (fabrikam.onmicrosoft.com)\n[2] Fabrikam Retail (fabrikamretail.onmicrosoft.com)',
    );
    expect(buttons.map((b) => b.data)).toEqual(submitActions(card).map((b) => b.data));
    // The card's title says what the buttons are for; it is not repeated as their context.
    expect(buttons[0]!.context).toBeUndefined();
  });

  it('underlines CJK titles to their width in the terminal (two columns a character)', () => {
    const { text } = plain(choose('zh-CN'));
    const [title, underline] = lines(text);
    expect(title).toBe('有多个客户与“fabrikam”匹配');
    expect(underline).toBe('─'.repeat(displayWidth(title!)));
    expect(displayWidth(title!)).toBeGreaterThan(title!.length);
  });

  it('numbers from firstNumber, so the cards of one answer share one count', () => {
    const { text, actions: buttons } = cardToText(choose(), 100, { firstNumber: 8 });
    expect(text).toContain('[8] Fabrikam Inc');
    expect(text).toContain('[9] Fabrikam Retail');
    expect(buttons).toHaveLength(2);
  });

  it.each([20, 32, 50, 80, 120])('no line is wider than %i columns', (width) => {
    for (const card of [summary(), detail(), help(), error(), choose(), choose('zh-CN')]) {
      for (const line of lines(cardToText(card, width).text)) {
        expect(displayWidth(line)).toBeLessThanOrEqual(width);
      }
    }
  });

  it('stacks the columns when they do not fit on one line', () => {
    const { text } = plain(summary(), 30);
    expect(text).toContain('Mar 15, 2018 · 9qg-ErcO…\nPending');
    expect(text).toContain('Reserved_VM_Instance_Standard_\nD1_AP_East_1_Year × 1');
  });

  it('colour: ANSI bold, dim and status colours, and the same text once they are taken out', () => {
    for (const card of [summary(), detail(), help(), error(), choose()]) {
      const coloured = cardToText(card, 80, { color: true }).text;
      expect(stripAnsi(coloured)).toBe(cardToText(card, 80).text);
    }
    const coloured = cardToText(summary(), 80, { color: true }).text;
    expect(coloured).toContain('\x1b[1;33mPending\x1b[0m');
    expect(coloured).toContain('\x1b[1mContoso Ltd\x1b[0m');
    expect(cardToText(summary(), 80).text).not.toContain('\x1b');
  });
});

describe('cardToText on other cards', () => {
  it('renders the elements and actions our templates do not use', () => {
    const card = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        { type: 'TextBlock', text: 'Report', size: 'ExtraLarge' },
        { type: 'TextBlock', text: 'hidden', isVisible: false },
        {
          type: 'RichTextBlock',
          inlines: ['Plain and ', { type: 'TextRun', text: 'bold', weight: 'Bolder' }, ' text'],
        },
        { type: 'TextBlock', text: 'See **the docs** at [Partner Center](https://partner.microsoft.com).' },
        { type: 'TextBlock', text: 'one\ntwo\nthree', maxLines: 2 },
        { type: 'Image', url: 'https://example.com/x.png', altText: 'A chart' },
        { type: 'Image', url: 'https://example.com/y.png' },
        { type: 'TextBlock', text: 'Far below', spacing: 'Large' },
        {
          type: 'Table',
          rows: [
            { type: 'TableRow', cells: [{ type: 'TableCell', items: [{ type: 'TextBlock', text: 'a' }] }] },
            {
              type: 'TableRow',
              cells: [
                { type: 'TableCell', items: [{ type: 'TextBlock', text: 'b' }] },
                { type: 'TableCell', items: [{ type: 'TextBlock', text: 'c' }] },
              ],
            },
          ],
        },
        { type: 'Media', title: 'A video' },
        {
          type: 'Container',
          items: [{ type: 'TextBlock', text: 'clickable' }],
          selectAction: { type: 'Action.Submit', title: 'Open', data: { x: 1 } },
        },
      ],
      actions: [
        { type: 'Action.OpenUrl', title: 'Website', url: 'https://example.com' },
        { type: 'Action.ToggleVisibility', title: 'Toggle', targetElements: ['x'] },
        { type: 'Action.Execute', title: 'Run', verb: 'run' },
        { type: 'Action.Submit', title: 'Off', isEnabled: false, data: {} },
        { type: 'Action.Submit', data: 'typed text' },
        {
          type: 'Action.ShowCard',
          title: 'Comment',
          card: {
            type: 'AdaptiveCard',
            body: [{ type: 'TextBlock', text: 'Inside' }],
            actions: [{ type: 'Action.Submit', title: 'Send', data: { send: true } }],
          },
        },
      ],
    };
    const { text, actions: buttons } = plain(card);
    expect(text).toBe(
      [
        'Report',
        '──────',
        'Plain and bold text',
        'See the docs at Partner Center (https://partner.microsoft.com).',
        'one',
        'two…',
        '[image: A chart]',
        '',
        'Far below',
        'a',
        'b · c',
        'A video',
        'clickable',
        '[1] Open',
        '',
        '↗ Website: https://example.com',
        '(Run)   (Off)   [2] Submit',
        '▸ Comment',
        '  Inside',
        '',
        '  [3] Send',
      ].join('\n'),
    );
    expect(buttons).toEqual([
      { title: 'Open', data: { x: 1 } },
      { title: 'Submit', data: 'typed text' },
      { title: 'Send', data: { send: true } },
    ]);
  });

  it.each([null, undefined, 42, [], {}, { body: 'x' }, { body: [null, 5, 'x', []] }])(
    'shows nothing for %p',
    (card) => {
      expect(cardToText(card, 80)).toEqual({ text: '', actions: [] });
    },
  );

  it('is forgiving: unknown types show their text, malformed parts are skipped', () => {
    const card = {
      body: [
        {
          type: 'Frobnicator',
          title: 'Frob title',
          text: 'frob text',
          items: [{ type: 'TextBlock', text: 'inner' }],
        },
        { type: 'FactSet', facts: 'not a list' },
        { type: 'FactSet', facts: [null, { title: 7, value: { no: 1 } }, { title: 'Only title' }] },
        {
          type: 'ColumnSet',
          columns: [null, { items: 'x' }, { type: 'Column', items: [{ type: 'TextBlock', text: 'col' }] }],
        },
        { type: 'TextBlock', text: { not: 'text' } },
        { type: 'ActionSet', actions: [null, { type: 'Action.Submit' }] },
      ],
      actions: 'none',
    };
    const { text, actions: buttons } = plain(card);
    expect(text).toBe(
      ['Frob title', 'frob text', 'inner', '7', 'Only title', 'col', '[1] Submit'].join('\n'),
    );
    expect(buttons).toEqual([{ title: 'Submit', data: undefined }]);
  });

  it('survives very deep nesting', () => {
    let node: Record<string, unknown> = { type: 'TextBlock', text: 'bottom' };
    for (let i = 0; i < 5000; i++) node = { type: 'Container', items: [node] };
    expect(() => cardToText({ type: 'AdaptiveCard', body: [node] }, 80)).not.toThrow();
  });

  it('never throws, whatever the JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 1, max: 300 }), (body, width) => {
        const result = cardToText({ type: 'AdaptiveCard', body: [body], actions: [body] }, width);
        expect(typeof result.text).toBe('string');
        cardToText(body, width);
      }),
    );
  });
});
