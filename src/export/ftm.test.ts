import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore, type SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { IngestInput } from '../store/store.js';
import { IDS, InputBuilder, harborCourier, mountainLedger, valleyPost } from '../store/test-fixtures.js';
import { exportFtm, writeFtmJsonl, type FtmEntity } from './ftm.js';
import { ftmEntity, ftmId, ftmModel } from './ftm-model.js';
import { articleId } from './ftm-sources.js';

/** An invented article that states every predicate the fixtures do not, and odd cases. */
function gulfDispatch(): IngestInput {
  const b = new InputBuilder(
    'Rafael Osorio, a member of the Costa Azul Cartel, is the brother of Marisol Quintero Vega. ' +
    'Osorio worked for Puerto Lindo Shipping, which he ran as its chief. ' +
    'Puerto Lindo Shipping supplied boats to the cartel. ' +
    'Veracruz is part of the cartel\'s territory. ' +
    'Osorio, an associate of Tomás Ibarra, testified against the Sierra Norte Group. ' +
    'The Sierra Norte Group colluded with the Harbor Police and is allied with Los Pinos. ' +
    'The Costa Azul Cartel operates in Veracruz. ' +
    'About $4 million was laundered, investigators said.',
    { title: 'The brother <script>alert(1)</script>', outlet: 'Gulf Dispatch', published: '2022-06-01',
      uri: '/home/reporter/articles/gulf-dispatch.txt', url: 'https://example.org/gulf/brother' });
  b.entity('rafael-osorio', 'Person', 'Rafael Osorio', { graphId: 'ent_rafael-osorio', aliases: ['Osorio'],
    mentions: ['Rafael Osorio', 'Osorio'] })
    .entity('costa-azul-cartel', 'Organization', 'Costa Azul Cartel', { graphId: IDS.cartel })
    .entity('marisol-quintero-vega', 'Person', 'Marisol Quintero Vega', { graphId: IDS.marisol })
    .entity('puerto-lindo', 'Company', 'Puerto Lindo Shipping', { graphId: 'ent_puerto-lindo-shipping' })
    .entity('veracruz', 'Location', 'Veracruz', { graphId: IDS.veracruz })
    .entity('tomas-ibarra', 'Person', 'Tomás Ibarra', { graphId: IDS.ibarra })
    .entity('sierra-norte-group', 'Organization', 'Sierra Norte Group', { graphId: IDS.sierra })
    .entity('harbor-police', 'PublicBody', 'Harbor Police', { graphId: 'ent_harbor-police' })
    .entity('los-pinos', 'Organization', 'Los Pinos', { graphId: 'ent_los-pinos' })
    .relation('rafael-osorio', 'member_of', 'costa-azul-cartel', b.evidence('a member of'))
    .relation('rafael-osorio', 'family', 'marisol-quintero-vega', b.evidence('the brother of'), { qualifier: 'sibling' })
    .relation('rafael-osorio', 'works_for', 'puerto-lindo', b.evidence('worked for'), { start: '2015', end: '2019-04' })
    .relation('rafael-osorio', 'leader_of', 'puerto-lindo', b.evidence('ran as its chief'))
    .relation('puerto-lindo', 'supplier_of', 'costa-azul-cartel', b.evidence('supplied boats'))
    // A place cannot be a Membership member: this must fall back to UnknownLink.
    .relation('veracruz', 'part_of', 'costa-azul-cartel', b.evidence('is part of'))
    .relation('rafael-osorio', 'associate', 'tomas-ibarra', b.evidence('an associate of'))
    .relation('rafael-osorio', 'witness_against', 'sierra-norte-group', b.evidence('testified against'))
    .relation('sierra-norte-group', 'colludes_with', 'harbor-police', b.evidence('colluded with'))
    .relation('sierra-norte-group', 'ally', 'los-pinos', b.evidence('allied with'))
    .relation('costa-azul-cartel', 'operates_in', 'veracruz', b.evidence('operates in'))
    .amount(4_000_000, 'USD', 'laundered', null, b.evidence('$4 million'));
  return b.build();
}

let dir: string;
let store: SqliteStore;
let entities: FtmEntity[];
let byId: Map<string, FtmEntity>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nexo-ftm-'));
  store = await openSqliteStore(join(dir, 'nexo.db'));
  for (const input of [harborCourier(), valleyPost(), mountainLedger(), gulfDispatch()]) await store.ingest(input);
  entities = [];
  for await (const entity of exportFtm(store)) entities.push(entity);
  byId = new Map(entities.map((e) => [e.id, e]));
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Relationship entities whose two ends are the given graph entities, in either property. */
function edgesBetween(a: string, b: string): FtmEntity[] {
  const ends = new Set([ftmId(a), ftmId(b)]);
  return entities.filter((e) => {
    const refs = Object.values(e.properties).flat().filter((v) => ends.has(v));
    return new Set(refs).size === 2;
  });
}

describe('exportFtm: every line is valid FtM', () => {
  it('emits one entity per document, actor and fact, with unique ids', async () => {
    const stats = await store.stats();
    expect(entities).toHaveLength(stats.documents + stats.entities + stats.relations + stats.events + stats.amounts);
    expect(byId.size).toBe(entities.length);
  });

  it('loads every entity with the followthemoney model, round-tripping its properties', () => {
    for (const raw of entities) {
      const json = JSON.parse(JSON.stringify(raw)) as FtmEntity;
      const loaded = ftmModel.getEntity(json);
      expect(loaded.schema.name).toBe(raw.schema);
      expect(loaded.toJSON()).toEqual(json);
    }
  });

  it('uses only properties that exist on each schema, with string values', () => {
    for (const e of entities) {
      const schema = ftmModel.getSchema(e.schema);
      expect(schema.abstract, e.schema).toBe(false);
      for (const [name, values] of Object.entries(e.properties)) {
        expect(schema.hasProperty(name), `${e.schema}.${name}`).toBe(true);
        expect(() => schema.getProperty(name)).not.toThrow();
        expect(values.length).toBeGreaterThan(0);
        for (const v of values) expect(typeof v === 'string' && v.trim() !== '').toBe(true);
      }
    }
  });

  it('sets every property the schema requires', () => {
    for (const e of entities) {
      // The model's `required` is already the full list for each schema (Address drops Thing's `name`).
      for (const name of ftmModel.getSchema(e.schema).required) expect(e.properties[name], `${e.schema} ${e.id} lacks ${name}`).toBeDefined();
    }
  });

  it('points every entity reference at an emitted entity of a schema the property admits', () => {
    let references = 0;
    for (const e of entities) {
      const schema = ftmModel.getSchema(e.schema);
      for (const [name, values] of Object.entries(e.properties)) {
        const property = schema.getProperty(name);
        if (property.type.name !== 'entity') continue;
        for (const id of values) {
          references += 1;
          const target = byId.get(id);
          expect(target, `${e.schema}.${name} → ${id}`).toBeDefined();
          expect(ftmModel.getSchema(target!.schema).isA(property.getRange()), `${e.schema}.${name} → ${target!.schema}`).toBe(true);
        }
      }
    }
    expect(references).toBeGreaterThan(20);
  });

  it('uses dates FtM accepts (YYYY, YYYY-MM, YYYY-MM-DD)', () => {
    for (const e of entities) {
      const schema = ftmModel.getSchema(e.schema);
      for (const [name, values] of Object.entries(e.properties)) {
        if (schema.getProperty(name).type.name !== 'date') continue;
        for (const v of values) expect(v).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/u);
      }
    }
  });

  it('is deterministic: a second export is identical', async () => {
    const again: FtmEntity[] = [];
    for await (const entity of exportFtm(store)) again.push(entity);
    expect(again).toEqual(entities);
  });

  it('emits referenced entities before the entities that refer to them', () => {
    const seen = new Set<string>();
    for (const e of entities) {
      const schema = ftmModel.getSchema(e.schema);
      for (const [name, values] of Object.entries(e.properties)) {
        if (schema.getProperty(name).type.name !== 'entity') continue;
        for (const id of values) expect(seen.has(id), `${e.id} refers to ${id} before it`).toBe(true);
      }
      seen.add(e.id);
    }
  });
});

describe('exportFtm: the mapping', () => {
  it('maps actors by type, with aliases but not the name among them, and nicknames as weak aliases', () => {
    expect(byId.get(ftmId(IDS.marisol))).toMatchObject({
      schema: 'Person',
      properties: { name: ['Marisol Quintero Vega'], alias: expect.arrayContaining(['Quintero', 'Marisol Quintero']), weakAlias: ['La Reina'] },
    });
    expect(byId.get(ftmId(IDS.marisol))!.properties.alias).not.toContain('Marisol Quintero Vega');
    expect(byId.get(ftmId(IDS.marisol))!.properties.alias).not.toContain('La Reina');
    expect(byId.get(ftmId(IDS.cartel))!.schema).toBe('Organization');
    expect(byId.get(ftmId('ent_harbor-police'))!.schema).toBe('PublicBody');
    expect(byId.get(ftmId('ent_puerto-lindo-shipping'))!.schema).toBe('Company');
    expect(byId.get(ftmId(IDS.veracruz))).toEqual({
      id: ftmId(IDS.veracruz), schema: 'Address', properties: { name: ['Veracruz'], full: ['Veracruz'] },
    });
  });

  it('maps leader_of to a Membership with role "leader", cited by both sources', () => {
    const [edge] = edgesBetween(IDS.marisol, IDS.cartel);
    expect(edge).toMatchObject({
      schema: 'Membership',
      properties: { member: [ftmId(IDS.marisol)], organization: [ftmId(IDS.cartel)], role: ['leader'],
        publisher: expect.arrayContaining(['Harbor Courier', 'Valley Post']),
        sourceUrl: ['https://example.org/harbor/la-reina'] },
    });
    expect(edge!.properties.description).toEqual(expect.arrayContaining([
      '“Marisol Quintero Vega, known as "La Reina," leads the Costa Azul Cartel.” — Cartel leader "La Reina" arrested, Harbor Courier, 2021-03-04',
      '“Authorities say Marisol Quintero, the head of the Costa Azul Cartel, was detained in Veracruz.” — Costa Azul boss held without bail, Valley Post, 2021-03-05',
    ]));
    expect(edge!.properties.recordId?.[0]).toMatch(/^rel_/u);
  });

  it('maps leader_of a Company to a Directorship, works_for to an Employment with its dates', () => {
    const edges = edgesBetween('ent_rafael-osorio', 'ent_puerto-lindo-shipping');
    expect(edges.find((e) => e.schema === 'Directorship')).toMatchObject({
      properties: { director: [ftmId('ent_rafael-osorio')], organization: [ftmId('ent_puerto-lindo-shipping')], role: ['leader'] },
    });
    expect(edges.find((e) => e.schema === 'Employment')).toMatchObject({
      properties: { employee: [ftmId('ent_rafael-osorio')], employer: [ftmId('ent_puerto-lindo-shipping')],
        startDate: ['2015'], endDate: ['2019-04'] },
    });
  });

  it('maps family with the qualifier read from the relative\'s side', () => {
    // "Rafael is the sibling of Marisol": in FtM, relative Rafael is sibling of person Marisol.
    expect(edgesBetween('ent_rafael-osorio', IDS.marisol)).toEqual([expect.objectContaining({
      schema: 'Family',
      properties: expect.objectContaining({
        relative: [ftmId('ent_rafael-osorio')], person: [ftmId(IDS.marisol)], relationship: ['sibling'],
      }),
    })]);
  });

  it('maps member_of, associate and lawyer_of to Membership, Associate and Representation', () => {
    expect(edgesBetween('ent_rafael-osorio', IDS.cartel)[0]).toMatchObject({
      schema: 'Membership', properties: { member: [ftmId('ent_rafael-osorio')], role: ['member'] },
    });
    expect(edgesBetween('ent_rafael-osorio', IDS.ibarra)[0]).toMatchObject({
      schema: 'Associate', properties: { person: [ftmId('ent_rafael-osorio')], associate: [ftmId(IDS.ibarra)] },
    });
    expect(edgesBetween(IDS.ibarra, IDS.marisol)[0]).toMatchObject({
      schema: 'Representation', properties: { agent: [ftmId(IDS.ibarra)], client: [ftmId(IDS.marisol)], role: ['lawyer'] },
    });
  });

  it('maps the other predicates, and ends that fit no specific schema, to UnknownLink with the predicate as role', () => {
    const roleOf = (a: string, b: string) => edgesBetween(a, b).filter((e) => e.schema === 'UnknownLink')
      .flatMap((e) => e.properties.role ?? []);
    expect(roleOf(IDS.cartel, IDS.sierra)).toContain('rival');
    expect(roleOf('ent_rafael-osorio', IDS.sierra)).toEqual(['witness against']);
    expect(roleOf(IDS.sierra, 'ent_harbor-police')).toEqual(['colludes with']);
    expect(roleOf(IDS.sierra, 'ent_los-pinos')).toEqual(['ally']);
    expect(roleOf('ent_puerto-lindo-shipping', IDS.cartel)).toEqual(['supplier of']);
    expect(roleOf(IDS.veracruz, IDS.cartel).sort()).toEqual(['operates in', 'part of']);
  });

  it('maps events to Event with date, involved actors, place and roles, proved by the articles', () => {
    const arrest = entities.find((e) => e.schema === 'Event' && e.properties.date?.[0] === '2021-03-02')!;
    const harbor = harborCourier().document.id;
    expect(arrest.properties).toMatchObject({
      name: ['Arrest: Marisol Quintero Vega'],
      involved: [ftmId(IDS.marisol)],
      addressEntity: [ftmId(IDS.veracruz)],
      location: ['Veracruz'],
      keywords: ['arrest'],
      proof: [articleId(harbor)],
    });
    const trial = entities.find((e) => e.properties.keywords?.includes('trial'))!;
    expect(trial.properties.involved).toEqual([ftmId(IDS.marisol), ftmId(IDS.judge)]);
    expect(trial.properties.summary).toEqual(['held without bail', 'judge: Elena Ruiz']);
  });

  it('maps amounts to Event with the sum in the name and the exact figure in summary', () => {
    const forfeiture = entities.find((e) => e.properties.keywords?.includes('forfeiture_sought'))!;
    expect(forfeiture).toMatchObject({
      schema: 'Event',
      properties: { name: ['Forfeiture sought: USD 12,000,000'], involved: [ftmId(IDS.cartel)],
        summary: ['12000000 USD (forfeiture_sought)'], keywords: ['amount', 'forfeiture_sought'] },
    });
    const laundered = entities.find((e) => e.properties.keywords?.includes('laundered'))!;
    expect(laundered.properties.name).toEqual(['Laundered: USD 4,000,000']);
    expect(laundered.properties.involved).toBeUndefined();
  });

  it('emits documents as Articles, with the file name but not the local directories', () => {
    const gulf = gulfDispatch().document.id;
    expect(byId.get(articleId(gulf))).toEqual({
      id: articleId(gulf),
      schema: 'Article',
      properties: {
        title: ['The brother <script>alert(1)</script>'],
        fileName: ['gulf-dispatch.txt'],
        publisher: ['Gulf Dispatch'],
        publishedAt: ['2022-06-01'],
        sourceUrl: ['https://example.org/gulf/brother'],
      },
    });
  });
});

describe('writeFtmJsonl', () => {
  it('writes one JSON object per line and returns the count', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (chunk: Buffer) => chunks.push(chunk));
    const count = await writeFtmJsonl(store, out);
    const text = Buffer.concat(chunks).toString('utf8');
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(count);
    expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual(entities);
  });

  it('waits for a slow reader instead of failing or buffering without bound', async () => {
    const out = new PassThrough({ highWaterMark: 16 });
    const lines: string[] = [];
    const done = writeFtmJsonl(store, out);
    // Read slowly: every write past the tiny buffer must wait for 'drain'.
    const reader = (async () => {
      for await (const chunk of out) {
        lines.push(String(chunk));
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const count = await done;
    out.end();
    await reader;
    expect(lines.join('').trimEnd().split('\n')).toHaveLength(count);
  });
});

describe('ftmEntity', () => {
  it('refuses a property the schema does not have', () => {
    expect(() => ftmEntity('x', 'Person', { bogus: 'y' })).toThrow(/bogus/u);
    expect(() => ftmEntity('x', 'NoSuchSchema', {})).toThrow();
  });

  it('drops blanks and repeats, and cuts over-long values to the property maxLength', () => {
    const long = 'x'.repeat(70_000);
    const e = ftmEntity('x', 'Person', { name: ['A', ' A ', '', null, undefined], description: long });
    expect(e.properties.name).toEqual(['A']);
    const max = ftmModel.getSchema('Person').getProperty('description').maxLength;
    expect(e.properties.description![0]!.length).toBe(max);
    expect(e.properties.description![0]!.endsWith('…')).toBe(true);
  });
});
