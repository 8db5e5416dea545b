// `.` and `..` are never read as order ids, so they cannot reach a Partner Center URL from typed text.
import { parseCommand } from '../../../src/commands/parse';

const NOW = new Date('2018-04-15T10:00:00Z');

describe('parseCommand: ids that are path segments', () => {
  it.each([
    'order .. for contoso',
    'order . for contoso',
    'order ".." for contoso',
    'subscriptions for order .. for contoso',
    'order ../orders for contoso',
    'details #.. for contoso',
  ])('%j has no order id of dots or slashes', (text) => {
    const result = parseCommand(text, NOW);
    if (result.ok && 'orderId' in result.command) {
      expect(result.command.orderId).not.toMatch(/^\.{1,2}$|\//);
    } else {
      expect(result.ok).toBe(false);
    }
  });
});
