// Issue 10: a mistyped customer name ended at "Closest: Northwind Traders" with no button. Each close name is
// a button that runs the same request with that name.
import { errorCard } from '../../src/cards/error';
import { submitActions } from './card-fixtures';
import { expectValidCard } from './validate-card';

describe('closest names as buttons', () => {
  it('offers one button per close name, with the caller’s data', () => {
    const card = errorCard(
      {
        kind: 'customerNotFound',
        query: 'northwnd',
        closestNames: ['Northwind Traders', 'Northwood Ltd'],
        tryName: (name) => ({ run: name }),
      },
      { locale: 'en-US' },
    );
    expectValidCard(card);
    expect(submitActions(card)).toEqual([
      { title: 'Northwind Traders', data: { run: 'Northwind Traders' } },
      { title: 'Northwood Ltd', data: { run: 'Northwood Ltd' } },
    ]);
  });

  it('has no buttons without names', () => {
    const card = errorCard(
      { kind: 'customerNotFound', query: 'x', tryName: () => ({}) },
      { locale: 'en-US' },
    );
    expectValidCard(card);
    expect(submitActions(card)).toEqual([]);
  });
});
