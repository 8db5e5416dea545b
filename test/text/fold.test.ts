import { foldName, foldText, foldWords } from '../../src/text/fold';

describe('folding names', () => {
  it('drops case, accents, apostrophes, punctuation and extra spaces', () => {
    expect(foldText("  Café  O'Brien S.A. ")).toBe('cafe obrien s a');
    expect(foldText('MÜLLER & Søns')).toBe('muller søns');
    expect(foldWords('Liberty’s Delightful Sinful Bakery & Cafe')).toEqual([
      'libertys',
      'delightful',
      'sinful',
      'bakery',
      'cafe',
    ]);
    expect(foldText('&&& ...')).toBe('');
  });

  it('gives a name the words it may be typed with, apostrophes either way', () => {
    expect(foldName("O'Brien Coffee")).toEqual({
      text: 'obrien coffee',
      words: ['obrien', 'coffee', 'o', 'brien'],
    });
    expect(foldName('Fourth  Coffee')).toEqual({ text: 'fourth coffee', words: ['fourth', 'coffee'] });
  });
});
