// Date phrases that look ahead (renewals), in the four languages, read against an injected today: Thursday
// 15 January 2026.
import { aheadAt, type AheadMatch } from '../../../src/commands/parse/date-ahead';
import { formatDay, todayOf } from '../../../src/commands/parse/date-phrases';
import { tokenize } from '../../../src/commands/parse/tokenize';
import { normalizeText } from '../../../src/text/normalize';

const TODAY = todayOf(new Date('2026-01-15T12:00:00Z'))!;

/** What the phrase at the start of `text` asks, as days; and how many tokens it took. */
function ahead(text: string, today: number | 'no clock' = TODAY) {
  const tokens = tokenize(normalizeText(text).text);
  const found: AheadMatch | undefined = aheadAt(tokens, [], 0, today === 'no clock' ? undefined : today);
  if (found === undefined) return undefined;
  if ('error' in found) return { error: found.error.code, took: found.next };
  const { period } = found;
  const days =
    'within' in period
      ? { within: period.within }
      : {
          ...(period.since === undefined ? {} : { since: formatDay(period.since) }),
          until: formatDay(period.until),
        };
  return { ...days, took: found.next };
}

describe('look-ahead date phrases', () => {
  it.each([
    // A number of days from today (today included): "in 30 days" is today to 14 February.
    ['in 30 days', { within: 30, took: 3 }],
    ['within 30 days', { within: 30, took: 3 }],
    ['next 30 days', { within: 30, took: 3 }],
    ['the next 30 days', { within: 30, took: 4 }],
    ['in the next 2 weeks', { within: 14, took: 5 }],
    ['over the coming 7 days', { within: 7, took: 5 }],
    ['next 3 months', { within: 90, took: 3 }],
    ['in 1 day', { within: 1, took: 3 }],
    // The rest of this one, or the whole next one.
    ['today', { until: '2026-01-15', took: 1 }],
    ['tomorrow', { since: '2026-01-16', until: '2026-01-16', took: 1 }],
    ['this week', { until: '2026-01-18', took: 2 }],
    ['next week', { since: '2026-01-19', until: '2026-01-25', took: 2 }],
    ['this month', { until: '2026-01-31', took: 2 }],
    ['next month', { since: '2026-02-01', until: '2026-02-28', took: 2 }],
    ['in the next month', { since: '2026-02-01', until: '2026-02-28', took: 4 }],
    ['this quarter', { until: '2026-03-31', took: 2 }],
    ['next quarter', { since: '2026-04-01', until: '2026-06-30', took: 2 }],
    ['this year', { until: '2026-12-31', took: 2 }],
    ['next year', { since: '2027-01-01', until: '2027-12-31', took: 2 }],
    // Bounded by dates; a month or day name without a year is the next one.
    ['before 2027-01-15', { until: '2027-01-14', took: 2 }],
    ['until 2027-01-15', { until: '2027-01-15', took: 2 }],
    ['by friday', { until: '2026-01-16', took: 2 }],
    ['until March', { until: '2026-03-31', took: 2 }],
    ['before June', { until: '2026-05-31', took: 2 }],
    ['in March', { since: '2026-03-01', until: '2026-03-31', took: 2 }],
    ['in 2027-02', { since: '2027-02-01', until: '2027-02-28', took: 2 }],
    ['from 2026-02-01 until 2026-02-28', { since: '2026-02-01', until: '2026-02-28', took: 4 }],
    ['between 2026-03-01 and 2026-03-15', { since: '2026-03-01', until: '2026-03-15', took: 4 }],
    ['from 2026-03-01', { since: '2026-03-01', until: '2026-03-31', took: 2 }],
    ['2026-02-03', { since: '2026-02-03', until: '2026-02-03', took: 1 }],
  ])('%s', (text, expected) => {
    expect(ahead(text)).toEqual(expected);
  });

  it.each([
    // Brazilian Portuguese.
    ['em 30 dias', { within: 30, took: 3 }],
    ['nos próximos 30 dias', { within: 30, took: 4 }],
    ['nos proximos 30 dias', { within: 30, took: 4 }],
    ['dentro de 30 dias', { within: 30, took: 4 }],
    ['este mês', { until: '2026-01-31', took: 2 }],
    ['neste mês', { until: '2026-01-31', took: 2 }],
    ['próximo mês', { since: '2026-02-01', until: '2026-02-28', took: 2 }],
    ['mês que vem', { since: '2026-02-01', until: '2026-02-28', took: 3 }],
    ['no próximo trimestre', { since: '2026-04-01', until: '2026-06-30', took: 3 }],
    ['antes de 2027-01-15', { until: '2027-01-14', took: 3 }],
    ['até 2027-01-15', { until: '2027-01-15', took: 2 }],
    ['antes de 15 de janeiro de 2027', { until: '2027-01-14', took: 7 }],
    ['hoje', { until: '2026-01-15', took: 1 }],
    // Italian.
    ['entro 30 giorni', { within: 30, took: 3 }],
    ['tra 30 giorni', { within: 30, took: 3 }],
    ['nei prossimi 30 giorni', { within: 30, took: 4 }],
    ['questo mese', { until: '2026-01-31', took: 2 }],
    ['il mese prossimo', { since: '2026-02-01', until: '2026-02-28', took: 3 }],
    ['prossimo trimestre', { since: '2026-04-01', until: '2026-06-30', took: 2 }],
    ['prima del 2027-01-15', { until: '2027-01-14', took: 3 }],
    ['fino al 2027-01-15', { until: '2027-01-15', took: 3 }],
    ['entro il 2027-01-15', { until: '2027-01-15', took: 3 }],
    ['domani', { since: '2026-01-16', until: '2026-01-16', took: 1 }],
    // Chinese, with or without spaces.
    ['30天内', { within: 30, took: 1 }],
    ['30 天内', { within: 30, took: 2 }],
    ['未来30天', { within: 30, took: 1 }],
    ['本月', { until: '2026-01-31', took: 1 }],
    ['下个月', { since: '2026-02-01', until: '2026-02-28', took: 1 }],
    ['下季度', { since: '2026-04-01', until: '2026-06-30', took: 1 }],
    ['2027-01-15之前', { until: '2027-01-14', took: 1 }],
    ['2027-01-15 之前', { until: '2027-01-14', took: 2 }],
    ['在2027-01-15之前', { until: '2027-01-14', took: 1 }],
    ['到2027-01-15', { until: '2027-01-15', took: 1 }],
  ])('%s', (text, expected) => {
    expect(ahead(text)).toEqual(expected);
  });

  it('reads the next quarter and month across the year end', () => {
    const december = todayOf(new Date('2026-12-20T00:00:00Z'))!;
    expect(ahead('next quarter', december)).toEqual({ since: '2027-01-01', until: '2027-03-31', took: 2 });
    expect(ahead('next month', december)).toEqual({ since: '2027-01-01', until: '2027-01-31', took: 2 });
    expect(ahead('in March', december)).toEqual({ since: '2027-03-01', until: '2027-03-31', took: 2 });
  });

  it.each([
    ['contoso'],
    ['for contoso'],
    ['30 days'],
    ['by customer'],
    ['in Italy'],
    ['de hoje'],
    ['next'],
    ['this'],
    ['"next month"'],
  ])('leaves %j alone', (text) => {
    expect(ahead(text)).toBeUndefined();
  });

  it.each([
    ['in 0 days', 'dayCountRange'],
    ['in 2000 days', 'dayCountRange'],
    ['before 2027-02-30', 'notADate'],
    ['until 03/10/2027', 'notADate'],
    ['between 2026-03-01', 'betweenExample'],
  ])('says what is wrong with %s', (text, code) => {
    expect(ahead(text)).toMatchObject({ error: code });
  });

  it('says it cannot tell today only when a phrase is there', () => {
    expect(ahead('next month', 'no clock')).toMatchObject({ error: 'noToday' });
    expect(ahead('contoso', 'no clock')).toBeUndefined();
  });
});
