/** What the relation, event and money rules read: tokens, mentions by sentence, dates, amounts. */
import type { EntityType, Evidence, Mention } from './extraction.js';
import type { Analysis, Token } from './tokens.js';
import type { DocEntity } from './entities.js';
import type { DateMention } from './dates.js';
import type { AmountMention } from './amounts.js';
import { TITLES } from './lexicon/index.js';
import genericNouns from './lexicon/generic-nouns.json' with { type: 'json' };

const NAME_STEMS = new Map<string, string[]>(Object.entries(genericNouns.nameStems));

export interface TokenMention extends Mention {
  first: number;
  last: number;
  type: EntityType;
}

/** Generic nouns for organisations and the type of entity they stand for. */
export const GENERIC_NOUN_TYPES = new Map<string, EntityType>([
  ...['cartel', 'gang', 'group', 'organization', 'organisation', 'clique', 'faction', 'network', 'syndicate', 'militia', 'clan', 'family', 'party', 'institute', 'think tank', 'outlet', 'newspaper'].map((n) => [n, 'Organization'] as [string, EntityType]),
  ...['bank', 'company', 'firm', 'lender', 'dealership', 'business', 'exchange', 'casino'].map((n) => [n, 'Company'] as [string, EntityType]),
  ...['agency', 'office', 'department', 'ministry', 'court', 'police', 'force', 'bureau', 'service', 'government', 'prosecutors', 'unit', 'section'].map((n) => [n, 'PublicBody'] as [string, EntityType]),
]);

/** The nouns a group is called by without its name ("the gang", "the cartel"), as a pattern alternation. */
export const GROUP_NOUNS = 'gang|cartel|group|organi[sz]ation|network|clan|clique|faction|militia|syndicate';
/** A group named generically as the subject a sentence opens on. */
export const GENERIC_OPENING = new RegExp(`^\\W*the (${GROUP_NOUNS})\\b`, 'i');
/** A group named generically anywhere. */
const GENERIC_GROUP = new RegExp(`\\bthe (${GROUP_NOUNS})\\b`, 'i');

/** Sentences an antecedent is looked for in, counting back from the phrase. */
const ANTECEDENT_WINDOW = 40;

export class DocContext {
  readonly T: Token[];
  readonly byId = new Map<string, DocEntity>();
  /** Mentions with token ranges, per sentence, in order. */
  readonly bySentence: TokenMention[][];
  readonly datesBySentence: DateMention[][];
  readonly amountsBySentence: AmountMention[][];
  /** Entity ids of people written with a judge's title. */
  readonly judges = new Set<string>();

  constructor(readonly a: Analysis, readonly entities: DocEntity[], mentions: Mention[], dates: DateMention[], amounts: AmountMention[],
    titled: { entity: string; title: string }[]) {
    this.T = a.tokens;
    for (const e of entities) this.byId.set(e.id, e);
    this.bySentence = a.sentences.map(() => []);
    let ti = 0;
    // A nickname inside a name ("Joaquín “El Chapo” Guzmán") is part of that mention, not a mention of its own here.
    let outerEnd = -1;
    for (const m of mentions) {
      if (m.start < outerEnd) continue;
      outerEnd = m.end;
      while (ti < this.T.length && this.T[ti]!.end <= m.start) ti++;
      let last = ti;
      while (last + 1 < this.T.length && this.T[last + 1]!.start < m.end) last++;
      const t = this.T[ti];
      if (!t) continue;
      const e = this.byId.get(m.entity);
      if (!e) continue;
      // Written out rather than spread: a spread copies through a slow generic path, and this runs per mention.
      this.bySentence[t.sent]!.push({ start: m.start, end: m.end, text: m.text, rule: m.rule, entity: m.entity, first: ti, last, type: e.type });
    }
    this.datesBySentence = this.spread(dates);
    this.amountsBySentence = this.spread(amounts);
    for (const t of titled) if (TITLES.get(t.title) === 'judge') this.judges.add(t.entity);
  }

  private spread<X extends { start: number }>(xs: X[]): X[][] {
    const out: X[][] = this.a.sentences.map(() => []);
    for (const x of xs) {
      const s = this.sentenceOf(x.start);
      out[s]!.push(x);
    }
    return out;
  }

  sentenceOf(offset: number): number {
    const ss = this.a.sentences;
    let lo = 0, hi = ss.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ss[mid]!.start <= offset) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  /** Token index of the first token starting at or after `offset`. */
  tokenAt(offset: number): number {
    let lo = 0, hi = this.T.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.T[mid]!.end <= offset) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  type(id: string): EntityType | undefined {
    return this.byId.get(id)?.type;
  }

  sentenceText(s: number): string {
    const sp = this.a.sentences[s]!;
    return this.a.text.slice(sp.start, sp.end);
  }

  evidence(s: number, rule: string, confidence = 0.7): Evidence {
    const sp = this.a.sentences[s]!;
    return { start: sp.start, end: sp.end, sentence: s, rule, confidence };
  }

  /**
   * What a generic noun phrase stands for ("its", "the cartel", "the bank", "the institute"):
   * the last entity before `offset` of the type the noun implies, preferring one whose name
   * contains the noun.
   */
  antecedent(offset: number, noun: string | null): TokenMention | undefined {
    const type = noun ? GENERIC_NOUN_TYPES.get(noun) : undefined;
    const s = this.sentenceOf(offset);
    // A pronoun ("its") points at the group named last; a noun ("the gang") at the story's group.
    if (!noun) {
      const isGroup = (x: TokenMention) => x.end <= offset && x.type !== 'Person' && x.type !== 'Location';
      const here = this.bySentence[s]!.filter(isGroup).at(-1);
      if (here) return here;
      // At a sentence's start, "its" is the previous sentence's subject: its first group, or the
      // group a generic subject there stands for ("Police said the gang … . Its founder …").
      for (let k = s - 1; k >= Math.max(0, s - ANTECEDENT_WINDOW); k--) {
        const prev = this.a.text.slice(this.a.sentences[k]!.start, this.a.sentences[k]!.end);
        const firstNamed = this.bySentence[k]!.find(isGroup);
        const generic = this.unnamed(k, GENERIC_GROUP.exec(prev));
        if (generic && (!firstNamed || generic.index < firstNamed.start - this.a.sentences[k]!.start)) return this.antecedent(this.a.sentences[k]!.start + generic.index, generic[1]!.toLowerCase());
        if (firstNamed) return firstNamed;
      }
      return undefined;
    }
    // Spanish and Portuguese names share the noun's stem: "institute" in "Instituto Fronteira Segura".
    const stems = NAME_STEMS.get(noun) ?? [noun.slice(0, Math.max(5, noun.length - 2))];
    const holdsNoun = (id: string) => { const n = this.lowerName(id); return stems.some((st) => n.includes(st)); };
    // A name the text itself followed with the noun ("the BLS clique", "Los Metros (LM) faction") is what "the clique" points back to.
    const describedBy = (m: TokenMention, n: string) => {
      // Most mentions are followed by something else: answer those from two character codes.
      const text = this.a.text;
      if (text.charCodeAt(m.end) !== 32) return false;
      const c = text.charCodeAt(m.end + 1);
      if (c !== 40 && c !== n.charCodeAt(0) && c !== n.charCodeAt(0) - 32) return false;
      const after = text.slice(m.end, m.end + n.length + 16).toLowerCase();
      const at = after.startsWith(' ' + n) ? 1 + n.length : after.startsWith(' (') && after.includes(') ' + n) ? after.indexOf(') ' + n) + 2 + n.length : -1;
      // The noun itself, not a longer word or its plural ("one of the oldest MS-13 cliques").
      return at > 0 && !/\p{L}/u.test(after.charAt(at));
    };
    // A sentence that opens on the noun ("The cartel's former leader, …", "The gang grew out of …")
    // continues the story of the group the sentences just before were about: the first one of
    // the right kind they name.
    if (/^\W*(?:the\s+)?$/i.test(this.a.text.slice(this.a.sentences[s]!.start, offset))) {
      for (let k = s - 1; k >= Math.max(0, s - 2); k--) {
        const fit = this.bySentence[k]!.find((m) => m.type !== 'Person' && m.type !== 'Location' && (!type || m.type === type || holdsNoun(m.entity)));
        // That sentence may itself go on about a group it names generically ("The group has worked as the partner of X").
        const kStart = this.a.sentences[k]!.start;
        const generic = this.unnamed(k, GENERIC_OPENING.exec(this.a.text.slice(kStart, this.a.sentences[k]!.end)));
        if (generic && (!fit || generic.index < fit.start - kStart)) return this.antecedent(kStart + generic.index, generic[1]!.toLowerCase());
        if (fit) return fit;
      }
    }
    // Candidates of the right type named before; the one whose name holds the noun wins, else
    // the one the story has named most so far ("the gang" is the story's gang), else the last.
    const counts = new Map<string, number>();
    const last = new Map<string, TokenMention>();
    const first = new Map<string, number>();
    // A generic phrase points back within the story's recent stretch; bounding it keeps long texts linear.
    for (let k = Math.max(0, s - ANTECEDENT_WINDOW); k <= s; k++) {
      const seenHere = new Set<string>();
      for (const m of this.bySentence[k]!) {
        if (m.end > offset || m.type === 'Person' || m.type === 'Location') continue;
        // Sentences that name it, not mentions: "Jalisco Cartel (CJNG)" is named once.
        if (seenHere.has(m.entity)) continue;
        seenHere.add(m.entity);
        if (noun && (holdsNoun(m.entity) || describedBy(m, noun))) {
          counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1000);
        } else if (!type || m.type === type) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
        else continue;
        last.set(m.entity, m);
        if (!first.has(m.entity)) first.set(m.entity, m.start);
      }
    }
    let best: TokenMention | undefined;
    let bestScore = -1;
    // On a tie, a group is the one the story introduced first (its topic); a bank or an agency the last named.
    const earlier = (a: string, b: string) => (type === 'Organization' || !type ? first.get(a)! < first.get(b)! : last.get(a)!.start > last.get(b)!.start);
    for (const [id, n] of counts) {
      if (n > bestScore || (n === bestScore && best && earlier(id, best.entity))) { best = last.get(id)!; bestScore = n; }
    }
    return best;
  }

  private readonly lowerNames = new Map<string, string>();
  /** An entity's name lower-cased, once per document: antecedent asks it of every candidate at every generic phrase. */
  private lowerName(id: string): string {
    let n = this.lowerNames.get(id);
    if (n === undefined) { n = this.byId.get(id)?.name.toLowerCase() ?? ''; this.lowerNames.set(id, n); }
    return n;
  }

  /** A generic phrase found in sentence k, unless it is the start of a name ("The Clan del Golfo"). */
  private unnamed(k: number, m: RegExpExecArray | null): RegExpExecArray | null {
    if (!m) return null;
    const at = this.a.sentences[k]!.start + m.index + m[0].length - m[1]!.length;
    return this.bySentence[k]!.some((x) => x.start <= at && at < x.end) ? null : m;
  }

  /**
   * The words of tokens [from, to], as `words(from, to).split(' ')` gives them (`['']` for none)
   * without building the string and cutting it again.
   */
  wordList(from: number, to: number): string[] {
    const lo = Math.max(0, from), hi = Math.min(to, this.T.length - 1);
    if (lo > hi) return [''];
    const out: string[] = [];
    for (let i = lo; i <= hi; i++) {
      const w = this.T[i]!.lower;
      // wink cuts tokens at spaces, but were one to hold a space, the split would cut it too.
      if (w.includes(' ')) out.push(...w.split(' ')); else out.push(w);
    }
    return out;
  }

  /** Lower-case words of tokens [from, to]. */
  words(from: number, to: number): string {
    const lo = Math.max(0, from), hi = Math.min(to, this.T.length - 1);
    // A quarter of the calls ask for one word: that word, without an array to join.
    if (lo === hi) return this.T[lo]!.lower;
    const out: string[] = [];
    for (let i = lo; i <= hi; i++) out.push(this.T[i]!.lower);
    return out.join(' ');
  }
}
