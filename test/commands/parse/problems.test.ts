import type { CommandKind } from '../../../src/commands/command';
import { parseCommand } from '../../../src/commands/parse';
import { renderProblem } from '../../../src/commands/parse/messages';
import { pickStrings } from '../../../src/cards/strings';

const NOW = new Date('2018-04-15T10:00:00Z');
const ORDER_ID = '9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1';

interface Expected {
  /** A fragment of the hint, case-insensitive. */
  hint: string;
  suggestion?: string;
  topic?: CommandKind;
}

describe('parseCommand: problems', () => {
  it.each<[string, Expected]>([
    ['', { hint: 'type a command' }],
    ['   \u00a0 \r\n ', { hint: 'type a command' }],
    ['&nbsp;', { hint: 'type a command' }],
    ['hello', { hint: "didn't understand" }],
    ["what's up", { hint: "didn't understand" }],
    ['contoso', { hint: "didn't understand" }],
    ['thanks!', { hint: "didn't understand" }],
    [
      'ordrs for contoso',
      { hint: 'did you mean "orders"', suggestion: 'orders for contoso', topic: 'orders' },
    ],
    ['please oders for contoso', { hint: '"oders"', suggestion: 'orders for contoso', topic: 'orders' }],
    [
      `subscritions for order ${ORDER_ID} for contoso`,
      {
        hint: 'did you mean "subscriptions"',
        suggestion: `subscriptions for order ${ORDER_ID} for contoso`,
        topic: 'subscriptions',
      },
    ],
    [
      `subscritions for order ${ORDER_ID}`,
      {
        hint: 'did you mean "subscriptions"',
        suggestion: `subscriptions for order ${ORDER_ID}`,
        topic: 'subscriptions',
      },
    ],
    [
      `subscriptions for ordr ${ORDER_ID} for contoso`,
      {
        hint: 'did you mean "order"',
        suggestion: `subscriptions for order ${ORDER_ID} for contoso`,
        topic: 'order',
      },
    ],
    ['hlep', { hint: 'did you mean "help"', suggestion: 'help', topic: 'help' }],
    [
      `detials ${ORDER_ID} for contoso`,
      { hint: 'did you mean', suggestion: `details ${ORDER_ID} for contoso`, topic: 'order' },
    ],
    ['ordrs', { hint: 'did you mean "orders"', topic: 'orders' }],
    [
      'orders for contoso montly',
      { hint: '"monthly"', suggestion: 'orders for contoso monthly', topic: 'orders' },
    ],
    [
      'orders for contoso onetme',
      { hint: '"onetime"', suggestion: 'orders for contoso onetime', topic: 'orders' },
    ],
    [
      'orders for contoso pendng',
      { hint: '"pending"', suggestion: 'orders for contoso pending', topic: 'orders' },
    ],
    [
      'orders for anual contoso',
      { hint: '"annual"', suggestion: 'orders for annual contoso', topic: 'orders' },
    ],
    ['orders', { hint: 'which customer?', topic: 'orders' }],
    ['onetime orders', { hint: 'which customer?', topic: 'orders' }],
    ['orders with prices', { hint: 'which customer?', topic: 'orders' }],
    ['show me the orders', { hint: 'which customer?', topic: 'orders' }],
    [
      'order for contoso',
      { hint: 'which order of contoso', suggestion: 'orders for contoso', topic: 'order' },
    ],
    [
      'onetime order for contoso',
      { hint: 'give its id', suggestion: 'orders for contoso onetime', topic: 'order' },
    ],
    ['order', { hint: 'which order, and of which customer', topic: 'order' }],
    // An id alone is looked up in the index; one shorter than 6 characters would match too much.
    ['order ab12c', { hint: 'which customer is order ab12c for', topic: 'order' }],
    [
      'details for contoso',
      { hint: 'which order of contoso', suggestion: 'orders for contoso', topic: 'order' },
    ],
    ['subscriptions for contoso', { hint: 'which order of contoso', topic: 'subscriptions' }],
    ['subs', { hint: 'which order, and of which customer', topic: 'subscriptions' }],
    // "order" on the way to an id that is not there is not part of the customer's name.
    ['subscriptions for order for contoso', { hint: 'which order of contoso?', topic: 'subscriptions' }],
    [
      'subscriptions of the order id for contoso',
      { hint: 'which order of contoso?', topic: 'subscriptions' },
    ],
    ['subscriptions for order', { hint: 'which order, and of which customer', topic: 'subscriptions' }],
    ['subscriptions for order ab12c', { hint: 'which customer', topic: 'subscriptions' }],
    [
      `order ${ORDER_ID} for contoso monthly`,
      { hint: 'apply to order lists only', suggestion: `order ${ORDER_ID} for contoso`, topic: 'order' },
    ],
    ['contoso orders for fabrikam', { hint: '"contoso" or "fabrikam"', topic: 'orders' }],
    ['orders for contoso monthly annual', { hint: 'pick one billing cycle', topic: 'orders' }],
    ['pending completed orders for contoso', { hint: 'pick one status', topic: 'orders' }],
    ['orders for contoso since 2018-05-01 before 2018-04-01', { hint: 'check the dates', topic: 'orders' }],
    ['orders for contoso since 2018-02-30', { hint: 'yyyy-mm-dd', topic: 'orders' }],
    ['orders for contoso 03/10/2018', { hint: 'yyyy-mm-dd', topic: 'orders' }],
    ['orders for contoso since whenever', { hint: 'after "since"', topic: 'orders' }],
    ['orders for contoso last 0 days', { hint: 'out of range', topic: 'orders' }],
    ['orders for contoso today yesterday', { hint: 'one start date', topic: 'orders' }],
    ['orders for contoso with', { hint: '"with" what?', topic: 'orders' }],
    ['orders for contoso via', { hint: 'which reseller?', topic: 'orders' }],
    ['orders ' + 'x'.repeat(600), { hint: 'too long' }],
    ['x'.repeat(10_000), { hint: 'too long' }],
  ])('%s', (text, expected) => {
    const result = parseCommand(text, NOW);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.hint.toLowerCase()).toContain(expected.hint.toLowerCase());
    expect(result.problem.suggestion).toBe(expected.suggestion);
    expect(result.problem.topic).toBe(expected.topic);
  });

  it('offers the quoted form when a misspelt keyword might be part of the name', () => {
    const result = parseCommand('orders for contoso montly', NOW);
    expect(result).toMatchObject({
      ok: false,
      problem: { hint: expect.stringContaining('orders for "contoso montly"') },
    });
    expect(parseCommand('orders for "contoso montly"', NOW)).toEqual({
      ok: true,
      command: { kind: 'orders', customer: 'contoso montly', filters: {} },
    });
  });

  it('keeps a single word close to a keyword as the customer', () => {
    expect(parseCommand('orders for montly', NOW)).toEqual({
      ok: true,
      command: { kind: 'orders', customer: 'montly', filters: {} },
    });
  });

  it('does not read relative dates without a usable clock', () => {
    const result = parseCommand('orders for contoso today', new Date(Number.NaN));
    expect(result).toMatchObject({ ok: false, problem: { topic: 'orders' } });
    expect(parseCommand('orders for contoso since 2018-03-10', new Date(Number.NaN))).toMatchObject({
      ok: true,
    });
  });

  it('never echoes a pasted essay back whole', () => {
    const result = parseCommand(`order ${'x'.repeat(20)}1 for ${'word '.repeat(80)}monthly`, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.hint.length).toBeLessThan(400);
  });
});

describe('parseCommand: the order word without an id, in every language', () => {
  it.each([
    ['en', 'subscriptions for order for contoso'],
    ['pt-BR', 'assinaturas do pedido de contoso'],
    ['it', "abbonamenti dell'ordine di contoso"],
    ['zh-CN', 'contoso 的订单的订阅'],
  ])('%s: %s asks which order of contoso', (locale, text) => {
    const result = parseCommand(text, NOW, locale);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.message).toMatchObject({ code: 'whichOrderOf', params: { who: 'contoso' } });
  });
});

describe('parseCommand: a watch with no customer, in every language', () => {
  it.each([
    ['en', 'watch pending orders', 'Which customer? Try: watch pending orders for contoso'],
    [
      'pt-BR',
      'acompanhar pedidos pendentes',
      'Qual cliente? Tente: “acompanhar pedidos pendentes de contoso”',
    ],
    ['zh-CN', '关注 待处理订单', '哪个客户？试试“关注 contoso 的待处理订单”'],
    ['it', 'segui ordini in sospeso', 'Quale cliente? Prova: “segui ordini in sospeso di contoso”'],
    ['pt-BR', 'acompanhar pedido Qq9', 'Qual cliente? Tente: “acompanhar pedido Qq9 de contoso”'],
    ['zh-CN', '关注 订单 Qq9', '哪个客户？试试“关注 contoso 的订单 Qq9”'],
  ])('%s: %s shows the command in that language', (locale, text, hint) => {
    const result = parseCommand(text, NOW, locale);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(renderProblem(pickStrings(locale), result.problem.message)).toBe(hint);
  });
});
