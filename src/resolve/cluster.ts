/**
 * Cross-document resolution as a pure function of the stored local entities and the
 * people's judgments. Because it depends on nothing else — not on the order documents
 * arrived in — ingesting a corpus in any order gives the same graph.
 *
 * 1. Local entities sharing a strong key within a type class are one actor (union-find).
 * 2. A person known only by a shorter name ("Guzmán", "Joaquín Guzmán") joins the actor
 *    whose full name it cuts down to, when exactly one actor fits; longer names settle first,
 *    so "Marisol" waits until "Marisol Quintero" has found "Marisol Quintero Vega".
 * 3. Judgments apply last and win: splits isolate, merges join.
 */
import type { EntityType } from '../extract/extraction.js';
import { slug } from '../extract/normalize.js';
import type { ActiveJudgments } from './judgments.js';
import { lookupPlace } from '../extract/gazetteer/places.js';
import {
  type DocumentContext, type LocalEntity, acronymName, compatibleNames, derivedAcronym, isShortPersonName, localRef,
  lookupKey, nameWords, partKeys, resolutionKey, strongKeys,
} from './keys.js';

export interface GraphEntity {
  id: string;
  type: EntityType;
  name: string;
}

export type MergeReason = 'name' | 'short-name' | 'acronym' | 'judgment' | 'alone';

/** Why a local entity is where it is, and how sure the machine is: kept with it in the store. */
export interface Assignment extends GraphEntity {
  reason: MergeReason;
  score: number;
}

/**
 * How much each reason is worth. A shared full name, nickname or acronym is as good as the
 * extraction behind it; a short name that fits one actor, or initials that spell one
 * body's name, are inferences that more documents could overturn.
 */
export const REASON_SCORES: Record<MergeReason, number> = {
  judgment: 1, alone: 1, name: 0.95, 'short-name': 0.75, acronym: 0.7,
};

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) { this.parent = Array.from({ length: n }, (_, i) => i); }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[i] !== r) { const next = this.parent[i]!; this.parent[i] = r; i = next; }
    return r;
  }
  /** The smaller index becomes the root, so roots do not depend on the order of unions. */
  union(a: number, b: number): boolean {
    const ra = this.find(a), rb = this.find(b);
    if (ra === rb) return false;
    if (ra < rb) this.parent[rb] = ra; else this.parent[ra] = rb;
    return true;
  }
}

const TYPE_ORDER: EntityType[] = ['Person', 'Organization', 'PublicBody', 'Company', 'Location'];
/** Who keeps the plain id when namesakes of different kinds meet: the place keeps "washington". */
const ID_ORDER: EntityType[] = ['Person', 'Location', 'Organization', 'Company', 'PublicBody'];

/**
 * `contexts`: each document's context when `input` holds only some of its local entities
 * (an incremental run); otherwise it is read from `input`.
 */
export function resolveAll(input: readonly LocalEntity[], judgments: ActiveJudgments,
  contexts: ReadonlyMap<string, DocumentContext> = documentContexts(input)): Map<string, Assignment> {
  // Sorted so that indices, and with them every tie-break, are the same whatever the input order.
  const locals = [...input].sort((a, b) => cmp(localRef(a), localRef(b)));
  const index = new Map(locals.map((e, i) => [localRef(e), i]));
  const uf = new UnionFind(locals.length);
  const reason = new Map<number, Assignment['reason']>();

  const isolated = judgments.isolatedRefs();
  const keysOf = (i: number): string[] => {
    const e = locals[i]!;
    const ref = localRef(e);
    const isolation = isolated.get(ref);
    if (isolation !== undefined) return [`split:${isolation}`];
    const dropped = new Set(judgments.droppedAliases(ref).map(resolutionKey));
    const kept = dropped.size ? { ...e, aliases: e.aliases.filter((a) => !dropped.has(resolutionKey(a))) } : e;
    return strongKeys(kept, contexts.get(e.documentId));
  };

  // Full personal names in each component, once each: a shared nickname does not make
  // "Jhon Fredy Castaño Ospina" and "Evaristo de la Fuente Zamarripa" one man.
  const fullNames = new Map<number, Map<string, string[]>>();
  for (let i = 0; i < locals.length; i++) {
    const words = locals[i]!.type === 'Person' ? nameWords(locals[i]!.name) : [];
    fullNames.set(i, words.length >= 2 ? new Map([[words.join(' '), words]]) : new Map());
  }
  // `checked`: a shared key is not enough when the full names disagree; a short name that
  // was found to mean exactly one actor is its own evidence ("Mayo Zambada" for Ismael Zambada García).
  const join = (a: number, b: number, checked = true): boolean => {
    const ra = uf.find(a), rb = uf.find(b);
    if (ra === rb) return false;
    const na = fullNames.get(ra)!, nb = fullNames.get(rb)!;
    if (checked) {
      for (const x of na.values()) for (const y of nb.values()) if (!compatibleNames(x, y)) return false;
    }
    uf.union(ra, rb);
    const merged = na.size >= nb.size ? na : nb;
    for (const [k, v] of (merged === na ? nb : na)) merged.set(k, v);
    fullNames.set(uf.find(ra), merged);
    return true;
  };

  /** The distinct components among `items`, in place: lists shrink as components merge. */
  const compact = (items: number[]): number[] => {
    const roots = [...new Set(items.map((x) => uf.find(x)))];
    items.length = 0;
    items.push(...roots);
    return items;
  };

  // 1. Strong keys. Each key keeps one representative per component holding it, so a
  // name shared by thousands of documents costs one comparison per document, not thousands.
  const byKey = new Map<string, number[]>();
  for (let i = 0; i < locals.length; i++) {
    for (const k of keysOf(i)) {
      const reps = byKey.get(k);
      if (reps === undefined) { byKey.set(k, [i]); continue; }
      // Against each component holding the key, so one incompatible holder does not block the rest.
      for (const r of reps) if (join(r, i)) reason.set(i, 'name');
      reps.push(i);
      compact(reps);
    }
  }

  // 2. Short personal names. Part keys index which components a short name could mean.
  const partOwners = new Map<string, number[]>();
  for (let i = 0; i < locals.length; i++) {
    if (isolated.has(localRef(locals[i]!))) continue;
    for (const k of partKeys(locals[i]!)) {
      const owners = partOwners.get(k);
      if (owners) owners.push(i); else partOwners.set(k, [i]);
    }
  }
  for (const owners of partOwners.values()) compact(owners);
  const components = new Map<number, number[]>();
  for (let i = 0; i < locals.length; i++) {
    const r = uf.find(i);
    const list = components.get(r);
    if (list) list.push(i); else components.set(r, [i]);
  }
  const personComponents = [...components.entries()]
    .filter(([, members]) => members.some((i) => locals[i]!.type === 'Person' && !isolated.has(localRef(locals[i]!))))
    .map(([root, members]) => ({ root, members, words: Math.max(...members.map((i) => nameWords(locals[i]!.name).length)) }))
    // Longer names settle first; a fixed order for equal lengths.
    .sort((a, b) => b.words - a.words || a.root - b.root);
  for (const c of personComponents) {
    const candidates = new Set<number>();
    const self = uf.find(c.root);
    const lookups = new Set<string>();
    for (const i of c.members) {
      const e = locals[i]!;
      if (e.type === 'Person' && !isolated.has(localRef(e))) lookups.add(lookupKey(e));
    }
    for (const k of lookups) {
      const owners = compact(partOwners.get(k) ?? []);
      // A short name the component's own full name explains says nothing about others.
      if (owners.includes(self)) continue;
      for (const o of owners) candidates.add(o);
      if (candidates.size > 1) break;
    }
    if (candidates.size === 1) {
      const [target] = candidates;
      if (join(self, target!, false)) for (const i of c.members) reason.set(i, 'short-name');
    }
  }

  // An acronym alone ("UIAF") is the one group or body whose initials it is.
  const byInitials = new Map<string, Set<number>>();
  for (let i = 0; i < locals.length; i++) {
    const k = derivedAcronym(locals[i]!);
    if (k === null) continue;
    let set = byInitials.get(k);
    if (!set) byInitials.set(k, (set = new Set()));
    set.add(i);
  }
  for (let i = 0; i < locals.length; i++) {
    const k = acronymName(locals[i]!);
    if (k === null || isolated.has(localRef(locals[i]!))) continue;
    const roots = new Set([...byInitials.get(k) ?? []].map((o) => uf.find(o)));
    roots.delete(uf.find(i));
    if (roots.size === 1 && join(i, [...roots][0]!)) reason.set(i, 'acronym');
  }

  // 3. People's merges, over any machine doubt.
  for (const [a, b] of judgments.mergePairs()) {
    const ia = index.get(a), ib = index.get(b);
    if (ia === undefined || ib === undefined) continue;
    if (uf.union(ia, ib)) { reason.set(ia, 'judgment'); reason.set(ib, 'judgment'); }
  }

  return nameClusters(locals, uf, reason);
}

/**
 * The country each document's unnamed state bodies belong to. Reporting on the Americas
 * is full of US courts and agencies, but the US names its own bodies (the DEA, the Justice
 * Department); a bare "National Police" or "Public Ministry" is the other country's. So it
 * is the country other than the US whose places are mentioned most, else the US.
 */
export function documentContexts(locals: readonly LocalEntity[]): Map<string, DocumentContext> {
  const votes = new Map<string, Map<string, number>>();
  for (const e of locals) {
    if (e.type !== 'Location') continue;
    const place = lookupPlace(e.name);
    if (!place || place.ambiguous) continue;
    let v = votes.get(e.documentId);
    if (!v) votes.set(e.documentId, (v = new Map()));
    v.set(place.country, (v.get(place.country) ?? 0) + Math.max(1, e.mentions ?? 1));
  }
  const out = new Map<string, DocumentContext>();
  for (const [doc, v] of votes) {
    const ranked = [...v.entries()].filter(([c]) => c !== HOME_OF_NAMED_BODIES).sort((a, b) => b[1] - a[1]);
    const tie = ranked.length > 1 && ranked[1]![1] === ranked[0]![1];
    out.set(doc, { country: ranked.length === 0 ? HOME_OF_NAMED_BODIES : tie ? null : ranked[0]![0] });
  }
  return out;
}
const HOME_OF_NAMED_BODIES = 'US';

/** Display name, type and id of every cluster; ids are made unique deterministically. */
function nameClusters(locals: LocalEntity[], uf: UnionFind, reason: Map<number, Assignment['reason']>): Map<string, Assignment> {
  const clusters = new Map<number, number[]>();
  for (let i = 0; i < locals.length; i++) {
    const r = uf.find(i);
    const list = clusters.get(r);
    if (list) list.push(i); else clusters.set(r, [i]);
  }
  const named = [...clusters.values()].map((members) => {
    const entity = describe(members.map((i) => locals[i]!));
    return {
      members, ...entity, base: slug(entity.name),
      region: members.every((i) => locals[i]!.reading === 'region'),
      // Members are in index order, which is reference order: the first is the smallest.
      first: localRef(locals[members[0]!]!),
    };
  });
  // Namesakes of different kinds ("Washington" the city and the government) share a slug:
  // the type tells them apart; the same kind twice gets a number, in a fixed order.
  const isRegion = (c: { region: boolean }) => c.region;
  named.sort((a, b) => cmp(a.base, b.base) || ID_ORDER.indexOf(a.type) - ID_ORDER.indexOf(b.type)
    || Number(a.region) - Number(b.region) || cmp(a.first, b.first));
  const taken = new Set<string>();
  // Next free number per id stem: a surname that stays ambiguous in a thousand documents
  // is a thousand actors, numbered in one pass.
  const nextNumber = new Map<string, number>();
  const out = new Map<string, Assignment>();
  for (const c of named) {
    let id = c.base;
    if (taken.has(id)) id = `${c.base}-${isRegion(c) ? 'region' : c.type.toLowerCase()}`;
    if (taken.has(id)) {
      const stem = `${c.base}-${c.type.toLowerCase()}`;
      let n = nextNumber.get(stem) ?? 2;
      while (taken.has(`${stem}-${n}`)) n++;
      id = `${stem}-${n}`;
      nextNumber.set(stem, n + 1);
    }
    taken.add(id);
    for (const i of c.members) {
      const why = c.members.length > 1 ? (reason.get(i) ?? 'name') : 'alone';
      out.set(localRef(locals[i]!), { id, type: c.type, name: c.name, reason: why, score: REASON_SCORES[why] });
    }
  }
  return out;
}

/**
 * The cluster's name is the full name most documents use (longer names first among
 * equals); its type is the one most documents give it.
 */
function describe(members: LocalEntity[]): { name: string; type: EntityType } {
  const types = new Map<EntityType, number>();
  for (const m of members) types.set(m.type, (types.get(m.type) ?? 0) + 1);
  const type = [...types.entries()].sort((a, b) => b[1] - a[1] || TYPE_ORDER.indexOf(a[0]) - TYPE_ORDER.indexOf(b[0]))[0]![0];
  const names = new Map<string, { name: string; docs: Set<string>; words: number }>();
  for (const m of members) {
    if (m.type !== type) continue;
    const k = resolutionKey(m.name);
    let n = names.get(k);
    if (!n) names.set(k, (n = { name: m.name, docs: new Set(), words: isShortPersonName(m) ? 1 : nameWords(m.name).length }));
    n.docs.add(m.documentId);
    // Of spellings with the same key, the accented one wins ("México" over "Mexico"), then a fixed order.
    if (accents(m.name) > accents(n.name) || (accents(m.name) === accents(n.name) && cmp(m.name, n.name) < 0)) n.name = m.name;
  }
  const best = [...names.values()].sort((a, b) => b.docs.size - a.docs.size || b.words - a.words
    || b.name.length - a.name.length || cmp(a.name, b.name))[0]!;
  return { name: best.name, type };
}

function accents(s: string): number {
  return s.normalize('NFD').match(/\p{M}/gu)?.length ?? 0;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
