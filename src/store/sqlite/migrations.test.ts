import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { harborCourier } from '../test-fixtures.js';
import { openDatabase } from './connection.js';
import { MIGRATIONS, SchemaTooNewError, migrate, type Migration } from './migrations.js';
import { openSqliteStore } from './sqlite-store.js';

let dir: string;
let path: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'nexo-migrations-'));
  path = join(dir, 'nexo.db');
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function appliedRows(db: Database.Database): { id: number; applied_at: string }[] {
  return db.prepare('SELECT id, applied_at FROM schema_migrations ORDER BY id').all() as { id: number; applied_at: string }[];
}

describe('migrate', () => {
  it('applies every migration once, in order, and nothing on re-open', () => {
    const db = openDatabase(path);
    const first = appliedRows(db);
    expect(first.map((r) => r.id)).toEqual(MIGRATIONS.map((m) => m.id));
    expect(migrate(db)).toEqual([]);
    db.close();

    const again = openDatabase(path);
    expect(appliedRows(again)).toEqual(first);
    again.close();
  });

  it('keeps the data across re-opening', async () => {
    const input = harborCourier();
    const store = await openSqliteStore(path);
    await store.ingest(input);
    const stats = await store.stats();
    await store.close();

    const reopened = await openSqliteStore(path);
    try {
      expect(await reopened.stats()).toEqual(stats);
      expect((await reopened.getDocument(input.document.id))!.text).toBe(input.document.text);
    } finally {
      await reopened.close();
    }
  });

  it('applies a later migration on top, and rolls a failing one back whole', () => {
    const db = new Database(path);
    const extra: Migration = { id: 1000, name: 'test: notes', sql: 'CREATE TABLE notes (id TEXT PRIMARY KEY);' };
    const broken: Migration = {
      id: 1001, name: 'test: broken', sql: 'CREATE TABLE half_done (id TEXT); THIS IS NOT SQL;',
    };
    expect(migrate(db, [...MIGRATIONS, extra])).toEqual([...MIGRATIONS.map((m) => m.id), 1000]);
    expect(() => migrate(db, [...MIGRATIONS, extra, broken])).toThrow();
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all();
    expect(tables).toContain('notes');
    expect(tables).not.toContain('half_done');
    expect(appliedRows(db).map((r) => r.id)).not.toContain(1001);
    db.close();
  });

  it('refuses a database written by a newer version', () => {
    const db = new Database(path);
    migrate(db);
    db.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)').run(9999, 'future', 'now');
    db.close();
    expect(() => openDatabase(path)).toThrow(SchemaTooNewError);
  });

  it('opens with WAL, foreign keys and a busy timeout', () => {
    const db = openDatabase(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    db.close();
  });
});
