// The provisioning summary the poller compares: counts per status, blind to case, spelling and item order.
import { provisioningCounts, provisioningSummary } from '../../../src/watch/provisioning';

describe('provisioning summary', () => {
  it('counts line items per status, whatever their case or order', () => {
    const a = provisioningSummary([
      { lineItemNumber: 0, status: 'Pending' },
      { lineItemNumber: 1, status: 'fulfilled' },
      { lineItemNumber: 2, status: 'pending' },
    ]);
    const b = provisioningSummary([
      { lineItemNumber: 2, status: 'PENDING' },
      { lineItemNumber: 0, status: 'Fulfilled' },
      { lineItemNumber: 1, status: 'pending' },
    ]);
    expect(a).toBe('fulfilled:1,pending:2');
    expect(b).toBe(a);
  });

  it('keeps its separators out of what Partner Center sends', () => {
    const summary = provisioningSummary([
      { lineItemNumber: 0, status: 'on:hold,now' },
      { lineItemNumber: 1, status: '' },
    ]);
    expect(summary).toBe('onholdnow:1,unknown:1');
    expect(provisioningCounts(summary)).toEqual([
      { status: 'onholdnow', count: 1 },
      { status: 'unknown', count: 1 },
    ]);
  });

  it('reads nothing from a malformed summary', () => {
    expect(provisioningCounts('')).toEqual([]);
    expect(provisioningCounts('pending')).toEqual([]);
  });
});
