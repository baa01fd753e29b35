import { describe, expect, it } from 'vitest';
import { findDate, isoFromParts, toIsoDate } from './dates.js';

describe('isoFromParts', () => {
  it('accepts real days only', () => {
    expect(isoFromParts(2024, 2, 29)).toBe('2024-02-29');
    expect(isoFromParts(2021, 2, 29)).toBeNull();
    expect(isoFromParts(2021, 4, 31)).toBeNull();
    expect(isoFromParts(2021, 13, 1)).toBeNull();
    expect(isoFromParts(1066, 10, 14)).toBeNull();
  });
});

describe('toIsoDate', () => {
  it.each([
    ['2017-04-06', '2017-04-06'],
    ['2017-04-06T02:30:00-04:00', '2017-04-06'],
    ['2017/4/6', '2017-04-06'],
    ['April 6, 2017', '2017-04-06'],
    ['Thu, 06 Apr 2017 02:30:00 GMT', '2017-04-06'],
    ['14 DEC 2021', '2021-12-14'],
    ['Sept. 5th, 2019', '2019-09-05'],
    ['3 de marzo de 2021', '2021-03-03'],
    ['D:20210303120000Z', '2021-03-03'],
    ['20210303', '2021-03-03'],
  ])('%s → %s', (input, expected) => {
    expect(toIsoDate(input)).toBe(expected);
  });

  it('rejects partial and impossible dates and non-strings', () => {
    expect(toIsoDate('2017')).toBeNull();
    expect(toIsoDate('April 2017')).toBeNull();
    expect(toIsoDate('2021-02-30')).toBeNull();
    expect(toIsoDate('yesterday')).toBeNull();
    expect(toIsoDate(42)).toBeNull();
    expect(toIsoDate(null)).toBeNull();
  });

  it('takes Date objects by their UTC day', () => {
    expect(toIsoDate(new Date(Date.UTC(2020, 4, 3)))).toBe('2020-05-03');
  });
});

describe('findDate', () => {
  it('finds the earliest date and where it is', () => {
    const text = 'Posted on March 3, 2021; updated 2021-03-05.';
    expect(findDate(text)).toEqual({ iso: '2021-03-03', index: 10, length: 13 });
  });

  it('does not read "September" as "Sep"', () => {
    expect(findDate('on September 14, 2010')?.iso).toBe('2010-09-14');
  });
});
