import fc from 'fast-check';
import type { Command, CommandKind, OrderFilters, ParseResult } from '../../../src/commands/command';
import { formatCommand, parseCommand } from '../../../src/commands/parse';
import { closest } from '../../../src/text/edit-distance';
import { reservedWords } from '../../../src/commands/parse';
import { FILTER_TARGETS } from '../../../src/commands/parse/vocabulary';
import { BILLING_CYCLES } from '../../../src/partnercenter/billing-cycle';
import { COMMANDS } from '../../../src/commands/registry';
import { CHANGE_VERBS, PRICE_WORDS } from '../../../src/commands/change-request/words';

const NOW = new Date('2018-04-15T10:00:00Z');
// Every registered command: a new one is covered without editing this file.
const KINDS: readonly CommandKind[] = COMMANDS.map((command) => command.kind);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isIsoDay(value: string): boolean {
  return ISO_DAY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

function expectWellFormedFilters(filters: OrderFilters): void {
  if (filters.billingCycle !== undefined) expect(BILLING_CYCLES).toContain(filters.billingCycle);
  for (const day of [filters.since, filters.until]) if (day !== undefined) expect(isIsoDay(day)).toBe(true);
  if (filters.since !== undefined && filters.until !== undefined) {
    expect(filters.since <= filters.until).toBe(true);
  }
  for (const text of [filters.status, filters.product, filters.reseller]) {
    if (text !== undefined) expect(text.trim()).not.toBe('');
  }
  if (filters.product !== undefined) expect(filters.product).toBe(filters.product.toLowerCase());
}

function expectWellFormed(result: ParseResult, now: Date = NOW): void {
  if (!result.ok) {
    expect(typeof result.problem.hint).toBe('string');
    expect(result.problem.hint.trim()).not.toBe('');
    if (result.problem.topic !== undefined) expect(KINDS).toContain(result.problem.topic);
    if (result.problem.suggestion !== undefined) {
      // Every "Did you mean …?" is itself a command.
      expect(parseCommand(result.problem.suggestion, now).ok).toBe(true);
    }
    return;
  }
  const command = result.command;
  expect(KINDS).toContain(command.kind);
  if (command.kind === 'help') {
    if (command.topic !== undefined) expect(KINDS).toContain(command.topic);
    return;
  }
  if (command.kind === 'watches' || command.kind === 'unwatch' || command.kind === 'refresh') return;
  // Across customers: no customer; a period of real days, or an offer.
  if (command.kind === 'pending') return;
  if (command.kind === 'recent') {
    expectWellFormedFilters({ since: command.since, until: command.until, status: command.status });
    return;
  }
  if (command.kind === 'renewals' || command.kind === 'windows') {
    if (command.customer !== undefined) {
      expect(command.customer).toBe(command.customer.trim());
      expect(command.customer).not.toBe('');
    }
    if (command.kind === 'renewals') {
      for (const day of [command.since, command.until])
        if (day !== undefined) expect(isIsoDay(day)).toBe(true);
      if (command.since !== undefined) expect(command.since <= command.until!).toBe(true);
    }
    return;
  }
  if (command.kind === 'who') {
    expect(command.offer).toBe(command.offer.trim());
    expect(command.offer).not.toBe('');
    return;
  }
  if (command.kind === 'change-request') {
    if (command.customer !== undefined) expect(command.customer).toBe(command.customer.trim());
    for (const id of [command.orderId, command.subscriptionId])
      if (id !== undefined) expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    return;
  }
  if (command.kind === 'digest') {
    // Customers named after "for": each one trimmed, none empty.
    for (const name of 'customers' in command ? (command.customers ?? []) : [])
      expect(name.trim()).toBe(name);
    return;
  }
  if (command.kind === 'watch') {
    expect(command.customer).not.toBe('');
    // An id alone (its customer from the index): long enough to name one.
    if (command.customer === undefined) expect(command.orderId?.length).toBeGreaterThanOrEqual(6);
    return;
  }
  expect(command.customer).not.toBe('');
  if (command.customer === undefined) {
    expect(command.kind).not.toBe('orders');
    if (command.kind !== 'orders') expect(command.orderId.length).toBeGreaterThanOrEqual(6);
  } else expect(command.customer).toBe(command.customer.trim());
  if (command.refresh !== undefined) expect(command.refresh).toBe(true);
  if (command.kind === 'orders') {
    expectWellFormedFilters(command.filters);
    if (command.offset !== undefined)
      expect(Number.isInteger(command.offset) && command.offset >= 0).toBe(true);
  } else {
    expect(command.orderId).toMatch(/^[A-Za-z0-9_-]+$/);
  }
}

// ---- Generators -------------------------------------------------------------------------------------

/** A name word that no rule reads as anything else: not reserved, not a near-miss of a filter keyword. */
const nameWord = fc
  .oneof(
    { weight: 8, arbitrary: fc.stringMatching(/^[A-Z]?[a-z]{2,9}(?:'[a-z]{2,4})?\d?$/) },
    {
      weight: 1,
      arbitrary: fc.constantFrom("O'Brien", '{x}\\y', 'AT&T', '3M', 'Zürich', '🚀', 'contoso.com'),
    },
  )
  .filter((w) => {
    const key = w.toLowerCase();
    return (
      !reservedWords().has(key) &&
      // A change word or a price word starting a message asks for a change ("cancel orders").
      !(CHANGE_VERBS as readonly string[]).includes(key) &&
      !PRICE_WORDS.has(key) &&
      closest(key, FILTER_TARGETS) === undefined &&
      closest(key, ['subscriptions', 'subscription']) === undefined &&
      !/s'?$|'s$/.test(key)
    );
  });

const customerName = fc.array(nameWord, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));

const CYCLES: readonly [string, OrderFilters['billingCycle']][] = [
  ['onetime', 'one_time'],
  ['one-time', 'one_time'],
  ['one time', 'one_time'],
  ['one_time', 'one_time'],
  ['OneTime', 'one_time'],
  ['monthly', 'monthly'],
  ['annual', 'annual'],
  ['yearly', 'annual'],
  ['annually', 'annual'],
  ['triennial', 'triennial'],
  ['none', 'none'],
];

/** A piece of a command: `keyword` pieces may change case freely, the others are names. */
interface Piece {
  text: string;
  keyword: boolean;
}
interface Clause {
  pieces: Piece[];
  filters: OrderFilters;
  refresh?: boolean;
}
const kw = (text: string): Piece => ({ text, keyword: true });
const name = (text: string): Piece => ({ text, keyword: false });

const cycleClause = fc.constantFrom(...CYCLES).map(([text, billingCycle]): Clause => ({
  pieces: [kw(text)],
  filters: { billingCycle },
}));
const statusClause = fc
  .constantFrom<[string, string]>(
    ['pending', 'pending'],
    ['completed', 'completed'],
    ['cancelled', 'cancelled'],
    ['canceled', 'cancelled'],
  )
  .map(([text, status]): Clause => ({ pieces: [kw(text)], filters: { status } }));
const dateClause = fc
  .constantFrom<[string, OrderFilters]>(
    ['since 2018-03-10', { since: '2018-03-10' }],
    ['before 2018-04-01', { until: '2018-03-31' }],
    ['in March 2018', { since: '2018-03-01', until: '2018-03-31' }],
    ['in 2018-03', { since: '2018-03-01', until: '2018-03-31' }],
    ['in 2017', { since: '2017-01-01', until: '2017-12-31' }],
    ['last 7 days', { since: '2018-04-09', until: '2018-04-15' }],
    ['this month', { since: '2018-04-01', until: '2018-04-15' }],
    ['last month', { since: '2018-03-01', until: '2018-03-31' }],
    ['yesterday', { since: '2018-04-14', until: '2018-04-14' }],
    ['today', { since: '2018-04-15', until: '2018-04-15' }],
  )
  .map(([text, filters]): Clause => ({ pieces: [kw(text)], filters }));
const productClause = fc
  .constantFrom('azure', 'Microsoft 365', 'Office 365 E3', 'Dynamics')
  .map((p): Clause => ({ pieces: [kw('with'), name(p)], filters: { product: p.toLowerCase() } }));
const pricesClause = fc
  .constantFrom('with prices', 'with pricing', 'with price', 'including prices')
  .map((text): Clause => ({ pieces: [kw(text)], filters: { includePrices: true } }));
const systemClause = fc
  .constantFrom('including system purchases', 'with system purchases', 'include system purchases')
  .map((text): Clause => ({ pieces: [kw(text)], filters: { includeSystemPurchases: true } }));
const resellerClause = fc
  .tuple(
    fc.constantFrom('via', 'through', 'by reseller'),
    fc.oneof(fc.uuid(), fc.constantFrom('Woodgrove', 'Woodgrove Reseller Ltd', 'Tailspin Toys')),
  )
  .map(([lead, reseller]): Clause => ({ pieces: [kw(lead), name(reseller)], filters: { reseller } }));
const refreshClause = fc
  .constantFrom('refresh', 'fresh', 'no cache')
  .map((text): Clause => ({ pieces: [kw(text)], filters: {}, refresh: true }));

const clauses = fc
  .record(
    {
      cycle: cycleClause,
      status: statusClause,
      date: dateClause,
      product: productClause,
      prices: pricesClause,
      system: systemClause,
      reseller: resellerClause,
      refresh: refreshClause,
    },
    { requiredKeys: [] },
  )
  .chain((picked) => fc.shuffledSubarray(Object.values(picked), { minLength: 0 }));

/** A valid orders command in one of three layouts, with the command it must parse to. */
const ordersText = fc
  .tuple(customerName, clauses, fc.constantFrom('A', 'B', 'C'), fc.nat())
  .map(([customer, picked, layout, cut]) => {
    const split = picked.length === 0 ? 0 : cut % (picked.length + 1);
    const pre = layout === 'A' ? picked.slice(0, split) : [];
    const post = layout === 'A' ? picked.slice(split) : picked;
    const head =
      layout === 'B'
        ? [name(customer), kw('orders')]
        : [...pre.flatMap((c) => c.pieces), kw('orders'), kw(layout === 'C' ? 'of' : 'for'), name(customer)];
    const pieces = [...head, ...post.flatMap((c) => c.pieces)];
    const filters = Object.assign({}, ...picked.map((c) => c.filters)) as OrderFilters;
    const expected: Command = { kind: 'orders', customer, filters };
    if (picked.some((c) => c.refresh)) expected.refresh = true;
    return { pieces, expected };
  });

const render = (pieces: readonly Piece[], keywordCase: (s: string) => string = (s) => s): string =>
  pieces.map((p) => (p.keyword ? keywordCase(p.text) : p.text)).join(' ');

const randomCase = fc
  .array(fc.boolean(), { minLength: 1, maxLength: 64 })
  .map(
    (flips) => (s: string) =>
      Array.from(s, (ch, i) => (flips[i % flips.length] ? ch.toUpperCase() : ch)).join(''),
  );

const VOCABULARY = [
  ...reservedWords(),
  'one time',
  'last 7 days',
  'last 0 days',
  'in March 2018',
  'since 2018-03-10',
  'before 2018-02-30',
  '03/10/2018',
  'with prices',
  'system purchases',
  'by reseller',
  '&nbsp;',
  '&#0;',
  '&#xD800;',
  '<at>bot</at>',
  '<at>',
  '"',
  '“',
  "'s",
  '?',
  '!',
  ',',
  '#',
  'contoso',
  "contoso's",
  'Fabrikam Inc',
  'ordrs',
  'subscritions',
  'montly',
  'hlep',
  '9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1',
  'contoso.onmicrosoft.com',
];

const tokenSoup = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...VOCABULARY) },
      { weight: 1, arbitrary: fc.uuid() },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
      { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{6,34}$/) },
    ),
    { maxLength: 24 },
  )
  .chain((words) => fc.constantFrom(' ', '  ', '\u00a0', '\n').map((sep) => words.join(sep)));

// ---- Properties -------------------------------------------------------------------------------------

describe('parseCommand: properties', () => {
  it.each([
    ['ascii', fc.string({ maxLength: 200 })],
    ['grapheme', fc.string({ unit: 'grapheme', maxLength: 200 })],
    ['binary (lone surrogates, control characters)', fc.string({ unit: 'binary', maxLength: 200 })],
    ['binary, long', fc.string({ unit: 'binary', minLength: 400, maxLength: 1200 })],
    ['token soup', tokenSoup],
  ])('never throws and is well-formed for any %s string', (_label, strings) => {
    fc.assert(
      fc.property(strings, (text) => {
        expectWellFormed(parseCommand(text, NOW));
      }),
      { numRuns: 400 },
    );
  });

  it('is well-formed for any clock', () => {
    fc.assert(
      fc.property(tokenSoup, fc.date(), (text, now) => {
        expectWellFormed(parseCommand(text, now), now);
      }),
      { numRuns: 300 },
    );
  });

  it('reads generated orders commands as intended, in any layout', () => {
    fc.assert(
      fc.property(ordersText, ({ pieces, expected }) => {
        expect(parseCommand(render(pieces), NOW)).toEqual({ ok: true, command: expected });
      }),
      { numRuns: 500 },
    );
  });

  it('is case-insensitive in verbs and keywords', () => {
    fc.assert(
      fc.property(ordersText, randomCase, ({ pieces }, keywordCase) => {
        const plain = parseCommand(render(pieces), NOW);
        expect(
          parseCommand(
            render(pieces, (s) => s.toUpperCase()),
            NOW,
          ),
        ).toEqual(plain);
        expect(parseCommand(render(pieces, keywordCase), NOW)).toEqual(plain);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips the name and billing cycle of "orders for <name> <cycle>"', () => {
    fc.assert(
      fc.property(customerName, fc.constantFrom(...CYCLES), (customer, [spelling, billingCycle]) => {
        expect(parseCommand(`orders for ${customer} ${spelling}`, NOW)).toEqual({
          ok: true,
          command: { kind: 'orders', customer, filters: { billingCycle } },
        });
      }),
    );
  });

  it('ignores extra spaces, trailing punctuation and non-breaking spaces', () => {
    fc.assert(
      fc.property(
        ordersText,
        fc.constantFrom('  ', '\u00a0', '&nbsp;', ' \r\n '),
        fc.constantFrom('', '?', '!', '.', ' ?!'),
        ({ pieces, expected }, gap, end) => {
          const text = `  ${pieces.map((p) => p.text).join(gap)}${end}`;
          expect(parseCommand(text, NOW)).toEqual({ ok: true, command: expected });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads "last N days" relative to the injected clock, in UTC days', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2100-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 1, max: 400 }),
        (now, days) => {
          const until = now.toISOString().slice(0, 10);
          const since = new Date(Date.parse(until) - (days - 1) * 86_400_000).toISOString().slice(0, 10);
          expect(parseCommand(`orders for contoso last ${days} days`, now)).toEqual({
            ok: true,
            command: { kind: 'orders', customer: 'contoso', filters: { since, until } },
          });
        },
      ),
    );
  });

  it('is pure: same input, same output, clock untouched', () => {
    fc.assert(
      fc.property(tokenSoup, (text) => {
        const now = new Date(NOW.getTime());
        const first = parseCommand(text, now);
        expect(parseCommand(text, now)).toEqual(first);
        expect(now.getTime()).toBe(NOW.getTime());
      }),
      { numRuns: 200 },
    );
  });

  it('formats any command so that it parses back to the same command', () => {
    const anyWord = fc.oneof(nameWord, fc.constantFrom(...reservedWords()));
    const anyName = fc.array(anyWord, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
    const day = fc.integer({
      min: Date.UTC(2000, 0, 1) / 86_400_000,
      max: Date.UTC(2030, 0, 1) / 86_400_000,
    });
    const iso = (n: number): string => new Date(n * 86_400_000).toISOString().slice(0, 10);
    const filters = fc
      .record(
        {
          billingCycle: fc.constantFrom<OrderFilters['billingCycle']>(
            'one_time',
            'monthly',
            'annual',
            'triennial',
            'none',
          ),
          status: fc.oneof(
            fc.constantFrom('pending', 'completed', 'cancelled'),
            fc.stringMatching(/^[a-z][a-z_]{2,15}$/).filter((s) => !reservedWords().has(s)),
          ),
          dates: fc.tuple(fc.option(day), fc.option(day)),
          product: anyName.map((p) => p.toLowerCase()),
          reseller: fc.oneof(fc.uuid(), anyName),
          includePrices: fc.constant(true),
          includeSystemPurchases: fc.constant(true),
        },
        { requiredKeys: [] },
      )
      .map(({ dates, ...rest }): OrderFilters => {
        const out: OrderFilters = { ...rest };
        const [a, b] = dates ?? [null, null];
        const [since, until] = a !== null && b !== null && a > b ? [b, a] : [a, b];
        if (since !== null) out.since = iso(since);
        if (until !== null) out.until = iso(until);
        return out;
      });
    const orderId = fc.oneof(fc.uuid(), fc.stringMatching(/^[A-Za-z0-9_-]{8,34}\d$/));
    const command: fc.Arbitrary<Command> = fc.oneof(
      fc.constantFrom<Command>(
        { kind: 'help' },
        // A hidden command is no help topic: it has no help entries and no verb to name it by.
        ...COMMANDS.filter((c) => !c.hidden).map((c): Command => ({ kind: 'help', topic: c.kind })),
      ),
      fc
        .tuple(anyName, filters, fc.option(fc.nat({ max: 999_999 })), fc.boolean())
        .map(([customer, f, offset, refresh]): Command => {
          const c: Command = { kind: 'orders', customer, filters: f };
          if (offset !== null) c.offset = offset;
          if (refresh) c.refresh = true;
          return c;
        }),
      fc
        .tuple(fc.constantFrom('order' as const, 'subscriptions' as const), orderId, anyName, fc.boolean())
        .map(([kind, id, customer, refresh]): Command => ({
          kind,
          orderId: id,
          customer,
          ...(refresh ? { refresh } : {}),
        })),
    );
    fc.assert(
      fc.property(command, (c) => {
        expect(parseCommand(formatCommand(c), NOW)).toEqual({ ok: true, command: c });
      }),
      { numRuns: 500 },
    );
  });
});
