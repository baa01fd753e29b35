/**
 * The timeline: all events, or one actor's, on a zoomable axis (wheel or buttons to zoom,
 * drag to pan) above a dated list. Filtering by type and zooming change the URL in place,
 * so the view as it stands can be bookmarked; each item opens to its evidence.
 */
import { api, type EventRecord, type Timeline } from '../api.js';
import { h, s } from '../dom.js';
import { dateExtent, dateMidpoint, formatDate, isoDay, plural, words } from '../format.js';
import { href, timelineHref, type Route } from '../routes.js';
import { eventColour, EVENT_FAMILY, FAMILY_COLOUR } from '../theme.js';
import { fit, lanes, pan, scale, ticks, zoom, type Domain } from '../time-axis.js';
import { entityLink, evidence, notice, sources } from '../ui.js';
import type { View } from '../view.js';

type TimelineRoute = Extract<Route, { view: 'timeline' }>;
type Item = Timeline['events'][number];

const AXIS_HEIGHT = 28;
const LANE = 16;
const MAX_LANES = 8;

function eventLine(e: Item, focus?: string): HTMLElement {
  const roles = Object.entries(e.others).map(([role, who]) => h('span', { class: 'fact-note' }, `${words(role)}: `, entityLink(who)));
  return h('div', { class: 'fact-line' },
    h('span', { class: `badge ev-${e.type}` }, words(e.type)),
    e.subject.id === focus ? h('b', null, e.subject.name) : entityLink(e.subject),
    e.place ? h('span', { class: 'fact-note' }, 'in ', entityLink(e.place)) : null,
    roles, sources(e.corroboration));
}

export async function timelineView(route: TimelineRoute): Promise<View> {
  const [data, focus] = await Promise.all([
    api.timeline({ entity: route.entity }),
    route.entity ? api.profile(route.entity) : Promise.resolve(null),
  ]);
  let state = route;
  const dated = data.events.filter((e) => e.date !== null && dateMidpoint(e.date) !== null);
  const times = dated.map((e) => dateMidpoint(e.date!)!);
  const full: Domain = times.length ? fit(Math.min(...times), Math.max(...times)) : fit(Date.UTC(2000, 0, 1), Date.UTC(2020, 0, 1));
  const fromUrl = (r: TimelineRoute): Domain => {
    const a = r.from ? dateExtent(r.from)?.[0] : undefined;
    const b = r.to ? dateExtent(r.to)?.[1] : undefined;
    return a !== undefined && b !== undefined && a < b ? { start: a, end: b } : full;
  };
  let domain = fromUrl(route);

  const chips = h('div', { class: 'chips', role: 'group', 'aria-label': 'Event types' });
  const axisBox = h('div', { class: 'axis-box' });
  const windowLabel = h('span', { class: 'window-label' });
  const list = h('div', { class: 'timeline-list' });

  const typeOn = (t: string) => state.types.length === 0 || state.types.includes(t);
  const visible = () => data.events.filter((e) => typeOn(e.type));

  function setRoute(next: TimelineRoute): void {
    state = next;
    // Replace, not push: zooming should not fill the history with every wheel step.
    history.replaceState(null, '', href(next));
    draw();
  }

  function drawChips(): void {
    const counts = new Map<string, number>();
    for (const e of data.events) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
    chips.replaceChildren(...[...counts].sort((a, b) => b[1] - a[1]).map(([type, n]) => {
      const on = typeOn(type) && state.types.length > 0;
      return h('button', {
        type: 'button', class: `chip${on ? ' on' : ''}`, 'aria-pressed': on ? 'true' : 'false', 'data-type': type,
        onclick: () => {
          const types = state.types.includes(type) ? state.types.filter((t) => t !== type) : [...state.types, type];
          setRoute({ ...state, types });
        },
      }, h('span', { class: 'swatch', 'data-family': EVENT_FAMILY[type] ?? 'court' }), words(type), h('span', { class: 'n' }, String(n)));
    }));
  }

  function drawAxis(): void {
    const width = Math.max(320, axisBox.clientWidth || 900);
    const x = scale(domain, width);
    const shown = dated.filter((e) => typeOn(e.type)).map((e) => ({ e, t: dateMidpoint(e.date!)! }))
      .filter(({ t }) => t >= domain.start && t <= domain.end).sort((a, b) => a.t - b.t);
    const laneOf = lanes(shown.map(({ t }) => x(t)), 14, MAX_LANES);
    const height = AXIS_HEIGHT + (Math.max(1, ...laneOf.map((l) => l + 1))) * LANE + 12;
    const svg = s('svg', { class: 'axis', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'Events on a time axis' });
    for (const tk of ticks(domain, Math.max(4, Math.floor(width / 90)))) {
      const tx = x(tk.t);
      svg.append(
        s('line', { x1: tx, x2: tx, y1: 0, y2: height - AXIS_HEIGHT + 6, class: tk.major ? 'grid major' : 'grid' }),
        s('text', { x: tx + 4, y: height - 8, class: 'tick' }, tk.label));
    }
    svg.append(s('line', { x1: 0, x2: width, y1: height - AXIS_HEIGHT + 6, y2: height - AXIS_HEIGHT + 6, class: 'baseline' }));
    shown.forEach(({ e }, i) => {
      const y = 10 + laneOf[i]! * LANE;
      const ext = dateExtent(e.date!)!;
      const colour = eventColour(e.type);
      // A month or a year is drawn as the stretch of time it is.
      if (e.precision !== 'day') {
        svg.append(s('rect', { x: x(ext[0]), y: y - 3, width: Math.max(2, x(ext[1]) - x(ext[0])), height: 6, rx: 3, fill: colour, class: 'extent' }));
      }
      const mark = s('circle', {
        cx: x(dateMidpoint(e.date!)!), cy: y, r: 5.5, fill: colour, class: 'mark', tabindex: 0,
        'data-event': e.id,
        onclick: () => openItem(e.id),
        onkeydown: (ev) => { if ((ev as KeyboardEvent).key === 'Enter') openItem(e.id); },
      }, s('title', null, `${formatDate(e.date, e.precision)} · ${words(e.type)} · ${e.subject.name}`));
      svg.append(mark);
    });
    axisBox.replaceChildren(svg);
    windowLabel.textContent = `${formatDate(isoDay(Math.max(domain.start, Date.UTC(1, 0, 1))), 'month')} – ${formatDate(isoDay(domain.end), 'month')}`;
  }

  function drawList(): void {
    const inWindow = (e: EventRecord) => {
      if (e.date === null) return !state.from && !state.to;
      const ext = dateExtent(e.date);
      return ext !== null && ext[1] >= domain.start && ext[0] <= domain.end;
    };
    const items = visible().filter(inWindow);
    const byYear = new Map<string, Item[]>();
    for (const e of items) {
      const key = e.date?.slice(0, 4) ?? 'Undated';
      byYear.set(key, [...(byYear.get(key) ?? []), e]);
    }
    list.replaceChildren(
      h('p', { class: 'muted small' }, `${plural(items.length, 'event', 'events')} in view${data.truncated ? ' (the first 2,000 of more; narrow by actor or type)' : ''}`),
      ...[...byYear].map(([year, events]) => h('section', { class: 'year' },
        h('h3', { class: 'year-label' }, year),
        h('ol', { class: 'facts dated' }, events.map((e) => h('li', { class: 'fact', id: `ev-${e.id}` },
          h('div', { class: e.date ? 'when' : 'when unknown' }, formatDate(e.date, e.precision) ?? 'Undated'),
          h('div', null,
            eventLine(e, state.entity),
            e.detail ? h('div', { class: 'detail' }, e.detail) : null,
            evidence(e.citations))))))));
  }

  function openItem(id: string): void {
    const li = document.getElementById(`ev-${id}`);
    if (!li) return;
    li.querySelector('details')?.setAttribute('open', '');
    li.classList.add('flash');
    setTimeout(() => li.classList.remove('flash'), 1600);
    li.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }

  function draw(): void {
    drawChips();
    drawAxis();
    drawList();
  }

  function setDomain(d: Domain): void {
    domain = d;
    setRoute({ ...state, from: isoDay(d.start), to: isoDay(d.end) });
  }

  // Wheel zooms around the pointer; dragging pans.
  axisBox.addEventListener('wheel', (ev) => {
    ev.preventDefault();
    const rect = axisBox.getBoundingClientRect();
    const at = domain.start + ((ev.clientX - rect.left) / rect.width) * (domain.end - domain.start);
    setDomain(zoom(domain, ev.deltaY < 0 ? 1.25 : 0.8, at));
  }, { passive: false });
  let dragFrom: number | null = null;
  axisBox.addEventListener('pointerdown', (ev) => { if ((ev.target as Element).tagName !== 'circle') dragFrom = ev.clientX; });
  const endDrag = () => { dragFrom = null; };
  window.addEventListener('pointerup', endDrag);
  axisBox.addEventListener('pointermove', (ev) => {
    if (dragFrom === null) return;
    const dx = ev.clientX - dragFrom;
    if (Math.abs(dx) < 4) return;
    dragFrom = ev.clientX;
    setDomain(pan(domain, (-dx / axisBox.clientWidth) * (domain.end - domain.start)));
  });
  const centre = () => (domain.start + domain.end) / 2;

  const node = h('div', { class: 'page timeline-page' },
    h('header', { class: 'view-head' },
      h('h1', null, 'Timeline'),
      focus
        ? h('p', { class: 'lede' }, 'Events involving ', entityLink(focus), ' · ', h('a', { href: timelineHref() }, 'show everyone'))
        : h('p', { class: 'lede' }, 'Every dated event in the reporting. Open a profile’s timeline to follow one actor.')),
    data.events.length === 0 ? notice('No event has been read for this selection.') : [
      chips,
      h('div', { class: 'axis-toolbar' },
        windowLabel,
        h('span', { class: 'legend' }, Object.entries(FAMILY_COLOUR).map(([family]) =>
          h('span', { class: 'legend-item' }, h('span', { class: 'swatch', 'data-family': family }), words(family === 'money' ? 'money_and_seizures' : family)))),
        h('span', { class: 'zoom-buttons' },
          h('button', { type: 'button', title: 'Zoom out', 'aria-label': 'Zoom out', onclick: () => setDomain(zoom(domain, 0.5, centre())) }, '−'),
          h('button', { type: 'button', title: 'Zoom in', 'aria-label': 'Zoom in', onclick: () => setDomain(zoom(domain, 2, centre())) }, '+'),
          h('button', { type: 'button', onclick: () => { domain = full; setRoute({ ...state, from: undefined, to: undefined } as TimelineRoute); } }, 'Fit all'))),
      axisBox,
      list,
    ]);

  const onResize = () => drawAxis();
  return {
    node,
    title: focus ? `Timeline · ${focus.name}` : 'Timeline',
    mounted() {
      draw();
      window.addEventListener('resize', onResize);
    },
    update(next) {
      if (next.view !== 'timeline' || next.entity !== state.entity) return false;
      state = next;
      domain = fromUrl(next);
      draw();
      return true;
    },
    destroy() {
      window.removeEventListener('resize', onResize);
      window.removeEventListener('pointerup', endDrag);
    },
  };
}
