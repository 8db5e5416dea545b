// Close spellings by symmetric deletion find exactly what comparing with every word finds, at a cost that
// does not grow with the vocabulary.
import { allowedEdits, editDistance } from '../../src/text/edit-distance';
import { NearWords, type NearCost } from '../../src/text/near-words';

/** A deterministic stream of words over a small alphabet, so that near words are common. */
function words(count: number, seed: number): string[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31);
  return Array.from({ length: count }, () => {
    const length = 3 + (next() % 10);
    return Array.from({ length }, () => 'abcde'[next() % 5]).join('');
  });
}

const brute = (vocabulary: readonly string[], typed: string) => {
  const max = allowedEdits(typed.length);
  if (max === 0) return [];
  return [...new Set(vocabulary)]
    .filter((w) => allowedEdits(w.length) > 0)
    .map((word) => ({ word, distance: editDistance(typed, word, max) }))
    .filter((n) => n.distance <= max)
    .sort((a, b) => a.distance - b.distance || (a.word < b.word ? -1 : 1));
};

describe('NearWords', () => {
  it('finds the words one or two edits away, closest first (transpositions count once)', () => {
    const near = new NearWords(['contoso', 'contosopharma', 'fabrikam', 'coffee', 'toffee']);
    expect(near.near('contsoo')).toEqual([{ word: 'contoso', distance: 1 }]);
    expect(near.near('cofee')).toEqual([{ word: 'coffee', distance: 1 }]);
    expect(near.near('fabrikan')).toEqual([{ word: 'fabrikam', distance: 1 }]);
    expect(near.near('coffee')).toEqual([
      { word: 'coffee', distance: 0 },
      { word: 'toffee', distance: 1 },
    ]);
    expect(near.near('abc')).toEqual([]);
  });

  it('agrees with comparing against every word, typos past the first letters included', () => {
    const vocabulary = words(2_000, 7);
    const near = new NearWords(vocabulary);
    for (const typed of words(300, 11)) expect(near.near(typed)).toEqual(brute(vocabulary, typed));
  });

  it('compares the same few words whatever the size of the vocabulary', () => {
    const base = ['bluewater', 'coffee', 'importers', 'contoso'];
    // Words of other lengths and other starts: they share no deletion with the typed word.
    const filler = Array.from({ length: 20_000 }, (_, i) => `zz${i.toString(36)}qqqqqqqqqqqq`);
    const cost = (vocabulary: string[]) => {
      const c: NearCost = { compared: 0 };
      new NearWords(vocabulary).near('bluewatr', c);
      return c.compared;
    };
    expect(cost([...base, ...filler])).toBe(cost(base));
  });
});
