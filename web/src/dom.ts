/**
 * Building the DOM without markup. The one rule of this UI: text from documents and the
 * graph reaches the page only as text nodes and as attribute values set through the DOM —
 * never through innerHTML or any other HTML parser. `h` is how elements are made, and it
 * has no path that parses markup; an article quoting "<script>" shows those characters.
 */

export type Child = Node | string | number | null | undefined | false | Child[];
type Handler = (event: Event) => void;
export type Props = Record<string, string | number | boolean | Handler | null | undefined>;

/** Only routes of our own and http(s) URLs become hrefs; no javascript: or data: URL ever does. */
export function safeHref(value: string): string {
  if (value.startsWith('#')) return value;
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch { /* not a URL */ }
  return '#';
}

export function append(el: Element | DocumentFragment, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** h('a', { href: '#/x', class: 'y', onclick: f }, 'text', child): strings become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props?: Props | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, v] of Object.entries(props ?? {})) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(key.replace(/^on/u, ''), v);
    else if (key === 'class') el.className = String(v);
    else if (key === 'href') el.setAttribute('href', safeHref(String(v)));
    // Handlers only ever come from code, as functions (above); an "on…" string is refused.
    else if (/^on/iu.test(key) || key === 'style' || key === 'srcdoc') throw new Error(`h: attribute ${key} is not set from strings`);
    else el.setAttribute(key, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element, with the same rules as h. */
export function s<K extends keyof SVGElementTagNameMap>(tag: K, props?: Record<string, string | number | Handler | null | undefined> | null, ...children: Child[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [key, v] of Object.entries(props ?? {})) {
    if (v === null || v === undefined) continue;
    if (typeof v === 'function') el.addEventListener(key.replace(/^on/u, ''), v);
    else if (/^on/iu.test(key) || key === 'style' || key === 'href') throw new Error(`s: attribute ${key} is not set from strings`);
    else el.setAttribute(key, String(v));
  }
  append(el, children);
  return el;
}

export function clear(el: Element): void {
  el.replaceChildren();
}
