/**
 * A process killed in the middle of an ingest: the document must be absent afterwards,
 * with no partial rows and a sound file. The child runs the compiled store (dist/, built
 * by the test global setup) and SIGKILLs itself from inside the transaction, so nothing
 * — no rollback, no exit handler — runs after the crash point.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { harborCourier, valleyPost } from '../test-fixtures.js';
import { openSqliteStore } from './sqlite-store.js';

const compiled = fileURLToPath(new URL('../../../dist/src/store/sqlite/', import.meta.url));

/** Ingests the input in argv[2] into the store at argv[1], dying at the first evidence row. */
const CHILD = `
import { readFileSync } from 'node:fs';
import { openDatabase } from ${JSON.stringify(join(compiled, 'connection.js'))};
import { SqliteStore } from ${JSON.stringify(join(compiled, 'sqlite-store.js'))};
const [path, inputFile] = process.argv.slice(1); // with -e there is no script path
const db = openDatabase(path);
db.function('crash_now', () => process.kill(process.pid, 'SIGKILL'));
db.exec('CREATE TEMP TRIGGER crash AFTER INSERT ON main.evidence BEGIN SELECT crash_now(); END');
await new SqliteStore(db).ingest(JSON.parse(readFileSync(inputFile, 'utf8')));
console.log('survived');
`;

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'nexo-crash-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe.runIf(existsSync(join(compiled, 'sqlite-store.js')))('a crash during ingest', () => {
  it('leaves the document absent and the file sound', async () => {
    const path = join(dir, 'nexo.db');
    const store = await openSqliteStore(path);
    await store.ingest(valleyPost());
    const stats = await store.stats();
    await store.close();

    const inputFile = join(dir, 'input.json');
    const input = harborCourier();
    writeFileSync(inputFile, JSON.stringify(input));
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD, path, inputFile], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(child.signal).toBe('SIGKILL');
    expect(child.stdout).not.toContain('survived');

    const db = new Database(path);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.exec(`INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')`);
    db.exec(`INSERT INTO entity_names_fts (entity_names_fts) VALUES ('integrity-check')`);
    db.close();

    const after = await openSqliteStore(path);
    try {
      expect(await after.hasDocument(input.document.id)).toBe(false);
      expect(await after.stats()).toEqual(stats);
      expect(await after.findEntities('La Reina')).toEqual([]);
      expect(await after.ingest(input)).toBe('added');
    } finally {
      await after.close();
    }
  });
});
