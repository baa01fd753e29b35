/**
 * Page furniture out: what a web page wraps around an article (breadcrumbs, share
 * buttons, donation and newsletter appeals, comment prompts, copyright notices, teaser
 * lists) is not what the article states, and facts "extracted" from it are noise.
 *
 * The rules are general shapes of news pages, not strings of one site. Each works on a
 * whole line (a paragraph of the cleaned text) and has a guard that keeps article prose:
 * appeals must be addressed to the reader, teaser blocks are cut only after a heading
 * that names them and only when what follows looks like a list of teasers. When unsure,
 * a line stays: losing a sentence of the article is worse than keeping a "Share" button.
 */
import { findDate } from './dates.js';
import { tidyText } from './whitespace.js';

export interface FurnitureOptions {
  /** The known headline (metadata); copies of it at the top of the body are dropped. */
  title?: string | null;
  /** The outlet's name, which lets "About <outlet>" be recognized as a closing block. */
  outlet?: string | null;
}

export interface RemovedLine {
  rule: string;
  line: string;
}

export interface CleanedText {
  text: string;
  /** A headline found in the text itself (repeated at the top, or behind a breadcrumb). */
  title: string | null;
  /** What was removed and by which rule, so a person can check the cleaning. */
  removed: RemovedLine[];
}

// ---------------------------------------------------------------------------------------
// Line shapes

function wordCount(line: string): number {
  return line.split(/\s+/).filter(Boolean).length;
}

/** Ends like a sentence (or a quoted or bracketed one). */
function endsSentence(line: string): boolean {
  return /[.!?]["”’)\]]?$/.test(line);
}

/** A line that reads as article prose: long and finished like a sentence. */
function isProse(line: string): boolean {
  const words = wordCount(line);
  return (words >= 15 && /[.!?:"”’)\]]$/.test(line)) || words >= 30;
}

/** A line that quotes someone: appeals and prompts inside quotes are reporting, not furniture. */
function isQuoteOrReport(line: string): boolean {
  return /["“”]/.test(line) || /\b(said|says|told|according to)\b/i.test(line);
}

function normalizeForCompare(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// ---------------------------------------------------------------------------------------
// Whole-line rules, applied anywhere in the text

interface LineRule {
  name: string;
  /** Longest line (in words) the rule may remove: furniture is short, prose is not. */
  maxWords: number;
  /** Whether a line that quotes or reports speech is exempt. */
  sparesQuotes: boolean;
  test: (line: string) => boolean;
}

const SHARE_WORDS = new Set(
  (
    'share shares sharing shared icon icons facebook twitter x linkedin whatsapp telegram reddit pinterest ' +
    'bluesky threads mastodon flipboard messenger email e-mail mail print copy link url tweet this article story ' +
    'page post on via the to your with friends save gift comments comment ' +
    // Spanish, the other language of the reporting nexo reads
    'compartir comparte comparta compartido este esta artículo nota en por imprimir correo enviar guardar'
  ).split(' '),
);
const SHARE_TRIGGERS = /\b(share|icons?|facebook|twitter|linkedin|whatsapp|telegram|reddit|pinterest|tweet|print|e-?mail|copy link|compart\w*|imprimir)\b/i;

function isShareLine(line: string): boolean {
  const words = line
    .toLowerCase()
    .replace(/[^\p{L}\s-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return words.length > 0 && words.every((w) => SHARE_WORDS.has(w)) && SHARE_TRIGGERS.test(line);
}

const anyOf =
  (...patterns: RegExp[]) =>
  (line: string) =>
    patterns.some((p) => p.test(line));

const LINE_RULES: LineRule[] = [
  { name: 'share', maxWords: 10, sparesQuotes: false, test: isShareLine },
  {
    name: 'feedback',
    maxWords: 12,
    sparesQuotes: false,
    test: anyOf(
      /^(was|is|did you find) this (content|article|story|page|information|post|report)? ?(helpful|useful)\??$/i,
      /^(how (useful|helpful) was this|rate this (article|story))\??$/i,
    ),
  },
  {
    name: 'donation appeal',
    maxWords: 80,
    sparesQuotes: true,
    test: (line) =>
      /\bwe need (your )?(resources|support|help|funding|donations)\b/i.test(line) ||
      /\b(necesitamos (tu|su) apoyo|apoya (nuestro|el) periodismo|haz una donación|dona ahora)\b/i.test(line) ||
      /\bsupport (our|independent|quality|nonprofit|non-profit|local|investigative)( \w+)? (journalism|reporting|work|newsroom|mission)\b/i.test(line) ||
      /\b(become|becoming) a (member|supporter|patron|sustaining member)\b/i.test(line) ||
      /\b(make|making) a (contribution|donation|gift)\b/i.test(line) ||
      (/\b(donate|donation|donations|donating|chip in)\b/i.test(line) && /\b(you|your|please|today|us|our|we)\b/i.test(line)),
  },
  {
    name: 'comment prompt',
    maxWords: 40,
    sparesQuotes: true,
    test: anyOf(
      /\bwhat are your thoughts\b/i,
      /\b(deja|déjanos|escribe) (un|tu|su) comentario\b/i,
      /^¿qué opinas\??$/i,
      /\b(leave|post|add|write|submit) a comment\b/i,
      /\bjoin the (conversation|discussion|debate)\b/i,
      /\bcomments? (are|is) (now )?(closed|open)\b/i,
      /\bsend (\w+ ){0,3}your (comments|feedback|tips)\b/i,
      /\bclick here to (send|comment|share|leave)\b/i,
      /\bhave your say\b/i,
      /^(\d+ )?comments?$/i,
      /^(show|view|load|read|see) (all )?(\d+ )?comments?$/i,
    ),
  },
  {
    name: 'newsletter',
    maxWords: 45,
    sparesQuotes: true,
    test: (line) =>
      (/\bnewsletters?\b/i.test(line) && /\b(sign ?-?up|subscribe|subscribing|inbox|e-?mail|delivered|get|receive)\b/i.test(line)) ||
      (/\b(boletín|newsletter)\b/i.test(line) && /\b(suscr[íi]be(te)?|reg[íi]strate|recibe|recibir|correo)\b/i.test(line)) ||
      /\b(sign up|subscribe) (for|to) (our|the|my)\b/i.test(line) ||
      /\benter your (e-?mail|email address)\b/i.test(line) ||
      /\b(delivered|straight|directly|sent) (straight |directly )?to your inbox\b/i.test(line) ||
      /\bby (signing up|subscribing|clicking [^,]{1,20}),? you (agree|accept|consent)\b/i.test(line),
  },
  {
    name: 'copyright',
    maxWords: 90,
    sparesQuotes: true,
    test: anyOf(
      /\ball rights reserved\b/i,
      /\btodos los derechos reservados\b/i,
      /\bcreative commons\b/i,
      /^(©|\(c\)\s*\d{4}|copyright\b)/i,
      /©\s*\d{4}/,
      /\b(copy|republish|reprint|reproduce|redistribute|distribute)( and (distribute|republish|share))? (our|this) (work|articles?|content|story|stories|journalism|reporting)\b/i,
      /\bmay not be (published|reproduced|broadcast|rewritten|redistributed)\b/i,
    ),
  },
  {
    // "SEE ALSO: Profile of …", "Read more: …", "RELATED: …": a link to another story.
    name: 'teaser link',
    maxWords: 30,
    sparesQuotes: false,
    test: (line) =>
      /^(see also|read more|read also|also read|related|related (story|article|content|coverage|link)|recommended|read next|watch|listen|further reading|don'?t miss|must read|more|lee también|lea también|ver también|leer más|te puede interesar|relacionad[oa]s?)\s*[:»|–—]\s*\S/i.test(
        line,
      ),
  },
  {
    name: 'page control',
    maxWords: 5,
    sparesQuotes: false,
    test: (line) =>
      /^(advertisement|advertising|sponsored( content)?|skip to (main )?content|menu|search|close|back to top|continue reading|story continues below( advertisement)?|scroll to continue( with content)?|loading\W*|sign in|log in|register|subscribe( now)?|sign up( now)?|donate( now)?|home|show more|load more)\W*$/i.test(
        line,
      ),
  },
  {
    // Wire-service sign-offs: "(Reporting by … ; Editing by …)".
    name: 'credits',
    maxWords: 30,
    sparesQuotes: true,
    test: (line) => /^\(?(reporting|additional reporting|writing|editing) by\b/i.test(line),
  },
  {
    name: 'follow',
    maxWords: 15,
    sparesQuotes: true,
    test: (line) => /^follow (us|@\w+|\S+( \S+){0,3} on (twitter|x|facebook|instagram|bluesky|threads|linkedin|telegram|tiktok))\b/i.test(line),
  },
  {
    // A credit standing alone under a picture: "Photo: Jane Roe/Reuters".
    name: 'photo credit',
    maxWords: 15,
    sparesQuotes: false,
    test: (line) => /^(photo|photograph|image|picture|graphic|illustration|video)s?( credit)?\s*(:|\/|by\b)/i.test(line) || /^(credit|courtesy)\s*[:/]/i.test(line),
  },
];

// ---------------------------------------------------------------------------------------
// Photo credits at the end of a caption

// "(Eduardo Verdugo/AP)", "(U.S. Law Enforcement via AP)", "(Photo: Jane Roe)". A credit
// is short, names a source, and does not end like a sentence, which keeps asides such as
// "(He was recaptured in 2016.)" in the text.
const TRAILING_PARENS = /(^|[.!?"”’]\s*)\(([^()]{2,90})\)$/;

function isCredit(inner: string): boolean {
  const s = inner.trim();
  if (/[.!?]$/.test(s) && !/\b[A-Z]\.$/.test(s)) return false;
  return (
    /^(photo|photograph|image|picture|credit|courtesy|file photo)\b/i.test(s) ||
    /\bvia\s+[\p{Lu}][\p{L}.&' -]{0,40}$/u.test(s) ||
    /^[\p{Lu}][^()/]{0,60}\/\s*[\p{Lu}][\p{L}.&' -]{0,40}$/u.test(s) ||
    /^(AP|AFP|Reuters|EPA|EFE|Getty Images|Bloomberg|Xinhua|ANSA|dpa)$/i.test(s)
  );
}

/** Strips a photo credit from the end of a caption line; returns the line unchanged otherwise. */
export function stripTrailingCredit(line: string): string {
  const m = TRAILING_PARENS.exec(line);
  if (!m || !isCredit(m[2]!)) return line;
  return line.slice(0, m.index + m[1]!.length).trim();
}

// ---------------------------------------------------------------------------------------
// The top of the page: breadcrumbs, repeated headlines, bylines, timestamps

const MAX_TOP_LINES = 15;

/** "Home › News › Mexico": short items between separators. */
function isSeparatedNav(line: string): boolean {
  const parts = line.split(/\s*(?:›|»|>|\||\/|·|•)\s*/).filter(Boolean);
  return parts.length >= 3 && parts.every((p) => wordCount(p) <= 4) && wordCount(line) <= 20;
}

/** "HomeNewsAnalysis": menu items that lost their spaces when the page was flattened. */
const GLUED_MENU = /^(?:[\p{Lu}][\p{Ll}\p{N}'&-]+){3,}$/u;
/** The same, glued straight onto the headline: "HomeNews" + "Corruption Case …". */
const GLUED_PREFIX = /^(?:[\p{Lu}][\p{Ll}\p{N}'&-]+)+$/u;

function isByline(line: string): boolean {
  return /^(by|por)\s+[\p{Lu}]/u.test(line.replace(/^(by|por)\b/i, (w) => w.toLowerCase())) && wordCount(line) <= 14 && !endsSentence(line.replace(/\b[A-Z]\.$/, ''));
}

/** A line that only dates the page: "Published on 3 May 2020", "Updated: 2021-02-03 10:15 ET". */
function isTimestamp(line: string): boolean {
  if (/^\d+\s*(min|mins|minute|minutes)( read)?$/i.test(line)) return true;
  const date = findDate(line);
  if (!date) return false;
  const rest = (line.slice(0, date.index) + ' ' + line.slice(date.index + date.length))
    .replace(/\b(published|updated|posted|last updated|modified|first published|date|on|at|am|pm|a\.m\.|p\.m\.|(mon|tues|wednes|thurs|fri|satur|sun)day|publicado|actualizado|el|a las|hrs?|(lunes|martes|miércoles|jueves|viernes|sábado|domingo))(?![\p{L}])/giu, ' ')
    .replace(/\b[A-Z]{2,4}\b/g, ' ') // time zones: ET, GMT, UTC, CEST
    .replace(/\d{1,2}[:.]\d{2}(:\d{2})?/g, ' ')
    .replace(/[\s:,|·•–—-]+/g, '');
  return rest === '';
}

interface TopResult {
  title: string | null;
}

function cleanTop(lines: Line[], opts: FurnitureOptions): TopResult {
  const top: Line[] = [];
  for (const l of lines) {
    if (top.length >= MAX_TOP_LINES || isProse(l.text)) break;
    top.push(l);
  }
  let title: string | null = null;
  const known = opts.title ? normalizeForCompare(opts.title) : null;

  // A breadcrumb glued to the headline: "HomeNewsAnalysisCorruption Case …" followed by
  // "Corruption Case …" on its own line.
  for (const a of top) {
    for (const b of top) {
      if (a === b || a.removed || wordCount(b.text) < 3 || !a.text.endsWith(b.text)) continue;
      const raw = a.text.slice(0, a.text.length - b.text.length);
      const prefix = raw.trim();
      const glued = raw === prefix && GLUED_PREFIX.test(prefix);
      if (prefix && (glued || /[›»>|/:·•]$/.test(prefix))) {
        a.remove('breadcrumb');
        title ??= b.text;
      }
    }
  }

  const counts = new Map<string, number>();
  for (const l of top) if (!l.removed) counts.set(l.text, (counts.get(l.text) ?? 0) + 1);
  for (const l of top) {
    if (l.removed) continue;
    const headlineLike = wordCount(l.text) <= 25 && !/\.$/.test(l.text);
    if (known !== null && normalizeForCompare(l.text) === known) {
      l.remove('title');
    } else if (headlineLike && ((counts.get(l.text) ?? 0) > 1 || l.text === title)) {
      title ??= l.text;
      l.remove('title');
    } else if (isSeparatedNav(l.text) || GLUED_MENU.test(l.text)) {
      l.remove('navigation');
    } else if (isByline(l.text)) {
      l.remove('byline');
    } else if (isTimestamp(l.text)) {
      l.remove('timestamp');
    }
  }

  // With no headline known from metadata or repetition, a short first paragraph that
  // does not end like a sentence is the headline ("Police Dismantle Smuggling Ring").
  // Breadcrumbs and menus above it are already gone.
  const first = top.find((l) => !l.removed);
  if (title === null && known === null && first && first.alone) {
    const words = wordCount(first.text);
    if (words >= 3 && words <= 25 && !/[.,;:—–-]$/.test(first.text) && /\p{Ll}/u.test(first.text)) {
      title = first.text;
      first.remove('headline');
    }
  }
  return { title };
}

// ---------------------------------------------------------------------------------------
// Teaser blocks: "Related Content", "Most read", "More from …", "About <outlet>"

const BLOCK_HEADING =
  /^(related|related (content|articles?|stories|posts|coverage|news|reading|topics|links)|more (from|on|in|about) .{1,40}|more (stories|news|articles|coverage|like this|to read|reading)|most (read|popular|viewed|shared|commented|emailed)( .{0,30})?|recommended( for you| reading| stories| articles)?|trending( now| stories)?|you (may|might) (also )?(like|enjoy|be interested in)|read (more|next|also)|latest (news|stories|articles|headlines)|editor'?s'? (picks|choice)|top stories|popular (now|stories|articles)|further reading|keep reading|what to read next|in other news|around the web|from the archive|tags|topics|(notas|noticias|artículos|contenidos?) relacionad[oa]s|contenido relacionado|lo más (leído|visto)|más (leídas|leídos|vistas|noticias)|(también )?te (puede|podría) interesar|recomendad[oa]s|etiquetas|temas)\s*:?$/i;

function isBlockHeading(line: string, opts: FurnitureOptions): boolean {
  if (wordCount(line) > 8) return false;
  if (BLOCK_HEADING.test(line)) return true;
  return isAboutHeading(line, opts) !== null;
}

/**
 * "About InSight Crime", "About us", "About the author". Case-sensitive on purpose: a
 * capitalized name after "About" is an outlet's box; "About the cartel" would be prose.
 */
function isAboutHeading(line: string, opts: FurnitureOptions): 'known' | 'name' | null {
  const m = /^About (.+?):?$/.exec(line);
  if (!m) return null;
  const what = m[1]!;
  if (/^(us|the authors?|the reporters?|this (series|project|story))$/i.test(what)) return 'known';
  if (opts.outlet && normalizeForCompare(what) === normalizeForCompare(opts.outlet)) return 'known';
  return /^(?:[\p{Lu}\p{N}][\p{L}\p{N}'’&.-]*\s?){1,5}$/u.test(what) ? 'name' : null;
}

/** A label line of a teaser list: a date, or a CAPS category ("COCAINE / 14 DEC 2021"). */
function isLabel(t: string): boolean {
  return isTimestamp(t) || (/^[\p{Lu}\p{N}][\p{Lu}\p{N} &'’.,:/|–—-]{2,}$/u.test(t) && /\p{Lu}{3}/u.test(t));
}

/** A line as teaser lists print them: a headline, a date, a CAPS label, a cut-off blurb. */
function isTeaserLike(t: string, opts: FurnitureOptions): boolean {
  if (/(…|\.\.\.)$/.test(t)) return true;
  if (isLabel(t) || isBlockHeading(t, opts)) return true;
  return wordCount(t) <= 14 && !endsSentence(t);
}

/**
 * From each teaser heading, removes the run of teaser lines that follows it. A full
 * sentence joins the run only when it sits inside the list (the next line is a date,
 * a label or a cut-off blurb): teaser lists mix headlines with one-sentence summaries,
 * while the article's own paragraphs come in prose, not between labels. When the run
 * reaches the end of the text, everything from the heading on goes: that is the closing
 * block of "Related Content", "Most read" or "About <outlet>".
 */
function cutTeaserBlocks(lines: Line[], opts: FurnitureOptions): void {
  // Lines still in the text; each heading's run is walked from its position, so the
  // work stays proportional to the text even when a page has many teaser headings.
  const live = lines.filter((l) => !l.removed);
  for (let i = 0; i < live.length; i++) {
    const head = live[i]!;
    if (head.removed || !isBlockHeading(head.text, opts)) continue;
    const about = isAboutHeading(head.text, opts);

    let end = i + 1; // live[i + 1 .. end) belong to the block
    while (end < live.length) {
      const t = live[end]!.text;
      const next = live[end + 1]?.text;
      const inList = isTeaserLike(t, opts) || (next !== undefined && (isLabel(next) || /(…|\.\.\.)$/.test(next)));
      if (!inList) break;
      end++;
    }
    // A closing "About us / the author / <outlet>" box: a heading and a short bio in prose.
    const closingBox = about === 'known' && live.length - (i + 1) <= 2;
    if (end === live.length || closingBox) {
      for (const l of lines.slice(lines.indexOf(head))) l.remove('teaser block');
      return;
    }
    // In mid-text, "About <Name>" may be the article's own section heading.
    if (about === 'name') continue;
    for (let j = i; j < end; j++) live[j]!.remove('teaser block');
    i = end - 1;
  }
}

// ---------------------------------------------------------------------------------------

class Line {
  removedBy: string | null = null;
  /** A paragraph of one line (blank lines around it). */
  alone = false;
  constructor(
    public text: string,
    readonly original: string,
  ) {}
  get removed(): boolean {
    return this.removedBy !== null;
  }
  remove(rule: string): void {
    this.removedBy ??= rule;
  }
}

/** Removes page furniture from tidy plain text (paragraphs separated by blank lines). */
export function removeFurniture(input: string, opts: FurnitureOptions = {}): CleanedText {
  const raw = tidyText(input).split('\n');
  const lines: Line[] = [];
  // Blank lines are kept as markers (null) so paragraph breaks survive the removals.
  const layout: (Line | null)[] = raw.map((text) => {
    if (text === '') return null;
    const l = new Line(text, text);
    lines.push(l);
    return l;
  });

  layout.forEach((l, i) => {
    if (l) l.alone = !layout[i - 1] && !layout[i + 1];
  });

  const { title } = cleanTop(lines, opts);
  const credits: RemovedLine[] = [];

  for (const l of lines) {
    if (l.removed) continue;
    const words = wordCount(l.text);
    const rule = LINE_RULES.find((r) => words <= r.maxWords && !(r.sparesQuotes && isQuoteOrReport(l.text)) && r.test(l.text));
    if (rule) {
      l.remove(rule.name);
      continue;
    }
    const stripped = stripTrailingCredit(l.text);
    if (stripped === '') l.remove('photo credit');
    else if (stripped !== l.text) {
      credits.push({ rule: 'photo credit', line: l.text.slice(stripped.length).trim() });
      l.text = stripped;
    }
  }

  cutTeaserBlocks(lines, opts);

  const removed: RemovedLine[] = [...credits];
  const out: string[] = [];
  for (const l of layout) {
    if (l === null) out.push('');
    else if (l.removed) removed.push({ rule: l.removedBy!, line: l.original });
    else out.push(l.text);
  }
  return { text: tidyText(out.join('\n')), title, removed };
}
