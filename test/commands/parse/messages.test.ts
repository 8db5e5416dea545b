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
  what: 'order <id>',
  who: 'contoso',
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
