/**
 * The judgment log: append-only (the schema's triggers refuse edits), read in order, and
 * the fact statuses it implies, rebuilt only when the log has grown.
 */
import type Database from 'better-sqlite3';
import { ActiveJudgments, type Judgment, type JudgmentTarget } from '../../resolve/judgments.js';
import type { FactStatuses } from './facts.js';

interface JudgmentRow {
  id: string;
  action: Judgment['action'];
  target: string;
  author: string;
  reason: string | null;
  createdAt: string;
}

export class JudgmentLog {
  private readonly all: Database.Statement;
  private readonly lastSeq: Database.Statement;
  private readonly insert: Database.Statement;
  private readonly appendOne: Database.Transaction<(target: JudgmentTarget, author: string, reason: string | null) => Judgment>;
  private statusCache: { seq: number; statuses: FactStatuses } | null = null;

  constructor(db: Database.Database) {
    this.all = db.prepare(`SELECT id, action, target, author, reason, created_at AS createdAt FROM judgments ORDER BY seq`);
    this.lastSeq = db.prepare('SELECT COALESCE(MAX(seq), 0) FROM judgments').pluck();
    this.insert = db.prepare(`INSERT INTO judgments (seq, id, action, target, author, reason, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?)`);
    this.appendOne = db.transaction((target: JudgmentTarget, author: string, reason: string | null): Judgment => {
      const seq = (this.lastSeq.get() as number) + 1;
      const j: Judgment = { id: `j${seq}`, action: target.action, target, author, reason, createdAt: new Date().toISOString() };
      this.insert.run(seq, j.id, j.action, JSON.stringify(target), author, reason, j.createdAt);
      return j;
    });
  }

  log(): Judgment[] {
    return (this.all.all() as JudgmentRow[]).map((r) => ({
      id: r.id, action: r.action, target: JSON.parse(r.target) as JudgmentTarget,
      author: r.author, reason: r.reason, createdAt: r.createdAt,
    }));
  }

  /** IMMEDIATE, so two processes judging at once get distinct numbers. */
  append(target: JudgmentTarget, author: string, reason: string | null): Judgment {
    return this.appendOne.immediate(target, author, reason);
  }

  /**
   * What people said of facts. Every read asks, so it is rebuilt only when the log has
   * grown (another process — the CLI beside a running server — may have appended to it).
   */
  statuses(): FactStatuses {
    const seq = this.lastSeq.get() as number;
    if (this.statusCache?.seq !== seq) this.statusCache = { seq, statuses: new ActiveJudgments(this.log()).factStatuses() };
    return this.statusCache.statuses;
  }
}
