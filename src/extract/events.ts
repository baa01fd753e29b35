/**
 * Events from trigger words and argument positions:
 *  - passive or intransitive forms take the actor before them ("X was extradited", "X pleaded guilty",
 *    "X, who was killed");
 *  - active forms take the actor after them ("a judge sentenced X");
 *  - nouns take "of X", "against X", "on X" or a possessive ("X's capture", "the escape of X").
 * Dates come from the trigger's clause, places from "in <Location>", judges from titles.
 */
import type { EventType, ExtractedEvent } from './extraction.js';
import { pointedDate } from './event-dates.js';
import eventAgents from './lexicon/event-agents.json' with { type: 'json' };
import { DocContext, GENERIC_NOUN_TYPES, type TokenMention } from './context.js';
import type { Token } from './tokens.js';
import { EVENT_TRIGGERS, ROLE_PREDICATES } from './lexicon/index.js';
import type { DateMention } from './dates.js';

interface Trigger {
  type: EventType;
  form: 'passive' | 'active' | 'nouns';
  first: number;
  last: number;
}

const AUX = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'got', 'get', 'gets', 'who', 'had', 'has', 'have', 'later', 'reportedly', 'allegedly', 'also', 'then', 'eventually', 'recently', 'subsequently', 'finally', 'not', 'never', 'previously', 'once', 'twice', 'already', 'formally', 'officially']);
const ACTORS = new Set(['Person', 'Organization', 'Company']);
const PRONOUNS = new Set(['he', 'she', 'him', 'her', 'they', 'them']);

/** Multi-word triggers first so "pleaded guilty" wins over "pleaded". */
const TRIGGERS: { type: EventType; form: Trigger['form']; phrase: string }[] = [];
for (const [type, t] of Object.entries(EVENT_TRIGGERS) as [EventType, { passive: string[]; active: string[]; nouns: string[] }][]) {
  for (const form of ['passive', 'active', 'nouns'] as const) for (const phrase of t[form]) TRIGGERS.push({ type, form, phrase });
}
TRIGGERS.sort((x, y) => y.phrase.split(' ').length - x.phrase.split(' ').length);
/** Single words that state an event, for keeping one event's arguments out of the next. */
const EVENT_WORDS = new Set(TRIGGERS.filter((t) => !t.phrase.includes(' ')).map((t) => t.phrase));

/** Verbs that take "a sentence" as the event ("was handed a 20-year sentence"). */
const SENTENCE_VERBS = new Set(['handed', 'given', 'received', 'receives', 'got', 'gets']);
/** Verbs whose trigger is read from the words around them: "handed X to", "found X guilty", "handed a sentence". */
const WRAPPING_VERBS = new Set([...SENTENCE_VERBS, 'found']);

/** Triggers by their first word (each with its words split once), so each token is checked only against phrases that can start there. */
const BY_FIRST_WORD = new Map<string, { tr: (typeof TRIGGERS)[number]; words: string[] }[]>();
for (const tr of TRIGGERS) {
  const words = tr.phrase.split(' ');
  const list = BY_FIRST_WORD.get(words[0]!) ?? [];
  list.push({ tr, words });
  BY_FIRST_WORD.set(words[0]!, list);
}
const NO_CANDIDATES: { tr: (typeof TRIGGERS)[number]; words: string[] }[] = [];

/** Do the words start at token i? The index of the last one, or -1. */
function wordsAt(T: Token[], i: number, words: string[]): number {
  for (let k = 1; k < words.length; k++) if (T[i + k]?.lower !== words[k]) return -1;
  return i + words.length - 1;
}

/**
 * The triggers of the sentence spanning tokens [f, l], in token order. Written as plain loops in
 * a function of its own: it runs at every token, and closures over the token index cost an
 * allocation per token.
 */
function triggersIn(c: DocContext, f: number, l: number, mentions: TokenMention[]): Trigger[] {
  const T = c.T;
  const triggers: Trigger[] = [];
  for (let i = f; i <= l; i++) {
    const lower = T[i]!.lower;
    const candidates = BY_FIRST_WORD.get(lower) ?? NO_CANDIDATES;
    for (const { tr, words } of candidates) {
      // The first word is the key just looked up.
      const end = wordsAt(T, i, words);
      if (end < 0 || end > l) continue;
      // The same word may be passive or active; keep both readings and let the arguments decide.
      if (readAlready(triggers, tr, i) || insideLonger(triggers, i, end)) continue;
      triggers.push({ type: tr.type, form: tr.form, first: i, last: end });
    }
    // After the word's own triggers; a wrapping verb may have none ("was given a 20-year sentence").
    if (WRAPPING_VERBS.has(lower)) wrappingTrigger(c, i, l, mentions, triggers);
  }
  return triggers;
}

/** A trigger of the same type and form already read at token i. */
function readAlready(triggers: Trigger[], tr: { type: EventType; form: Trigger['form'] }, i: number): boolean {
  for (const x of triggers) if (x.first === i && x.type === tr.type && x.form === tr.form) return true;
  return false;
}

/** Tokens [i, end] sit inside a longer trigger already read ("pleaded guilty" over "pleaded"). */
function insideLonger(triggers: Trigger[], i: number, end: number): boolean {
  for (const x of triggers) if (x.first <= i && x.last >= end && x.last - x.first > end - i) return true;
  return false;
}

/** Triggers read from a verb and what wraps around it: "handed X to", "handed a sentence", "found X guilty". */
function wrappingTrigger(c: DocContext, i: number, l: number, mentions: TokenMention[], triggers: Trigger[]): void {
  const T = c.T;
  const lower = T[i]!.lower;
  // "Mexican authorities handed X (over) to U.S. marshals": a handover across a border; "handed X a sentence" is not one.
  if (lower === 'handed') {
    const obj = mentions.find((m) => m.first === i + 1 && m.type === 'Person');
    const after = obj ? c.words(obj.last + 1, obj.last + 2) : '';
    if (obj && /^(?:to|over to)\b/.test(after)) triggers.push({ type: 'extradition', form: 'active', first: i, last: i });
  }
  // "X was handed a 20-year sentence", "X received a life sentence": the sentence is the event.
  if (SENTENCE_VERBS.has(lower) && (T[i + 1]?.lower === 'a' || T[i + 1]?.lower === 'an')) {
    for (let k = i + 2; k <= Math.min(i + 6, l); k++) {
      if (/^(?:sentence|prison term|term)$/.test(T[k]!.lower)) { triggers.push({ type: 'sentencing', form: 'passive', first: i, last: i }); break; }
      if (T[k]!.kind === 'punctuation' && T[k]!.text !== '-') break;
    }
  }
  // "A jury found X guilty": the verdict wraps around its object.
  if (lower === 'found') {
    const obj = mentions.find((m) => m.first === i + 1);
    if (obj && T[obj.last + 1]?.lower === 'guilty') triggers.push({ type: 'conviction', form: 'active', first: i, last: i });
  }
}

export function findEvents(c: DocContext): ExtractedEvent[] {
  const out: ExtractedEvent[] = [];
  const T = c.T;
  let lastSubject: string | null = null;
  for (let s = 0; s < c.a.sentences.length; s++) {
    const [f, l] = c.a.sentenceTokens[s]!;
    const mentions = c.bySentence[s]!;
    const triggers = triggersIn(c, f, l, mentions);
    const seen = new Set<string>();
    for (const tr of triggers) {
      let first: Subject | null = subjectOf(c, tr, mentions, lastSubject);
      // "Agents seized $370,000 in cash at the house": what is seized in an arrest story is taken
      // from the person arrested just before.
      // "ledgers seized from the cartel", "… from one of the gang's stash houses": taken from the group the noun stands for.
      if (!first && tr.type === 'seizure') {
        const from = /^[^.;]{0,40}?\bfrom\s+(?:(?:one|some|several|two|three) of\s+)?(?:the|its|their)\s+([a-z]+)(?:['\u2019]s?)?\b/i
          .exec(c.a.text.slice(T[tr.last]!.end, c.a.sentences[s]!.end));
        const owner = from && GENERIC_NOUN_TYPES.get(from[1]!.toLowerCase()) === 'Organization' ? c.antecedent(T[tr.last]!.end + from.index, from[1]!.toLowerCase()) : undefined;
        if (owner && owner.type === 'Organization') first = { id: owner.entity, confidence: 0.5 };
      }
      // "The trial, which opened on Sept. 16, …", "His trial began in March": the trial of the person the story is about.
      if (!first && tr.type === 'trial' && tr.form === 'nouns' && ['the', 'his', 'her'].includes(T[tr.first - 1]?.lower ?? '')
        && (tr.first - 1 === f || T[tr.first - 2]?.text === ',')
        && /^\s*(?:,\s*which\s+)?(?:opened|began|started|got under\s?way|resumed)\b/i.test(c.a.text.slice(T[tr.last]!.end, T[tr.last]!.end + 30))) {
        const who: string | null = lastSubject ?? mainDefendant(c, out);
        if (who) first = { id: who, confidence: 0.45 };
      }
      // "the bank will forfeit $412 million", "the company pleaded guilty": a generic subject stands for the firm or group named before.
      if (!first && tr.form !== 'nouns') {
        const before = c.a.text.slice(Math.max(c.a.sentences[s]!.start, T[tr.first]!.start - 70), T[tr.first]!.start);
        const g = /\bthe\s+([a-z]+)\s+(?:(?:has|had|will|would|also|later|then|agreed|admitted|to|itself|was|were|is|must)\s+){0,4}$/i.exec(before);
        const noun = g?.[1]!.toLowerCase();
        const kind = noun ? GENERIC_NOUN_TYPES.get(noun) : undefined;
        const owner = kind === 'Company' || kind === 'Organization' ? c.antecedent(T[tr.first]!.start - before.length + g!.index, noun!) : undefined;
        if (owner && CAN_UNDERGO[tr.type].has(owner.type) && owner.type !== 'Person') first = { id: owner.entity, confidence: 0.5 };
      }
      if (!first && tr.type === 'seizure' && tr.form !== 'nouns') {
        // The first one arrested: a bodyguard arrested with a kingpin does not own his cash.
        const arrested = out.filter((e) => (e.type === 'arrest' || e.type === 'extradition') && s - e.evidence.sentence <= 2 && c.type(e.subject) === 'Person')[0];
        if (arrested) first = { id: arrested.subject, confidence: 0.45 };
      }
      // "Both men were indicted in 2021": the people the sentences before named together.
      const pair: string[] = !first && tr.form === 'passive' ? namedTogether(c, s, tr, out) : [];
      if (pair.length) {
        first = { id: pair[0]!, confidence: 0.5 };
        for (const id of pair.slice(1)) {
          const date = dateFor(c, s, tr, triggers);
          out.push({ type: tr.type, subject: id, others: {}, date: date?.iso ?? null, precision: date?.precision ?? null, place: placeFor(c, mentions, tr), detail: detailFor(c, tr, l),
            evidence: c.evidence(s, `event.both:${c.words(tr.first, tr.last)}`, 0.5) });
        }
      }
      // "Honduras extradited a former mayor … and a retired police commissioner": people described
      // here and named in the next sentences ("X, 61, who served as mayor", "Y, a retired commissioner").
      const described: string[] = tr.form === 'nouns' || (first && first.confidence > 0.45) ? [] : describedPeople(c, s, tr, triggers);
      if (described.length) {
        first = { id: described[0]!, confidence: 0.5 };
        for (const id of described.slice(1)) {
          const date = dateFor(c, s, tr, triggers);
          out.push({ type: tr.type, subject: id, others: {}, date: date?.iso ?? null, precision: date?.precision ?? null, place: placeFor(c, mentions, tr), detail: detailFor(c, tr, l),
            evidence: c.evidence(s, `event.described:${c.words(tr.first, tr.last)}`, 0.5) });
        }
      }
      if (!first) continue;
      const key = `${tr.type}|${tr.first}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // "X and Y were arrested", "extradited X, Y and Z": one event for each.
      // Pushed, not spread from a mapped list: the spread's iterator met arrays of two shapes (empty and
      // filled), and each change threw findEvents' optimised code away.
      const subjects: Subject[] = [first];
      const others = coordinated(c, mentions, first, CAN_UNDERGO[tr.type]);
      for (let k = 0; k < others.length; k++) subjects.push({ id: others[k]!.entity, confidence: first.confidence, at: others[k] });
      // "was arrested on Thursday along with Joaquín Guzmán López": the companion too.
      for (const m of mentions) {
        if (m.first <= tr.last || m.first > tr.last + 14 || !CAN_UNDERGO[tr.type].has(m.type) || subjects.some((x) => x.id === m.entity)) continue;
        if (ALONG.test(c.a.text.slice(T[tr.last]!.end, m.start))) subjects.push({ id: m.entity, confidence: 0.55, at: m });
      }
      for (const subj of subjects) {
      const own = dateFor(c, s, tr, triggers);
      const date = pointedDate(c, s, tr.type, subj.id, clauseFrom(c, s, tr, triggers), T[tr.first]!.start, clauseTo(c, s, tr, triggers),
        !!own && own.start >= T[tr.last]!.end, !!own, out) ?? own;
      const ev: ExtractedEvent = {
        type: tr.type, subject: subj.id, others: {}, date: date?.iso ?? null, precision: date?.precision ?? null,
        place: placeFor(c, mentions, tr), detail: detailFor(c, tr, l), evidence: c.evidence(s, `event.${tr.form}:${c.words(tr.first, tr.last)}`, subj.confidence),
      };
      for (const m of mentions) {
        if (m.entity === subj.id) continue;
        if (c.judges.has(m.entity) && (tr.type === 'sentencing' || tr.type === 'forfeiture' || tr.type === 'conviction' || tr.type === 'trial')) {
          ev.others[tr.type === 'forfeiture' ? 'ordered_by' : 'judge'] = m.entity;
        }
      }
      if (tr.type === 'attack' || tr.type === 'killing') {
        const perp = perpetrator(c, mentions, tr, subj.id);
        if (perp) ev.others[perp.role] = perp.id;
      }
      out.push(ev);
      if (c.type(subj.id) === 'Person' && subj === first) lastSubject = subj.id;
      }
    }
    // Keep track of who the text is about for pronouns in the next sentence.
    // "De la Fuente's wife, Rosalba Ochoa, kept the books. She pleaded guilty": the possessive is not the subject.
    const firstPerson = mentions.find((m) => m.type === 'Person' && !c.judges.has(m.entity) && !/^['\u2019]s?$/.test(T[m.last + 1]?.text ?? ''));
    if (firstPerson && !out.some((e) => e.evidence.sentence === s)) lastSubject = firstPerson.entity;
  }
  // "The defendants include X, Y and Z": everyone listed is charged.
  for (const s of sentencesWith(c, LISTED_WORD)) {
    const text = c.sentenceText(s);
    const cue = DEFENDANTS_LISTED.exec(text);
    if (!cue) continue;
    const start = c.a.sentences[s]!.start + cue.index + cue[0].length;
    const charged = out.find((e) => e.type === 'indictment' && e.date) ?? chargeDate(c, s);
    for (const m of c.bySentence[s]!) {
      if (m.type !== 'Person' || m.start < start) continue;
      // "… who are charged with the May 2022 murder of Bryan Ruiz": the victim is not a defendant.
      if (VICTIM_BEFORE.test(c.a.text.slice(Math.max(start, m.start - 48), m.start))) continue;
      const known = out.find((e) => e.type === 'indictment' && e.subject === m.entity);
      // Charged in the indictment the release opens on: its date, unless the text gave one of its own.
      if (known) { if (!known.date && charged) { known.date = charged.date; known.precision = charged.precision; } continue; }
      out.push({ type: 'indictment', subject: m.entity, others: {}, date: charged?.date ?? null, precision: charged?.precision ?? null, place: null, detail: null,
        evidence: c.evidence(s, 'event.defendants-listed', 0.55) });
    }
  }
  // "Two men travelling with him … were also arrested": an undated event of the same kind as a
  // dated one a sentence or two before happened then too.
  for (const e of out) {
    if (e.date) continue;
    // The last such event, found walking back from the end instead of filtering every event per undated one.
    let prior: ExtractedEvent | undefined;
    for (let k = out.length - 1; k >= 0 && !prior; k--) {
      const o = out[k]!;
      if (o.type === e.type && o.date && o.evidence.sentence < e.evidence.sentence && e.evidence.sentence - o.evidence.sentence <= 2) prior = o;
    }
    if (prior) { e.date = prior.date; e.precision = prior.precision; }
  }
  // "On October 14, 2021, the Coast Guard intercepted a boat. Its crew … were arrested": an event
  // told right after a dated one, with no date of its own, is read as happening then.
  for (const e of out) {
    if (e.date || !NARRATED.has(e.type) || e.evidence.sentence === 0) continue;
    const d = c.datesBySentence[e.evidence.sentence - 1]!.filter((x) => x.precision === 'day'
      && !/\b(?:between|from|since|until|through)\s*$/i.test(c.a.text.slice(Math.max(0, x.start - 10), x.start))).at(-1);
    if (d) { e.date = d.iso; e.precision = d.precision; }
  }
  // A forfeiture ordered with a sentence is dated by it: "Judge X also ordered the forfeiture of …".
  // "the killing of X, who was ambushed on a road": the ambush is how X was killed, not a second event.
  const killedIn = new Set(out.filter((e) => e.type === 'killing').map((e) => `${e.subject}|${e.evidence.sentence}`));
  const merged = mergeEvents(out.filter((e) => e.type !== 'attack' || !killedIn.has(`${e.subject}|${e.evidence.sentence}`)));
  for (const e of merged) {
    if (e.type !== 'forfeiture' || e.date) continue;
    const sentencing = merged.find((o) => o.type === 'sentencing' && o.subject === e.subject && o.date);
    if (sentencing && Math.abs(sentencing.evidence.sentence - e.evidence.sentence) <= 3) { e.date = sentencing.date; e.precision = sentencing.precision; }
  }
  return merged;
}

const DEFENDANTS_LISTED = /\b(?:the\s+)?(?:other\s+)?(?:defendants|accused|those charged)\s+(?:include|included|are|were|also include)\b/i;
/** What DEFENDANTS_LISTED cannot match without; few sentences hold any of it. */
const LISTED_WORD = /defendants|accused|those charged/gi;

/**
 * The sentences a word of `re` (global) starts in, in order: one scan of the text instead of
 * one per sentence. Exact as a prefilter when the words cannot overlap one another, so the
 * scan finds every occurrence.
 */
function sentencesWith(c: DocContext, re: RegExp): number[] {
  const out: number[] = [];
  for (const m of c.a.text.matchAll(re)) {
    const s = c.sentenceOf(m.index);
    if (out.at(-1) !== s) out.push(s);
  }
  return out;
}

/** "was arrested on Thursday along with Joaquín Guzmán López": the words before a companion named after the trigger. */
const ALONG = /^[^.;]{0,40}?\b(?:along with|together with|alongside|as well as)\s+$/;
/** A date that names a crime ("the May 2022 murder of X") dates the crime, not the charge. */
const CRIME_AFTER = /^\s+(?:murder|killing|kidnapping|shooting|attack|massacre|robbery|assault|ambush)\b/i;
/** Events a story tells in sequence, on the day it just gave (an arrest after an interception, a seizure after a raid). */
const NARRATED = new Set<EventType>(['arrest', 'seizure', 'extradition', 'killing', 'attack', 'escape']);
const VICTIM_BEFORE = /\b(?:murder|murders|killing|killings|death|deaths|kidnapping|shooting|slaying|assault)\s+of\s+(?:[\p{L}\d-]+\s+){0,3}$/iu;

/**
 * "A superseding indictment was unsealed today … . The defendants include X, Y and Z": the
 * date of the charging sentence just before (or this one), when no dated indictment names anyone.
 */
function chargeDate(c: DocContext, s: number): { date: string; precision: ExtractedEvent['precision'] } | undefined {
  for (let k = s; k >= Math.max(0, s - 2); k--) {
    if (!/\b(?:indictment|indicted|charged|charging|charges|complaint)\b/i.test(c.sentenceText(k))) continue;
    const d = c.datesBySentence[k]!.find((x) => !CRIME_AFTER.test(c.a.text.slice(x.end, x.end + 14)));
    if (d) return { date: d.iso, precision: d.precision };
  }
  return undefined;
}

/**
 * Who an event can happen to: people are arrested, extradited, killed; companies also plead
 * and are convicted or sentenced; criminal groups are only indicted, raided or have things seized.
 */
const CAN_UNDERGO: Record<EventType, ReadonlySet<string>> = {
  arrest: new Set(['Person']), extradition: new Set(['Person']), killing: new Set(['Person']), escape: new Set(['Person']),
  trial: new Set(['Person', 'Company']), plea: new Set(['Person', 'Company']), conviction: new Set(['Person', 'Company']),
  sentencing: new Set(['Person', 'Company']), indictment: new Set(['Person', 'Company', 'Organization']),
  forfeiture: new Set(['Person', 'Company', 'Organization']), settlement: new Set(['Company', 'Person', 'Organization']),
  seizure: ACTORS, attack: new Set(['Person', 'Organization', 'Company', 'PublicBody']),
};

const SPEECH = new Set(['said', 'says', 'wrote', 'writes', 'told', 'added', 'claimed', 'claims', 'alleged', 'alleges', 'testified']);

/** Unnamed doers that stand as the subject of an active verb. */
const AGENT_NOUNS = new Set<string>(eventAgents.agents);

/**
 * "murdered police officers, soldiers and …": the object is a run of common nouns ending in a
 * plural with no name after it ("killed rival gang members Juan Ruiz and …" names them).
 */
function unnamedPluralObject(c: DocContext, from: number): boolean {
  const T = c.T;
  let k = from;
  while (k < T.length && k < from + 4 && /^\p{Ll}/u.test(T[k]!.text) && (T[k]!.pos === 'NOUN' || T[k]!.pos === 'ADJ')) k++;
  if (k === from || !/s$/.test(T[k - 1]!.lower)) return false;
  return !(T[k] && /^\p{Lu}/u.test(T[k]!.text) && T[k]!.sent === T[from]!.sent);
}

/** "is scheduled to be sentenced", "will be extradited": announced, not yet happened. */
const PLANNED = /\b(?:(?:scheduled|expected|set|due|slated|likely) to(?: be| go| stand| face)?|(?:will|would|could|may|might) (?:be|go|stand|face))$/;
/** The words PLANNED can end on; the words before a trigger are joined for it only after one of them. */
const PLANNED_ENDS = new Set(['to', 'be', 'go', 'stand', 'face']);
/** Does the token's last space-separated word (its whole text: wink cuts tokens at spaces) belong to `ends`? */
function endsOn(t: Token | undefined, ends: Set<string>): boolean {
  if (!t) return false;
  const space = t.lower.lastIndexOf(' ');
  return ends.has(space < 0 ? t.lower : t.lower.slice(space + 1));
}

/** A name after "of" or "for" belongs to a phrase ("the founder of the Gulf Cartel"), not the clause. */
function governed(T: Token[], m: TokenMention): boolean {
  return ['of', 'for', 'from', 'with', 'by'].includes(T[m.first - 1]?.lower ?? '') || (T[m.first - 1]?.lower === 'the' && ['of', 'for', 'from', 'with', 'by'].includes(T[m.first - 2]?.lower ?? ''));
}

interface Subject { id: string; confidence: number; at?: TokenMention; dir?: 'back' | 'fwd' }

function subjectOf(c: DocContext, tr: Trigger, mentions: TokenMention[], lastSubject: string | null): Subject | null {
  const T = c.T;
  const can = CAN_UNDERGO[tr.type];
  const actorsAfter = mentions.filter((m) => m.first > tr.last && can.has(m.type));
  const actorsBefore = mentions.filter((m) => m.last < tr.first && can.has(m.type) && !c.judges.has(m.entity) && !(governed(T, m) && m.type !== 'Person'));
  // Whether the trigger's words are an active verb of its type: several rules below ask, and each
  // would build the string again.
  let active: boolean | undefined;
  const isActiveVerb = () => (active ??= EVENT_TRIGGERS[tr.type].active.includes(c.words(tr.first, tr.last)));
  if (tr.form === 'nouns') {
    // The four words before the trigger, which several rules below read.
    const lead4 = c.words(tr.first - 4, tr.first - 1);
    // "information leading to his arrest", "a warrant for her arrest", "awaits trial": not (yet) events.
    if (/\b(?:scheduled|expected|set|due|slated) to (?:go on|stand|face|be)?$/.test(lead4)) return null;
    if (/\b(leading to|lead to|leads to|warrant for|warrants for|wanted for|seek|seeks|sought|seeking|call for|calls for|called for|demanded|request|requested|requests|possible|potential|pending|awaiting|awaits|await|face|faces|facing|avoid|avoided|evade|fear|feared|prevent|risk)\b/.test(lead4)
      || /\b(reward|rewards|bounty|price on)\b/.test(c.words(tr.first - 9, tr.first - 1))) return null;
    // "the escape of X", "complaint against X", "extradition of X", "attack on X's hometown".
    const preps = tr.type === 'attack' ? ['on', 'against', 'of'] : ['of', 'against', 'on'];
    for (let k = tr.last + 1; k <= Math.min(tr.last + 5, T.length - 1); k++) {
      if (T[k]!.sent !== T[tr.first]!.sent) break;
      if (!preps.includes(T[k]!.lower)) {
        if (['and', 'the', 'a', 'an', 'former', 'alleged', 'reputed', 'accused'].includes(T[k]!.lower) || T[k]!.pos === 'NOUN' || T[k]!.pos === 'ADJ') continue;
        break;
      }
      const m = actorsAfter.find((x) => x.first > k && x.first <= k + 6 && c.wordList(k + 1, x.first - 1).filter(Boolean).every((w) => !['and', 'to', 'for', 'by', 'with', 'in', 'that'].includes(w)));
      if (m) return { id: m.entity, confidence: 0.8, at: m, dir: 'fwd' };
      break;
    }
    // "In a plea agreement, X admitted …", "Under a plea deal, X …": the clause's subject right after the comma.
    if (tr.type === 'plea' && /^(?:in|under|through)\s+(?:a|an|the|his|her|their|its)$/.test(c.words(tr.first - 2, tr.first - 1)) && T[tr.last + 1]?.text === ',') {
      const m = actorsAfter.find((x) => x.first === tr.last + 2);
      if (m) return { id: m.entity, confidence: 0.6 };
    }
    // "X's capture", "Mr. Leyva's extradition".
    const poss = T[tr.first - 1];
    if (poss && /^['\u2019]s?$/.test(poss.text)) {
      const m = actorsBefore.find((x) => x.last === tr.first - 2);
      if (m) return { id: m.entity, confidence: 0.8 };
    }
    // "since his arrest in March", "before his extradition": the person named last before it, else the one the text is about.
    // Trials and sentencings named this way are mostly settings or plans ("at his trial", "His sentencing, first set for …").
    if (['his', 'her'].includes(poss?.lower ?? '') && ['arrest', 'extradition', 'escape', 'killing'].includes(tr.type) && !/\b(?:due|scheduled|expected|set)\b/.test(c.words(tr.first - 5, tr.first - 2))) {
      const named = actorsBefore.filter((m) => m.type === 'Person').at(-1);
      if (named) return { id: named.entity, confidence: 0.5 };
      if (lastSubject) return { id: lastSubject, confidence: 0.45 };
    }
    // "remains under indictment", "agreed not to contest the forfeiture": the clause's subject.
    if (/\bunder\b|\bagreed\b|\bcontest\b|\bfaces?\b|\bawait/.test(lead4) || tr.type === 'forfeiture') {
      // "Mayo's son, Vicente Zambada, agreed not to contest the forfeiture": a possessive names whose son, not who forfeits.
      const unGoverned = actorsBefore.filter((x) => !['with', 'by', 'to', 'against', 'alongside', 'from', 'of'].includes(T[x.first - 1]?.lower ?? '')
        && !/^['\u2019]s?$/.test(T[x.last + 1]?.text ?? ''));
      if (!unGoverned.length && genericLede(c, tr)) return ledeSubject(c, tr);
      const m = unGoverned.filter((x) => x.type === 'Person')[0] ?? unGoverned[0];
      if (m) return { id: m.entity, confidence: 0.5 };
      if (lastSubject && tr.type === 'forfeiture') return { id: lastSubject, confidence: 0.4 };
    }
    return null;
  }
  // "has not been arrested", "has yet to be sentenced": the event did not happen.
  let from = tr.first - 1;
  while (from > tr.first - 5 && from >= 0 && T[from]!.kind !== 'punctuation') from--;
  if (/\b(not|never|n't|yet to|yet been|avoided|evaded|eluded|escaped)\b/.test(c.words(from + 1, tr.first - 1)) && tr.type !== 'escape') return null;
  // "is scheduled to be sentenced in December", "will be extradited": announced, not yet happened.
  if (endsOn(T[tr.first - 1], PLANNED_ENDS) && PLANNED.test(c.words(tr.first - 4, tr.first - 1))) return null;
  const prev = T[tr.first - 1];
  const passiveCue = prev && (AUX.has(prev.lower) || prev.text === ',' || PRONOUNS.has(prev.lower) || prev.pos === 'PROPN');
  // "Assistant U.S. Attorneys X and Y prosecuted the case": a passive word used actively, with an object.
  if (tr.form === 'passive' && tr.first === tr.last && !(prev && (AUX.has(prev.lower) || prev.text === ',' || prev.lower === 'who'))
    && T[tr.last + 1] && (T[tr.last + 1]!.pos === 'DET' || (T[tr.last + 1]!.pos === 'PRON' && T[tr.last + 1]!.lower !== 'himself')) && !EVENT_TRIGGERS[tr.type].active.includes(T[tr.first]!.lower)) return null;
  // "relatives of jailed faction members": a participle before a noun describes it; nothing happens to a name before.
  if (tr.form === 'passive' && tr.first === tr.last && prev && !AUX.has(prev.lower) && prev.text !== ',' && prev.lower !== 'who'
    && T[tr.last + 1] && /^\p{Ll}/u.test(T[tr.last + 1]!.text) && T[tr.last + 1]!.pos === 'NOUN' && !EVENT_TRIGGERS[tr.type].active.includes(T[tr.first]!.lower)) return null;
  // "gunmen … killed five people": an active verb whose object is no one named.
  const next = T[tr.last + 1];
  if (tr.form === 'passive' && !(prev && AUX.has(prev.lower)) && isActiveVerb()
    && next && ((next.pos === 'NUM' && !/^(?:years?|months?|weeks?|days?)$/i.test(T[tr.last + 2]?.text ?? '')) || next.pos === 'DET' || (next.pos === 'PRON' && next.lower !== 'himself') || ['his', 'her', 'their', 'its'].includes(next.lower)
      || unnamedPluralObject(c, tr.last + 1))) return null;
  // "ledgers that police seized in 2019", "the gunmen killed": a verb whose subject is an unnamed
  // agent is active; with no one named after it, the thing it acts on is not an actor.
  if (tr.form === 'passive' && prev && AGENT_NOUNS.has(prev.lower) && !actorsAfter.some((m) => m.first <= tr.last + 3)) return null;
  if (tr.form === 'active') {
    if (passiveCue && T[tr.first - 1] && AUX.has(T[tr.first - 1]!.lower)) return null; // the passive reading handles it
    // "ordered Ibarra-Soto to forfeit", "agreed to forfeit": the one told or agreeing to.
    if (T[tr.first - 1]?.lower === 'to') {
      const told = actorsBefore.filter((m) => m.last === tr.first - 2 || m.last === tr.first - 3).at(-1);
      if (told) return { id: told.entity, confidence: 0.7 };
      // "sentenced X to life and ordered him to forfeit $Y": the person the sentence named before, not the judge.
      if (['him', 'her'].includes(T[tr.first - 2]?.lower ?? '')) {
        const named = mentions.filter((m) => m.last < tr.first && m.type === 'Person' && !c.judges.has(m.entity) && !/^['\u2019]/.test(T[m.last + 1]?.text ?? '')).at(-1);
        if (named) return { id: named.entity, confidence: 0.6 };
        if (lastSubject) return { id: lastSubject, confidence: 0.45 };
      }
    }
    // "lured Mejía to the woods, where they killed him": the person named last before; else the one the text is about.
    if (['him', 'her'].includes(T[tr.last + 1]?.lower ?? '')) {
      // "Judge X sentenced him": the judge is who acts, not who it happens to.
      const named = mentions.filter((m) => m.last < tr.first && m.type === 'Person' && !c.judges.has(m.entity) && !/^['\u2019]/.test(T[m.last + 1]?.text ?? '')).at(-1);
      if (named) return { id: named.entity, confidence: 0.5 };
      if (lastSubject) return { id: lastSubject, confidence: 0.5 };
    }
    // "detained two suspects, Kevin Rojas and Bryan Cedeño": a counted noun, then the names.
    const counted = /^(?:(?:two|three|four|five|six|several|\d+|the|three|other)\s+)?(?:[a-z-]+\s+)?(?:suspects?|men|women|people|members|defendants|brothers|leaders|officers|others|individuals|associates)\s+,$/;
    const m = actorsAfter.find((x) => x.first <= tr.last + 4 && c.wordList(tr.last + 1, x.first - 1).every((w) => !['and', 'in', 'to', 'by', 'on', 'at', 'with', 'for', 'that', 'which', ','].includes(w)))
      ?? actorsAfter.find((x) => x.first <= tr.last + 6 && counted.test(c.words(tr.last + 1, x.first - 1)));
    if (!m) return null;
    // "arrested Marset's associate, Miguel Ángel Insfrán": the object is the person the possessive describes.
    if (/^['\u2019]s?$/.test(T[m.last + 1]?.text ?? '')) {
      let k = m.last + 2;
      while (k < T.length && /^\p{Ll}/u.test(T[k]!.text) && k - m.last < 6) k++;
      const described = T[k]?.text === ',' ? actorsAfter.find((x) => x.first === k + 1) : actorsAfter.find((x) => x.first === k);
      if (described) return { id: described.entity, confidence: 0.7, at: described, dir: 'fwd' };
    }
    return { id: m.entity, confidence: 0.75, at: m, dir: 'fwd' };
  }
  // Passive or intransitive: the nearest actor before, unless a pronoun stands closer.
  let pronounAt = -1;
  for (let k = tr.first - 1; k >= 0 && T[k]!.sent === T[tr.first]!.sent; k--) {
    // "Cuén, he wrote, was killed": a speaker's aside is not the subject.
    if (PRONOUNS.has(T[k]!.lower) && T[k]!.pos === 'PRON' && !SPEECH.has(T[k + 1]?.lower ?? '')) { pronounAt = k; break; }
    if (T[k]!.lower === ';') break;
  }
  // "A cartel leader once allied with X … was sentenced": X sits in a phrase, not in the subject;
  // "Two TD employees were charged": a name before a noun describes the noun.
  const free = actorsBefore.filter((m) => !['with', 'by', 'to', 'against', 'alongside', 'from', 'of'].includes(T[m.first - 1]?.lower ?? '')
    && !(T[m.last + 1] && /^\p{Ll}/u.test(T[m.last + 1]!.text) && T[m.last + 1]!.pos === 'NOUN' && m.last + 1 < tr.first));
  // "… against El Chapo, who was extradited in January": a relative clause names its own subject.
  const lastBefore = actorsBefore[actorsBefore.length - 1];
  // "… Guzmán, who was extradited in 2017 and is serving a life sentence": the relative clause goes on past "and".
  const relative = lastBefore && (/^\s*,?\s*(?:(?:the|a|an)\s[^,]{0,70},\s*)?who\s+(?:was|is|were|are|had been|has been|have been)?\s*(?:[a-z]+\s+)?$/.test(c.a.text.slice(lastBefore.end, T[tr.first]!.start))
    || /^\s*,\s*who\s+[^,;.]{1,80}\band\s+(?:was|is|has been|had been|later)?\s*(?:[a-z]+\s+)?$/.test(c.a.text.slice(lastBefore.end, T[tr.first]!.start)));
  const near = relative ? lastBefore : free[free.length - 1];
  // "A federal judge sentenced X": the active reading, with X right after the verb, holds.
  const activeObject = actorsAfter[0] && actorsAfter[0].first <= tr.last + 2 && isActiveVerb();
  if (!near && genericLede(c, tr) && !activeObject) return ledeSubject(c, tr);
  // An active reading with its object right after the verb ("Marines killed X") is not passive.
  if (!passiveCue && near && actorsAfter[0] && actorsAfter[0].first <= tr.last + 2 && isActiveVerb()) return null;
  if (pronounAt >= 0 && (!near || near.last < pronounAt)) {
    return lastSubject ? { id: lastSubject, confidence: 0.5 } : null;
  }
  if (near) return { id: near.entity, confidence: 0.7, at: near, dir: 'back' };
  return null;
}

/**
 * "Both men were indicted", "The two were extradited": the people an earlier sentence (up to two
 * back) made the subjects of one event, else the first two people it named.
 */
function namedTogether(c: DocContext, s: number, tr: Trigger, out: ExtractedEvent[]): string[] {
  const [f] = c.a.sentenceTokens[s]!;
  if (!/^(?:both|the two|the three)(?: (?:men|women|suspects|defendants|brothers|officials|officers))?(?: (?:were|have been|had been|was|are))?(?: (?:later|also|then))?$/.test(c.words(f, tr.first - 1))) return [];
  for (let k = s - 1; k >= Math.max(0, s - 2); k--) {
    const together = [...new Set(out.filter((e) => e.evidence.sentence === k && c.type(e.subject) === 'Person').map((e) => e.subject))];
    if (together.length >= 2) return together;
    const named = [...new Set(c.bySentence[k]!.filter((m) => m.type === 'Person' && !c.judges.has(m.entity)).map((m) => m.entity))];
    if (named.length >= 2) return named.slice(0, 2);
  }
  return [];
}

/** Nouns that describe a person in a lede before the story names them. */
const LEDE_NOUNS = new Set(['kingpin', 'trafficker', 'capo', 'lord', 'boss', 'leader', 'official', 'commander', 'officer', 'mayor', 'governor',
  'businessman', 'businesswoman', 'man', 'woman', 'operator', 'dealer', 'broker', 'smuggler', 'launderer', 'pilot', 'accountant', 'member',
  'associate', 'suspect', 'defendant', 'driver', 'courier', 'father', 'mother', 'son', 'daughter', 'resident', 'national', 'citizen', 'native',
  'executive', 'banker', 'lawyer', 'politician', 'lawmaker', 'agent', 'guard', 'soldier', 'teenager', 'fugitive', 'enforcer', 'hitman', 'gunman']);

/** One or two dashes, as /^[\u2013\u2014-]{1,2}$/ tests, without a regex per token. */
function isDash(t: string): boolean {
  const dash = (k: number) => { const ch = t.charCodeAt(k); return ch === 0x2013 || ch === 0x2014 || ch === 45; };
  return (t.length === 1 || t.length === 2) && dash(0) && (t.length === 1 || dash(1));
}

/** "A Mexican cartel leader … was sentenced": a sentence whose subject is a person described, not named. */
function genericLede(c: DocContext, tr: Trigger): boolean {
  let [f] = c.a.sentenceTokens[c.T[tr.first]!.sent]!;
  // Step over a dateline: "TUCSON, Ariz. – A Nogales man was sentenced …".
  for (let k = f; k < Math.min(f + 8, tr.first); k++) if (isDash(c.T[k]!.text)) { f = k + 1; break; }
  const head = c.wordList(f, Math.min(tr.first - 1, f + 10));
  if (!['a', 'an', 'the'].includes(head[0] ?? '')) return false;
  return head.slice(1, 9).some((w) => ROLE_PREDICATES.has(w) || LEDE_NOUNS.has(w));
}

/** News ledes describe the person first and name them in the next sentence or two. */
function ledeSubject(c: DocContext, tr: Trigger): Subject | null {
  const T = c.T;
  const sent = T[tr.first]!.sent;
  for (let k = sent + 1; k <= Math.min(sent + 2, c.a.sentences.length - 1); k++) {
    const named = c.bySentence[k]!.find((m) => m.type === 'Person' && !c.judges.has(m.entity) && !['with', 'by', 'to', 'of', 'against', 'alongside', 'from'].includes(T[m.first - 1]?.lower ?? ''));
    if (named) return { id: named.entity, confidence: 0.45 };
  }
  const main = mainPerson(c);
  return main ? { id: main, confidence: 0.4 } : null;
}

/**
 * The role nouns of people a clause describes without naming: "a former mayor from the north and
 * a retired police commissioner" → mayor, commissioner. Only indefinite descriptions count; "the
 * mayor" points back to someone already named.
 */
function describedNouns(c: DocContext, from: number, to: number): string[] {
  const T = c.T;
  const nouns: string[] = [];
  for (let k = from; k <= to; k++) {
    if (!['a', 'an'].includes(T[k]!.lower)) continue;
    for (let j = k + 1; j <= Math.min(to, k + 5); j++) {
      const w = T[j]!;
      if (w.kind === 'punctuation' && w.text !== '-') break;
      if ((/^\p{Lu}/u.test(w.text) && w.pos === 'PROPN') || w.pos === 'NUM') continue; // "a Honduran police commissioner", "a 61-year-old mayor"
      if (ROLE_PREDICATES.has(w.lower) || LEDE_NOUNS.has(w.lower)) {
        // "a former mayor of a town": the head is the last role noun of the run.
        if (!ROLE_PREDICATES.has(T[j + 1]?.lower ?? '') && !LEDE_NOUNS.has(T[j + 1]?.lower ?? '')) { nouns.push(w.lower); break; }
        continue;
      }
      if (!/^\p{Ll}/u.test(w.text)) break;
    }
  }
  return nouns;
}

/** The words a name is described by: a title before it, or an apposition or "who" clause after it. */
function descriptionOf(c: DocContext, m: TokenMention): string[] {
  const text = c.a.text;
  const before = text.slice(Math.max(0, m.start - 40), m.start).split(/[,;.]/).pop() ?? '';
  const after = /^\s*,\s*(?:\d{1,3}\s*,\s*)?((?:who|a|an|the)\b[^,;.]{0,80})/.exec(text.slice(m.end, m.end + 110))?.[1] ?? '';
  return `${before} ${after}`.toLowerCase().split(/[^\p{L}-]+/u);
}

/**
 * People an event's clause describes and the next two sentences name with the same role nouns,
 * in the order described. An event whose subject is "a former mayor" is about the mayor the story
 * then names, and only when every description finds its own person.
 */
function describedPeople(c: DocContext, s: number, tr: Trigger, all: Trigger[]): string[] {
  const T = c.T;
  const [f] = c.a.sentenceTokens[s]!;
  const clauseEnd = Math.min(c.a.sentenceTokens[s]![1], (all.find((x) => x.first > tr.last)?.first ?? Infinity) - 1);
  // Active: the object after the verb; passive: a lede's subject before it.
  const active = ['a', 'an'].includes(T[tr.last + 1]?.lower ?? '') || (['a', 'an'].includes(T[tr.last + 2]?.lower ?? '') && T[tr.last + 1]!.pos === 'NUM');
  const nouns = active ? describedNouns(c, tr.last + 1, clauseEnd) : genericLede(c, tr) ? describedNouns(c, f, tr.first - 1) : [];
  if (!nouns.length) return [];
  const found: string[] = [];
  for (const noun of nouns) {
    let hit: string | undefined;
    for (let k = s + 1; k <= Math.min(s + 2, c.a.sentences.length - 1) && !hit; k++) {
      hit = c.bySentence[k]!.find((m) => m.type === 'Person' && !c.judges.has(m.entity) && !found.includes(m.entity)
        && descriptionOf(c, m).includes(noun))?.entity;
    }
    if (!hit) return [];
    found.push(hit);
  }
  return found;
}

/** The person most events so far happen to, else the most mentioned one. */
function mainDefendant(c: DocContext, out: ExtractedEvent[]): string | null {
  return storyDefendant(c, out) ?? mainPerson(c);
}

/** The story's defendant: the person most events happen to (the first such on a tie). */
export function storyDefendant(c: DocContext, events: ExtractedEvent[]): string | null {
  const n = new Map<string, number>();
  for (const e of events) if (c.type(e.subject) === 'Person') n.set(e.subject, (n.get(e.subject) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** The person the document is mostly about: the most mentioned one. */
function mainPerson(c: DocContext): string | null {
  let best: string | null = null, n = 0;
  for (const e of c.entities) if (e.type === 'Person' && e.mentions.length > n) { best = e.id; n = e.mentions.length; }
  return best;
}

/** A list longer than this is a roster, not the subjects of one event. */
const MAX_COORDINATED = 25;

/** Names joined to the subject by commas and "and": "Ana Ruiz, Luis Paz and Eva Gil were charged". */
function coordinated(c: DocContext, mentions: TokenMention[], subj: Subject, can: ReadonlySet<string>): TokenMention[] {
  if (!subj.at || !subj.dir) return [];
  const out: TokenMention[] = [];
  const idx = mentions.indexOf(subj.at);
  const step = subj.dir === 'back' ? -1 : 1;
  let cur = subj.at;
  for (let k = idx + step; k >= 0 && k < mentions.length && out.length < MAX_COORDINATED; k += step) {
    const m = mentions[k]!;
    const [a, b] = step < 0 ? [m, cur] : [cur, m];
    const gap = c.a.text.slice(a.end, b.start);
    // "X, the Ruiz brothers and Y were arrested": the family named by its surname is in the list too.
    // The surname may itself be read as a mention of one of them: "the [Ruiz] brothers and Y".
    const surnameMention = FAMILY_AFTER_NAME.test(gap) && /\bthe\s+$/i.test(c.a.text.slice(Math.max(0, a.start - 5), a.start)) ? c.a.text.slice(a.start, a.end) : null;
    const family = surnameMention ? [gap, surnameMention] : FAMILY_IN_LIST.exec(gap);
    if (family) for (const id of namedBySurname(c, family[1]!)) {
      const fm = mentionOf(c, id);
      if (fm && can.has(fm.type) && id !== subj.id && !out.some((o) => o.entity === id)) out.push(fm);
    }
    if (!family && !/^\s*(,|and|, and|&)\s*(?:the\s+)?(?:(?:co-?)?defendants?|associates?|brothers?|members?|suspects?)?\s*$/i.test(gap) && !/^\s*,\s*\d{1,3},\s*(and\s+)?$/.test(gap)) break;
    if (!can.has(m.type)) break;
    if (m.entity !== subj.id && !out.some((o) => o.entity === m.entity)) out.push(m);
    cur = m;
  }
  return out;
}

/** Where an event's clause starts: after the trigger before it in the sentence, else at the sentence's start. */
function clauseFrom(c: DocContext, s: number, tr: Trigger, all: Trigger[]): number {
  return prevTriggerEnd(c, tr, all) ?? c.a.sentences[s]!.start;
}

/** Where an event's clause ends: at the next trigger in the sentence, else at the sentence's end. */
function clauseTo(c: DocContext, s: number, tr: Trigger, all: Trigger[]): number {
  return nextTriggerStart(c, tr, all) ?? c.a.sentences[s]!.end;
}

/**
 * Where the nearest trigger ending before `tr` ends, and where the nearest one starting after it
 * starts (undefined if none): the greatest and least of those offsets, found in one pass instead
 * of filtering, mapping and sorting the sentence's triggers (asked several times per event).
 */
function prevTriggerEnd(c: DocContext, tr: Trigger, all: Trigger[]): number | undefined {
  let best: number | undefined;
  for (const x of all) {
    if (x.last >= tr.first) continue;
    const end = c.T[x.last]!.end;
    if (best === undefined || end > best) best = end;
  }
  return best;
}
function nextTriggerStart(c: DocContext, tr: Trigger, all: Trigger[]): number | undefined {
  let best: number | undefined;
  for (const x of all) {
    if (x.first <= tr.last) continue;
    const start = c.T[x.first]!.start;
    if (best === undefined || start < best) best = start;
  }
  return best;
}

const FAMILY_IN_LIST = /^\s*(?:,|and|, and)\s+the\s+(\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+)?)\s+(?:brothers|sisters|siblings|cousins)\s*(?:,|and|, and)\s*(?:the\s+)?(?:(?:co-?)?defendants?|associates?|members?|suspects?)?\s*$/u;

const FAMILY_AFTER_NAME = /^\s+(?:brothers|sisters|siblings|cousins)\s*(?:,|and|, and)\s*(?:the\s+)?(?:(?:co-?)?defendants?|associates?|members?|suspects?)?\s*$/;

/** People whose full name ends with a surname ("the Ruiz Paz brothers"). */
function namedBySurname(c: DocContext, surname: string): string[] {
  const tail = ' ' + surname.toLowerCase();
  return c.entities.filter((e) => e.type === 'Person' && (' ' + e.name.toLowerCase()).endsWith(tail) && e.name.length > surname.length).map((e) => e.id);
}

function mentionOf(c: DocContext, id: string): TokenMention | undefined {
  for (const ms of c.bySentence) { const m = ms.find((x) => x.entity === id); if (m) return m; }
  return undefined;
}

/** Space as `\s` and String.prototype.trim read it (the same set: white space and line terminators). */
const SPACE = /\s/;
/**
 * The last word of the `reach` characters before `end`, as
 * `text.slice(end - reach, end).trim().split(/\s+/).pop()` gives it ('' when there is none),
 * read backwards from `end` without the slice, the trimmed copy and the array of words.
 */
function lastWordBefore(text: string, end: number, reach: number): string {
  const from = Math.max(0, end - reach);
  let e = end;
  while (e > from && SPACE.test(text[e - 1]!)) e--;
  let b = e;
  while (b > from && !SPACE.test(text[b - 1]!)) b--;
  return text.slice(b, e);
}

function dateFor(c: DocContext, s: number, tr: Trigger, all: Trigger[]): DateMention | null {
  const dates = c.datesBySentence[s]!;
  if (!dates.length) return null;
  const trEnd = c.T[tr.last]!.end;
  const trStart = c.T[tr.first]!.start;
  const nextTrigger = nextTriggerStart(c, tr, all) ?? Infinity;
  // Ends of periods are not when something happened: "between 2000 and 2012", "from 2006 to 2010", "since 2013".
  const usable = dates.filter((d) => {
    const word = lastWordBefore(c.a.text, d.start, 40).toLowerCase();
    // "since 2012, when HSBC agreed to pay": the date opens the clause that follows.
    if (word === 'since' && /^\s*,\s*when\b/i.test(c.a.text.slice(d.end, d.end + 8))) return true;
    if (['between', 'from', 'since', 'until', 'till', 'through'].includes(word)) return false;
    // "charged with the May 2022 murder of X": the date of the crime, not of the charge.
    if (tr.type !== 'killing' && tr.type !== 'attack' && CRIME_AFTER.test(c.a.text.slice(d.end, d.end + 14))) return false;
    if (['and', 'to', '-', '\u2013'].includes(word) && /\b(between|from)\s+\S+\s+(and|to|-|\u2013)\s*$/i.test(c.a.text.slice(Math.max(0, d.start - 40), d.start))) return false;
    return true;
  });
  const after = usable.find((d) => d.start >= trEnd && d.start < nextTrigger);
  const prevTrigger = prevTriggerEnd(c, tr, all) ?? -Infinity;
  let before: DateMention | undefined;
  for (let k = usable.length - 1; k >= 0 && !before; k--) if (usable[k]!.end <= trStart && usable[k]!.start > prevTrigger) before = usable[k];
  // "In March, a jury convicted X …, and in June a judge sentenced him": a date past the next
  // clause belongs to that clause's verb, the one opening this clause to this one.
  if (after && before && /[,;]\s*(?:and|but|while|then)\s/.test(c.a.text.slice(trEnd, after.start))) return before;
  if (after || before) return after ?? before ?? null;
  // No date in the event's own stretch: the sentence's nearest one is the best reading left
  // ("agreed not to contest the forfeiture …, a plea deal made public in 2014 showed").
  return usable.sort((x, y) => Math.min(Math.abs(x.start - trEnd), Math.abs(x.end - trStart)) - Math.min(Math.abs(y.start - trEnd), Math.abs(y.end - trStart)))[0] ?? null;
}

function placeFor(c: DocContext, mentions: TokenMention[], tr: Trigger): string | null {
  // "in Washington", "to the United States": a location within a few words of the trigger,
  // after it first ("recaptured in Manta and extradited to the United States").
  // Not across another event word: "arrested in 2011 and extradited to the United States".
  // Read in place, in that order, without copying the tokens, the mentions after and before, and both lists joined.
  const stop = Math.min(tr.last + 9, c.T.length);
  let limit = Infinity;
  for (let k = tr.last + 1; k < stop; k++) if (EVENT_WORDS.has(c.T[k]!.lower)) { limit = k; break; }
  for (const m of mentions) if (m.first > tr.last && m.first < limit && isPlaceOf(c, tr, m)) return m.entity;
  for (let k = mentions.length - 1; k >= 0; k--) if (mentions[k]!.last < tr.first && isPlaceOf(c, tr, mentions[k]!)) return mentions[k]!.entity;
  return null;
}

/** A location a few words from the trigger after "in", "to", "at", "from", "in the" or "to the". */
function isPlaceOf(c: DocContext, tr: Trigger, m: TokenMention): boolean {
  if (m.type !== 'Location') return false;
  const gap = m.first > tr.last ? m.first - tr.last : tr.first - m.last;
  if (gap < 0 || gap > 8) return false;
  const prep = c.T[m.first - 1]?.lower;
  const prep2 = c.T[m.first - 2]?.lower;
  return prep === 'in' || prep === 'to' || (prep === 'the' && (prep2 === 'to' || prep2 === 'in')) || prep === 'at' || prep === 'from';
}

function detailFor(c: DocContext, tr: Trigger, l: number): string | null {
  if (tr.type !== 'sentencing') return null;
  const rest = c.a.text.slice(c.T[tr.last]!.end, c.T[l]!.end);
  const m = /\bto\s+((?:life|\d+|[a-z]+-?[a-z]*)\s+(?:years?|months?|in prison|imprisonment|behind bars)(?:\s+in (?:prison|federal prison))?)/i.exec(rest)
    ?? /\bto\s+(life(?: in prison)?)/i.exec(rest);
  return m ? m[1]! : null;
}

function perpetrator(c: DocContext, mentions: TokenMention[], tr: Trigger, subject: string): { role: string; id: string } | null {
  const before = mentions.filter((m) => m.last < tr.first && m.entity !== subject && (m.type === 'Person' || m.type === 'Organization'));
  const near = before[before.length - 1];
  if (!near) return null;
  const between = c.words(near.last + 1, tr.first - 1);
  if (/\bordered\b/.test(between)) return { role: 'ordered_by', id: near.entity };
  if (tr.form === 'nouns' && /\b(carried out|launched|staged|led)\b/.test(between)) return { role: 'perpetrator', id: near.entity };
  return null;
}

/** The same (type, subject) stated twice is one event; keep the most precise date. */
function mergeEvents(events: ExtractedEvent[]): ExtractedEvent[] {
  const rank = { day: 3, month: 2, year: 1 } as const;
  // Keyed by type, then subject: a key string joined per event was built and hashed anew each time.
  const byType = new Map<string, Map<string, ExtractedEvent>>();
  const merged: ExtractedEvent[] = [];
  for (const e of events) {
    let bySubject = byType.get(e.type);
    if (!bySubject) byType.set(e.type, bySubject = new Map());
    const prev = bySubject.get(e.subject);
    if (!prev) { bySubject.set(e.subject, e); merged.push(e); continue; }
    const better = e.date && (!prev.date || (e.precision && prev.precision && rank[e.precision] > rank[prev.precision] && e.date.startsWith(prev.date)));
    if (better) { prev.date = e.date; prev.precision = e.precision; }
    prev.place ??= e.place;
    prev.detail ??= e.detail;
    // A plain object's own keys, in the order Object.entries gives them, without its array of pairs.
    for (const r in e.others) prev.others[r] ??= e.others[r]!;
  }
  return merged;
}
