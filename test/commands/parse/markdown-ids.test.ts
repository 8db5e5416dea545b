// Issue 15 (7): an id copied from a client that showed the card's Markdown as typed still reads as the id.
import { parseCommand } from '../../../src/commands/parse';

const NOW = new Date('2018-04-15T10:00:00Z');
const ID = '9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1';

describe('parseCommand: ids pasted with stray Markdown', () => {
  it.each([
    ['order 9qg-ErcO-4MPbPqq\\_3MIQaS7bn8W6HfG1 for contoso', ID],
    ['order `9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1` for contoso', ID],
    ['order **9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1** for contoso', ID],
    ['order \\-LD7uQ2xYzAbCdEfGh for contoso', '-LD7uQ2xYzAbCdEfGh'],
    ['order 1vZ9pQxBk\\_ for contoso', '1vZ9pQxBk_'],
  ])('%j is order %j', (text, orderId) => {
    expect(parseCommand(text, NOW)).toEqual({
      ok: true,
      command: { kind: 'order', customer: 'contoso', orderId },
    });
  });

  it('reads an escaped id in the subscriptions and watch commands too', () => {
    expect(parseCommand('subs for order \\-abc1\\_ for contoso', NOW)).toEqual({
      ok: true,
      command: { kind: 'subscriptions', customer: 'contoso', orderId: '-abc1_' },
    });
    expect(parseCommand('watch order `9qg-ErcO-4MPbPqq\\_3MIQaS7bn8W6HfG1` for contoso', NOW)).toEqual({
      ok: true,
      command: { kind: 'watch', customer: 'contoso', orderId: ID },
    });
  });

  it('leaves a customer name with Markdown characters alone', () => {
    expect(parseCommand('orders for \\*Contoso\\*', NOW)).toMatchObject({
      ok: true,
      command: { kind: 'orders', customer: '\\*Contoso\\*' },
    });
  });
});
