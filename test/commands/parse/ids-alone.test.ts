// Issue 18 (2), "ids alone": tickets start with an id. An id typed with no customer is a command (its customer
// comes from the index), shortened or pasted with stray spaces and Markdown; a word of 6+ letters with no digit
// is an id where one is expected when it is shaped like one; a short id alone still asks which customer.
import type { Command } from '../../../src/commands/command';
import { formatCommand, parseCommand } from '../../../src/commands/parse';

const NOW = new Date('2026-07-01T10:00:00Z');
const ID = '9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1';
const SUB = '83ef9d05-4169-4ef9-9657-0e86b1eab1de';

const parsed = (text: string) => parseCommand(text, NOW);

describe('an id with no customer', () => {
  it.each<[string, Command]>([
    [`order ${ID}`, { kind: 'order', orderId: ID }],
    [`show me order ${ID} please`, { kind: 'order', orderId: ID }],
    [`order ${ID} refresh`, { kind: 'order', orderId: ID, refresh: true }],
    ['order 9qg-ErcO…', { kind: 'order', orderId: '9qg-ErcO' }],
    ['order 9qg-ErcO… refresh', { kind: 'order', orderId: '9qg-ErcO', refresh: true }],
    ['order #9qg-ErcO', { kind: 'order', orderId: '9qg-ErcO' }],
    ['order `9qg-ErcO…`', { kind: 'order', orderId: '9qg-ErcO' }],
    [`order \` ${ID} \``, { kind: 'order', orderId: ID }],
    [`order ** ${ID} ** refresh`, { kind: 'order', orderId: ID, refresh: true }],
    [`order "${ID} "`, { kind: 'order', orderId: ID }],
    ['order 9qg-ErcO-4MPbPqq\\_3MIQaS7bn8W6HfG1', { kind: 'order', orderId: ID }],
    ['order 9qg-ErcO … refresh', { kind: 'order', orderId: '9qg-ErcO', refresh: true }],
    [`details of order ${ID}`, { kind: 'order', orderId: ID }],
    [`subscription ${SUB}`, { kind: 'subscriptions', orderId: SUB }],
    [`subs ${SUB}`, { kind: 'subscriptions', orderId: SUB }],
    [`subscription \` ${SUB} \``, { kind: 'subscriptions', orderId: SUB }],
    [`subscriptions of order ${ID}`, { kind: 'subscriptions', orderId: ID }],
    ['subscriptions for order `9qg-ErcO…`', { kind: 'subscriptions', orderId: '9qg-ErcO' }],
    [`watch order ${ID}`, { kind: 'watch', orderId: ID }],
    ['watch order 9qg-ErcO…', { kind: 'watch', orderId: '9qg-ErcO' }],
    ['watch order `9qg-ErcO\\_` for contoso', { kind: 'watch', customer: 'contoso', orderId: '9qg-ErcO_' }],
    ['unwatch 9qg-ErcO…', { kind: 'unwatch', orderId: '9qg-ErcO' }],
    ['unwatch `9qg-ErcO`', { kind: 'unwatch', orderId: '9qg-ErcO' }],
  ])('%j', (text, command) => {
    expect(parsed(text)).toEqual({ ok: true, command });
  });

  it('writes such commands back as text that reads the same', () => {
    for (const command of [
      { kind: 'order', orderId: ID },
      { kind: 'order', orderId: '9qg-ErcO', refresh: true },
      { kind: 'subscriptions', orderId: SUB },
      { kind: 'watch', orderId: ID },
    ] as Command[]) {
      expect(parsed(formatCommand(command))).toEqual({ ok: true, command });
    }
  });

  it('still asks which customer for an id shorter than 6 characters (it would match too much)', () => {
    for (const text of ['order ab12c', 'subscriptions for order ab12c', 'watch order ab12c']) {
      const result = parsed(text);
      expect({ text, ok: result.ok }).toEqual({ text, ok: false });
      if (!result.ok) expect(result.problem.hint).toMatch(/which customer/i);
    }
    // "subscriptions of e5" is not an id alone either: it asks who has the offer.
    expect(parsed('subscriptions of e5')).toMatchObject({ ok: true, command: { kind: 'who', offer: 'e5' } });
  });

  it('keeps filters for order lists only, suggesting the id alone', () => {
    expect(parsed(`order ${ID} monthly`)).toMatchObject({
      ok: false,
      problem: { hint: expect.stringMatching(/order lists only/), suggestion: `order ${ID}` },
    });
  });
});

describe('ids of 6+ letters and no digit', () => {
  it.each<[string, string]>([
    // Shaped like the base64-like order ids: a capital after a small letter.
    ['order qgErcOMPbP', 'qgErcOMPbP'],
    ['order McDonalds', 'McDonalds'],
    // A GUID's first letters.
    ['order deadbeef', 'deadbeef'],
    ['order ABCDEF', 'ABCDEF'],
    // Marked shortened in the middle of a message (at its end the ellipsis is punctuation).
    ['order abcdefg… for contoso', 'abcdefg'],
    ['watch order qgErcOMPbP', 'qgErcOMPbP'],
    ['unwatch qgErcOMPbP', 'qgErcOMPbP'],
    ['subscriptions for order qgErcOMPbP', 'qgErcOMPbP'],
    // A camel-case name reads as an id where one is expected; the index then says it does not know it, and a
    // customer by that name is offered as a button (see test/commands/ids-alone.test.ts).
    ['watch order NorthWind', 'NorthWind'],
  ])('%j reads the id %j', (text, orderId) => {
    const result = parsed(text);
    expect(result.ok && 'orderId' in result.command && result.command.orderId).toBe(orderId);
  });

  it('reads a date word as a date, however capitalised: "order YesterDay" is the orders of yesterday', () => {
    expect(parsed('order YesterDay')).toMatchObject({ ok: true, command: { kind: 'recent' } });
  });

  it.each([
    // Names stay names: lower case, a leading capital, all capitals (not hex).
    ['order contoso', 'order'],
    ['order Contoso', 'order'],
    ['order NORTHWIND', 'order'],
    ['order for contoso', 'order'],
    // Words of the command language, however capitalised, are never ids.
    ['watch order PenDing', 'watch'],
  ])('%j is not an id', (text, topic) => {
    const result = parsed(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.topic).toBe(topic);
  });

  it('reads a letters-only word as a customer where no id is expected', () => {
    expect(parsed('orders for McDonalds')).toMatchObject({
      ok: true,
      command: { kind: 'orders', customer: 'McDonalds' },
    });
    expect(parsed('subscriptions McDonalds')).toMatchObject({ ok: false });
  });
});
