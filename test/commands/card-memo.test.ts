import { memoizedCard } from '../../src/commands/card-memo';

describe('memoizedCard', () => {
  it('renders once per data objects and key', () => {
    const orders = [{ id: 'a' }];
    const subscriptions = [{ id: 's' }];
    let renders = 0;
    const render = () => ({ n: ++renders });
    const first = memoizedCard([orders, subscriptions], 'k', render);
    expect(memoizedCard([orders, subscriptions], 'k', render)).toBe(first);
    expect(renders).toBe(1);
    memoizedCard([orders, subscriptions], 'other key', render);
    memoizedCard([orders, [{ id: 's' }]], 'k', render); // refreshed subscriptions: a new card
    memoizedCard([[{ id: 'a' }], subscriptions], 'k', render); // refreshed orders: a new card
    expect(renders).toBe(4);
  });
});
