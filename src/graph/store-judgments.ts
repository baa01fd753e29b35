/**
 * The workbench's judgment and contradiction seams (judgments.ts), answered by the store
 * and resolve/: a button pressed in the browser records the same judgment as `nexo merge`,
 * and a profile shows the same contradictions as `nexo contradictions`.
 */
import { JudgmentError, judgeFact, merge, split } from '../resolve/judge.js';
import type { Judgment } from '../resolve/judgments.js';
import type { FactRecord, Store } from '../store/store.js';
import { findContradictions, type Contradiction as Conflict } from './contradictions.js';
import {
  type Contradiction, type ContradictionSource, type JudgmentInput, type JudgmentLog, JudgmentRefused, type RecordedJudgment,
} from './judgments.js';

/** A logged judgment in the shape the profile page shows, with the entity it concerns. */
function recorded(j: Judgment, entityId: string): RecordedJudgment | null {
  const t = j.target;
  const base = { id: j.id, at: j.createdAt, author: j.author, ...(j.reason ? { note: j.reason } : {}) };
  switch (t.action) {
    case 'merge': return { ...base, action: 'merge', entityId: t.a.id, otherEntityId: t.b.id };
    case 'split': return { ...base, action: 'split', entityId: t.entity.id, alias: t.alias };
    case 'reject':
    case 'confirm': return { ...base, action: t.action, entityId, factKind: t.fact.kind, factId: t.fact.id };
    case 'undo': return null;
  }
}

export function storeJudgmentLog(store: Store): JudgmentLog {
  return {
    async record(input: JudgmentInput): Promise<RecordedJudgment> {
      const by = { author: input.author, reason: input.note ?? null };
      try {
        let j: Judgment;
        if (input.action === 'merge') j = await merge(store, input.entityId, input.otherEntityId, by);
        else if (input.action === 'split') j = await split(store, input.entityId, input.alias, by);
        else j = await judgeFact(store, input.action, input.factId, by);
        return recorded(j, input.entityId)!;
      } catch (err) {
        if (err instanceof JudgmentError) throw new JudgmentRefused(err.message);
        throw err;
      }
    },

    async forEntity(entityId: string): Promise<RecordedJudgment[]> {
      const out: RecordedJudgment[] = [];
      for (const j of (await store.judgments()).reverse()) {
        const t = j.target;
        let concerns = false;
        if (t.action === 'merge') concerns = t.a.id === entityId || t.b.id === entityId;
        else if (t.action === 'split') concerns = t.entity.id === entityId;
        else if (t.action === 'reject' || t.action === 'confirm') concerns = involves(await store.fact(t.fact.id), entityId);
        const r = concerns ? recorded(j, entityId) : null;
        if (r) out.push(r);
      }
      return out;
    },
  };
}

function involves(f: FactRecord | null, entityId: string): boolean {
  if (!f) return false;
  switch (f.factKind) {
    case 'relation': return f.subject.id === entityId || f.object.id === entityId;
    case 'event': return f.subject.id === entityId || f.place?.id === entityId || Object.values(f.others).some((o) => o.id === entityId);
    case 'amount': return f.party?.id === entityId;
  }
}

/** Which field a conflict is about, as the profile page names it. */
function field(c: Conflict): string {
  if (c.kind === 'event-date') return 'date';
  if (c.kind === 'amount-value') return 'amount';
  return c.about.slice(c.about.lastIndexOf(': ') + 2);
}

export function storeContradictions(store: Store): ContradictionSource {
  return {
    async forFacts(factIds: readonly string[]): Promise<Contradiction[]> {
      const facts = (await Promise.all(factIds.map((id) => store.fact(id)))).filter((f): f is FactRecord => f !== null);
      const conflicts = findContradictions({
        relations: facts.flatMap((f) => (f.factKind === 'relation' ? [f] : [])),
        events: facts.flatMap((f) => (f.factKind === 'event' ? [f] : [])),
        amounts: facts.flatMap((f) => (f.factKind === 'amount' ? [f] : [])),
      });
      const kindOf = new Map(facts.map((f) => [f.id, f.factKind]));
      const out: Contradiction[] = [];
      for (const c of conflicts) {
        const values = c.values.map((v) => ({ value: v.value, documentIds: [...new Set(v.citations.map((x) => x.documentId))] }));
        // Each fact in the conflict is flagged, so either side's row on the profile shows it.
        for (const factId of new Set(c.values.map((v) => v.factId))) {
          out.push({ factKind: kindOf.get(factId) ?? 'event', factId, field: field(c), values });
        }
      }
      return out;
    },
  };
}


