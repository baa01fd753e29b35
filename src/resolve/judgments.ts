/**
 * People's judgments, as in OpenSanctions' nomenklatura: merge two actors, split an alias
 * off, reject or confirm a fact. They are kept in an append-only log and applied after the
 * machine on every resolution run, so no machine pass ever overrides a person.
 *
 * A judgment points at what it judged by anchors that survive re-resolution and
 * re-extraction: local entities by "documentId#localId" (a local id is the slug of the
 * name the document uses), facts by the span of the sentence that states them.
 */
export type FactKind = 'relation' | 'event' | 'amount';

export interface FactAnchor {
  kind: FactKind;
  documentId: string;
  start: number;
  end: number;
}

export interface EntitySide {
  id: string;
  name: string;
  /** Local entities that made up the actor when the judgment was made. */
  anchors: string[];
}

export type JudgmentTarget =
  | { action: 'merge'; a: EntitySide; b: EntitySide }
  | {
    action: 'split';
    entity: { id: string; name: string };
    alias: string;
    /** Local entities whose name is the alias: they become an actor of their own. */
    anchors: string[];
    /** Local entities that list the alias among their names: it stops linking them. */
    holders: string[];
  }
  | { action: 'reject' | 'confirm'; fact: { kind: FactKind; id: string; label: string }; anchors: FactAnchor[] }
  | { action: 'undo'; judgment: string };

export type JudgmentAction = JudgmentTarget['action'];

export interface Judgment {
  id: string;
  action: JudgmentAction;
  target: JudgmentTarget;
  author: string;
  reason: string | null;
  createdAt: string;
}

export type NewJudgment = Omit<Judgment, 'id' | 'createdAt' | 'action'>;

export type FactStatus = 'rejected' | 'confirmed';

export function anchorKey(a: FactAnchor): string {
  return `${a.kind}|${a.documentId}|${a.start}|${a.end}`;
}

/** The judgments in force: every one not undone by an undo that is itself in force. */
export class ActiveJudgments {
  readonly active: Judgment[];

  constructor(log: readonly Judgment[]) {
    const undone = new Set<string>();
    const active: Judgment[] = [];
    // Newest first: an undo can only name an older judgment, so its own fate is known by then.
    for (const j of [...log].reverse()) {
      if (undone.has(j.id)) continue;
      if (j.target.action === 'undo') undone.add(j.target.judgment);
      else active.push(j);
    }
    this.active = active.reverse();
  }

  static none(): ActiveJudgments {
    return new ActiveJudgments([]);
  }

  isActive(id: string): boolean {
    return this.active.some((j) => j.id === id);
  }

  /** Local entity → the split that set it apart (the latest, if several). */
  isolatedRefs(): Map<string, string> {
    const out = new Map<string, string>();
    for (const j of this.active) if (j.target.action === 'split') for (const r of j.target.anchors) out.set(r, j.id);
    return out;
  }

  /** Aliases a split took away from this local entity. */
  droppedAliases(ref: string): string[] {
    const out: string[] = [];
    for (const j of this.active) {
      if (j.target.action === 'split' && j.target.holders.includes(ref)) out.push(j.target.alias);
    }
    return out;
  }

  /** Pairs of local entities a person said are one actor. */
  mergePairs(): [string, string][] {
    const pairs: [string, string][] = [];
    for (const j of this.active) {
      if (j.target.action !== 'merge') continue;
      const all = [...j.target.a.anchors, ...j.target.b.anchors];
      for (const r of all.slice(1)) pairs.push([all[0]!, r]);
    }
    return pairs;
  }

  /** The status people gave facts, by anchor; a later judgment on the same anchor wins. */
  factStatuses(): Map<string, FactStatus> {
    const out = new Map<string, FactStatus>();
    for (const j of this.active) {
      const t = j.target;
      if (t.action !== 'reject' && t.action !== 'confirm') continue;
      for (const a of t.anchors) out.set(anchorKey(a), t.action === 'reject' ? 'rejected' : 'confirmed');
    }
    return out;
  }
}
