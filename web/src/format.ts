/** Words and numbers as a newsroom writes them. Pure functions: tested in node. */

export function plural(n: number, one: string, many: string): string {
  return `${new Intl.NumberFormat('en-US').format(n)} ${n === 1 ? one : many}`;
}

/** "forfeiture_ordered" → "Forfeiture ordered". */
export function words(code: string): string {
  const s = code.replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** How a tie reads from the actor's side: [as subject, as object, symmetric]. */
const PREDICATE_LABELS: Record<string, [string, string]> = {
  leader_of: ['Leader of', 'Led by'],
  member_of: ['Member of', 'Members'],
  works_for: ['Works for', 'Employs'],
  family: ['Family', 'Family'],
  associate: ['Associates', 'Associates'],
  ally: ['Allies', 'Allies'],
  rival: ['Rivals', 'Rivals'],
  part_of: ['Part of', 'Includes'],
  lawyer_of: ['Lawyer of', 'Represented by'],
  witness_against: ['Witness against', 'Faced testimony from'],
  colludes_with: ['Colludes with', 'Colluded with by'],
  supplier_of: ['Supplier of', 'Supplied by'],
  operates_in: ['Operates in', 'Present here'],
};

export function predicateLabel(predicate: string, direction: 'out' | 'in' | 'mutual'): string {
  const pair = PREDICATE_LABELS[predicate];
  if (!pair) return words(predicate);
  return direction === 'in' ? pair[1] : pair[0];
}

/** The predicate as a verb phrase between two names: "leader of", "rival of". */
export function predicatePhrase(predicate: string): string {
  return ({ family: 'family of', associate: 'associate of', ally: 'ally of', rival: 'rival of' } as Record<string, string>)[predicate]
    ?? predicate.replace(/_/g, ' ');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date at the precision the text gave it: 2021, Mar 2021, 2 Mar 2021. */
export function formatDate(date: string | null | undefined, precision?: string | null): string | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/u.exec(date);
  if (!m) return date;
  const p = precision ?? (m[3] ? 'day' : m[2] ? 'month' : 'year');
  if (p === 'year' || !m[2]) return m[1]!;
  const month = MONTHS[Number(m[2]) - 1] ?? m[2];
  if (p === 'month' || !m[3]) return `${month} ${m[1]}`;
  return `${Number(m[3])} ${month} ${m[1]}`;
}

/** "2008–2014", "since 2008", "until 2014", or null. */
export function formatSpan(start: string | null, end: string | null): string | null {
  const s = formatDate(start);
  const e = formatDate(end);
  if (s && e) return s === e ? s : `${s}–${e}`;
  if (s) return `since ${s}`;
  if (e) return `until ${e}`;
  return null;
}

const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£' };

/** $529 million, $1.4 billion, $950,000, MXN 180 billion. */
export function formatMoney(amount: number, currency: string): string {
  const symbol = SYMBOLS[currency];
  const prefix = symbol ?? `${currency} `;
  const abs = Math.abs(amount);
  const scaled = (n: number, unit: string) => `${prefix}${new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(n)} ${unit}`;
  if (abs >= 1e9) return scaled(amount / 1e9, 'billion');
  if (abs >= 1e6) return scaled(amount / 1e6, 'million');
  return `${prefix}${new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(amount)}`;
}

/** A short axis label for money: $529M, $1.4B. */
export function formatMoneyShort(amount: number, currency: string): string {
  const prefix = SYMBOLS[currency] ?? `${currency} `;
  const abs = Math.abs(amount);
  const f = (n: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(n);
  if (abs >= 1e9) return `${prefix}${f(amount / 1e9)}B`;
  if (abs >= 1e6) return `${prefix}${f(amount / 1e6)}M`;
  if (abs >= 1e3) return `${prefix}${f(amount / 1e3)}K`;
  return `${prefix}${f(amount)}`;
}

/** The middle of a date's extent, in ms since 1970: where it sits on a time axis. */
export function dateMidpoint(date: string): number | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/u.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
  if (d !== null && mo !== null) return Date.UTC(y, mo - 1, d, 12);
  if (mo !== null) return (Date.UTC(y, mo - 1, 1) + Date.UTC(y, mo, 1)) / 2;
  return (Date.UTC(y, 0, 1) + Date.UTC(y + 1, 0, 1)) / 2;
}

/** The extent [start, end) of a date at its precision, in ms. */
export function dateExtent(date: string): [number, number] | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/u.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
  if (d !== null && mo !== null) return [Date.UTC(y, mo - 1, d), Date.UTC(y, mo - 1, d + 1)];
  if (mo !== null) return [Date.UTC(y, mo - 1, 1), Date.UTC(y, mo, 1)];
  return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
}

/** A timestamp as YYYY-MM-DD, for URLs. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A tie as read from one actor towards the other: "leader of", "led by", "rival of". */
export function tieFrom(predicate: string, actorIsSubject: boolean): string {
  if (actorIsSubject || ['family', 'associate', 'ally', 'rival'].includes(predicate)) return predicatePhrase(predicate);
  return predicateLabel(predicate, 'in').toLowerCase();
}
