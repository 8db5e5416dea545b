import { parsePartnerCenterDate } from '../../src/partnercenter/dates';

describe('parsePartnerCenterDate', () => {
  it.each([
    ['2018-03-15T02:17:15.6455674Z', Date.UTC(2018, 2, 15, 2, 17, 15, 645)],
    ['2018-03-06T17:37:05.253-08:00', Date.UTC(2018, 2, 7, 1, 37, 5, 253)],
    ['2015-11-25T06: 41: 12Z', Date.UTC(2015, 10, 25, 6, 41, 12)],
  ])('reads %s', (input, expected) => {
    expect(parsePartnerCenterDate(input)).toBe(expected);
  });

  it.each([undefined, null, '', 'not a date'])('returns undefined for %p', (input) => {
    expect(parsePartnerCenterDate(input)).toBeUndefined();
  });
});
