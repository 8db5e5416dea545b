// Change requests are read from the start of a message, before any other command: "cancel order X" is not
// "order X for customer 'cancel'". Names elsewhere are left alone.
import { formatCommand, parseCommand } from '../../../src/commands/parse';
import type { Command } from '../../../src/commands/command';

const ORDER = '9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1';
const SUB = 'DB8C695B-1C3C-4C55-B697-771503DD46BF';
const parsed = (text: string) => {
  const result = parseCommand(text);
  return result.ok ? result.command : result.problem.hint;
};
const change = (rest: Partial<Extract<Command, { kind: 'change-request' }>> = {}): Command => ({
  kind: 'change-request',
  asks: 'change',
  ...rest,
});

describe('the change-request grammar', () => {
  it.each<[string, Command]>([
    [`cancel order ${ORDER}`, change({ verb: 'cancel', orderId: ORDER })],
    [`cancel order ${ORDER} for contoso`, change({ verb: 'cancel', orderId: ORDER, customer: 'contoso' })],
    [`Can you please CANCEL order #${ORDER}?`, change({ verb: 'cancel', orderId: ORDER })],
    [`I want to cancel order ${ORDER}`, change({ verb: 'cancel', orderId: ORDER })],
    [`how do I cancel ${ORDER}`, change({ verb: 'cancel', orderId: ORDER })],
    [`help me cancel order ${ORDER}`, change({ verb: 'cancel', orderId: ORDER })],
    [`change quantity of subscription ${SUB}`, change({ verb: 'change', subscriptionId: SUB })],
    [
      `change the quantity of subscription ${SUB} to 30 for Fabrikam Retail`,
      change({ verb: 'change', subscriptionId: SUB, customer: 'Fabrikam Retail' }),
    ],
    [
      `suspend ${SUB} subscription for contoso`,
      change({ verb: 'suspend', subscriptionId: SUB, customer: 'contoso' }),
    ],
    ['upgrade contoso to E5', change({ verb: 'upgrade', customer: 'contoso' })],
    ['increase seats for northwind', change({ verb: 'increase', customer: 'northwind' })],
    [
      'add 5 seats for "Contoso Pharmaceuticals"',
      change({ verb: 'add', customer: 'Contoso Pharmaceuticals' }),
    ],
    ['turn off auto-renew for contoso', change({ verb: 'turn', customer: 'contoso' })],
    ['cancel the pending orders for contoso', change({ verb: 'cancel', customer: 'contoso' })],
    ['cancel it', change({ verb: 'cancel' })],
    ['downgrade', change({ verb: 'downgrade' })],
    [`price of order ${ORDER}`, { kind: 'change-request', asks: 'price', orderId: ORDER }],
    [
      `what's the price of order ${ORDER} for contoso`,
      { kind: 'change-request', asks: 'price', orderId: ORDER, customer: 'contoso' },
    ],
    ['prices for fabrikam retail', { kind: 'change-request', asks: 'price', customer: 'fabrikam retail' }],
    [`how much is subscription ${SUB}`, { kind: 'change-request', asks: 'price', subscriptionId: SUB }],
  ])('reads "%s"', (text, command) => {
    expect(parsed(text)).toEqual(command);
  });

  it.each([
    ['orders for Change Healthcare', { kind: 'orders', customer: 'Change Healthcare', filters: {} }],
    ['change healthcare orders', { kind: 'orders', customer: 'change healthcare', filters: {} }],
    ['"Cancel Corp" orders', { kind: 'orders', customer: 'Cancel Corp', filters: {} }],
    [
      'cancelled orders for contoso',
      { kind: 'orders', customer: 'contoso', filters: { status: 'cancelled' } },
    ],
    [
      'orders for contoso with prices',
      { kind: 'orders', customer: 'contoso', filters: { includePrices: true } },
    ],
    [`order ${ORDER} for contoso`, { kind: 'order', customer: 'contoso', orderId: ORDER }],
    ['help', { kind: 'help' }],
    [`stop watching order ${ORDER}`, { kind: 'unwatch', orderId: ORDER }],
  ])('leaves "%s" to its command', (text, command) => {
    expect(parsed(text)).toEqual(command);
  });

  it('leaves the bot\'s own watches to the watch commands ("cancel watch …" is no Partner Center change)', () => {
    for (const text of [`cancel watch ${ORDER}`, 'cancel all watches', `remove watch on order ${ORDER}`])
      expect(JSON.stringify(parsed(text))).not.toContain('change-request');
  });

  it('does not take a product or plan for an id ("upgrade contoso to E5")', () => {
    expect(parsed('upgrade contoso to M365')).toEqual(change({ verb: 'upgrade', customer: 'contoso' }));
  });

  it.each<Command>([
    change({ verb: 'cancel', orderId: ORDER, customer: 'contoso' }),
    change({ verb: 'change', subscriptionId: SUB, customer: 'Fabrikam Retail' }),
    change({ verb: 'change' }),
    change({ verb: 'upgrade', customer: 'contoso' }),
    { kind: 'change-request', asks: 'price', orderId: ORDER },
    { kind: 'change-request', asks: 'price', customer: 'fabrikam retail' },
    { kind: 'change-request', asks: 'price' },
  ])('writes %j back as text that reads the same', (command) => {
    expect(parseCommand(formatCommand(command))).toEqual({ ok: true, command });
  });
});
