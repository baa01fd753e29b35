/**
 * The ledger: sums of money by party and kind, with totals and a chart. Totals are never
 * added across kinds or currencies (a forfeiture and an estimate of proceeds are not one
 * sum); each row cites the sentence that states it.
 */
import { api, type Ledger } from '../api.js';
import { h, s } from '../dom.js';
import { formatDate, formatMoney, formatMoneyShort, plural, words } from '../format.js';
import { docHref, entityHref, href, ledgerHref, type Route } from '../routes.js';
import { KIND_COLOUR } from '../theme.js';
import { badge, entityLink, notice, sources } from '../ui.js';
import type { View } from '../view.js';

type LedgerRoute = Extract<Route, { view: 'ledger' }>;
type Total = Ledger['totals'][number];

const CHART_ROWS = 12;

/** Bars per party for one currency, one bar per kind, longest first. */
function chart(totals: Total[], currency: string): SVGSVGElement | null {
  const rows = totals.filter((t) => t.currency === currency && t.party !== null);
  if (rows.length === 0) return null;
  const byParty = new Map<string, Total[]>();
  for (const t of rows) byParty.set(t.party!.id, [...(byParty.get(t.party!.id) ?? []), t]);
  const parties = [...byParty.values()].sort((a, b) => Math.max(...b.map((t) => t.total)) - Math.max(...a.map((t) => t.total))).slice(0, CHART_ROWS);
  const max = Math.max(...parties.flat().map((t) => t.total));
  const labelW = 210;
  const barW = 520;
  const barH = 12;
  const rowH = (n: number) => n * (barH + 3) + 12;
  const height = parties.reduce((y, p) => y + rowH(p.length), 8);
  const svg = s('svg', { class: 'chart', viewBox: `0 0 ${labelW + barW + 90} ${height}`, role: 'img', 'aria-label': `Totals by party in ${currency}` });
  let y = 8;
  for (const p of parties) {
    const party = p[0]!.party!;
    svg.append(s('text', { x: labelW - 10, y: y + barH - 1, class: 'bar-label', 'text-anchor': 'end' }, party.name.length > 30 ? `${party.name.slice(0, 29)}…` : party.name));
    p.sort((a, b) => b.total - a.total).forEach((t, i) => {
      const w = Math.max(2, (t.total / max) * barW);
      const by = y + i * (barH + 3);
      svg.append(
        s('rect', { x: labelW, y: by, width: w, height: barH, rx: 2, fill: KIND_COLOUR[t.kind] ?? '#6b7480' },
          s('title', null, `${party.name} · ${words(t.kind)} · ${formatMoney(t.total, t.currency)}`)),
        s('text', { x: labelW + w + 6, y: by + barH - 2, class: 'bar-value' }, formatMoneyShort(t.total, t.currency)));
    });
    y += rowH(p.length);
  }
  return svg;
}

export async function ledgerView(route: LedgerRoute): Promise<View> {
  // Unfiltered by kind as well, so every kind stays on offer as a chip.
  const [data, everyKind, party] = await Promise.all([
    api.ledger({ party: route.party, kinds: route.kinds, currency: route.currency }),
    route.kinds.length > 0 ? api.ledger({ party: route.party, currency: route.currency }) : Promise.resolve(null),
    route.party ? api.profile(route.party) : Promise.resolve(null),
  ]);
  // The chart shows one currency: the one asked for, else the one most rows are in.
  const counts = new Map<string, number>();
  for (const r of data.rows) counts.set(r.currency, (counts.get(r.currency) ?? 0) + 1);
  const chartCurrency = route.currency ?? [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'USD';
  const kindsPresent = [...new Set((everyKind ?? data).kindTotals.map((k) => k.kind))];

  const kindChip = (kind: string) => {
    const on = route.kinds.includes(kind);
    const kinds = on ? route.kinds.filter((k) => k !== kind) : [...route.kinds, kind];
    return h('a', { class: `chip${on ? ' on' : ''}`, href: href({ ...route, kinds }), 'aria-pressed': on ? 'true' : 'false' },
      h('span', { class: 'swatch kind-swatch', 'data-kind': kind }), words(kind));
  };

  // Cards for one currency at a time: a wall of every currency's sums says nothing at a glance.
  const otherCurrencies = [...counts.keys()].filter((c) => c !== chartCurrency).sort();
  const summary = h('div', null,
    h('div', { class: 'stat-grid ledger-totals' }, data.kindTotals.filter((k) => k.currency === chartCurrency).map((k) =>
      h('div', { class: 'stat', 'data-kind': k.kind, 'data-currency': k.currency },
        h('b', null, formatMoney(k.total, k.currency)),
        h('span', null, `${words(k.kind)} · ${plural(k.count, 'sum', 'sums')}`)))),
    otherCurrencies.length === 0 && !route.currency ? null : h('p', { class: 'currency-note' },
      route.currency ? ['Only ', route.currency, ' · ', h('a', { href: href({ ...route, currency: undefined } as LedgerRoute) }, 'all currencies')]
        : ['Totals above in ', chartCurrency, '. Also in: ', otherCurrencies.flatMap((c, i) => [i ? ', ' : '', h('a', { href: href({ ...route, currency: c }) }, c)])]));

  const totalsTable = h('table', { class: 'table totals-table' },
    h('thead', null, h('tr', null, h('th', null, 'Party'), h('th', null, 'Kind'), h('th', { class: 'num' }, 'Sums'), h('th', { class: 'num' }, 'Total'))),
    h('tbody', null, data.totals.map((t) => h('tr', null,
      h('td', null, t.party ? [entityLink(t.party), ' ', h('a', { class: 'small', href: ledgerHref(t.party.id), title: 'Only this party' }, 'filter')] : h('span', { class: 'muted' }, 'No party named')),
      h('td', null, words(t.kind)),
      h('td', { class: 'num' }, String(t.count)),
      h('td', { class: 'num figure-cell' }, formatMoney(t.total, t.currency))))));

  const rowsTable = h('table', { class: 'table rows-table' },
    h('thead', null, h('tr', null, h('th', null, 'Date'), h('th', null, 'Party'), h('th', null, 'Kind'), h('th', { class: 'num' }, 'Amount'), h('th', null, 'Stated in'))),
    h('tbody', null, data.rows.map((r) => {
      const c = r.citations[0];
      return h('tr', null,
        h('td', { class: 'nowrap' }, formatDate(r.date) ?? h('span', { class: 'muted' }, '—')),
        h('td', null, r.party ? entityLink(r.party) : h('span', { class: 'muted' }, '—')),
        h('td', null, words(r.kind), r.basis ? h('div', { class: 'detail small' }, r.basis) : null),
        h('td', { class: 'num figure-cell' }, formatMoney(r.amount, r.currency)),
        h('td', { class: 'cite-cell' },
          c ? h('a', { class: 'cite', href: docHref(c.documentId, { start: c.start, end: c.end }), title: 'Open the document at this sentence' },
            h('q', null, c.sentence.length > 180 ? `${c.sentence.slice(0, 179)}…` : c.sentence),
            h('span', { class: 'source' }, c.documentTitle ?? 'Untitled document')) : null,
          r.citations.length > 1 ? sources(r.corroboration) : null));
    })));

  const node = h('div', { class: 'page ledger-page' },
    h('header', { class: 'view-head' },
      h('h1', null, 'Ledger'),
      party
        ? h('p', { class: 'lede' }, 'Money stated for ', h('a', { href: entityHref(party.id) }, party.name), ' ', badge(party.type), ' · ', h('a', { href: ledgerHref() }, 'show all parties'))
        : h('p', { class: 'lede' }, 'Forfeitures, proceeds, settlements and seizures, by party. Totals are kept by kind and currency.')),
    h('div', { class: 'chips' }, kindsPresent.length > 1 || route.kinds.length > 0 ? [h('span', { class: 'muted small' }, 'Kind:'), ...kindsPresent.map(kindChip)] : null),
    data.rows.length === 0 ? notice('No sum of money has been read for this selection.') : [
      summary,
      h('section', { class: 'section' },
        h('h2', null, `Totals by party`, h('span', { class: 'count' }, chartCurrency)),
        chart(data.totals, chartCurrency),
        totalsTable),
      h('section', { class: 'section' },
        h('h2', null, 'Every sum', h('span', { class: 'count' }, String(data.rows.length))),
        rowsTable),
    ]);
  return { node, title: party ? `Ledger · ${party.name}` : 'Ledger' };
}
