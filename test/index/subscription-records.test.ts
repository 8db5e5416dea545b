// What the index keeps of a subscription for the renewal radar: the scheduled next term as its differences only
// (short keys, nothing undefined), the refundable seats, the window's end; from answers as untidy as real ones.
import { indexedSubscription, nextTerm } from '../../src/index/records';
import type { Subscription } from '../../src/partnercenter/models';

const CUSTOMER = 'B0D70A69-4C42-4B27-B17B-91A835D8686A';

const current: Subscription = {
  id: 'sub-1',
  offerId: 'CFQ7TTC0LDPB:0001:CFQ7TTC0LDPBAV01',
  friendlyName: 'Microsoft 365 Business Standard',
  quantity: 60,
  status: 'active',
  billingCycle: 'annual',
  termDuration: 'P1Y',
  commitmentEndDate: '2027-01-03T00:00:00Z',
  autoRenewEnabled: true,
};

const withNext = (next: Subscription['scheduledNextTermInstructions']): Subscription => ({
  ...current,
  scheduledNextTermInstructions: next,
});

const product = (fields: Record<string, string>) => ({
  productId: 'CFQ7TTC0LDPB',
  skuId: '0001',
  availabilityId: 'CFQ7TTC0LDPBAV01',
  billingCycle: 'annual',
  termDuration: 'P1Y',
  ...fields,
});

describe('the scheduled next term, as differences', () => {
  it('keeps only what changes', () => {
    expect(nextTerm(withNext({ product: product({}), quantity: 45 }))).toEqual({ qty: 45 });
    expect(
      nextTerm(
        withNext({ product: product({ productId: 'CFQ7TTC0LCHC', availabilityId: 'X' }), quantity: 60 }),
      ),
    ).toEqual({ product: 'CFQ7TTC0LCHC:0001' });
    expect(
      nextTerm(
        withNext({ product: product({ termDuration: 'P3Y', billingCycle: 'Triennial' }), quantity: 60 }),
      ),
    ).toEqual({ term: 'P3Y', cycle: 'triennial' });
  });

  it('reads odd cases, and the term and cycle beside the product as well as in it', () => {
    expect(
      nextTerm(
        withNext({ product: product({ termDuration: 'p1m', billingCycle: 'MONTHLY' }), quantity: 60 }),
      ),
    ).toEqual({ term: 'P1M', cycle: 'monthly' });
    expect(
      nextTerm(
        withNext({
          product: { productId: 'cfq7ttc0ldpb', skuId: '0001' },
          termDuration: 'P1M',
          quantity: 60,
        }),
      ),
    ).toEqual({ term: 'P1M' });
  });

  it('is nothing when nothing is scheduled or nothing differs (a new availability is the same product)', () => {
    expect(nextTerm(withNext(null))).toBeUndefined();
    expect(nextTerm(current)).toBeUndefined();
    expect(
      nextTerm(withNext({ product: product({ availabilityId: 'CFQ7TTC0LDPBAV02' }), quantity: 60 })),
    ).toBe(undefined);
    expect(nextTerm(withNext({}))).toBeUndefined();
  });
});

describe('the indexed subscription', () => {
  it('is compact: short keys, nothing undefined, the change and the refundable seats', () => {
    const record = indexedSubscription(
      {
        ...withNext({
          product: product({ productId: 'CFQ7TTC0LCHC' }),
          quantity: 45,
          customTermEndDate: null,
        }),
        cancellationAllowedUntilDate: '2026-12-09T03:12:45.1234567Z',
        refundableQuantity: { totalQuantity: 12, details: [{ quantity: 12, allowedUntilDateTime: null }] },
        refundOptions: [{ type: 'Partial', expiresAt: '2026-12-09T03:12:45.1234567Z' }],
      },
      CUSTOMER,
    );
    expect(record).toEqual({
      id: 'sub-1',
      cust: CUSTOMER.toLowerCase(),
      offer: 'CFQ7TTC0LDPB:0001:CFQ7TTC0LDPBAV01',
      name: 'Microsoft 365 Business Standard',
      status: 'active',
      cycle: 'annual',
      qty: 60,
      ends: Date.parse('2027-01-03T00:00:00Z'),
      autoRenew: true,
      cancelBy: Date.parse('2026-12-09T03:12:45.123Z'),
      term: 'P1Y',
      next: { product: 'CFQ7TTC0LCHC:0001', qty: 45 },
      refund: 12,
    });
    expect(Object.values(record)).not.toContain(undefined);
    expect(Object.values(record.next ?? {})).not.toContain(undefined);
  });

  it('reads the refundable seats as an object, its details, or a bare number; none when zero', () => {
    const refund = (refundableQuantity: Subscription['refundableQuantity']) =>
      indexedSubscription({ ...current, refundableQuantity }, CUSTOMER).refund;
    expect(refund({ totalQuantity: 5, details: [] })).toBe(5);
    expect(refund({ details: [{ quantity: 2 }, { quantity: 3, allowedUntilDateTime: '2026-12-09' }] })).toBe(
      5,
    );
    expect(refund(7)).toBe(7);
    expect(refund({ totalQuantity: 0, details: [] })).toBeUndefined();
    expect(refund(null)).toBeUndefined();
    expect(refund(undefined)).toBeUndefined();
  });

  it('a window without a date (null) cannot be cancelled; an absent one is not said; odd forms still read', () => {
    const cancelBy = (cancellationAllowedUntilDate: string | null | undefined) =>
      indexedSubscription({ ...current, cancellationAllowedUntilDate }, CUSTOMER).cancelBy;
    expect(cancelBy(null)).toBeNull();
    expect(cancelBy(undefined)).toBeUndefined();
    expect(cancelBy('2026-12-09T03:12:45')).toBe(Date.parse('2026-12-09T03:12:45Z'));
    expect(cancelBy('2026-12-09T03:12:45.123')).toBe(Date.parse('2026-12-09T03:12:45.123Z'));
  });
});
