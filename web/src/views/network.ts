/**
 * The network: an actor and its neighbours, drawn by sigma. Click an actor to expand it;
 * filter by tie and period; colour by type or by Louvain community; size shows how many
 * neighbours an actor has in the whole graph; the shortest path from the centre to a
 * chosen actor is looked up on the server (over the whole graph) and highlighted.
 * Expanding, colouring and choosing a path rewrite the URL in place, so the picture as it
 * stands can be bookmarked.
 */
import { api, type EdgeRecord, type Neighbourhood, type PathAnswer } from '../api.js';
import { h } from '../dom.js';
import { plural, predicatePhrase, tieFrom, words } from '../format.js';
import { colourNodes, detectCommunities, merge, newGraph, pathIn, type NetGraph } from '../network/model.js';
import { createRenderer, type NetworkRenderer } from '../network/render.js';
import { entityHref, href, networkHref, type Route } from '../routes.js';
import { ENTITY_TYPES, typeClass, typeLabel } from '../theme.js';
import { badge, citationList, entityLink, notice } from '../ui.js';
import type { View } from '../view.js';

type NetworkRoute = Extract<Route, { view: 'network' }>;

const PREDICATES = ['leader_of', 'member_of', 'works_for', 'family', 'associate', 'ally', 'rival', 'part_of',
  'lawyer_of', 'witness_against', 'colludes_with', 'supplier_of', 'operates_in'];

/** For scripted checks (the browser tests): where a node is drawn, and what is drawn. */
declare global {
  interface Window {
    nexoNetwork?: { nodes(): string[]; viewportPosition(id: string): { x: number; y: number } | null; busy(): boolean };
  }
}

function nodesOf(n: Neighbourhood) {
  return n.nodes.map((x) => ({ id: x.id, name: x.name, type: x.type, degree: x.degree, documents: x.documents }));
}

function edgesOf(edges: EdgeRecord[]) {
  return edges.map((e) => ({ id: e.id, subjectId: e.subjectId, objectId: e.objectId, predicate: e.predicate, documents: e.documents }));
}

function chooser(): View {
  const input = h('input', { type: 'search', placeholder: 'Whose network? Type a name…', 'aria-label': 'Actor', class: 'big-input' });
  const list = h('ul', { class: 'suggestions wide' });
  let timer = 0;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(async () => {
      const q = input.value.trim();
      if (q.length < 2) { list.replaceChildren(); return; }
      const r = await api.search(q, {}, 10).catch(() => null);
      list.replaceChildren(...(r?.entities ?? []).map(({ item }) => h('li', null,
        h('a', { href: networkHref(item.id) }, item.name), ' ', badge(item.type), h('span', { class: 'muted small' }, ` · ${plural(item.documents, 'document', 'documents')}`))));
    }, 200);
  });
  return {
    node: h('div', { class: 'page narrow' }, h('h1', null, 'Network'), h('p', { class: 'lede' }, 'Start from one actor and expand outward. Choose whom:'), input, list),
    title: 'Network',
    mounted: () => input.focus(),
  };
}

export async function networkView(route: NetworkRoute): Promise<View> {
  if (!route.id) return chooser();
  const centre = route.id;
  const filters = { predicates: route.predicates, from: route.from, to: route.to };
  const first = await api.neighbourhood(centre, { depth: route.depth, ...filters });
  const graph: NetGraph = newGraph();
  merge(graph, nodesOf(first), edgesOf(first.edges));
  let truncated = first.truncated;
  // Expansions named in the URL are replayed, in order, so a bookmark shows the same picture.
  for (const id of route.expand) {
    if (!graph.hasNode(id)) continue;
    const n = await api.neighbourhood(id, { depth: 1, ...filters }).catch(() => null);
    if (n) { merge(graph, nodesOf(n), edgesOf(n.edges), id); graph.setNodeAttribute(id, 'expanded', true); truncated ||= n.truncated; }
  }
  graph.setNodeAttribute(centre, 'expanded', true);
  const centreName = graph.getNodeAttribute(centre, 'label');

  let state = route;
  let renderer: NetworkRenderer | null = null;
  let busy = false;
  let selected: string | null = null;
  let path: PathAnswer | null = null;

  const canvas = h('div', { class: 'network-canvas', 'aria-label': `Network around ${centreName}`, role: 'img' });
  const status = h('p', { class: 'network-status', role: 'status' });
  const selection = h('div', { class: 'selection' });
  const pathBox = h('div', { class: 'path-result' });
  const legend = h('div', { class: 'legend network-legend' });

  function setUrl(next: NetworkRoute): void {
    state = next;
    history.replaceState(null, '', href(next));
  }

  function drawStatus(): void {
    status.replaceChildren(...[
      `${plural(graph.order, 'actor', 'actors')} · ${plural(graph.size, 'tie', 'ties')}`,
      truncated ? h('span', { class: 'muted' }, ' · some neighbours left out (limit reached)') : null,
      busy ? h('span', { class: 'muted' }, ' · laying out…') : null,
    ].filter((x) => x !== null));
  }

  function drawLegend(count?: number): void {
    if (state.colour === 'community') {
      legend.replaceChildren(h('span', { class: 'muted small' }, `${plural(count ?? 0, 'community', 'communities')} (Louvain), coloured apart`));
      return;
    }
    const present = new Set(graph.mapNodes((_, a) => a.kind));
    legend.replaceChildren(...ENTITY_TYPES.filter((t) => present.has(t)).map((t) =>
      h('span', { class: 'legend-item' }, h('span', { class: `dot ${typeClass(t)}` }), typeLabel(t))));
  }

  function recolour(): void {
    const count = state.colour === 'community' ? detectCommunities(graph) : undefined;
    colourNodes(graph, state.colour);
    drawLegend(count);
    renderer?.refresh();
  }

  async function expand(id: string): Promise<void> {
    if (busy || graph.getNodeAttribute(id, 'expanded')) return;
    busy = true;
    drawStatus();
    try {
      const n = await api.neighbourhood(id, { depth: 1, ...filters });
      const added = merge(graph, nodesOf(n), edgesOf(n.edges), id);
      truncated ||= n.truncated;
      graph.setNodeAttribute(id, 'expanded', true);
      if (id !== centre && !state.expand.includes(id)) setUrl({ ...state, expand: [...state.expand, id] });
      if (added.length > 0) {
        recolour();
        await renderer?.layout({ iterations: 80, workerMs: 1_500 });
      }
    } catch (err) {
      status.replaceChildren(notice(`Could not expand: ${(err as Error).message}`, 'error'));
    } finally {
      busy = false;
      drawStatus();
      showSelection();
    }
  }

  function showSelection(): void {
    if (!selected || !graph.hasNode(selected)) {
      selection.replaceChildren(h('p', { class: 'muted small' }, 'Click an actor to select it and bring in its neighbours. Drag to move, scroll to zoom.'));
      return;
    }
    const id = selected;
    const a = graph.getNodeAttributes(id);
    const ties = graph.mapEdges(id, (_, e, s, t) => ({ other: s === id ? t : s, e }));
    selection.replaceChildren(
      h('div', { class: 'fact-line' }, h('a', { class: `entity ${typeClass(a.kind)}`, href: entityHref(id) }, a.label), badge(a.kind)),
      h('p', { class: 'small muted' }, `${plural(a.degree, 'neighbour', 'neighbours')} in all · ${plural(ties.length, 'tie', 'ties')} drawn`),
      h('div', { class: 'button-row' },
        h('a', { class: 'button', href: entityHref(id) }, 'Profile'),
        id === centre ? null : h('button', { type: 'button', onclick: () => void showPath(id) }, 'Path from centre'),
        id === centre ? null : h('a', { class: 'button', href: networkHref(id) }, 'Centre here')),
      h('ul', { class: 'tie-list' }, ties.slice(0, 12).map(({ other, e }) => h('li', null,
        h('span', { class: 'pred' }, [...new Set(e.ties.map((t) => tieFrom(t.predicate, t.subject === id)))].join(', ')), ' ',
        h('a', { href: entityHref(other) }, graph.getNodeAttribute(other, 'label'))))));
  }

  async function showPath(target: string | undefined): Promise<void> {
    if (!target) {
      path = null;
      renderer?.setHighlight(null);
      pathBox.replaceChildren();
      setUrl({ ...state, path: undefined } as NetworkRoute);
      return;
    }
    pathBox.replaceChildren(h('p', { class: 'muted small' }, 'Looking for the shortest path…'));
    try {
      path = await api.paths(centre, target, { predicates: state.predicates, since: state.from, until: state.to });
    } catch (err) {
      pathBox.replaceChildren(notice((err as Error).message, 'error'));
      return;
    }
    setUrl({ ...state, path: target });
    if (path.length === null) {
      renderer?.setHighlight(null);
      pathBox.replaceChildren(notice(`No chain of ties of up to 6 steps joins ${path.from.name} and ${path.to.name} (places are not counted as links).`));
      return;
    }
    // The server's path may run outside what is drawn: bring its actors and ties in.
    const nodes = path.nodes.map((n) => ({ id: n.id, name: n.name, type: n.type, degree: graph.hasNode(n.id) ? graph.getNodeAttribute(n.id, 'degree') : 1, documents: n.documents }));
    const added = merge(graph, nodes, path.relations.map((r) => ({ id: r.id, subjectId: r.subject.id, objectId: r.object.id, predicate: r.predicate, documents: new Set(r.citations.map((c) => c.documentId)).size })), centre);
    if (added.length > 0) { recolour(); await renderer?.layout({ iterations: 60, workerMs: 1_000 }); }
    drawStatus();
    const drawn = pathIn(graph, centre, target);
    if (drawn) renderer?.setHighlight({ nodes: new Set(drawn.nodes), edges: new Set(drawn.edges) });
    const rel = new Map(path.relations.map((r) => [r.id, r]));
    const first = path.paths[0]!;
    pathBox.replaceChildren(
      h('h3', null, `Shortest path: ${plural(path.length, 'step', 'steps')}`,
        path.paths.length > 1 ? h('span', { class: 'muted small' }, ` · 1 of ${path.paths.length} as short`) : null),
      h('ol', { class: 'path-steps' }, first.edges.map((edgeId, i) => {
        const r = rel.get(edgeId)!;
        return h('li', null,
          h('div', { class: 'fact-line' }, entityLink(r.subject), h('span', { class: 'pred' }, predicatePhrase(r.predicate)), entityLink(r.object)),
          h('details', { class: 'evidence' }, h('summary', null, `Evidence (${r.citations.length})`), citationList(r.citations)),
          i === first.edges.length - 1 ? null : null);
      })),
      h('button', { type: 'button', class: 'link-button', onclick: () => void showPath(undefined) }, 'Clear the path'));
  }

  // The path finder: choose the other end by name.
  const pathInput = h('input', { type: 'search', placeholder: 'Path to… (type a name)', 'aria-label': 'Find the shortest path to' });
  const pathSuggestions = h('ul', { class: 'suggestions' });
  let timer = 0;
  pathInput.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(async () => {
      const q = pathInput.value.trim();
      if (q.length < 2) { pathSuggestions.replaceChildren(); return; }
      const r = await api.search(q, {}, 8).catch(() => null);
      pathSuggestions.replaceChildren(...(r?.entities ?? []).filter(({ item }) => item.id !== centre).map(({ item }) => h('li', null,
        h('button', { type: 'button', class: 'link-button', onclick: () => { pathSuggestions.replaceChildren(); pathInput.value = item.name; void showPath(item.id); } }, item.name),
        ' ', badge(item.type))));
    }, 200);
  });

  // Filters change what is fetched: they make a new URL, and the view is rebuilt from it.
  const filterForm = h('form', {
    class: 'filters', onsubmit: (ev) => {
      ev.preventDefault();
      const data = new FormData(ev.target as HTMLFormElement);
      const predicates = PREDICATES.filter((p) => data.get(`p-${p}`) === 'on');
      location.hash = href({
        view: 'network', id: centre, depth: Number(data.get('depth') ?? 1), colour: state.colour, expand: [],
        predicates: predicates.length === PREDICATES.length ? [] : predicates,
        from: String(data.get('from') ?? '').trim() || undefined, to: String(data.get('to') ?? '').trim() || undefined,
      } as NetworkRoute);
    },
  },
  h('label', { class: 'field' }, 'Depth ',
    h('select', { name: 'depth' }, [1, 2, 3].map((d) => h('option', { value: d, ...(route.depth === d ? { selected: true } : {}) }, `${d} ${d === 1 ? 'step' : 'steps'}`)))),
  h('fieldset', { class: 'predicates' }, h('legend', null, 'Ties'),
    PREDICATES.map((p) => h('label', { class: 'check' },
      h('input', { type: 'checkbox', name: `p-${p}`, ...(route.predicates.length === 0 || route.predicates.includes(p) ? { checked: true } : {}) }),
      words(p)))),
  h('div', { class: 'period' },
    h('label', { class: 'field' }, 'From ', h('input', { name: 'from', placeholder: 'YYYY', value: route.from ?? '', size: 10, pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' })),
    h('label', { class: 'field' }, 'To ', h('input', { name: 'to', placeholder: 'YYYY', value: route.to ?? '', size: 10, pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' }))),
  h('button', { type: 'submit' }, 'Apply'));

  const colourToggle = h('div', { class: 'segmented', role: 'group', 'aria-label': 'Colour by' },
    (['type', 'community'] as const).map((mode) => h('button', {
      type: 'button', 'aria-pressed': route.colour === mode ? 'true' : 'false', 'data-colour': mode,
      onclick: (ev) => {
        for (const b of colourToggle.querySelectorAll('button')) b.setAttribute('aria-pressed', b === ev.currentTarget ? 'true' : 'false');
        setUrl({ ...state, colour: mode });
        recolour();
      },
    }, mode === 'type' ? 'Type' : 'Community')));

  const node = h('div', { class: 'network-page' },
    h('aside', { class: 'network-side' },
      h('p', { class: 'kicker' }, 'Network'),
      h('h1', null, h('a', { href: entityHref(centre) }, centreName)),
      status,
      h('section', { class: 'side-block' }, h('h3', null, 'Selected'), selection),
      h('section', { class: 'side-block' }, h('h3', null, 'Shortest path'), pathInput, pathSuggestions, pathBox),
      h('section', { class: 'side-block' }, h('h3', null, 'Colour by'), colourToggle, legend,
        h('p', { class: 'small muted' }, 'Size: neighbours in the whole graph.')),
      h('details', { class: 'side-block', ...(route.predicates.length || route.from || route.to || route.depth > 1 ? { open: true } : {}) },
        h('summary', null, 'Filters'), filterForm)),
    canvas);

  return {
    node,
    title: `Network · ${centreName}`,
    mounted() {
      recolour();
      drawStatus();
      showSelection();
      renderer = createRenderer(canvas, graph, {
        onClickNode: (id) => {
          selected = id;
          renderer?.setSelected(id);
          showSelection();
          void expand(id);
        },
        onClickStage: () => { selected = null; renderer?.setSelected(null); showSelection(); },
      });
      window.nexoNetwork = { nodes: () => graph.nodes(), viewportPosition: (id) => renderer?.viewportPosition(id) ?? null, busy: () => busy };
      busy = true;
      drawStatus();
      void renderer.layout().then(async () => {
        busy = false;
        drawStatus();
        if (route.path) {
          pathInput.value = '';
          await showPath(route.path);
        }
        canvas.dataset.ready = 'true';
      });
    },
    update(next) {
      // Expansions and colours are applied in place; anything else rebuilds the view.
      if (next.view !== 'network' || next.id !== centre) return false;
      return href(next) === href(state);
    },
    destroy() {
      renderer?.kill();
      renderer = null;
      delete window.nexoNetwork;
    },
  };
}
