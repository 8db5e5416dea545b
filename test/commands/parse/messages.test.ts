// Issue 10: the parser's sentences were English in every locale. The parser returns codes with parameters and
// each string table renders them.
import { pickStrings } from '../../../src/cards/strings';
import { en } from '../../../src/cards/strings/en';
import { parseCommand } from '../../../src/commands/parse';
import { renderProblem, type ProblemCode } from '../../../src/commands/parse/messages';

const NOW = new Date('2026-01-15T12:00:00Z');
const CODES = Object.keys(en.parseProblems) as ProblemCode[];
const PARAMS = {
  max: '500',
  word: 'ordrs',
  target: 'orders',
  customer: 'contoso',
  names: ['a', 'b'],
  who: 'contoso',
  list: 'orders for contoso',
  order: 'x1',
  example: 'order x1',
  key: 'since',
  phrase: 'last 900 days',
  text: '2018-13-45',
  first: 'monthly',
  second: 'annual',
  since: '2018-03-01',
  until: '2018-02-01',
};

describe('parser messages', () => {
  it.each(['pt-BR', 'zh-CN', 'it'])(
    '%s renders every code in its own words, every placeholder filled',
    (locale) => {
      const s = pickStrings(locale);
      for (const code of CODES) {
        const text = renderProblem(s, { code, params: PARAMS });
        expect({ code, text }).not.toEqual({ code, text: renderProblem(en, { code, params: PARAMS }) });
        expect({ code, leftover: /\{\w+\}/.test(text) }).toEqual({ code, leftover: false });
      }
    },
  );

  it('joins lists with the language’s "or"', () => {
    const message = { code: 'whichCustomerWords' as const, params: { names: ['a', 'b'] } };
    expect(renderProblem(en, message)).toContain('"a" or "b"');
    expect(renderProblem(pickStrings('pt-BR'), message)).toContain('"a" ou "b"');
    expect(renderProblem(pickStrings('zh-CN'), message)).toContain('“a”或“b”');
  });

  it.each([
    ['xyzzy', 'unknown'],
    ['ordrs for contoso', 'typo'],
    ['orders', 'whichCustomer'],
    ['orders for contoso monthly annual', 'pickOneBillingCycle'],
    ['orders for contoso since 2018-13-45', 'notADate'],
  ])('"%s" fails with code %s', (text, code) => {
    const result = parseCommand(text, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.message.code).toBe(code);
      expect(result.problem.hint).toBe(renderProblem(en, result.problem.message));
    }
  });
});

describe('an order hint', () => {
  const ID = '9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1';
  it.each([
    ['en-US', 'order for contoso', 'order <order-id> for contoso', 'orders for contoso'],
    ['pt-BR', 'pedido de contoso', 'pedido <id-do-pedido> de contoso', 'pedidos de contoso'],
    ['zh-CN', 'contoso 的订单详情', 'contoso 的订单 <订单 ID>', 'contoso 的订单'],
    ['it-IT', 'ordine di contoso', 'ordine <id-ordine> di contoso', 'ordini di contoso'],
  ])('in %s gives its examples in that language, each read back', (locale, typed, example, list) => {
    const parsed = parseCommand(typed, NOW, locale);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const text = renderProblem(pickStrings(locale), parsed.problem.message);
    expect(text).toContain(example);
    expect(text).toContain(list);
    const placeholder = /<[^>]+>/.exec(example)![0];
    expect(parseCommand(example.replace(placeholder, ID), NOW, locale)).toEqual({
      ok: true,
      command: { kind: 'order', customer: 'contoso', orderId: ID },
    });
  });
});
