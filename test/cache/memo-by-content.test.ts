import { memoByContent } from '../../src/cache/memo-by-content';
import { stamped } from '../../src/state/content-stamp';

describe('memoByContent', () => {
  it('computes once per content and key, whatever object holds the content', () => {
    let renders = 0;
    const render = () => ({ n: ++renders });
    const orders = stamped([{ id: 'a' }], 'load-1');
    const subscriptions = stamped([{ id: 's' }], 'load-2');
    const first = memoByContent([orders, subscriptions], 'k', render);
    expect(memoByContent([orders, subscriptions], 'k', render)).toBe(first);
    // The same loads read back from the shared tier as new objects: still the same card.
    const readBack = [stamped([{ id: 'a' }], 'load-1'), stamped([{ id: 's' }], 'load-2')];
    expect(memoByContent(readBack, 'k', render)).toBe(first);
    expect(renders).toBe(1);
    memoByContent([orders, subscriptions], 'other key', render);
    memoByContent([orders, stamped([{ id: 's' }], 'load-3')], 'k', render); // refreshed subscriptions
    memoByContent([stamped([{ id: 'a' }], 'load-4'), subscriptions], 'k', render); // refreshed orders
    expect(renders).toBe(4);
  });

  it('does not memoize data that did not come from the cache', () => {
    let renders = 0;
    const data = [[{ id: 'a' }]];
    memoByContent(data, 'k', () => ({ n: ++renders }));
    memoByContent(data, 'k', () => ({ n: ++renders }));
    expect(renders).toBe(2);
  });
});
