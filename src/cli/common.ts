/** What every command shares: where the database is, how to open it, how to report. */
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import cliProgress from 'cli-progress';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';

export const DEFAULT_DB = './nexo.db';

/** The project root (where package.json and examples/ live), from dist/src/cli or src/cli. */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(resolve(dir, 'package.json')) && existsSync(resolve(dir, 'examples'))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}

/** The shared evaluation folder (answer keys, scorer), if this checkout has one beside it. */
export function sharedDir(): string | null {
  const candidates = [process.env.NEXO_SHARED, resolve(projectRoot(), '../shared')].filter(Boolean) as string[];
  return candidates.find((d) => existsSync(resolve(d, 'tools/score.mjs'))) ?? null;
}

export async function openStore(db: string, { mustExist = false } = {}): Promise<Store> {
  if (mustExist && !existsSync(db)) throw new UserError(`no database at ${db} (run \`nexo ingest <files>\` first, or pass --db)`);
  return openSqliteStore(db);
}

/** An error whose message is for the user; no stack trace. */
export class UserError extends Error {}

export function printJson(x: unknown): void {
  process.stdout.write(JSON.stringify(x, null, 2) + '\n');
}

export interface Progress {
  tick(label?: string): void;
  stop(): void;
}

/** A progress bar on a terminal; silence otherwise (pipes and CI logs stay clean). */
export function progress(total: number, what: string): Progress {
  if (!process.stderr.isTTY || total < 2) return { tick: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar({
    stream: process.stderr,
    format: `${what} [{bar}] {value}/{total} {label}`,
    hideCursor: true,
    clearOnComplete: true,
  }, cliProgress.Presets.shades_classic);
  bar.start(total, 0, { label: '' });
  return {
    tick: (label = '') => bar.increment(1, { label: label.length > 40 ? '…' + label.slice(-39) : label }),
    stop: () => bar.stop(),
  };
}

/** Who makes a judgment: --author, else the login name, so the log always says who. */
export function judgmentAuthor(given?: string): string {
  if (given && given.trim()) return given.trim();
  try {
    return process.env.NEXO_AUTHOR || process.env.USER || userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}
