import { describe, expect, it } from 'vitest';
import { dateExtent, dateMidpoint, formatDate, formatMoney, formatMoneyShort, formatSpan, plural, predicateLabel, tieFrom, words } from './format.js';

describe('format', () => {
  it('writes dates at their precision', () => {
    expect(formatDate('2017')).toBe('2017');
    expect(formatDate('2017-04')).toBe('Apr 2017');
    expect(formatDate('2017-04-05')).toBe('5 Apr 2017');
    expect(formatDate('2017-04-05', 'month')).toBe('Apr 2017');
    expect(formatDate(null)).toBeNull();
    expect(formatSpan('2008', '2014')).toBe('2008–2014');
    expect(formatSpan('2008', null)).toBe('since 2008');
    expect(formatSpan(null, null)).toBeNull();
  });

  it('writes money as reporters do', () => {
    expect(formatMoney(529_000_000, 'USD')).toBe('$529 million');
    expect(formatMoney(1_400_000_000, 'USD')).toBe('$1.4 billion');
    expect(formatMoney(950_000, 'USD')).toBe('$950,000');
    expect(formatMoney(180_000_000_000, 'MXN')).toBe('MXN 180 billion');
    expect(formatMoneyShort(529_000_000, 'USD')).toBe('$529M');
  });

  it('labels ties from the actor\'s side', () => {
    expect(predicateLabel('leader_of', 'out')).toBe('Leader of');
    expect(predicateLabel('leader_of', 'in')).toBe('Led by');
    expect(predicateLabel('rival', 'mutual')).toBe('Rivals');
    expect(predicateLabel('new_thing', 'out')).toBe('New thing');
    expect(words('forfeiture_ordered')).toBe('Forfeiture ordered');
    expect(tieFrom('supplier_of', true)).toBe('supplier of');
    expect(tieFrom('supplier_of', false)).toBe('supplied by');
    expect(tieFrom('rival', false)).toBe('rival of');
    expect(plural(1, 'document', 'documents')).toBe('1 document');
    expect(plural(1200, 'document', 'documents')).toBe('1,200 documents');
  });

  it('places dates on a time axis by their extent', () => {
    expect(dateExtent('2017-04')).toEqual([Date.UTC(2017, 3, 1), Date.UTC(2017, 4, 1)]);
    expect(dateMidpoint('2017-04-05')).toBe(Date.UTC(2017, 3, 5, 12));
    expect(dateMidpoint('2017')!).toBeGreaterThan(Date.UTC(2017, 5, 1));
    expect(dateMidpoint('soon')).toBeNull();
  });
});
