/**
 * An actor's profile: names and where they came from, ties grouped by predicate with the
 * other actor, period and corroboration, dated events, money — each with its evidence —
 * and the controls that record a person's judgment about them.
 */
import { api, type Contradiction, type Profile, type TieGroup } from '../api.js';
import { h } from '../dom.js';
import { formatDate, formatMoney, formatSpan, plural, predicateLabel, words } from '../format.js';
import { judgmentPanel, type JudgmentPanel } from '../judgments.js';
import { docHref, ledgerHref, networkHref, timelineHref, type Route } from '../routes.js';
import { badge, empty, entityLink, evidence, section, sources } from '../ui.js';
import type { View } from '../view.js';

function contradictionFlag(list: Contradiction[]): HTMLElement | null {
  if (list.length === 0) return null;
  const what = list.map((c) => `${c.field}: ${c.values.map((v) => v.value).join(' vs ')}`).join('; ');
  return h('span', { class: 'flag', title: `Sources disagree — ${what}` }, '⚠ Sources disagree');
}

function factButtons(panel: JudgmentPanel, entityId: string, factKind: 'relation' | 'event' | 'amount', factId: string): HTMLElement {
  return h('span', { class: 'fact-actions' },
    panel.button('Confirm', 'Record that you checked this against its sources', () => ({ action: 'confirm', entityId, factKind, factId })),
    panel.button('Reject', 'Record that this is wrong', () => ({ action: 'reject', entityId, factKind, factId })));
}

function tiesSection(p: Profile, panel: JudgmentPanel): HTMLElement {
  const count = p.ties.reduce((n, g) => n + g.ties.length, 0);
  return section('Ties', count, count === 0 ? empty('No tie stated.') : p.ties.map((g: TieGroup) =>
    h('div', { class: 'tie-group' },
      h('h3', null, predicateLabel(g.predicate, g.direction)),
      h('ul', { class: 'facts' }, g.ties.map((t) => h('li', { class: 'fact' },
        h('div', { class: 'fact-line' },
          entityLink(t.other), badge(t.other.type),
          t.qualifier ? h('span', { class: 'fact-note' }, g.direction === 'in' ? `their ${t.qualifier}` : t.qualifier) : null,
          formatSpan(t.start, t.end) ? h('span', { class: 'fact-note period' }, formatSpan(t.start, t.end)) : null,
          sources(t.corroboration),
          contradictionFlag(t.contradictions),
          factButtons(panel, p.id, 'relation', t.relationId)),
        evidence(t.citations)))))));
}

function eventsSection(p: Profile, panel: JudgmentPanel): HTMLElement {
  return section('Events', p.events.length, p.events.length === 0 ? empty('No event stated.') : h('ol', { class: 'facts dated' },
    p.events.map((e) => {
      const when = formatDate(e.date, e.precision);
      const roles = Object.entries(e.others).map(([role, who]) => h('span', { class: 'fact-note' }, `${words(role)}: `, entityLink(who)));
      return h('li', { class: 'fact' },
        h('div', { class: when ? 'when' : 'when unknown' }, when ?? 'Undated'),
        h('div', null,
          h('div', { class: 'fact-line' },
            h('span', { class: `badge ev-${e.type}` }, words(e.type)),
            e.subject.id !== p.id ? entityLink(e.subject) : null,
            e.place && e.place.id !== p.id ? h('span', { class: 'fact-note' }, 'in ', entityLink(e.place)) : null,
            roles, sources(e.corroboration), contradictionFlag(e.contradictions),
            factButtons(panel, p.id, 'event', e.id)),
          e.detail ? h('div', { class: 'detail' }, e.detail) : null,
          evidence(e.citations)));
    })));
}

function amountsSection(p: Profile, panel: JudgmentPanel): HTMLElement | null {
  if (p.amounts.length === 0) return null;
  return section('Money', p.amounts.length, h('ul', { class: 'facts' }, p.amounts.map((a) => h('li', { class: 'fact' },
    h('div', { class: 'fact-line' },
      h('span', { class: 'figure' }, formatMoney(a.amount, a.currency)),
      h('span', { class: 'badge kind' }, words(a.kind)),
      formatDate(a.date) ? h('span', { class: 'fact-note' }, formatDate(a.date)) : null,
      sources(a.corroboration), contradictionFlag(a.contradictions),
      factButtons(panel, p.id, 'amount', a.id)),
    a.basis ? h('div', { class: 'detail' }, a.basis) : null,
    evidence(a.citations)))),
  h('p', { class: 'small' }, h('a', { href: ledgerHref(p.id) }, 'Open in the ledger →')));
}

function aliasesSection(p: Profile, panel: JudgmentPanel): HTMLElement {
  const names = p.aliases.filter((a) => a.name !== p.name || a.sources.length > 0);
  return h('section', { class: 'card aliases', 'aria-label': 'Names' },
    h('h3', null, 'Names and where they came from'),
    h('ul', { class: 'alias-list' }, names.map((a) => h('li', { class: 'alias' },
      h('div', { class: 'alias-head' },
        h('span', { class: 'alias-name' }, a.name),
        h('span', { class: 'n' }, plural(a.count, 'mention', 'mentions')),
        a.name === p.name ? null : panel.button('Split off', `Record that “${a.name}” is someone else`, () => ({ action: 'split', entityId: p.id, alias: a.name }))),
      h('ul', { class: 'alias-sources' }, a.sources.map((s) => h('li', null,
        h('a', { href: docHref(s.documentId, s.firstMention ?? undefined) }, s.documentTitle ?? 'Untitled document'),
        s.published ? h('span', { class: 'muted' }, ` · ${formatDate(s.published)}`) : null)))))));
}

export async function profileView(route: Extract<Route, { view: 'entity' }>): Promise<View> {
  const p = await api.profile(route.id);
  const panel = judgmentPanel(p);
  const node = h('article', { class: 'page profile' },
    h('header', { class: 'profile-head' },
      h('div', { class: 'kicker' }, badge(p.type)),
      h('h1', null, p.name),
      h('div', { class: 'profile-meta' },
        `Named in ${plural(p.documents, 'document', 'documents')}`,
        p.contradictionsChecked ? null : h('span', { class: 'muted', title: 'Contradiction checks are not wired into this version yet' }, ' · contradictions not checked')),
      h('nav', { class: 'profile-links', 'aria-label': 'Open in' },
        h('a', { class: 'button', href: networkHref(p.id) }, 'Network'),
        h('a', { class: 'button', href: timelineHref(p.id) }, 'Timeline'),
        h('a', { class: 'button', href: ledgerHref(p.id) }, 'Ledger'))),
    h('div', { class: 'profile-body' },
      h('div', { class: 'profile-main' }, tiesSection(p, panel), eventsSection(p, panel), amountsSection(p, panel)),
      h('aside', { class: 'profile-side' }, aliasesSection(p, panel), panel.node)));
  return { node, title: p.name };
}
