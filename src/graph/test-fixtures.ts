/**
 * A small invented network for graph/ tests, in a real SQLite store: two routes between
 * Ana and Dani (3 and 4 hops), a person joined to Ana only through a place, and one tie
 * restated five years later.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore, type SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { IngestInput } from '../store/store.js';
import { InputBuilder, harborCourier, mountainLedger, valleyPost } from '../store/test-fixtures.js';

export const NET = {
  ana: 'ent_ana-uno', beto: 'ent_beto-dos', caro: 'ent_caro-tres', dani: 'ent_dani-cuatro',
  eva: 'ent_eva-cinco', fede: 'ent_fede-seis', red: 'ent_red-group', lima: 'ent_lima',
} as const;

const PEOPLE: [keyof typeof NET, string][] = [
  ['ana', 'Ana Uno'], ['beto', 'Beto Dos'], ['caro', 'Caro Tres'], ['dani', 'Dani Cuatro'], ['eva', 'Eva Cinco'], ['fede', 'Fede Seis'],
];

function network2015(): IngestInput {
  const b = new InputBuilder([
    'Ana Uno is a member of the Red Group.',
    'Beto Dos joined the Red Group.',
    'Beto Dos is an associate of Caro Tres.',
    'Caro Tres works beside Dani Cuatro.',
    'Ana Uno operates in Lima.',
    'Eva Cinco lives in Lima.',
    'Ana Uno is a friend of Fede Seis.',
    'Fede Seis knows Caro Tres.',
  ].join(' '), { title: 'The Red Group', outlet: 'Lima Wire', published: '2015-06-01', uri: 'test://net-2015.txt' });
  for (const [key, name] of PEOPLE) {
    const count = b.document.text.split(name).length - 1;
    b.entity(key, 'Person', name, { graphId: NET[key], mentions: Array<string>(count).fill(name) });
  }
  b.entity('red', 'Organization', 'Red Group', { graphId: NET.red, mentions: ['Red Group', 'Red Group'] })
    .entity('lima', 'Location', 'Lima', { graphId: NET.lima, mentions: ['Lima', 'Lima'] })
    .relation('ana', 'member_of', 'red', b.evidence('is a member of'))
    .relation('beto', 'member_of', 'red', b.evidence('joined'))
    .relation('beto', 'associate', 'caro', b.evidence('is an associate of'))
    .relation('caro', 'associate', 'dani', b.evidence('works beside'))
    .relation('ana', 'operates_in', 'lima', b.evidence('operates in'))
    .relation('eva', 'operates_in', 'lima', b.evidence('lives in'))
    .relation('ana', 'associate', 'fede', b.evidence('is a friend of'))
    .relation('fede', 'associate', 'caro', b.evidence('knows'));
  return b.build();
}

function network2020(): IngestInput {
  const b = new InputBuilder('Beto Dos is still a member of the Red Group.',
    { title: 'Still there', outlet: 'Andes Post', published: '2020-02-02', uri: 'test://net-2020.txt' });
  b.entity('beto', 'Person', 'Beto Dos', { graphId: NET.beto })
    .entity('red', 'Organization', 'Red Group', { graphId: NET.red })
    .relation('beto', 'member_of', 'red', b.evidence('still a member'));
  return b.build();
}

export interface GraphFixture {
  store: SqliteStore;
  cleanup(): Promise<void>;
}

/** The network, plus the store's own fixture articles (Costa Azul Cartel and friends). */
export async function openGraphFixture(): Promise<GraphFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'nexo-graph-'));
  const store = await openSqliteStore(join(dir, 'nexo.db'));
  for (const input of [network2015(), network2020(), harborCourier(), valleyPost(), mountainLedger()]) await store.ingest(input);
  return {
    store,
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
