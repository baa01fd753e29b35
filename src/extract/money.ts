/**
 * What each sum of money is and whom it is about.
 *
 * Kind: a sentence is cut into clauses (at ";", dashes and parentheses), and a clause holding
 * several sums into one stretch per sum (from the sum before it to the sum after it). The
 * first kind in lexicon/money.json with a word in the sum's stretch wins, so "seeks the
 * forfeiture of $X" is sought, not ordered, and "$1.9 billion to settle … after admitting
 * $881 million was laundered" gives each sum its own kind.
 * Party: by kind — "from/against X" for forfeitures, the payer for settlements, whose
 * proceeds for laundered and estimated sums, "belonging to X" for seizures; a generic
 * subject ("the bank", "the cartel") is the last company or group named.
 */
import type { EntityType, ExtractedAmount, MoneyKind } from './extraction.js';
import type { DocContext, TokenMention } from './context.js';
import type { AmountMention } from './amounts.js';
import { MONEY_KINDS_BY_WORD } from './lexicon/index.js';
import { previousSubject } from './relation-helpers.js';

const ACTOR = new Set<EntityType>(['Person', 'Organization', 'Company', 'PublicBody']);
const escapeWord = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Each kind's words, tried (sticky) where a word starts. */
const KIND_RES: [MoneyKind, RegExp][] = MONEY_KINDS_BY_WORD.map(([kind, words]) => [
  kind, new RegExp(`\\b(?:${words.map(escapeWord).join('|')})\\b`, 'iy'),
]);
const SOUGHT = new RegExp(KIND_RES.find(([k]) => k === 'forfeiture_sought')![1].source, 'i');
/**
 * Where a word of any kind starts (an empty match there). A kind's regex can match only at
 * these places, so it is tried there alone, in order and from the end of its last match, as its
 * own scan of the stretch would: one scan for all kinds instead of one each.
 */
const ANY_KIND_WORD = new RegExp(`\\b(?=(?:${MONEY_KINDS_BY_WORD.flatMap(([, words]) => words.map(escapeWord)).join('|')})\\b)`, 'gi');

/** The kind whose word stands nearest the sum within its stretch; ties go to the earlier kind. */
function kindOf(text: string, st: Stretch, am: AmountMention): MoneyKind | null {
  let best: { kind: MoneyKind; distance: number } | null = null;
  const seen = new Map<MoneyKind, number>();
  const region = text.slice(st.start, st.end);
  const aStart = am.start - st.start, aEnd = am.end - st.start;
  const starts: number[] = [];
  for (const w of region.matchAll(ANY_KIND_WORD)) starts.push(w.index!);
  for (const [kind, re] of KIND_RES) {
    let from = 0;
    for (const at of starts) {
      if (at < from) continue;
      re.lastIndex = at;
      const m = re.exec(region);
      if (!m) continue;
      from = at + m[0].length;
      const e = m.index + m[0].length;
      if (m.index < aEnd && e > aStart) continue; // inside the sum itself
      const distance = m.index >= aEnd ? m.index - aEnd : aStart - e;
      if (distance < (seen.get(kind) ?? Infinity)) seen.set(kind, distance);
      if (!best || distance < best.distance) best = { kind, distance };
    }
  }
  // Words like "proceeds" or "fortune" name what the money is; a verb in the same stretch
  // ("had moved through its accounts", "was seized") says what happened to it.
  if (best?.kind === 'proceeds_estimate') {
    const verbs = [...seen].filter(([k]) => k !== 'proceeds_estimate' && k !== 'other').sort((x, y) => x[1] - y[1]);
    if (verbs[0]) best = { kind: verbs[0][0], distance: verbs[0][1] };
  }
  if (best?.kind === 'forfeiture_ordered') {
    // "seeks the forfeiture of $X": asking for it comes first in the clause.
    if (SOUGHT.test(text.slice(st.start, am.start))) return 'forfeiture_sought';
  }
  return best?.kind ?? null;
}
const GENERIC_SUBJECT: [RegExp, EntityType][] = [
  [/\bthe (bank|lender|company|firm|business|exchange|casino|brokerage|insurer|conglomerate)\b/i, 'Company'],
  [/\bthe (cartel|group|gang|organi[sz]ation|syndicate|clique|network|faction|militia)\b/i, 'Organization'],
];

interface Stretch { start: number; end: number }

const SOUGHT_LATER = /\b(?:asked|ask|asks|asking|seek|seeks|sought|seeking|requested)\b[^.;]{0,60}\bthe\s+(?:full\s+|entire\s+|whole\s+)?(?:amount|sum|assets|money)\b[^.;]{0,25}\bforfeit(?:ed|ure)?\b/i;
const SPEAKER_AFTER = /^\s*,?\s*(?:said|says|told|added|explained|stated|announced)\b/i;
const SPEAKER_BEFORE = /\baccording to\s+(?:the\s+)?$/i;

/** Clause boundaries of a sentence (absolute offsets): ";", dashes, parentheses. */
function clauseOf(text: string, sStart: number, sEnd: number, at: number): Stretch {
  let start = sStart, end = sEnd;
  const re = /;|\s[\u2014\u2013-]{1,2}\s|:\s/g;
  re.lastIndex = sStart;
  const body = text.slice(0, sEnd);
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (m.index < at) start = m.index + m[0].length;
    else { end = m.index; break; }
  }
  return { start, end };
}

/**
 * The part of a stretch in the sum's own subordinate clause: "agreed to pay $X to settle
 * charges | after admitting that | $Y in proceeds … had moved through its accounts".
 */
const SUBORDINATE = /\b(?:that|which|after|before|while|because|whereas|although|when)\b/gi;
function subClause(text: string, st: Stretch, am: AmountMention): Stretch {
  let start = st.start, end = st.end;
  const region = text.slice(st.start, st.end);
  SUBORDINATE.lastIndex = 0;
  for (let m = SUBORDINATE.exec(region); m; m = SUBORDINATE.exec(region)) {
    const at = st.start + m.index;
    if (at < am.start) start = at;
    else if (at >= am.end) { end = at; break; }
  }
  return { start, end };
}

export function findMoney(c: DocContext, defendant: (s: number) => string | null): ExtractedAmount[] {
  const out: ExtractedAmount[] = [];
  const text = c.a.text;
  for (let s = 0; s < c.a.sentences.length; s++) {
    const amounts = c.amountsBySentence[s]!;
    if (!amounts.length) continue;
    const { start: sStart, end: sEnd } = c.a.sentences[s]!;
    const sentence = text.slice(sStart, sEnd);
    for (const [k, am] of amounts.entries()) {
      const clause = clauseOf(text, sStart, sEnd, am.start);
      const prev = amounts[k - 1];
      const next = amounts[k + 1];
      const stretch: Stretch = {
        start: prev && prev.end > clause.start ? prev.end : clause.start,
        end: next && next.start < clause.end ? next.start : clause.end,
      };
      // "$440 million to FinCEN and $348 million to the OCC": a sum joined to the one before it
      // with no words of its own shares that one's kind and party.
      const between = prev ? text.slice(prev.end, am.start) : '';
      const joined = prev && prev.end > clause.start && between.length <= 40 && /(\band|\bor|,)\s*$/.test(between)
        && !/\b(of|fraction|part|share|out)\b/i.test(between) && !kindOf(text, { start: prev.end, end: am.start }, am);
      // "180 billion pesos, about $43 million": the same sum in another currency.
      const converted = prev && /^\s*(?:,|\()\s*(?:or\s+)?(?:about|around|roughly|some|nearly|approximately|almost|more than|over|equivalent to|the equivalent of)?\s*$/i.test(text.slice(prev.end, am.start));
      const shared = joined || converted ? out.filter((o) => o.amount === prev!.value && o.evidence.sentence === s) : [];
      // "If convicted, he faces up to 15 years and a fine of $250,000": a legal ceiling, not a sum in the case.
      if (/\b(?:faces?|facing)\s+(?:up to|a maximum|a possible|a mandatory)\b|\bmaximum (?:penalty|sentence|fine)\b|\bif convicted\b|\bstatutory maximum\b/i.test(text.slice(clause.start, am.start))) continue;
      // A joined sum with its own "from X" has its own party: "$150,000 from Reyes and $300,000 from Leyva".
      const ownParty = /^\s*(?:from|against)\s+/i.test(text.slice(am.end, am.end + 12));
      if (shared.length && (converted || !ownParty)) {
        for (const o of shared) out.push({ ...o, amount: am.value, currency: am.currency });
        continue;
      }
      const sharedKind = shared.at(-1)?.kind ?? null;
      // "assets that prosecutors value at 62 million lempiras": a valuation takes the kind of the main clause.
      const valued = /\b(?:valued?|values)\s+at\s+(?:about|around|some|nearly|more than)?\s*$|\bworth\s+(?:about|around|some|nearly|more than)?\s*$/i.test(text.slice(Math.max(stretch.start, am.start - 30), am.start));
      let found: MoneyKind | null = sharedKind;
      if (!found && valued) found = kindOf(text, { start: stretch.start, end: am.end }, am);
      if (!found) found = kindOf(text, subClause(text, stretch, am), am) ?? kindOf(text, stretch, am);
      const hit = found !== null;
      const kinds: MoneyKind[] = [found ?? 'other'];
      // "asked for a $10 billion order — their estimate of the group's gross receipts", "seeking the
      // forfeiture of $25 million, a sum they describe as the proceeds of the shipments": both readings.
      const describedAsProceeds = /\b(?:as|are|is|were|was|represent(?:s|ing)?)\s+the\s+proceeds\b/i.test(text.slice(am.end, sEnd));
      // "ordered the seizure of R$300 million …, and prosecutors have since asked the court to declare the full amount forfeited".
      if (kinds[0] === 'seized' && SOUGHT_LATER.test(text.slice(am.end, sEnd))) kinds.push('forfeiture_sought');
      if ((kinds[0] === 'forfeiture_sought' && /\bestimate/i.test(sentence)) || ((kinds[0] === 'forfeiture_sought' || kinds[0] === 'forfeiture_ordered') && describedAsProceeds)) kinds.push('proceeds_estimate');
      for (const kind of kinds) {
        // Whoever reports the sum is not whom it is about: "Agents found $46,000, Ruiz told reporters".
        const ms = c.bySentence[s]!.filter((m) => ACTOR.has(m.type) && !c.judges.has(m.entity)
          && !SPEAKER_AFTER.test(text.slice(m.end, m.end + 24)) && !SPEAKER_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)));
        const party0 = partyFor(c, s, kind, am, kind === 'proceeds_estimate' && kinds.length > 1 ? { start: sStart, end: sEnd } : stretch, clause, ms, defendant);
        // A sum read twice keeps its party for the second reading when that reading finds none.
        const party = party0 ?? (kind === 'proceeds_estimate' && kinds.length > 1 ? out.at(-1)?.party ?? null : null);
        const date = c.datesBySentence[s]!.find((d) => !/^(between|from)$/i.test(text.slice(Math.max(0, d.start - 9), d.start).trim().split(/\s+/).pop() ?? ''));
        out.push({
          amount: am.value, currency: am.currency, kind, party, date: date?.iso ?? null, basis: null,
          evidence: c.evidence(s, `money.${kind}`, hit ? 0.7 : 0.4),
        });
      }
    }
  }
  return dedupe(out);
}

function partyFor(c: DocContext, s: number, kind: MoneyKind, am: AmountMention, st: Stretch, clause: Stretch, ms: TokenMention[], defendant: (s: number) => string | null): string | null {
  const text = c.a.text;
  // A possessive names whose thing it is, not who acts: "Mayo's son, Vicente Zambada Niebla, agreed".
  const inStretch = ms.filter((m) => m.start >= st.start && m.end <= st.end);
  const isPossessive = (m: TokenMention) => /^['’]s?\b/.test(text.slice(m.end, m.end + 2));
  const before = inStretch.filter((m) => m.end <= am.start && !isPossessive(m));
  const after = inStretch.filter((m) => m.start >= am.end && !isPossessive(m));
  const preceded = (m: TokenMention, re: RegExp) => re.test(text.slice(Math.max(st.start, m.start - 24), m.start).toLowerCase());
  const notBody = (m: TokenMention) => m.type !== 'PublicBody';
  // "the bank will forfeit …": a generic subject stands for the last company or group named.
  const generic = (whole = false): string | null => {
    const head = text.slice(Math.min(st.start, clause.start), whole ? Math.max(st.end, clause.end) : am.start);
    const base = Math.min(st.start, clause.start);
    for (const [re, type] of GENERIC_SUBJECT) {
      const g = re.exec(head);
      if (!g) continue;
      // "Researchers at the X Institute estimate that the faction's exports …": the noun's own
      // antecedent (a group the story is about), not whichever group the sentence named last.
      const ante = c.antecedent(base + g.index, g[1]!.toLowerCase());
      if (ante && ante.type === type) return ante.entity;
      for (let k = s; k >= 0; k--) {
        const m = [...c.bySentence[k]!].reverse().find((x) => x.type === type && (k < s || x.end <= am.start));
        if (m) return m.entity;
      }
    }
    return null;
  };
  // "fined him $8 million": a pronoun object or subject is the person the text is about: one the
  // sentence named before it ("a jury convicted X …, and fined him"), the subject of the sentences
  // before when the sentence opens on "He", else the story's defendant.
  const pronoun = (whole = false): string | null => {
    const head = text.slice(Math.min(st.start, clause.start), whole ? st.end : am.start);
    const pro = /\b(he|she|him|her|his)\b/i.exec(head);
    if (!pro) return null;
    const at = Math.min(st.start, clause.start) + pro.index;
    const named = c.bySentence[s]!.filter((m) => m.type === 'Person' && m.end <= at && !c.judges.has(m.entity)
      && !/\b(?:said|told|according to)\b/i.test(text.slice(m.end, at))).at(-1);
    if (named) return named.entity;
    // "The State Department offered $X for information leading to his arrest": with no person
    // named before it, the pronoun carries on the subject of the sentences before.
    if (/^\W*(?:he|she)\b/i.test(text.slice(c.a.sentences[s]!.start, c.a.sentences[s]!.end))
      || !c.bySentence[s]!.some((m) => m.type === 'Person' && m.end <= at)) {
      const prev = previousSubject(c, s, '');
      if (prev) return prev.entity;
    }
    return defendant(s) ?? previousSubject(c, s, '')?.entity ?? null;
  };
  // The clause's subject may stand before an earlier sum: "X will forfeit $A and pay penalties of $B".
  const clauseSubject = () => ms.find((m) => m.start >= clause.start && m.end <= am.start && notBody(m) && !isPossessive(m))?.entity;
  // A company whose clause goes on to a second sum: people are found through pronouns and the story's defendant instead.
  const companySubject = () => ms.find((m) => m.start >= clause.start && m.end <= am.start && m.type === 'Company' && !isPossessive(m))?.entity;
  const subject = () => before.filter(notBody)[0]?.entity ?? generic() ?? pronoun() ?? clauseSubject();
  switch (kind) {
    case 'forfeiture_ordered':
    case 'forfeiture_sought': {
      const from = after.find((m) => notBody(m) && preceded(m, /\b(against|from)\s+(the\s+)?$/));
      // A person inside a phrase ("a leader once allied with X") is not the one who forfeits.
      const free = before.filter((m) => (m.type === 'Person' || m.type === 'Company') && !/\b(with|by|of|to|against|alongside|from)\s+(the\s+)?$/i.test(text.slice(Math.max(0, m.start - 12), m.start)));
      // "Banco X admitted … and agreed to forfeit $Y", "X will pay $A in fines and forfeit $B": the clause's subject.
      return from?.entity ?? free[0]?.entity ?? generic() ?? pronoun() ?? (kind === 'forfeiture_ordered' ? companySubject() : undefined) ?? defendant(s);
    }
    case 'proceeds_estimate': {
      // "the faction's exports generate $X", "worth $X to the gang": a generic name nearer than any named group.
      const lastOrg = before.filter((m) => m.type === 'Organization').at(-1);
      const tail = text.slice(lastOrg ? lastOrg.end : st.start, st.end);
      if (GENERIC_SUBJECT.some(([re, t]) => t === 'Organization' && re.test(tail))) {
        const g = generic(true);
        if (g) return g;
      }
      const whose = inStretch.filter((m) => m.type === 'Organization')
        .sort((x, y) => Math.abs(x.start - am.start) - Math.abs(y.start - am.start))[0];
      return whose?.entity ?? generic(true) ?? before.filter((m) => m.type === 'Person')[0]?.entity ?? null;
    }
    case 'laundered': {
      const of = after.find((m) => notBody(m) && preceded(m, /\b(proceeds|profits|money|funds|cash) (of|from|for)\s+(the\s+)?$/));
      // "the conspirators laundered $18.7 million": an unnamed subject is the story's defendant.
      // The launderer is whoever moved the money; "proceeds of/for X" names a client only when no one is said to.
      return before.filter((m) => notBody(m) && m.type !== 'Organization')[0]?.entity ?? of?.entity ?? subject() ?? after.find(notBody)?.entity ?? defendant(s);
    }
    case 'funding_withheld':
      return before.find((m) => m.type === 'PublicBody')?.entity ?? null;
    case 'seized': {
      // "from Liu's home": a possessive owner counts here.
      const owner = inStretch.filter((m) => m.start >= am.end).find((m) => notBody(m) && preceded(m, /\b(from|belonging to|registered to|tied to|linked to|owned by|of)\s+(the\s+)?$/));
      if (owner) return owner.entity;
      // "assets belonging to the network": a generic owner is the group named last.
      const genericOwner = /\b(?:from|belonging to|tied to|linked to|owned by|of)\s+the\s+(network|cartel|gang|group|organi[sz]ation|clique|faction|clan|family|company|firm|bank)\b/i.exec(text.slice(am.end, st.end));
      if (genericOwner) {
        const g = c.antecedent(am.start, genericOwner[1]!.toLowerCase());
        if (g) return g.entity;
      }
      // "Agents seized $450,000 in cash from the house": taken from the person the story is about.
      return subject() ?? after.find(notBody)?.entity ?? defendant(s);
    }
    case 'other': {
      // Rewards and fines are about the person they target: "for information leading to the
      // arrest of X", "a price on his head", "imposed an $8 million fine" (on the defendant).
      // "… while Lagos-Meléndez provided escorts and was paid $30,000": the one paid is the person just named.
      if (/\b(?:was|were|been|being|is|are|got|get|gets)\s+paid\s+(?:about|around|some|nearly|roughly|up to|more than|as much as)?\s*$/i.test(text.slice(Math.max(st.start, am.start - 30), am.start))) {
        const paid = c.bySentence[s]!.filter((m) => m.type === 'Person' && m.end <= am.start && !c.judges.has(m.entity)).at(-1);
        if (paid) return paid.entity;
      }
      // "Ruiz paid Bonilla $2 million", "paid $50,000 in bribes to Bonilla": a payment is about the one paid.
      const paidObject = before.filter((m) => m.type === 'Person' && /\b(?:paid|pays|pay|gave|give|gives|bribed|handed)\s+$/i.test(text.slice(Math.max(st.start, m.start - 8), m.start))).at(-1);
      if (paidObject) return paidObject.entity;
      if (/\b(?:paid|pays|pay|paying|gave|give|gives|handed|delivered|funneled|funnelled)\b/i.test(text.slice(Math.max(st.start, am.start - 40), am.start))) {
        const to = after.find((m) => m.type === 'Person' && preceded(m, /\bto\s+(?:the\s+)?$/));
        if (to) return to.entity;
      }
      // "he paid the mayor $40,000 a month": a bribe goes to the person the story gave that role.
      const paidRole = /\bpaid\s+the\s+([a-z]+(?:\s+[a-z]+)?)\s+(?:about|around|some|nearly|roughly|more than|as much as|up to)?\s*$/i.exec(text.slice(Math.max(st.start, am.start - 50), am.start));
      if (paidRole) {
        const holder = roleHolder(c, am.start, paidRole[1]!.toLowerCase());
        if (holder) return holder;
      }
      const target = after.find((m) => notBody(m) && preceded(m, /\b(of|on|against|for)\s+(the\s+)?$/));
      const aimed = /\b(reward|price|bounty|fine|fined|information leading to)\b/i.test(text.slice(clause.start, clause.end));
      // "Banco X was fined $25 million": a company or group fined is the party as much as a person.
      if (aimed) return target?.entity ?? pronoun(true) ?? before.filter((m) => m.type === 'Person' && notBody(m))[0]?.entity ?? before.find(notBody)?.entity ?? defendant(s);
      return subject() ?? target?.entity ?? null;
    }
    case 'settlement':
    default:
      return subject() ?? after.find(notBody)?.entity ?? null;
  }
}

/**
 * The person a role noun stands for: the last one named before `offset` with that noun right
 * before the name ("former mayor X") or in an apposition after it ("X, the town's mayor,").
 */
function roleHolder(c: DocContext, offset: number, noun: string): string | null {
  const text = c.a.text;
  const head = noun.split(' ').pop()!;
  let found: string | null = null;
  for (let k = 0; k <= c.sentenceOf(offset); k++) {
    for (const m of c.bySentence[k]!) {
      if (m.type !== 'Person' || m.end > offset) continue;
      const lead = text.slice(Math.max(0, m.start - 30), m.start).toLowerCase();
      const trail = text.slice(m.end, m.end + 60).toLowerCase();
      const leadWords = lead.split(/[^\p{L}]+/u).slice(-4);
      const trailRole = /^\s*,\s*(?:\d{1,3}\s*,\s*)?(?:the|a|an)\s+([^,.;]{0,40})/.exec(trail)?.[1]?.split(/\s+/) ?? [];
      if (leadWords.includes(head) || trailRole.includes(head)) found = m.entity;
    }
  }
  return found;
}

function dedupe(xs: ExtractedAmount[]): ExtractedAmount[] {
  const seen = new Set<string>();
  // A headline restates a sum the body gives with its party: "Court Orders $12.5 Million Forfeiture".
  const withParty = new Set(xs.filter((x) => x.party).map((x) => `${x.amount}|${x.currency}|${x.kind}`));
  return xs.filter((x) => {
    if (!x.party && withParty.has(`${x.amount}|${x.currency}|${x.kind}`)) return false;
    const k = `${x.amount}|${x.currency}|${x.kind}|${x.party}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
