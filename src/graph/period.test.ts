import { describe, expect, it } from 'vitest';
import { isPartialDate, overlaps } from './period.js';

describe('isPartialDate', () => {
  it('accepts years, months and real days', () => {
    for (const d of ['2017', '2017-04', '2017-04-05', '2024-02-29']) expect(isPartialDate(d), d).toBe(true);
  });
  it('refuses anything else', () => {
    for (const d of ['17', '2017-4', '2017-13', '2017-04-31', '2023-02-29', '2017-04-05T00:00', ' 2017', '', 'abcd']) {
      expect(isPartialDate(d), d).toBe(false);
    }
  });
});

describe('overlaps', () => {
  it('treats a date as its whole extent', () => {
    expect(overlaps('2017', '2017', { from: '2017-06-01', to: '2017-06-30' })).toBe(true);
    expect(overlaps('2017-04', '2017-04', { from: '2017-05' })).toBe(false);
    expect(overlaps('2017-04', '2017-04', { to: '2017-03-31' })).toBe(false);
    expect(overlaps('2017-04', '2017-04', { to: '2017-04-01' })).toBe(true);
  });
  it('keeps an open-ended span open', () => {
    expect(overlaps('2010', null, { from: '2020' })).toBe(true);
    expect(overlaps('2010', null, { to: '2009' })).toBe(false);
    expect(overlaps(null, '2010', { from: '2011' })).toBe(false);
    expect(overlaps(null, null, { from: '2011' })).toBe(true);
    expect(overlaps('2010', '2012', {})).toBe(true);
  });
});
