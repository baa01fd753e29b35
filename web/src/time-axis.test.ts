import { describe, expect, it } from 'vitest';
import { fit, lanes, scale, ticks, zoom } from './time-axis.js';

const Y = (y: number, m = 0, d = 1) => Date.UTC(y, m, d);

describe('time axis', () => {
  it('scales, and zooms around a point that stays put', () => {
    const d = { start: Y(2000), end: Y(2020) };
    const x = scale(d, 1000);
    expect(x(Y(2000))).toBe(0);
    expect(x(Y(2020))).toBe(1000);
    const z = zoom(d, 2, Y(2010));
    expect(z.end - z.start).toBeCloseTo((d.end - d.start) / 2);
    expect(scale(z, 1000)(Y(2010))).toBeCloseTo(x(Y(2010)));
  });

  it('ticks years, months or days as the span asks', () => {
    expect(ticks({ start: Y(2000), end: Y(2020, 0, 2) }).map((t) => t.label)).toEqual(['2000', '2002', '2004', '2006', '2008', '2010', '2012', '2014', '2016', '2018', '2020']);
    expect(ticks({ start: Y(2017, 0, 15), end: Y(2017, 11, 15) }).map((t) => t.label)).toEqual(['Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
    expect(ticks({ start: Y(2017, 3, 1), end: Y(2017, 3, 10) })[0]!.label).toBe('Apr 1');
    const f = fit(Y(2008), Y(2017));
    expect(f.start).toBeLessThan(Y(2008));
  });

  it('puts close marks on separate lanes', () => {
    expect(lanes([0, 5, 30, 31, 32], 12, 3)).toEqual([0, 1, 0, 1, 2]);
  });
});
