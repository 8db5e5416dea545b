import { formatCommand, parseCommand } from '../../../src/commands/parse';
import { dayOf, formatDay, todayOf } from '../../../src/commands/parse/date-phrases';
import { allowedEdits, closest, editDistance } from '../../../src/text/edit-distance';
import { normalizeText } from '../../../src/text/normalize';
import { tokenize } from '../../../src/commands/parse/tokenize';
import { verbTargets } from '../../../src/commands/parse';
import { cycleOfWord } from '../../../src/commands/parse/vocabulary';

describe('normalizeText', () => {
  it.each([
    ['  orders \u00a0for&nbsp;contoso \r\n', 'orders for contoso'],
    ['<at>Orders Bot</at> orders for contoso', 'orders for contoso'],
    ['<p>orders for <b>contoso</b></p>', 'orders for contoso'],
    ['orders for Marks &amp; Spencer &#38; Co &#x26; Sons', 'orders for Marks & Spencer & Co & Sons'],
    ['orders for contoso?!.', 'orders for contoso'],
    ['@bot orders for contoso', 'orders for contoso'],
    ['/orders for contoso', 'orders for contoso'],
    ['orders\u0000for\u0007contoso\u200b', 'orders for contoso'],
    ['orders for &#xD800; &#9999999; &bogus;', 'orders for &bogus'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeText(input)).toEqual({ text: expected, question: false });
  });

  it('recognises a bare question mark', () => {
    expect(normalizeText(' ?? ')).toEqual({ text: '', question: true });
  });
});

describe('tokenize', () => {
  it('keeps a quoted phrase as one literal token', () => {
    expect(tokenize('orders for "Monthly Partners", annual')).toEqual([
      { raw: 'orders', key: 'orders', quoted: false },
      { raw: 'for', key: 'for', quoted: false },
      { raw: '"Monthly Partners",', key: '', quoted: true },
      { raw: 'annual', key: 'annual', quoted: false },
    ]);
  });

  it('treats an unbalanced quote as an ordinary character', () => {
    expect(tokenize('orders for "contoso').map((t) => t.quoted)).toEqual([false, false, false]);
  });

  it('straightens curly apostrophes and drops trailing separators in keys', () => {
    expect(tokenize('Contoso’s monthly,').map((t) => t.key)).toEqual(["contoso's", 'monthly']);
  });
});

describe('fuzzy', () => {
  it.each([
    ['ordrs', 'orders', 1],
    ['hlep', 'help', 1],
    ['subscritions', 'subscriptions', 1],
    ['hello', 'help', 2],
    ['kitten', 'sitting', 3],
  ])('editDistance(%s, %s) = %i', (a, b, d) => {
    expect(editDistance(a, b, 5)).toBe(d);
  });

  it('stops counting past the limit', () => {
    expect(editDistance('abcdefgh', 'zzzzzzzz', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });

  it('allows no edits to short words, one up to six letters, two from seven', () => {
    expect([3, 4, 6, 7, 12].map(allowedEdits)).toEqual([0, 1, 1, 2, 2]);
  });

  it.each([
    ['ordrs', 'orders'],
    ['oders', 'orders'],
    ['subscritions', 'subscriptions'],
    ['hlep', 'help'],
    ['hello', undefined],
    ['up', undefined],
    ['contoso', undefined],
  ])('closest verb to %s is %s', (word, expected) => {
    expect(closest(word, verbTargets())).toBe(expected);
  });
});

describe('dates', () => {
  it('validates calendar dates', () => {
    expect(dayOf(2016, 2, 29)).toBe(Date.UTC(2016, 1, 29) / 86_400_000);
    expect(dayOf(2018, 2, 29)).toBeUndefined();
    expect(dayOf(2018, 13, 1)).toBeUndefined();
    expect(dayOf(999, 1, 1)).toBeUndefined();
  });

  it('formats day numbers as yyyy-mm-dd and refuses what it cannot write', () => {
    expect(formatDay(Date.UTC(2018, 2, 10) / 86_400_000)).toBe('2018-03-10');
    expect(formatDay(Date.UTC(10_000, 0, 1) / 86_400_000)).toBeUndefined();
    expect(formatDay(Number.NaN)).toBeUndefined();
  });

  it('takes today as a UTC day, whatever the local time zone', () => {
    expect(todayOf(new Date('2018-04-15T23:59:59.999Z'))).toBe(Date.UTC(2018, 3, 15) / 86_400_000);
    expect(todayOf(new Date('2018-04-15T23:59:59-05:00'))).toBe(Date.UTC(2018, 3, 16) / 86_400_000);
    expect(todayOf(new Date(Number.NaN))).toBeUndefined();
  });

  it('reads "in <month>" as the latest such month up to today', () => {
    const jan = new Date('2019-01-20T00:00:00Z');
    expect(parseCommand('orders for contoso in march', jan)).toMatchObject({
      command: { filters: { since: '2018-03-01', until: '2018-03-31' } },
    });
    expect(parseCommand('orders for contoso in january', jan)).toMatchObject({
      command: { filters: { since: '2019-01-01', until: '2019-01-31' } },
    });
  });

  it('handles month ends and leap years in "last month"', () => {
    expect(parseCommand('orders for contoso last month', new Date('2016-03-31T12:00:00Z'))).toMatchObject({
      command: { filters: { since: '2016-02-01', until: '2016-02-29' } },
    });
    expect(parseCommand('orders for contoso last month', new Date('2018-01-05T00:00:00Z'))).toMatchObject({
      command: { filters: { since: '2017-12-01', until: '2017-12-31' } },
    });
  });

  it('defaults the clock to now', () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(parseCommand('orders for contoso today')).toMatchObject({
      command: { filters: { since: today } },
    });
  });
});

describe('vocabulary', () => {
  it.each([
    ['onetime', 'one_time'],
    ['one-time', 'one_time'],
    ['one_time', 'one_time'],
    ['onetime', 'one_time'],
    ['annually', 'annual'],
    ['yearly', 'annual'],
    ['none', 'none'],
    ['unknown', undefined],
    ['weekly', undefined],
  ])('cycleOfWord(%s) = %s', (word, cycle) => {
    expect(cycleOfWord(word)).toBe(cycle);
  });
});

describe('formatCommand', () => {
  it.each([
    [{ kind: 'help' } as const, 'help'],
    [{ kind: 'help', topic: 'orders' } as const, 'help orders'],
    [{ kind: 'orders', customer: 'contoso', filters: {} } as const, 'orders for contoso'],
    [
      {
        kind: 'orders',
        customer: 'Contoso Monthly Ltd',
        filters: { billingCycle: 'one_time', since: '2018-03-01', until: '2018-03-31', includePrices: true },
        refresh: true,
      } as const,
      'orders for "Contoso Monthly Ltd" onetime since 2018-03-01 until 2018-03-31 with prices refresh',
    ],
    [
      {
        kind: 'orders',
        customer: 'contoso',
        filters: { product: 'dynamics 365 for sales', status: 'pending' },
      } as const,
      'orders for contoso pending with "dynamics 365 for sales"',
    ],
    [{ kind: 'order', customer: 'contoso', orderId: 'abc123XYZ' } as const, 'order abc123XYZ for contoso'],
    [
      { kind: 'subscriptions', customer: 'force', orderId: 'abc123XYZ', refresh: true } as const,
      'subscriptions for order abc123XYZ for "force" refresh',
    ],
  ])('%j → %s', (command, text) => {
    expect(formatCommand(command)).toBe(text);
    expect(parseCommand(text)).toEqual({ ok: true, command });
  });
});

// Speed targets (µs per command, a 10k-character message) are measured in bench/parse-speed.ts, not asserted here.
describe('typical and oversized messages', () => {
  it('reads each typical command', () => {
    const now = new Date('2018-04-15T10:00:00Z');
    const texts = [
      'orders for contoso',
      'order 9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1 for contoso',
      'orders for contoso onetime',
      'subscriptions for order eeba9d00-7b46-443a-917e-22887a8fc993 for contoso',
      'orders for contoso via 4e0a2d1c-5b9f-4b6e-8d3a-1f2e3d4c5b6a with prices including system purchases',
    ];
    for (const t of texts) expect(parseCommand(t, now).ok).toBe(true);
  });

  it('refuses a 10k-character message', () => {
    expect(parseCommand(`orders for ${'contoso '.repeat(1250)}`).ok).toBe(false);
  });
});
