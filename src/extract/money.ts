/**
 * What each sum of money is and whom it is about. The kind comes from the words nearest the
 * sum in its sentence (forfeit, asked for, estimate, settle, laundered, seized, withheld);
 * the party from the sentence's structure: "against X", "from X", the clause's subject, or
 * the group whose proceeds are estimated.
 */
import type { ExtractedAmount, MoneyKind } from './extraction.js';
import type { DocContext, TokenMention } from './context.js';
import type { AmountMention } from './amounts.js';
import { MONEY_KINDS_BY_WORD } from './lexicon/index.js';

const ACTOR = new Set(['Person', 'Organization', 'Company', 'PublicBody']);
const WINDOW = 90; // characters either side of a sum in which its kind words count

interface KindHit { kind: MoneyKind; distance: number; at: number }

function kindHits(sentence: string, amountStart: number, amountEnd: number): KindHit[] {
  const hits: KindHit[] = [];
  const lower = sentence.toLowerCase();
  for (const [kind, words] of MONEY_KINDS_BY_WORD) {
    let best: KindHit | null = null;
    for (const w of words) {
      const re = new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
      for (const m of lower.matchAll(re)) {
        const at = m.index!;
        const distance = at >= amountEnd ? at - amountEnd : at + m[0].length <= amountStart ? amountStart - (at + m[0].length) : 0;
        if (distance > WINDOW) continue;
        if (!best || distance < best.distance) best = { kind, distance, at };
      }
    }
    if (best) hits.push(best);
  }
  return hits.sort((a, b) => a.distance - b.distance);
}

export function findMoney(c: DocContext, defendant: (s: number) => string | null): ExtractedAmount[] {
  const out: ExtractedAmount[] = [];
  for (let s = 0; s < c.a.sentences.length; s++) {
    const amounts = c.amountsBySentence[s]!;
    if (!amounts.length) continue;
    const sStart = c.a.sentences[s]!.start;
    const sentence = c.sentenceText(s);
    const ms = c.bySentence[s]!.filter((m) => ACTOR.has(m.type) && !c.judges.has(m.entity));
    for (const am of amounts) {
      const hits = kindHits(sentence, am.start - sStart, am.end - sStart);
      const kinds: MoneyKind[] = hits.length ? [hits[0]!.kind] : ['other'];
      // "asked for a $10 billion order — their estimate of the group's gross receipts": both readings.
      const est = hits.find((h) => h.kind === 'proceeds_estimate');
      if (est && kinds[0] === 'forfeiture_sought' && /\bestimate/.test(sentence.toLowerCase())) kinds.push('proceeds_estimate');
      for (const kind of kinds) {
        const party = partyFor(c, s, kind, am, ms, defendant);
        const date = c.datesBySentence[s]!.find((d) => !/^(between|from)$/i.test(c.a.text.slice(Math.max(0, d.start - 9), d.start).trim().split(/\s+/).pop() ?? ''));
        out.push({
          amount: am.value, currency: am.currency, kind, party, date: date?.iso ?? null, basis: null,
          evidence: { ...c.evidence(s, `money.${kind}`, hits.length ? 0.7 : 0.4) },
        });
      }
    }
  }
  return dedupe(out);
}

function partyFor(c: DocContext, s: number, kind: MoneyKind, am: AmountMention, ms: TokenMention[], defendant: (s: number) => string | null): string | null {
  const before = ms.filter((m) => m.end <= am.start);
  const after = ms.filter((m) => m.start >= am.end);
  const text = c.a.text;
  const prepBefore = (m: TokenMention, words: RegExp) => words.test(text.slice(Math.max(0, m.start - 12), m.start).toLowerCase());
  switch (kind) {
    case 'forfeiture_ordered':
    case 'forfeiture_sought': {
      const against = after.find((m) => prepBefore(m, /\b(against|from|of)\s+(the\s+)?$/) && m.type !== 'PublicBody');
      if (against) return against.entity;
      const person = before.filter((m) => m.type === 'Person')[0];
      if (person) return person.entity;
      return defendant(s);
    }
    case 'proceeds_estimate': {
      const org = [...before, ...after].filter((m) => m.type === 'Organization')
        .sort((x, y) => Math.abs(x.start - am.start) - Math.abs(y.start - am.start))[0];
      return org?.entity ?? before.filter((m) => m.type === 'Person')[0]?.entity ?? null;
    }
    case 'funding_withheld':
      return before.find((m) => m.type === 'PublicBody')?.entity ?? null;
    case 'seized': {
      const from = after.find((m) => prepBefore(m, /\bfrom\s+(the\s+)?$/));
      return from?.entity ?? before.find((m) => m.type !== 'PublicBody')?.entity ?? null;
    }
    case 'settlement':
    case 'laundered':
    case 'other':
    default:
      return before.find((m) => m.type !== 'PublicBody')?.entity ?? before[0]?.entity ?? after[0]?.entity ?? null;
  }
}

function dedupe(xs: ExtractedAmount[]): ExtractedAmount[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = `${x.amount}|${x.currency}|${x.kind}|${x.party}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
