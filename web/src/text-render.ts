/**
 * A document's text as DOM: mentions become links coloured by type, and a cited passage
 * is wrapped with its whole sentence highlighted. Everything from the document goes in as
 * text nodes. Offsets are UTF-16 indices, as the server computed them, so slice() agrees.
 */
import { h } from './dom.js';
import { entityHref } from './routes.js';
import { typeClass, typeLabel } from './theme.js';

export interface Span { start: number; end: number }
export interface MentionSpan extends Span { entity: { id: string; type: string; name: string } }

/** Mentions sorted and without overlaps (the first, longest one wins), inside the text. */
export function cleanMentions(mentions: readonly MentionSpan[], length: number): MentionSpan[] {
  const sorted = [...mentions].filter((m) => m.start >= 0 && m.end <= length && m.start < m.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: MentionSpan[] = [];
  for (const m of sorted) if (out.length === 0 || m.start >= out[out.length - 1]!.end) out.push(m);
  return out;
}

/** The sentence holding `span`, widened to cover it, or the span itself. */
export function sentenceAround(span: Span, sentences: readonly Span[]): Span {
  const s = sentences.find((x) => x.start <= span.start && span.start < x.end);
  return s ? { start: Math.min(s.start, span.start), end: Math.max(s.end, span.end) } : span;
}

export function renderText(text: string, mentions: readonly MentionSpan[], sentences: readonly Span[], cited: Span | null):
  { body: HTMLElement; target: HTMLElement | null } {
  const body = h('div', { class: 'doc-text' });
  const list = cleanMentions(mentions, text.length);
  const sentence = cited ? sentenceAround(cited, sentences) : null;
  const cuts = new Set<number>([0, text.length]);
  for (const m of list) { cuts.add(m.start); cuts.add(m.end); }
  if (cited && sentence) for (const x of [cited.start, cited.end, sentence.start, sentence.end]) cuts.add(x);
  const points = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);

  let target: HTMLElement | null = null;
  let mi = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    if (a === b) continue;
    while (mi < list.length && list[mi]!.end <= a) mi++;
    const m = list[mi] && list[mi]!.start <= a && b <= list[mi]!.end ? list[mi]! : null;
    let piece: Node = document.createTextNode(text.slice(a, b));
    if (cited && a >= cited.start && b <= cited.end) piece = h('mark', null, piece);
    if (m) {
      piece = h('a', {
        class: `mention ${typeClass(m.entity.type)}`, href: entityHref(m.entity.id), title: `${m.entity.name} · ${typeLabel(m.entity.type)}`,
      }, piece);
    }
    if (sentence && a >= sentence.start && b <= sentence.end) {
      target ??= body.appendChild(h('span', { class: 'cited-sentence', tabindex: '-1', id: 'cited' }));
      target.append(piece);
    } else {
      body.append(piece);
    }
  }
  return { body, target };
}
