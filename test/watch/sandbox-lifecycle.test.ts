// The sandbox's order lifecycle: pending orders complete on a schedule, or one at once, or line by line.
import { createOrderLifecycle, DEFAULT_ORDER_COMPLETE_AFTER_S } from '../../dev/sandbox/lifecycle';
import { readSandboxConfig } from '../../src/config';
import type { Order } from '../../src/partnercenter/models';

const pending = { id: 'Order-1', status: 'pending' } as Order;
const cancelled = { id: 'Order-2', status: 'cancelled' } as Order;

describe('sandbox order lifecycle', () => {
  it('completes pending orders once the time has come, and leaves others alone', () => {
    let now = 1_000;
    const lifecycle = createOrderLifecycle(60, () => now);
    expect(lifecycle.present(pending).status).toBe('pending');
    now += 59_999;
    expect(lifecycle.present(pending).status).toBe('pending');
    now += 1;
    expect(lifecycle.present(pending).status).toBe('completed');
    expect(lifecycle.present(cancelled).status).toBe('cancelled');
    expect(pending.status).toBe('pending'); // the fixture itself is untouched
  });

  it('completes one order now, whatever its id case; 0 means never on a schedule', () => {
    let now = 0;
    const lifecycle = createOrderLifecycle(0, () => now);
    now = 1e12;
    expect(lifecycle.present(pending).status).toBe('pending');
    lifecycle.completeNow('order-1');
    expect(lifecycle.present(pending).status).toBe('completed');
  });

  it('provisions line items one at a time; the last one completes the order', () => {
    const lifecycle = createOrderLifecycle(0);
    const twoLines = { id: 'Order-3', status: 'pending', lineItems: [{}, {}] } as Order;
    expect(lifecycle.provisionedLines(twoLines)).toBe(0);
    lifecycle.provisionNext('ORDER-3');
    expect(lifecycle.provisionedLines(twoLines)).toBe(1);
    expect(lifecycle.present(twoLines).status).toBe('pending');
    lifecycle.provisionNext('order-3');
    expect(lifecycle.present(twoLines).status).toBe('completed');
    expect(lifecycle.provisionedLines(twoLines)).toBe(2);
    expect(lifecycle.provisionedLines(cancelled)).toBe(0);
  });

  it('reads SANDBOX_ORDER_COMPLETE_AFTER_S through the configuration schema, refusing nonsense', () => {
    expect(readSandboxConfig({}).sandboxOrderCompleteAfterS).toBe(DEFAULT_ORDER_COMPLETE_AFTER_S);
    expect(readSandboxConfig({ SANDBOX_ORDER_COMPLETE_AFTER_S: '30' }).sandboxOrderCompleteAfterS).toBe(30);
    expect(() => readSandboxConfig({ SANDBOX_ORDER_COMPLETE_AFTER_S: 'soon' })).toThrow(
      /SANDBOX_ORDER_COMPLETE_AFTER_S must be a whole number/,
    );
  });
});
