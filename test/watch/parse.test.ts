import { formatCommand, parseCommand } from '../../src/commands/parse';

const ID = '9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1';

describe('watch commands parse', () => {
  it.each([
    [`watch order ${ID} for contoso`, { kind: 'watch', customer: 'contoso', orderId: ID }],
    [
      `watch order ${ID} for "Contoso Monthly Ltd"`,
      { kind: 'watch', customer: 'Contoso Monthly Ltd', orderId: ID },
    ],
    ['watch pending orders for contoso', { kind: 'watch', customer: 'contoso' }],
    ['watches', { kind: 'watches' }],
    [`unwatch ${ID}`, { kind: 'unwatch', orderId: ID }],
    ['unwatch all', { kind: 'unwatch' }],
  ])('%s', (text, command) => {
    expect(parseCommand(text)).toEqual({ ok: true, command });
    const parsed = parseCommand(text);
    if (parsed.ok) expect(parseCommand(formatCommand(parsed.command))).toEqual(parsed);
  });

  it.each(['watch contoso', 'watch order ab12c', 'watch pending orders', 'unwatch'])(
    '%s gets a hint',
    (text) => {
      const parsed = parseCommand(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.problem.hint).toMatch(/Try/);
    },
  );

  it('leaves the other commands alone', () => {
    expect(parseCommand('orders for contoso')).toMatchObject({ ok: true, command: { kind: 'orders' } });
  });
});
