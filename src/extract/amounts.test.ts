import { describe, expect, it } from 'vitest';
import { findAmounts } from './amounts.js';

const vals = (t: string) => findAmounts(t).map((a) => [a.value, a.currency]);

describe('findAmounts', () => {
  it('reads symbols, multipliers and currencies', () => {
    expect(vals('a $529 million order, US$1.4 billion in assets, R$300 million and €2.5 million')).toEqual([
      [529e6, 'USD'], [1.4e9, 'USD'], [300e6, 'BRL'], [2.5e6, 'EUR'],
    ]);
  });

  it('reads currency words after the number', () => {
    expect(vals('nearly 40 million pesos and 12,500 dollars')).toEqual([[40e6, 'MXN'], [12500, 'USD']]);
  });

  it('does not read calibres or counts as money', () => {
    expect(vals('armed with .50-caliber rifles and 28 tons of cocaine')).toEqual([]);
  });

  it('reads the currencies of the Americas, with a nationality choosing among pesos', () => {
    expect(vals('1.8 billion Chilean pesos, 2.5 million quetzales, RD$4 million, 300,000 gourdes and C$5.2 million')).toEqual([
      [1.8e9, 'CLP'], [2.5e6, 'GTQ'], [4e6, 'DOP'], [300000, 'HTG'], [5.2e6, 'CAD'],
    ]);
  });
});
