import { describe, expect, it } from 'vitest';
import {
  BadRequest, currencyParam, dateParam, entityTypeParam, idParam, intParam, periodParams, predicatesParam,
} from './params.js';

describe('query parameters', () => {
  it('reads good values and defaults', () => {
    expect(intParam('depth', undefined, 1, 3, 1)).toBe(1);
    expect(intParam('depth', ' 2 ', 1, 3, 1)).toBe(2);
    expect(predicatesParam('rival, ally,rival')).toEqual(['rival', 'ally']);
    expect(predicatesParam('')).toBeUndefined();
    expect(entityTypeParam('Person')).toBe('Person');
    expect(dateParam('from', '2017-04')).toBe('2017-04');
    expect(periodParams('2017', '2017')).toEqual({ from: '2017', to: '2017' });
    expect(currencyParam('usd')).toBe('USD');
    expect(idParam('party', 'ent_x')).toBe('ent_x');
  });

  it('refuses bad values with a message that says what would do', () => {
    const cases: [() => unknown, RegExp][] = [
      [() => intParam('depth', '4', 1, 3, 1), /depth must be a whole number from 1 to 3/u],
      [() => intParam('depth', '1.5', 1, 3, 1), /whole number/u],
      [() => intParam('depth', '-1', 1, 3, 1), /whole number/u],
      [() => predicatesParam('rival,boss'), /unknown value "boss"; use any of leader_of/u],
      [() => entityTypeParam('Person,Company'), /takes one value/u],
      [() => dateParam('from', '2017-13'), /YYYY, YYYY-MM or YYYY-MM-DD/u],
      [() => dateParam('from', "2017' OR 1=1"), /YYYY/u],
      [() => periodParams('2018', '2017-06'), /from \(2018\) is after to \(2017-06\)/u],
      [() => currencyParam('dollars'), /three-letter/u],
      [() => idParam('party', 'x'.repeat(600)), /no id/u],
      [() => idParam('from', undefined, true), /Give from/u],
      [() => predicatesParam(Array(60).fill('ally').join(',')), /more than 50/u],
    ];
    for (const [f, message] of cases) {
      expect(f).toThrow(BadRequest);
      expect(f).toThrow(message);
    }
  });
});
