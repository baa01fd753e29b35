/** Running the compiled `nexo` CLI as a separate process, the way people and scripts run it. */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
export const BIN = join(ROOT, 'bin/nexo.js');
export const SHARED = resolve(ROOT, '../shared');
export const HAS_SHARED = existsSync(join(SHARED, 'corpus')) && existsSync(join(SHARED, 'tools/score.mjs'));

export function tmp(prefix = 'nexo-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function nexo(args: string[], opts: { cwd?: string; timeout?: number } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT, encoding: 'utf8', timeout: opts.timeout ?? 120_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
}

export function nexoAsync(args: string[]) {
  return spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}
