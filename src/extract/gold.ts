/** Extraction → the answer-key shape of shared/spec/annotations.md, so the shared scorer can judge it. */
import type { Extraction } from './extraction.js';

export interface GoldDocument {
  id: string;
  text_file: string;
  published: string | null;
  language: string;
  entities: { id: string; type: string; name: string; aliases: string[] }[];
  relations: { subject: string; predicate: string; object: string; qualifier: string | null; start: string | null; end: string | null; evidence: string }[];
  events: { type: string; subject: string; others: Record<string, string>; date: string | null; place: string | null; detail: string | null; evidence: string }[];
  money: { amount: number; currency: string; kind: string; party: string | null; date: string | null; basis: string | null; evidence: string }[];
}

export interface GoldOptions {
  id: string;
  textFile: string;
  published: string | null;
  language: string;
  text: string;
  /** Rename local entity ids (e.g. to graph ids for resolution scoring). */
  entityId?: (localId: string) => string;
}

const MAX_EVIDENCE = 1000;

export function toGold(x: Extraction, o: GoldOptions): GoldDocument {
  const id = o.entityId ?? ((s: string) => s);
  // A sentence is the evidence; a pathological "sentence" of a megabyte is cut to its start.
  const ev = (e: { start: number; end: number }) => {
    const t = o.text.slice(e.start, Math.min(e.end, e.start + MAX_EVIDENCE + 1)).trim();
    return t.length > MAX_EVIDENCE ? `${t.slice(0, MAX_EVIDENCE)}…` : t;
  };
  return {
    id: o.id,
    text_file: o.textFile,
    published: o.published,
    language: o.language,
    entities: x.entities.map((e) => ({ id: id(e.id), type: e.type, name: e.name, aliases: e.aliases })),
    relations: x.relations.map((r) => ({
      subject: id(r.subject), predicate: r.predicate, object: id(r.object), qualifier: r.qualifier,
      start: r.start, end: r.end, evidence: ev(r.evidence),
    })),
    events: x.events.map((e) => ({
      type: e.type, subject: id(e.subject),
      others: Object.fromEntries(Object.entries(e.others).map(([k, v]) => [k, id(v)])),
      date: e.date, place: e.place ? id(e.place) : null, detail: e.detail, evidence: ev(e.evidence),
    })),
    money: x.money.map((m) => ({
      amount: m.amount, currency: m.currency, kind: m.kind, party: m.party ? id(m.party) : null,
      date: m.date, basis: m.basis, evidence: ev(m.evidence),
    })),
  };
}
