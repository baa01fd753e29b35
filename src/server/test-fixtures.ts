/**
 * A store for server tests: the store's invented articles plus one hostile article that
 * tries every way of getting markup into the page, in a real SQLite file in a temp dir.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore, type SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { IngestInput } from '../store/store.js';
import { IDS, InputBuilder, harborCourier, mountainLedger, valleyPost } from '../store/test-fixtures.js';

export const HOSTILE_NAME = '<img src=x onerror=alert(2)>';
export const HOSTILE_ID = 'ent_hostile-img';
export const HOSTILE_TITLE = '<b>Bold</b> & "quoted" <script>alert(4)</script>';

export function hostileArticle(): IngestInput {
  const b = new InputBuilder(
    'The gang called <script>alert(1)</script> met <img src=x onerror=alert(2)> in Veracruz. ' +
    'Its leader signed as "</script><script>alert(3)</script>" and left.',
    { title: HOSTILE_TITLE, outlet: 'Hostile <i>Times</i>',
      published: '2022-01-01', uri: 'test://hostile.html', url: 'javascript:alert(5)' });
  b.entity('img', 'Organization', HOSTILE_NAME, { graphId: HOSTILE_ID })
    .entity('veracruz', 'Location', 'Veracruz', { graphId: IDS.veracruz })
    .relation('img', 'operates_in', 'veracruz', b.evidence('met <img'));
  return b.build();
}

export interface FixtureStore {
  store: SqliteStore;
  cleanup(): Promise<void>;
}

export async function openFixtureStore(): Promise<FixtureStore> {
  const dir = mkdtempSync(join(tmpdir(), 'nexo-server-'));
  const store = await openSqliteStore(join(dir, 'nexo.db'));
  for (const input of [harborCourier(), valleyPost(), mountainLedger(), hostileArticle()]) await store.ingest(input);
  return {
    store,
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
