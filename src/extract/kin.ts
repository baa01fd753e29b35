/**
 * Family ties: "X, who is Y's son", "his younger brother, X", "X married the cousin of Y",
 * "the brothers X and Y", and kin named inside a quotation ("my brother Arturo", X said).
 */
import type { DocContext, TokenMention } from './context.js';
import { KIN } from './lexicon/index.js';
import { isPoss, lastMention, personNamedAt, previousSubject, type Emit } from './relation-helpers.js';

/** "X, who is Y's son and also Z's nephew", "his brother Arturo", "married the cousin of Y". */
export function kinship(c: DocContext, s: number, ms: TokenMention[], emit: Emit): void {
  const T = c.T;
  const [f, l] = c.a.sentenceTokens[s]!;
  const kinOf = new Map<string, TokenMention>();
  for (let i = f; i <= l; i++) {
    const w = T[i]!.lower;
    const kin = KIN.get(w);
    if (!kin) continue;
    // "X, who is Y's son": anchor Y before the kin word, person X earlier in the clause.
    if (isPoss(T[i - 1])) {
      const y = ms.find((m) => m.last === i - 2);
      // "X, who is Y's son and also Z's nephew": X heads the clause the kin words describe.
      const head = ms.find((m) => m.type === 'Person' && m.last < (y?.first ?? i) && /^\s*,\s*who (?:is|was)\b/.test(c.a.text.slice(m.end, m.end + 12)));
      const x = head ?? lastMention(ms, (m) => m.last < (y?.first ?? i) && m.type === 'Person');
      const gap = x && y ? c.words(x.last + 1, y.first - 1) : '';
      if (x && y && y.type === 'Person' && /^,?\s*(?:(?:who is|who was|is|was)\s*)?(?:(?:the|one of|one of the|a)\s*)?(?:(?:and also|and|also)\s*)?$/.test(gap.replace(/ ,/g, ','))) {
        emit({ subject: x.entity, predicate: 'family', object: y.entity, qualifier: kin, start: null, end: null }, s, 'relation.kin-apposition');
      } else if (x && y && y.type === 'Person' && /\bwho is\b/.test(c.words(x.last + 1, i))) {
        emit({ subject: x.entity, predicate: 'family', object: y.entity, qualifier: kin, start: null, end: null }, s, 'relation.kin-apposition');
      }
      continue;
    }
    // "his brother Arturo", "His son, Vicente Zambada Niebla": the person named after the kin
    // word, anchored on the clause's person or, at a sentence's start, the last sentence's.
    // "His brother, former congressman X": a title may stand before the name.
    const named = personNamedAt(c, ms, i + 1);
    let det = i - 1;
    while (det > 0 && KIN_MODIFIERS.has(T[det]!.lower)) det--;
    if (named && isPoss(T[det]) && ms.some((m) => m.last === det - 1 && m.type === 'Person')) {
      // "Zambada's own son Vicente", "Bonilla Zelaya's son and namesake, Wilmer".
      const y = ms.find((m) => m.last === det - 1)!;
      if (y.entity !== named.entity) emit({ subject: named.entity, predicate: 'family', object: y.entity, qualifier: kin, start: null, end: null }, s, 'relation.possessive-kin');
      continue;
    }
    if (named && (['his', 'her', 'another'].includes(T[det]?.lower ?? ''))) {
      let anchor = lastMention(ms, (m) => m.last < i - 1 && m.type === 'Person' && m.entity !== named.entity)
        ?? previousSubject(c, s, named.entity);
      // "His son A, and his brother B": a name the sentence gave as someone's kin is not what the next "his" points at.
      if (anchor && kinOf.has(anchor.entity)) anchor = kinOf.get(anchor.entity);
      if (anchor) {
        kinOf.set(named.entity, anchor);
        emit({ subject: named.entity, predicate: 'family', object: anchor.entity, qualifier: kin, start: null, end: null }, s, 'relation.kin-pronoun', 0.5);
        // "His sons Eliu and Waldemar": the kin word covers every name listed with the first.
        let cur = named;
        for (const m of ms) {
          if (m.first <= cur.last || m.type !== 'Person') continue;
          if (!/^\s*(,|and|, and)\s*$/.test(c.a.text.slice(cur.end, m.start))) break;
          emit({ subject: m.entity, predicate: 'family', object: anchor.entity, qualifier: kin, start: null, end: null }, s, 'relation.kin-pronoun', 0.5);
          cur = m;
        }
      }
      continue;
    }
    // "X, a son of the imprisoned kingpin Y", "X, the brother of Y".
    if (T[i + 1]?.lower === 'of' && ['a', 'an', 'the', 'one', 'another', 'younger', 'older', 'elder', 'eldest', 'youngest'].includes(T[i - 1]?.lower ?? '')) {
      const y = ms.find((m) => m.first > i + 1 && m.first <= i + 6 && m.type === 'Person');
      const x = lastMention(ms, (m) => m.last < i - 1 && m.type === 'Person');
      if (x && y && x.entity !== y.entity && c.wordList(x.last + 1, i - 1).length <= 4
        && c.wordList(i + 2, y.first - 1).every((w) => !['and', 'or', 'to', 'with', 'by'].includes(w))) {
        // "married the cousin of Y": one marries into a family.
        const married = /\bmarried\b/.test(c.words(x.last + 1, i - 1));
        emit({ subject: x.entity, predicate: 'family', object: y.entity, qualifier: married ? 'in-law' : kin, start: null, end: null }, s, 'relation.kin-of', 0.6);
        continue;
      }
    }
    // "X married the cousin of Y" / "X married his cousin": an in-law.
    if (T[i - 2]?.lower === 'married' || T[i - 1]?.lower === 'married' || T[i - 3]?.lower === 'married') {
      const x = lastMention(ms, (m) => m.last < i - 1 && m.type === 'Person');
      let y = T[i + 1]?.lower === 'of' ? ms.find((m) => m.first > i && m.first <= i + 4 && m.type === 'Person') : undefined;
      if (!y && x) {
        const other = lastMention(ms, (m) => m.last < x.first && m.type === 'Person');
        const between = c.words(x.last + 1, i);
        if (other && /\bhis\b|\bher\b/.test(between)) y = other;
        else if (/\bclose to\b/.test(c.words(f, i))) y = ms.find((m) => m.type === 'Person' && m.entity !== x.entity);
      }
      if (x && y && x.entity !== y.entity) emit({ subject: x.entity, predicate: 'family', object: y.entity, qualifier: 'in-law', start: null, end: null }, s, 'relation.married-kin', 0.6);
    }
  }
}

/** Words that may stand between "his" and a kin word: "his younger brother", "his own son". */
const KIN_MODIFIERS = new Set(['younger', 'older', 'elder', 'eldest', 'youngest', 'late', 'own', 'twin', 'estranged', 'former', 'only', 'half', 'step', 'first', 'second', 'third']);

/** “I helped my brother Arturo …,” X said: kin in a quotation belong to its speaker. */
export function quotedKin(c: DocContext, s: number, ms: TokenMention[], emit: Emit): void {
  const T = c.T;
  const [f, l] = c.a.sentenceTokens[s]!;
  for (let i = f; i < l; i++) {
    if (T[i]!.lower !== 'my') continue;
    const kin = KIN.get(T[i + 1]?.lower ?? '');
    if (!kin) continue;
    const named = ms.find((m) => (m.first === i + 2 || (T[i + 2]?.text === ',' && m.first === i + 3)) && m.type === 'Person');
    if (!named) continue;
    const rest = c.a.text.slice(T[i]!.end, c.a.sentences[s]!.end);
    const said = /["\u201d],?\s+(?:said\s+)?(\p{Lu}[^,]*?)\s+said\b|["\u201d],?\s+said\s+(\p{Lu}[^,.]*)/u.exec(rest);
    if (!said) continue;
    const at = T[i]!.end + said.index + said[0].indexOf(said[1] ?? said[2]!);
    const speaker = ms.find((m) => m.type === 'Person' && m.start >= at && m.start <= at + 2);
    if (speaker && speaker.entity !== named.entity) emit({ subject: named.entity, predicate: 'family', object: speaker.entity, qualifier: kin, start: null, end: null }, s, 'relation.quoted-kin', 0.5);
  }
}

const SIBLINGS_BEFORE = /\b(brothers|sisters|siblings|cousins)$/;

/** "the brothers X and Y", "the Orellana-Díaz brothers": siblings named together. */
export function namedSiblings(c: DocContext, s: number, ms: TokenMention[], emit: Emit): void {
  const T = c.T;
  for (let k = 0; k + 1 < ms.length; k++) {
    const a = ms[k]!;
    if (a.type !== 'Person') continue;
    // The word right before the name: the pattern, anchored at the end, reads nothing of the one before it.
    const lead = T[a.first - 1]?.lower ?? '';
    if (!SIBLINGS_BEFORE.test(lead)) continue;
    const kin = lead.endsWith('cousins') ? 'cousin' : 'sibling';
    let prev = a;
    for (let j = k + 1; j < ms.length && j <= k + 3; j++) {
      const b = ms[j]!;
      // "Kevin, also known as "Demonio," and Wilber": an alias is the same brother again.
      if (b.entity === prev.entity) continue;
      const gap = c.a.text.slice(prev.end, b.start);
      prev = b;
      if (b.type !== 'Person' || !/^(?:\s*,\s*(?:also )?known as\s*["\u201c][^"\u201d]*["\u201d],?)?\s*(and|,)\s*$/.test(gap)) break;
      emit({ subject: a.entity, predicate: 'family', object: b.entity, qualifier: kin, start: null, end: null }, s, 'relation.named-siblings', 0.6);
    }
  }
}
