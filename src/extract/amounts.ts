/** Sums of money written as numbers: "$529 million", "US$1.4 billion", "40 million pesos", "R$300 million". */
import { CURRENCIES, MULTIPLIERS } from './lexicon/index.js';

export interface AmountMention {
  start: number;
  end: number;
  text: string;
  value: number;
  currency: string;
}

const SYMBOL = String.raw`(US\$|U\.S\.\s?\$|USD\s?|MX\$|R\$|CA\$|C\$|CLP\$|COP\$|RD\$|AR\$|HK\$|A\$|S\/\s?|\$|€|£|¥|EUR\s?|MXN\s?|BRL\s?|COP\s?|CLP\s?|ARS\s?|CAD\s?|PEN\s?|DOP\s?|GTQ\s?|HNL\s?|HTG\s?|CNY\s?)`;
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?`;
const MULT = String.raw`(?:[\s-]*(thousand|million|billion|trillion|mn|bn|mln|m|b|k)\b)?`;
const WORD_CURRENCY = String.raw`(dollars|dollar|pesos|peso|euros|euro|reais|reals|pounds|lempiras|lempira|quetzales|quetzals|quetzal|soles|bolívares|bolivares|gourdes|gourde|córdobas|cordobas|colones|balboas|bolivianos|guaraníes|guaranis|yuan|renminbi|yen|rupees|rubles|roubles|francs)`;

const SYMBOL_FIRST = new RegExp(`${SYMBOL}\\s?${NUMBER}${MULT}`, 'iy');
// "1.8 billion Chilean pesos", "40 million lempiras", "$3 million Canadian dollars" is read by SYMBOL_FIRST.
// Sticky: tried only where a run of digits starts (the lookbehind allows no digit before the number).
const WORD_AFTER = new RegExp(`(?<![$\\d.,])${NUMBER}${MULT}\\s+(?:(U\\.S\\.|US|[A-Z][a-z]+(?: Kong)?)\\s+)?${WORD_CURRENCY}\\b`, 'y');

/** The longest symbol with the spaces around it ("U.S. $ "): a sum's first digit stands at most this far after its start. */
const SYMBOL_REACH = 7;

/**
 * The matches of SYMBOL_FIRST (sticky) that a global scan of the text would find, in order,
 * trying it only where a sum can start: up to SYMBOL_REACH characters before a run of digits
 * (a sum's number opens a run, as no symbol ends on a digit). Scanning every character of the
 * text with its thirty symbols cost most of this step, and articles have few numbers. Positions
 * are tried in increasing order from the end of the last match, as the global scan does.
 */
function symbolFirst(text: string, runs: number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const run of runs) {
    for (let p = Math.max(from, run - SYMBOL_REACH); p < run; p++) {
      SYMBOL_FIRST.lastIndex = p;
      const m = SYMBOL_FIRST.exec(text);
      if (m) { out.push(m); from = p + m[0].length; p = from - 1; }
    }
  }
  return out;
}

/** The matches of WORD_AFTER a global scan would find: it can start only where a run of digits does. */
function wordAfter(text: string, runs: number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const run of runs) {
    if (run < from) continue;
    WORD_AFTER.lastIndex = run;
    const m = WORD_AFTER.exec(text);
    if (m) { out.push(m); from = run + m[0].length; }
  }
  return out;
}

/** Where each run of digits starts, in order. */
function digitRuns(text: string): number[] {
  const out: number[] = [];
  for (const run of text.matchAll(/\d+/g)) out.push(run.index!);
  return out;
}

function toValue(int: string, frac: string | undefined, mult: string | undefined): number {
  const base = Number(int.replace(/,/g, '') + (frac ? `.${frac}` : ''));
  const m = mult ? MULTIPLIERS.get(mult.toLowerCase()) ?? 1 : 1;
  return base * m;
}

export function findAmounts(text: string): AmountMention[] {
  const out: AmountMention[] = [];
  const runs = digitRuns(text);
  for (const m of symbolFirst(text, runs)) {
    const sym = m[1]!.replace(/\s/g, '').toUpperCase().replace('U.S.$', 'US$');
    const currency = CURRENCIES.get(sym) ?? CURRENCIES.get(m[1]!.trim()) ?? 'USD';
    // "$.50-caliber" and similar are not money; a lone "m"/"b" must follow digits directly.
    if (m[4] && m[4].length === 1 && /\s/.test(m[0].slice(-2, -1))) continue;
    const text0 = m[0].trimEnd();
    out.push({ start: m.index!, end: m.index! + text0.length, text: text0, value: toValue(m[2]!, m[3], m[4]), currency });
  }
  for (const m of wordAfter(text, runs)) {
    if (out.some((o) => m.index! >= o.start && m.index! < o.end)) continue;
    const word = m[5]!.toLowerCase();
    const nation = m[4] ? m[4].toLowerCase() : '';
    // "Chilean pesos" are not Mexican pesos: the adjective picks the currency when the list knows the pair.
    const currency = CURRENCIES.get(`${nation} ${word}`) ?? (nation === 'u.s.' || nation === 'us' || nation === 'american' ? 'USD' : CURRENCIES.get(word)) ?? 'USD';
    out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], value: toValue(m[1]!, m[2], m[3]), currency });
  }
  return out.filter((a) => a.value > 0).sort((a, b) => a.start - b.start);
}
