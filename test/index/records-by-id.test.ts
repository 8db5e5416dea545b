import { RecordsById } from '../../src/index/records-by-id';

describe('RecordsById', () => {
  const make = (...ids: string[]) => {
    const records = new RecordsById<{ id: string }>();
    for (const id of ids) records.set(id, { id });
    return records;
  };

  it('finds the exact id first, else ids starting with the prefix, at most `limit`', () => {
    const records = make('9qg-ercoaaa', '9qg-ercobbb', '9qg-xyz', 'abcd-1');
    expect(records.startingWith('9qg-xyz', 10)).toEqual([{ id: '9qg-xyz' }]);
    expect(records.startingWith('9qg-erco', 10).map((r) => r.id)).toEqual(['9qg-ercoaaa', '9qg-ercobbb']);
    expect(records.startingWith('9qg-', 2)).toHaveLength(2);
    expect(records.startingWith('9qg-erx', 10)).toEqual([]);
  });

  it('answers prefixes shorter than its buckets by looking at every id', () => {
    expect(
      make('ab12', 'ab34', 'cd56')
        .startingWith('ab', 10)
        .map((r) => r.id),
    ).toEqual(['ab12', 'ab34']);
  });

  it('forgets deleted ids, and replacing a record keeps one entry', () => {
    const records = make('9qg-aaa', '9qg-bbb');
    records.set('9qg-aaa', { id: '9qg-aaa' });
    expect(records.size).toBe(2);
    records.delete('9qg-aaa');
    records.delete('never-there');
    expect(records.startingWith('9qg-', 10).map((r) => r.id)).toEqual(['9qg-bbb']);
    expect([...records.values()]).toEqual([{ id: '9qg-bbb' }]);
  });
});
