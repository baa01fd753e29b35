/**
 * The seam for human judgments and contradictions. Another part of nexo (resolve/ and the
 * store) records judgments and finds contradictions; graph/ and server/ speak to it only
 * through these interfaces, so the workbench works without them today and shows them the
 * day they are wired in (pass implementations to createGraph / createApp).
 */

export const JUDGMENT_ACTIONS = ['merge', 'split', 'reject', 'confirm'] as const;
export type JudgmentAction = (typeof JUDGMENT_ACTIONS)[number];

export const FACT_KINDS = ['relation', 'event', 'amount'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** What a person decided, as the profile page sends it. */
export type JudgmentInput =
  /** `entityId` and `otherEntityId` are the same actor; `entityId` is kept. */
  | { action: 'merge'; entityId: string; otherEntityId: string; author: string; note?: string }
  /** The name `alias` is not `entityId`: split it off into an actor of its own. */
  | { action: 'split'; entityId: string; alias: string; author: string; note?: string }
  /** A fact is wrong (reject) or checked against its sources (confirm). */
  | { action: 'reject' | 'confirm'; entityId: string; factKind: FactKind; factId: string; author: string; note?: string };

export type RecordedJudgment = JudgmentInput & { id: string; at: string };

export interface JudgmentLog {
  /** Records a judgment; rejects with JudgmentRefused when it cannot apply (unknown ids, …). */
  record(judgment: JudgmentInput): Promise<RecordedJudgment>;
  /** Judgments that concern an entity, newest first. */
  forEntity(entityId: string): Promise<RecordedJudgment[]>;
}

/** A judgment that cannot apply; its message is for the person who made it. */
export class JudgmentRefused extends Error {
  override name = 'JudgmentRefused';
}

/** Two or more sources giving one fact incompatible values (dates, amounts, sentences). */
export interface Contradiction {
  factKind: FactKind;
  factId: string;
  /** Which value disagrees: 'date', 'amount', 'detail', … */
  field: string;
  values: { value: string; documentIds: string[] }[];
}

export interface ContradictionSource {
  /** Contradictions among the given facts; facts without any are left out. */
  forFacts(factIds: readonly string[]): Promise<Contradiction[]>;
}
