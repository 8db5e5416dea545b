// A Partner Center date without an offset is UTC, whatever the host's time zone (issue 10). Jest's process.env
// does not reach the engine's time zone, so the host-zone case runs in a child node with TZ set.

import { execFileSync } from 'node:child_process';
import { parsePartnerCenterDate } from '../../src/partnercenter/dates';

/** parsePartnerCenterDate(value) in a node process whose time zone is eight hours behind UTC in March. */
function parsedInLosAngeles(values: string[]): { offset: number; parsed: (number | null)[] } {
  const script = `
    const { parsePartnerCenterDate } = require(${JSON.stringify(require.resolve('../../src/partnercenter/dates'))});
    const values = ${JSON.stringify(values)};
    process.stdout.write(JSON.stringify({
      offset: new Date(2018, 2, 15).getTimezoneOffset(),
      parsed: values.map((v) => parsePartnerCenterDate(v) ?? null),
    }));`;
  const out = execFileSync(process.execPath, ['-e', script], {
    env: { ...process.env, TZ: 'America/Los_Angeles' },
    encoding: 'utf8',
    timeout: 20_000,
  });
  return JSON.parse(out) as { offset: number; parsed: (number | null)[] };
}

describe('parsePartnerCenterDate in a host that is not on UTC', () => {
  it('reads a date without an offset as UTC', () => {
    const cases: [string, number][] = [
      ['2018-03-15T02:17:15', Date.UTC(2018, 2, 15, 2, 17, 15)],
      ['2018-03-15T02:17:15.6455674', Date.UTC(2018, 2, 15, 2, 17, 15, 645)],
      ['2018-03-15T02:17', Date.UTC(2018, 2, 15, 2, 17)],
      ['2018-03-15', Date.UTC(2018, 2, 15)],
      ['2018-03-15 02:17:15', Date.UTC(2018, 2, 15, 2, 17, 15)],
    ];
    const { offset, parsed } = parsedInLosAngeles(cases.map(([v]) => v));
    expect(offset).toBe(420);
    expect(parsed).toEqual(cases.map(([, ms]) => ms));
  });

  it.each([
    ['2018-03-15T02:17:15.6Z', Date.UTC(2018, 2, 15, 2, 17, 15, 600)],
    ['2018-03-15T02:17:15.64556741Z', Date.UTC(2018, 2, 15, 2, 17, 15, 645)],
    ['2018-03-15T07:47:15+05:30', Date.UTC(2018, 2, 15, 2, 17, 15)],
    ['2018-03-15T07:47:15+0530', Date.UTC(2018, 2, 15, 2, 17, 15)],
    ['2018-03-14T18:17:15.000-08:00', Date.UTC(2018, 2, 15, 2, 17, 15)],
    ['2015-11-25T06: 41: 12Z', Date.UTC(2015, 10, 25, 6, 41, 12)],
  ])('reads the fraction and offset of %s', (input, expected) => {
    expect(parsePartnerCenterDate(input)).toBe(expected);
  });

  it.each(['2018-02-30T00:00:00Z', '15/03/2018', 'March 15 2018'])('refuses %s', (input) => {
    expect(parsePartnerCenterDate(input)).toBeUndefined();
  });
});
