import { describe, expect, it } from 'vitest';
import { findDates } from './dates.js';

const iso = (text: string, published: string) => findDates(text, published).map((d) => `${d.iso}/${d.precision}`);

describe('findDates', () => {
  it('resolves a month without a year to the latest one before publication', () => {
    expect(iso('The attack happened last June.', '2019-03-10')).toEqual(['2018-06/month']);
    expect(iso('He was arrested in January.', '2019-03-10')).toEqual(['2019-01/month']);
  });

  it('resolves a weekday to the one on or before publication with day precision', () => {
    expect(iso('He was sentenced Wednesday.', '2021-09-17')).toEqual(['2021-09-15/day']);
  });

  it('keeps the precision the text gives', () => {
    expect(iso('She was extradited in November 2014 and pleaded guilty on Feb. 23, 2016.', '2017-04-05'))
      .toEqual(['2014-11/month', '2016-02-23/day']);
  });

  it('reads bare years after a preposition but not decades', () => {
    expect(iso('He was indicted in 2012; violence peaked in the 2010s.', '2017-04-05')).toEqual(['2012/year']);
  });

  it('reads a year standing before what happened', () => {
    expect(iso('Police blame the group for the 2020 killing of a transporter; it grew 12 percent in 2019.', '2023-01-01')).toEqual(['2020/year', '2019/year']);
  });
});
