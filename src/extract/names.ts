/**
 * Proper-name spans: runs of capitalised tokens, held together by Spanish and Portuguese
 * particles (de, del, la, da, dos), by "of/for/the/and" inside institution names, by
 * hyphens without spaces (Villareal-Barragán), and by a quoted nickname standing inside
 * a name (Joaquín "El Chapo" Guzmán). Titles in front of a name (Judge, U.S. District
 * Judge) are split off and kept as the name's title.
 */
import type { Analysis, Token } from './tokens.js';
import { AGENCIES, GIVEN_NAMES, HEAD_TYPES, PLACES, TITLES, MAX_TITLE_WORDS } from './lexicon/index.js';
import { foldKey, foldName, type FoldedName } from './normalize.js';

export interface NameSpan {
  /** First and last token (inclusive) of the name proper, title excluded. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** The name as written (title excluded). */
  text: string;
  /** Nicknames quoted inside the name, with their offsets. */
  nicknames: { text: string; start: number; end: number }[];
  /** The name without its inner nickname(s), e.g. "Joaquín Guzmán". */
  plain: string;
  /** foldKey(plain) and its words, which entity building reads many times per span. */
  key: string;
  words: string[];
  /** The same, as foldName's shared record (which also carries memos of the name). */
  folded: FoldedName;
  /** Title written before the name, lower case ("judge"), if any. */
  title: string | null;
  sent: number;
  /** True when the span is wrapped in quotation marks on its own. */
  quoted: boolean;
  /** Where the span begins with its title ("Judge Leon" → the J of Judge). */
  outerStart: number;
  /** Set by entity building when the span turns out to be an alias by a pattern. */
  mentionRule?: string;
}

/** Particles a surname can start with when written without the given name. */
const SURNAME_PARTICLES = new Set(['de', 'del', 'la', 'los', 'da', 'das', 'do', 'dos']);
const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'da', 'das', 'do', 'dos', 'di', 'van', 'von', 'der', 'den', 'le', 'du', 'y']);
/** Joiners allowed inside an institution's name ("Department of Justice") but not a person's. */
const INSTITUTION_JOINERS = new Set(['of', 'for', 'the', 'and', 'on', 'against', '&']);
const OPEN_QUOTES = new Set(['"', '\u201c', '\u2018', "'", '\u00ab']);
const CLOSE_QUOTES = new Set(['"', '\u201d', '\u2019', "'", '\u00bb']);
/** Lower-case words that finish a group's name: "Sinaloa cartel", "Beltrán-Leyva organization". */
const TRAILING_HEADS = new Set(['cartel', 'organization', 'organisation', 'gang', 'clan', 'syndicate', 'mafia', 'militia', 'prison', 'penitentiary', 'state', 'province']);
/**
 * Capitalised words that open sentences or headlines without being names. wink's tagger
 * catches most; these slip through as PROPN often enough to list.
 */
const NOT_NAMES = new Set(['i', 'a', 'an', 'the', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'you', 'his', 'her', 'its', 'their', 'our', 'my', 'mr', 'but', 'and', 'or', 'so', 'yet', 'if', 'when', 'while', 'after', 'before', 'since', 'as', 'at', 'in', 'on', 'by', 'for', 'from', 'with', 'without', 'of', 'to', 'no', 'not', 'nor', 'both', 'all', 'some', 'many', 'most', 'one', 'two', 'another', 'other', 'each', 'every', 'former', 'now', 'then', 'there', 'here', 'meanwhile', 'however', 'still', 'also', 'although', 'though', 'because', 'until', 'despite', 'according', 'combined', 'nevertheless', 'citing', 'yes', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'photo', 'video', 'read', 'see', 'related', 'share', 'click', 'subscribe', 'advertisement', 'update', 'updated', 'editor', 'note', 'analysis', 'opinion', 'correction', 'christmas', 'easter', 'several', 'few', 'dozens', 'hundreds', 'thousands', 'such', 'why', 'how', 'what', 'who', 'where', 'which', 'whose', 'only', 'even', 'just', 'once']);

/** /^\p{Lu}/u, answered from the first character code when it is ASCII (nearly always). */
const upperFirst = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return c < 0x80 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(s);
};
/** /^\p{Ll}/u, the same way. */
const lowerFirst = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return c < 0x80 ? c >= 97 && c <= 122 : /^\p{Ll}/u.test(s);
};

/** A capitalised word (its flag, set once in analyse). */
const isCapWord = (t: Token | undefined): t is Token => t !== undefined && t.cap;

/** Short words a headline leaves in lower case. */
const HEADLINE_SMALL_WORDS = new Set(['in', 'to', 'a', 'as', 'at', 'on', 'by']);

function looksLikeHeadline(a: Analysis, s: number): boolean {
  const T = a.tokens;
  const range = a.sentenceTokens[s]!;
  const f = range[0], l = range[1];
  // One pass: the sentence's words are not counted first; its tokens, punctuation included,
  // bound them from above, which is all the early exit needs.
  const bound = l - f + 1;
  let words = 0, caps = 0;
  for (let i = f; i <= l; i++) {
    const t = T[i]!;
    if (t.kind !== 'word') continue;
    words++;
    // (A word holds a letter, so its flag is /^\p{Lu}/u of its text.)
    if (t.cap) caps++;
    else if (PARTICLES.has(t.lower) || INSTITUTION_JOINERS.has(t.lower) || HEADLINE_SMALL_WORDS.has(t.lower)) caps += 0.5;
    // Out once the words missing their capital reach 15% of the sentence's tokens: with no more
    // words than tokens, caps / words can no longer pass 0.85 (words - caps only grows).
    else if ((words - caps) * 20 >= bound * 3) return false;
  }
  // Title-case lines (headlines, section labels) capitalise every word; a name finder learns nothing there.
  return words >= 4 && caps / words > 0.85 && !/[.!?]["\u201d]?$/.test(a.text.slice(a.sentences[s]!.start, a.sentences[s]!.end).trim());
}

interface Openers {
  /** For each token, the index of the last word or number before it (-1 when there is none). */
  wordBefore: Int32Array;
  /** Capitalised words with nothing but punctuation before them in their sentence, lower-cased and as written. */
  lowers: Set<string>;
  texts: Set<string>;
}

/** Words before each token and the sentences' capitalised openers, in one pass over the tokens (they were two). */
function scanOpeners(a: Analysis): Openers {
  const T = a.tokens;
  const wordBefore = new Int32Array(T.length);
  const lowers = new Set<string>();
  const texts = new Set<string>();
  let last = -1;
  for (let i = 0; i < T.length; i++) {
    const t = T[i]!;
    wordBefore[i] = last;
    if (isCapWord(t) && last < a.sentenceTokens[t.sent]![0]) { lowers.add(t.lower); texts.add(t.text); }
    if (t.kind === 'word' || t.kind === 'number') last = i;
  }
  return { wordBefore, lowers, texts };
}

/** A span has institution words when any of its words is a head of a non-person type. */
function hasInstitutionHead(tokens: Token[], from: number, to: number, bodiesOnly = false): boolean {
  for (let i = from; i <= to; i++) {
    const h = HEAD_TYPES.get(tokens[i]!.lower);
    if (h && h !== 'Location') return true;
    if (!bodiesOnly && h === 'Location' && ['district', 'state', 'gulf', 'port', 'city', 'islands', 'bay'].includes(tokens[i]!.lower)) return true;
  }
  return false;
}

export function findNames(a: Analysis): NameSpan[] {
  const T = a.tokens;
  const out: NameSpan[] = [];
  const headline = new Set<number>();
  for (let s = 0; s < a.sentences.length; s++) if (looksLikeHeadline(a, s)) headline.add(s);

  // Capitalised words opening sentences are asked about below; only they are collected for.
  const { wordBefore, lowers: openerLowers, texts: openerTexts } = scanOpeners(a);
  // Nothing but punctuation before it in its sentence.
  const startsSentence = (t: Token) => wordBefore[t.i]! < a.sentenceTokens[t.sent]![0];
  // Words the document also writes in lower case ("Authorities said…" vs "authorities") are
  // common nouns when they open a sentence.
  const lowerWords = new Set<string>();
  // Words the document capitalises mid-sentence too.
  const midCaps = new Set<string>();
  for (const t of T) {
    if (t.kind === 'word' && lowerFirst(t.text)) { if (openerLowers.has(t.text)) lowerWords.add(t.text); }
    // (The flag first: most tokens are no capitalised word, and are out before their text is hashed.)
    else if (t.cap && openerTexts.has(t.text) && !startsSentence(t)) midCaps.add(t.text);
  }

  let i = 0;
  while (i < T.length) {
    const t = T[i]!;
    // A numbered unit of an armed group: "the 33rd Front", "the 10th Bloc".
    if (isOrdinal(t) && isCapWord(T[i + 1]) && T[i + 1]!.sent === t.sent && UNIT_WORDS.has(T[i + 1]!.lower) && t.space) {
      emit(a, out, i, i + 1, [], i);
      i += 2;
      continue;
    }
    // Names start at a capitalised word, or at a particle (which is lower case).
    if (!isCapWord(t)) {
      // A surname that starts with its particles: "arrested de la Fuente", "Nunes and da Silva".
      if (SURNAME_PARTICLES.has(T[i]!.text) && !isCapWord(T[i - 1]) && T[i - 1]?.text !== '-') {
        let k = i;
        while (SURNAME_PARTICLES.has(T[k]?.text ?? '') && k - i < 3) k++;
        if (k > i && isCapWord(T[k]) && T[k]!.sent === T[i]!.sent && !NOT_NAMES.has(T[k]!.lower) && !PLACES.has(foldKey(T[k]!.text))) {
          let last = k;
          while (isCapWord(T[last + 1]) && T[last + 1]!.sent === T[k]!.sent && !NOT_NAMES.has(T[last + 1]!.lower)) last++;
          emit(a, out, i, last, [], i);
          i = last + 1;
          continue;
        }
      }
      i++;
      continue;
    }
    const opens = startsSentence(t);
    if (headline.has(t.sent) || (NOT_NAMES.has(t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower) && !isInitial(T, i))
      || (opens && ((t.pos !== 'PROPN' && !isAcronym(t) && !(TITLES.has(t.lower) && isCapWord(T[i + 1]))) || (lowerWords.has(t.lower) && !isCapWord(T[i + 1]))))) {
      i++;
      continue;
    }
    let last = i;
    // Set once an institution's name has gone on to what it deals with ("Directorate against …").
    let complement = false;
    const nick: { first: number; last: number }[] = [];
    for (;;) {
      const n = T[last + 1];
      if (!n || n.sent !== t.sent) break;
      // Capitalised word directly continuing the name.
      if (isCapWord(n) && !NOT_NAMES.has(n.lower) && n.space) { last++; continue; }
      // A surname that is also an English word, capitalised between a given name and another
      // surname: "Roberto Carlos Then Almánzar". Mid-sentence, only a name capitalises "Then".
      if (isCapWord(n) && n.space && n.text.length >= 3 && !CALENDAR.has(n.lower) && GIVEN_NAMES.has(foldKey(T[i]!.text))
        && isCapWord(T[last + 2]) && T[last + 2]!.sent === t.sent && !NOT_NAMES.has(T[last + 2]!.lower) && !startsSentence(n)) { last += 2; continue; }
      // A group numbered after its head word: "Barrio 18", "Mara 18", "Frente 33".
      if (n.kind === 'number' && /^\d{1,3}$/.test(n.text) && n.space && HEAD_TYPES.get(T[last]!.lower) === 'Organization') { last++; break; }
      // Hyphenated compound without spaces: Beltrán-Leyva, MS-13; an en dash joins two places
      // the same way ("Pharr–Reynosa International Bridge").
      if (/^[-\u2010\u2011\u2013]$/.test(n.text) && !n.space) {
        const m = T[last + 2];
        if (m && !m.space && (isCapWord(m) || (T[last + 2]!.kind === 'number' && /^\p{Lu}+$/u.test(T[last]!.text)))) { last += 2; continue; }
        break;
      }
      // Particles: Norte del Valle, Ramírez de la Cruz.
      if (PARTICLES.has(n.text) && isCapWord(T[last + 2])) { last += 2; continue; }
      if (n.text === 'de' && (T[last + 2]?.text === 'la' || T[last + 2]?.text === 'los' || T[last + 2]?.text === 'las') && isCapWord(T[last + 3])) { last += 3; continue; }
      // "Gracias a Dios": "a" joins only a name the gazetteer knows, being an English article too.
      if (n.text === 'a' && isCapWord(T[last + 2]) && PLACES.has(foldKey(a.text.slice(T[i]!.start, T[last + 2]!.end)))) { last += 2; continue; }
      // Institution joiners: Department of Justice, Court of Appeals for the D.C. Circuit.
      if ((n.lower === 'and' || n.lower === '&') && n.space) {
        // "Narcotic and Dangerous Drug Section" joins; "Sinaloa Cartel and El Chapo" does not.
        const runEnd = capRunEnd(T, last + 2, t.sent);
        const joined = runEnd >= last + 2 ? foldKey(a.text.slice(T[i]!.start, T[runEnd]!.end)) : '';
        // Not two names in a list: "CJNG and La Nueva Familia Michoacana".
        const listed = /^\p{Lu}[\p{Lu}\d-]+$/u.test(T[last]!.text) || ['la', 'las', 'los', 'el', 'the'].includes(T[last + 2]!.lower) || PLACES.has(foldKey(a.text.slice(T[i]!.start, T[last]!.end)));
        // (Not a body named after a body's complement: "Department of Justice and Treasury Department".)
        if (runEnd >= last + 2 && ((!listed && !hasInstitutionHead(T, last, last) && hasInstitutionHead(T, last + 2, runEnd) && !(complement && hasBodyHead(T, last + 2, runEnd))) || AGENCIES.has(joined))) { last = runEnd; continue; }
        // Inside what a body deals with, "and" joins the subjects: "Police Directorate against
        // Gangs and Organized Crime", "Ministry of Justice and Peace"; not a second body.
        if (runEnd >= last + 2 && complement && !listed && !hasBodyHead(T, last + 2, runEnd)) { last = runEnd; continue; }
        break;
      }
      // "on" and "against" join a body's name ("Commission on Human Rights"), never a place's:
      // "the Gulf of Urabá on the Caribbean coast" is a place and where it lies.
      // Once inside a body's complement, "of" goes on: "Office of the Comptroller of the Currency".
      if (INSTITUTION_JOINERS.has(n.lower) && n.lower !== 'the' && (hasInstitutionHead(T, Math.max(i, last - 2), last) || (complement && n.lower === 'of'))
        && ((n.lower !== 'on' && n.lower !== 'against') || hasInstitutionHead(T, Math.max(i, last - 2), last, true))) {
        let k = last + 2;
        if (T[k]?.lower === 'the') k++;
        // "the Narcotic and Dangerous Drug Section of the Justice Department": a unit and the body
        // it belongs to are two actors, each with a name of its own.
        if (n.lower === 'of' && last > i && UNIT_WORDS.has(T[last]!.lower) && namesBody(T, k, t.sent)) break;
        // "the Valle Cartel of Baltazar Ruelas": a group and the person it belongs to.
        if (n.lower === 'of' && T[k - 1]!.lower !== 'the' && GIVEN_NAMES.has(foldKey(T[k]!.text)) && isCapWord(T[k + 1]) && !HEAD_TYPES.has(T[k + 1]!.lower)) break;
        if (isCapWord(T[k]) && !NOT_NAMES.has(T[k]!.lower)) complement = true;
        if (isCapWord(T[k]) && !NOT_NAMES.has(T[k]!.lower)) { last = k; continue; }
        break;
      }
      // An embassy or consulate is named by its city: "the U.S. Embassy in Santo Domingo".
      if (n.lower === 'in' && (T[last]!.lower === 'embassy' || T[last]!.lower === 'consulate') && isCapWord(T[last + 2]) && T[last + 2]!.sent === t.sent) {
        last = capRunEnd(T, last + 2, t.sent);
        break;
      }
      // Possessive inside an office's name: Attorney's Office, Sheriff's Office.
      // Not after a body's own head: "the Justice Department's Office of International Affairs" is two bodies.
      if (/^['\u2019]s$/.test(n.text) && T[last + 2] && /^(Office|Department)$/.test(T[last + 2]!.text) && !BODY_HEADS.has(T[last]!.lower)) { last += 2; continue; }
      // A quoted nickname inside a name: Joaquín “El Chapo” Guzmán.
      if (OPEN_QUOTES.has(n.text)) {
        let k = last + 2;
        while (k < T.length && T[k]!.sent === t.sent && !CLOSE_QUOTES.has(T[k]!.text) && k - last < 8) k++;
        // A nickname is a short run of capitalised words (and particles), nothing else.
        let plainRun = true;
        for (let q = last + 2; q < k; q++) if (!isCapWord(T[q]) && !PARTICLES.has(T[q]!.lower) && !/^[-\u2010\u2011]$/.test(T[q]!.text) && T[q]!.kind !== 'number') plainRun = false;
        if (plainRun && k > last + 2 && CLOSE_QUOTES.has(T[k]?.text ?? '') && isCapWord(T[last + 2]) && isCapWord(T[k + 1]) && T[k + 1]!.sent === t.sent) {
          nick.push({ first: last + 2, last: k - 1 });
          last = k + 1;
          continue;
        }
        break;
      }
      // "Bureau of Alcohol, Tobacco, Firearms and Explosives": a list of single words, ending in
      // "and", as what a body deals with.
      if (n.text === ',' && complement) {
        let k = last + 1;
        let words = 0;
        while (T[k]?.text === ',' && isCapWord(T[k + 1]) && T[k + 1]!.sent === t.sent && !isCapWord(T[k + 2])) { k += 2; words++; }
        if (T[k]?.text === ',') k++;
        if (words >= 1 && T[k]?.lower === 'and' && isCapWord(T[k + 1]) && T[k + 1]!.sent === t.sent && !isCapWord(T[k + 2])) { last = k + 1; continue; }
      }
      // "Washington, D.C.": a city and its state or district when the gazetteer knows the pair.
      if (n.text === ',' && isCapWord(T[last + 2])) {
        const pair = a.text.slice(T[i]!.start, T[last + 2]!.end);
        if (PLACES.has(foldKey(pair)) && foldKey(pair).includes(' ')) { last += 2; continue; }
      }
      // A spaced dash inside a group's name: "Jalisco Cartel - New Generation".
      // (Not a dateline's place: "GUATEMALA CITY - Guatemalan authorities".)
      if (/^[-\u2013]$/.test(n.text) && n.space && hasInstitutionHead(T, i, last, true) && isCapWord(T[last + 2]) && T[last + 2]!.space) {
        const runEnd = capRunEnd(T, last + 2, t.sent);
        // "(Cartel de Jalisco Nueva Generación – CJNG)": an acronym after the dash is another name.
        if (runEnd - last - 1 <= 3 && !(runEnd === last + 2 && isAcronym(T[runEnd]!))) { last = runEnd; continue; }
        break;
      }
      // Lower-case group heads: Sinaloa cartel.
      if (TRAILING_HEADS.has(n.lower) && n.space) { last++; break; }
      // "the Lorenzana family", "the Mendoza clan": a family that acts as a group.
      if ((n.lower === 'family' || n.lower === 'clan' || n.lower === 'brothers') && n.space && T[i - 1]?.lower === 'the' && n.lower !== 'brothers') { last++; break; }
      break;
    }
    // Trailing particles or joiners never end a name.
    while (last > i && (PARTICLES.has(T[last]!.text) || INSTITUTION_JOINERS.has(T[last]!.lower))) last--;
    // A sentence-initial "The" belongs to the sentence, not the name.
    let first = i;
    while (first < last && T[first]!.lower === 'the') first++;
    // A lone capitalised word opening a sentence ("Police detained…", "Local authorities…") is
    // a name only if the text also capitalises it mid-sentence or a word list knows it.
    if (first === last && opens && first === i && !midCaps.has(t.text) && !isAcronym(t) && !KNOWN_SINGLE(t)) { i = last + 1; continue; }
    // A legal form after a comma ("Petróleos de Venezuela, S.A.") is part of the business named before it, not a name.
    if (first === last && LEGAL_FORMS.has(T[first]!.lower) && T[first - 1]?.text === ',') { i = last + 1; continue; }
    emit(a, out, first, last, nick, i);
    i = last + 1;
  }
  return out;
}

/** Last words of titles the list does not hold whole ("Security Secretary", "Finance Minister"). */
const TITLE_WORDS = new Set(['secretary', 'minister', 'director', 'commissioner', 'prosecutor', 'judge', 'governor', 'mayor', 'president', 'ambassador', 'spokesman', 'spokeswoman', 'chief', 'commander', 'superintendent', 'senator', 'congressman', 'congresswoman', 'deputy']);

const LEGAL_FORMS = new Set(['s.a.', 's.a', 'inc.', 'inc', 'llc', 'l.l.c.', 'ltd.', 'ltd', 'ltda.', 'ltda', 'corp.', 'corp', 'co.', 's.a.s.', 'plc', 'lp', 'llp', 's.r.l.', 'gmbh']);

/** Words for a unit inside a body or a group, which a number or "of the <body>" may follow. */
const UNIT_WORDS = new Set(['division', 'section', 'unit', 'branch', 'directorate', 'squad', 'task', 'force', 'front', 'frente', 'bloc', 'bloque', 'brigade', 'battalion', 'precinct', 'command', 'cell', 'wing']);
/** Heads of a body that stands on its own (a department, an office), not of a unit. */
const BODY_HEADS = new Set(['department', 'office', 'ministry', 'agency', 'administration', 'bureau', 'police', 'service', 'government', 'navy', 'army', 'fiscalía', 'ministerio', 'secretaría', 'procuraduría']);
const CALENDAR = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

function hasBodyHead(T: Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (BODY_HEADS.has(T[i]!.lower)) return true;
  return false;
}

/**
 * Asked of every token: a digit first (a character code) before the regex. The digit is read off
 * the text, which the next test reads anyway, not off the lower-cased copy: lower-casing makes
 * no digit and unmakes none.
 */
const isOrdinal = (t: Token): boolean => { const c = t.text.charCodeAt(0); return c >= 48 && c <= 57 && /^\d{1,3}(?:st|nd|rd|th)$/.test(t.lower); };

/** Does the run of capitalised words (and "'s") from k name a body: "Justice Department", "United States Attorney's Office"? */
function namesBody(T: Token[], k: number, sent: number): boolean {
  const from = k;
  let words = '';
  for (; k < T.length && T[k]!.sent === sent && k - from < 9 && (isCapWord(T[k]) || /^['\u2019]s$/.test(T[k]!.text)); k++) {
    if (BODY_HEADS.has(T[k]!.lower)) return true;
    words += (words ? ' ' : '') + T[k]!.text;
  }
  return words !== '' && AGENCIES.has(foldKey(words));
}

/** Last token of the run of capitalised words starting at `from` (from - 1 when there is none). */
function capRunEnd(T: Token[], from: number, sent: number): number {
  let k = from;
  while (isCapWord(T[k]) && T[k]!.sent === sent && !NOT_NAMES.has(T[k]!.lower)) k++;
  return k - 1;
}

/** "A. Eduardo Balarezo": a capital with a full stop before a name is an initial, not the article. */
function isInitial(T: Token[], i: number): boolean {
  return /^\p{Lu}\.$/u.test(T[i]!.text) && isCapWord(T[i + 1]) && T[i + 1]!.sent === T[i]!.sent;
}

function isAcronym(t: Token): boolean {
  return /^[\p{Lu}][\p{Lu}.&-]+$/u.test(t.text) && t.text.length >= 2;
}

const KNOWN_SINGLE = (t: Token) => PLACES.has(foldKey(t.text)) || GIVEN_NAMES.has(foldKey(t.text)) || AGENCIES.has(foldKey(t.text));

function isInstitutionEnd(t: Token): boolean {
  const h = HEAD_TYPES.get(t.lower);
  return !!h && h !== 'Location' && upperFirst(t.text);
}

/** Every title and its beginnings up to a space ("u.s.", "u.s. district"), for emit's prefilter. */
const TITLE_PREFIXES = new Set<string>();
for (const t of TITLES.keys()) {
  for (let sp = t.indexOf(' '); sp >= 0; sp = t.indexOf(' ', sp + 1)) TITLE_PREFIXES.add(t.slice(0, sp));
  TITLE_PREFIXES.add(t);
}

/** /\p{L}/u, answered without the regex when an ASCII letter comes before any other non-ASCII character. */
function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return /\p{L}/u.test(s.slice(i));
    const l = c | 32;
    if (l >= 97 && l <= 122) return true;
  }
  return false;
}

function emit(a: Analysis, out: NameSpan[], first: number, last: number, nick: { first: number; last: number }[], origin: number): void {
  const T = a.tokens;
  const spanFirst = first;
  // Split a leading title: "U.S. District Judge Richard J. Leon" → title "u.s. district judge".
  let title: string | null = null;
  // A quoted nickname keeps its title: “Don Mario”, “El Señor”.
  const inQuotes = OPEN_QUOTES.has(T[first - 1]?.text ?? '');
  if (!inQuotes) {
    // The phrases of the first one, two, … words, longest tried first. Only phrases that begin
    // some title are built: one that begins none is no title, nor is any longer one.
    const top = Math.min(last - 1, first + MAX_TITLE_WORDS - 1);
    const phrases: string[] = [];
    let phrase = T[first]!.lower;
    for (let k = first; k <= top && TITLE_PREFIXES.has(phrase); k++) {
      phrases.push(phrase);
      if (k < top) phrase = `${phrase} ${T[k + 1]!.lower}`;
    }
    for (let k = first + phrases.length - 1; k >= first; k--) {
      const phrase = phrases[k - first]!;
      // "Attorney General's Office" is an office, not a general with the title "Attorney".
      if (TITLES.has(phrase) && isCapWord(T[k + 1]) && !HEAD_TYPES.has(T[k + 1]!.lower) && !isInstitutionEnd(T[last]!)) {
        title = phrase;
        first = k + 1;
        break;
      }
    }
  }
  // "Security Secretary Omar García Harfuch", "Interior Minister Ana Ruiz": a title word inside
  // the span with a given name after it ends a title the list does not hold word for word.
  if (!title && !inQuotes) {
    for (let k = first + 1; k < last && k < first + 4; k++) {
      if (TITLE_WORDS.has(T[k]!.lower) && GIVEN_NAMES.has(foldKey(T[k + 1]!.text)) && !HEAD_TYPES.has(T[first]!.lower)) {
        title = a.text.slice(T[first]!.start, T[k]!.end).toLowerCase();
        first = k + 1;
        break;
      }
    }
  }
  if (first > last) return;
  // Inside quotation marks "The" belongs to the nickname: “The Desert Ant”.
  if (T[first - 1]?.text === 'The' && OPEN_QUOTES.has(T[first - 2]?.text ?? '')) first--;
  const start = T[first]!.start;
  const end = T[last]!.end;
  const text = a.text.slice(start, end);
  if (!hasLetter(text)) return;
  // Most names hold no nickname: no filtering, mapping, reversing for them.
  const inner = nick.length === 0 ? nick : nick.filter((n) => n.first >= first);
  const nicknames = inner.map((n) => ({
    text: a.text.slice(T[n.first]!.start, T[n.last]!.end), start: T[n.first]!.start, end: T[n.last]!.end,
  }));
  let plain = text;
  for (const n of inner.length === 0 ? inner : [...inner].reverse()) {
    // Drop the nickname with its quotes: "Joaquín “El Chapo” Guzmán" → "Joaquín Guzmán".
    const qs = T[n.first - 1]!.start - start;
    const qe = T[n.last + 1]!.end - start;
    plain = (plain.slice(0, qs).trimEnd() + ' ' + plain.slice(qe).trimStart()).trim();
  }
  // Quotation marks may wrap the title too: “Don Mario”.
  let b = Math.min(first, origin, spanFirst) - 1;
  if (T[b]?.lower === 'the') b--;
  const before = T[b];
  const after = T[last + 1];
  const quoted = !!before && OPEN_QUOTES.has(before.text) && !!after && (CLOSE_QUOTES.has(after.text) || (after.kind === 'punctuation' && CLOSE_QUOTES.has(T[last + 2]?.text ?? '')));
  const folded = foldName(plain);
  out.push({ first, last, start, end, text, nicknames, plain, key: folded.key, words: folded.words, folded, title, sent: T[first]!.sent, quoted, outerStart: T[spanFirst]!.start });
}
