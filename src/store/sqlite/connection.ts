/** Opening a SQLite database the way every nexo connection needs it. */
import Database from 'better-sqlite3';
import { migrate } from './migrations.js';

/** How long a writer waits for another process's write lock before giving up. */
const BUSY_TIMEOUT_MS = 5_000;

/**
 * Opens (creating if needed) and migrates the database at `path`.
 * WAL lets readers (the web UI) work while an ingest writes; synchronous=NORMAL is safe
 * under WAL (a power cut may lose the last commits, never corrupt the file); foreign keys
 * are off by default in SQLite and the schema relies on them.
 */
export function openDatabase(path: string): Database.Database {
  const db = new Database(path);
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
