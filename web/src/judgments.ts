/**
 * Judgment controls: merge, split, reject, confirm. They POST to /api/judgments; what
 * the server says (recorded, refused, or not available yet) is shown at the foot of the
 * window, wherever the person clicked, and in the panel. Who decides is remembered in this
 * browser.
 */
import { api, ApiError, type EntitySummary, type JudgmentInput } from './api.js';
import { h } from './dom.js';
import { badge } from './ui.js';

const AUTHOR_KEY = 'nexo.author';

/** A note at the foot of the window: seen wherever on the page the button was. */
function toast(message: string, kind: 'ok' | 'error' | 'info'): void {
  let el = document.getElementById('toast');
  if (!el) {
    el = h('div', { id: 'toast', class: 'toast', role: 'status', 'aria-live': 'polite' });
    document.body.append(el);
  }
  el.className = `toast ${kind} shown`;
  el.textContent = message;
  const mine = el;
  clearTimeout(Number(mine.dataset.timer));
  mine.dataset.timer = String(window.setTimeout(() => mine.classList.remove('shown'), 5_000));
}

export interface JudgmentPanel {
  node: HTMLElement;
  /** A small button that records a judgment and reports back in the panel's status line. */
  button(label: string, title: string, judgment: () => Omit<JudgmentInput, 'author'>): HTMLButtonElement;
}

export function judgmentPanel(entity: EntitySummary): JudgmentPanel {
  const author = h('input', { type: 'text', id: 'judgment-author', maxlength: 100, placeholder: 'Your name', autocomplete: 'name' });
  author.value = localStorage.getItem(AUTHOR_KEY) ?? '';
  author.addEventListener('change', () => localStorage.setItem(AUTHOR_KEY, author.value.trim()));
  const status = h('p', { class: 'judgment-status', role: 'status', 'aria-live': 'polite' });

  async function send(judgment: Omit<JudgmentInput, 'author'>, button: HTMLButtonElement): Promise<void> {
    const who = author.value.trim();
    if (who === '') {
      status.className = 'judgment-status error';
      status.textContent = 'Give your name first: every judgment records who made it.';
      toast(status.textContent, 'error');
      author.focus();
      return;
    }
    localStorage.setItem(AUTHOR_KEY, who);
    button.disabled = true;
    status.className = 'judgment-status';
    status.textContent = 'Recording…';
    try {
      await api.judge({ ...judgment, author: who });
      status.className = 'judgment-status ok';
      status.textContent = 'Recorded. It will hold through re-extraction and re-ingest.';
      toast(status.textContent, 'ok');
    } catch (err) {
      status.className = 'judgment-status error';
      status.textContent = err instanceof ApiError ? err.message : 'The judgment could not be sent.';
      toast(status.textContent, err instanceof ApiError && err.status === 501 ? 'info' : 'error');
    } finally {
      button.disabled = false;
    }
  }

  const button = (label: string, title: string, judgment: () => Omit<JudgmentInput, 'author'>) => {
    const b: HTMLButtonElement = h('button', {
      type: 'button', class: 'judge', title, 'data-judgment': label.toLowerCase(),
      onclick: () => void send(judgment(), b),
    }, label);
    return b;
  };

  // Merge: find the other actor by name, then confirm.
  const mergeInput = h('input', { type: 'search', placeholder: 'Same actor under another name…', 'aria-label': 'Actor to merge' });
  const suggestions = h('ul', { class: 'suggestions' });
  let timer = 0;
  mergeInput.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(async () => {
      const q = mergeInput.value.trim();
      if (q.length < 2) { suggestions.replaceChildren(); return; }
      const r = await api.search(q, {}, 8).catch(() => null);
      const others = (r?.entities ?? []).map((hit) => hit.item).filter((e) => e.id !== entity.id);
      suggestions.replaceChildren(...others.map((o) => h('li', null,
        button(`Merge`, `Record that ${o.name} is ${entity.name}`, () => ({ action: 'merge', entityId: entity.id, otherEntityId: o.id })),
        h('span', null, o.name), badge(o.type))));
    }, 200);
  });

  const node = h('section', { class: 'judgments card', 'aria-label': 'Judgments' },
    h('h3', null, 'Is this right?'),
    h('p', { class: 'small muted' }, 'Merge duplicates, split off a name that is someone else, reject or confirm a fact. Judgments are kept with your name.'),
    h('label', { class: 'small', for: 'judgment-author' }, 'Judged by'), author,
    h('div', { class: 'merge' }, mergeInput, suggestions),
    status);
  return { node, button };
}
