import { applyLocalFilters } from '../../src/commands/orders/local-filters';
import type { Order } from '../../src/partnercenter/models';

const order = (id: string, status: string | undefined): Order =>
  ({
    id,
    status,
    billingCycle: 'Monthly',
    creationDate: '2024-01-01T00:00:00',
    lineItems: [],
  }) as unknown as Order;

describe('the status filter reads statuses as real data spells them', () => {
  it('matches PascalCase and snake_case alike, and skips an order without status', () => {
    const orders = [order('a', 'PoUploadComplete'), order('b', 'po_upload_complete'), order('c', undefined)];
    expect(applyLocalFilters(orders, { status: 'po_upload_complete' }).map((o) => o.id)).toEqual(['a', 'b']);
  });
});
