import { describe, expect, it } from 'vitest';
import type { EntityType } from '../extract/extraction.js';
import { slug } from '../extract/normalize.js';
import { resolveAll } from './cluster.js';
import { ActiveJudgments, type Judgment, type JudgmentTarget } from './judgments.js';
import type { LocalEntity } from './keys.js';

/** A document's local entity; invented people and groups throughout. */
function local(documentId: string, type: EntityType, name: string, aliases: string[] = [], mentions = 1): LocalEntity {
  return { documentId, localId: slug(name), type, name, aliases, mentions };
}

function idOf(result: ReturnType<typeof resolveAll>, e: LocalEntity): string {
  const a = result.get(`${e.documentId}#${e.localId}`);
  if (!a) throw new Error(`no assignment for ${e.name} in ${e.documentId}`);
  return a.id;
}

function judgments(...targets: JudgmentTarget[]): ActiveJudgments {
  const log: Judgment[] = targets.map((target, i) => ({
    id: `j${i + 1}`, action: target.action, target, author: 'tester', reason: null, createdAt: `2026-01-0${i + 1}T00:00:00Z`,
  }));
  return new ActiveJudgments(log);
}

const none = ActiveJudgments.none();

describe('resolveAll: names across documents', () => {
  it('joins spellings that differ in accents, hyphens and a quoted nickname', () => {
    const a = local('d1', 'Person', 'Ramiro Quiñones-Vidal', ['El Halcón']);
    const b = local('d2', 'Person', 'Ramiro Quinones Vidal');
    const c = local('d3', 'Person', 'Ramiro "El Halcón" Quiñones Vidal');
    const r = resolveAll([a, b, c], none);
    expect(new Set([idOf(r, a), idOf(r, b), idOf(r, c)]).size).toBe(1);
  });

  it('joins a document that uses only the nickname to the one that gives it with the full name', () => {
    const full = local('d1', 'Person', 'Ramiro Quiñones Vidal', ['El Halcón', 'Quiñones']);
    const nick = local('d2', 'Person', 'El Halcón');
    const r = resolveAll([full, nick], none);
    expect(idOf(r, nick)).toBe(idOf(r, full));
  });

  it('keeps a father and his namesake son apart', () => {
    const father = local('d1', 'Person', 'Ramiro Quiñones Vidal', ['Ramiro', 'Quiñones']);
    const son = local('d2', 'Person', 'Ramiro Quiñones Ortega', ['Ramiro', 'Quiñones']);
    const r = resolveAll([father, son], none);
    expect(idOf(r, father)).not.toBe(idOf(r, son));
  });

  it('attaches a surname-only mention when one actor has that surname, and not when two do', () => {
    const full = local('d1', 'Person', 'Lucía Barrenechea Soto');
    const bare = local('d2', 'Person', 'Barrenechea');
    expect(idOf(resolveAll([full, bare], none), bare)).toBe(idOf(resolveAll([full, bare], none), full));

    const brother = local('d3', 'Person', 'Tadeo Barrenechea Soto');
    const r = resolveAll([full, bare, brother], none);
    expect(idOf(r, bare)).not.toBe(idOf(r, full));
    expect(idOf(r, bare)).not.toBe(idOf(r, brother));
  });

  it('attaches a shortened name ("given name + first surname") to the full name it cuts down to', () => {
    const full = local('d1', 'Person', 'Lucía Barrenechea Soto');
    const short = local('d2', 'Person', 'Lucía Barrenechea');
    const r = resolveAll([full, short], none);
    expect(idOf(r, short)).toBe(idOf(r, full));
  });

  it('leaves a shortened name alone when father and son both fit it', () => {
    const father = local('d1', 'Person', 'Ramiro Quiñones Vidal');
    const son = local('d2', 'Person', 'Ramiro Quiñones Ortega');
    const short = local('d3', 'Person', 'Ramiro Quiñones');
    const r = resolveAll([father, son, short], none);
    expect(idOf(r, short)).not.toBe(idOf(r, father));
    expect(idOf(r, short)).not.toBe(idOf(r, son));
  });

  it('does not let a shared nickname join two men with different full names', () => {
    const one = local('d1', 'Person', 'Ramiro Quiñones Vidal', ['El Contable']);
    const other = local('d2', 'Person', 'Efraín Sandoval Ruiz', ['El Contable']);
    const r = resolveAll([one, other], none);
    expect(idOf(r, one)).not.toBe(idOf(r, other));
  });

  it('keeps a cartel and the state it is named after apart, and the city and the government', () => {
    const cartel = local('d1', 'Organization', 'Cartel de Tamarindo');
    const state = local('d2', 'Location', 'Tamarindo');
    const city = local('d3', 'Location', 'Washington');
    const government = local('d4', 'PublicBody', 'Washington');
    const r = resolveAll([cartel, state, city, government], none);
    expect(idOf(r, cartel)).not.toBe(idOf(r, state));
    expect(idOf(r, city)).not.toBe(idOf(r, government));
    expect(new Set([idOf(r, city), idOf(r, government)]).size).toBe(2);
  });

  it('reads "X Cartel" and "Cartel de X", "Justice Department" and "Department of Justice" as one', () => {
    const a = local('d1', 'Organization', 'Tamarindo Cartel');
    const b = local('d2', 'Organization', 'Cartel de Tamarindo');
    const c = local('d1', 'PublicBody', 'Justice Department');
    const d = local('d2', 'PublicBody', 'Department of Justice');
    const r = resolveAll([a, b, c, d], none);
    expect(idOf(r, a)).toBe(idOf(r, b));
    expect(idOf(r, c)).toBe(idOf(r, d));
  });

  it('takes an unqualified state body as the one of the country the article is about', () => {
    const hn1 = [local('h1', 'Location', 'Honduras', [], 5), local('h1', 'PublicBody', 'National Police')];
    const hn2 = [local('h2', 'Location', 'Tegucigalpa', [], 3), local('h2', 'PublicBody', 'Honduran National Police')];
    const co = [local('c1', 'Location', 'Colombia', [], 4), local('c1', 'PublicBody', 'National Police')];
    const r = resolveAll([...hn1, ...hn2, ...co], none);
    expect(idOf(r, hn1[1]!)).toBe(idOf(r, hn2[1]!));
    expect(idOf(r, hn1[1]!)).not.toBe(idOf(r, co[1]!));
  });

  it('joins an acronym used alone to the one body whose initials it is', () => {
    const full = local('d1', 'PublicBody', 'Unidad de Análisis Patrimonial y Fiscal');
    const acr = local('d2', 'Organization', 'UAPF');
    const r = resolveAll([full, acr], none);
    expect(idOf(r, acr)).toBe(idOf(r, full));
  });

  it('gives the same graph whatever order the documents come in', () => {
    const locals = [
      local('d1', 'Person', 'Ramiro Quiñones Vidal', ['El Halcón']),
      local('d2', 'Person', 'El Halcón'),
      local('d3', 'Person', 'Quiñones'),
      local('d4', 'Person', 'Ramiro Quiñones'),
      local('d4', 'Organization', 'Tamarindo Cartel', ['CT']),
      local('d5', 'Organization', 'Cartel de Tamarindo'),
      local('d5', 'Location', 'Tamarindo'),
      local('d6', 'Person', 'Tadeo Quiñones Ortega'),
    ];
    const expected = [...resolveAll(locals, none)].sort();
    for (let seed = 1; seed <= 5; seed++) {
      const shuffled = [...locals].sort((a, b) => ((a.name.length * seed + a.documentId.charCodeAt(1)) % 7) - ((b.name.length * seed + b.documentId.charCodeAt(1)) % 7));
      expect([...resolveAll(shuffled, none)].sort()).toEqual(expected);
    }
  });

  it('names an actor by the full name most documents use, and gives namesakes of other kinds their own ids', () => {
    const r = resolveAll([
      local('d1', 'Person', 'Lucía Barrenechea Soto'),
      local('d2', 'Person', 'Lucía Barrenechea Soto'),
      local('d3', 'Person', 'Lucía Barrenechea'),
      local('d4', 'Location', 'Washington'),
      local('d5', 'PublicBody', 'Washington'),
    ], none);
    expect(r.get('d3#lucia-barrenechea')).toMatchObject({ id: 'lucia-barrenechea-soto', name: 'Lucía Barrenechea Soto', type: 'Person' });
    expect([r.get('d4#washington')!.id, r.get('d5#washington')!.id].sort()).toEqual(['washington', 'washington-publicbody']);
  });
});

describe('resolveAll: judgments win over the machine', () => {
  const father = local('d1', 'Person', 'Ramiro Quiñones Vidal');
  const son = local('d2', 'Person', 'Ramiro Quiñones Ortega');
  const nick = local('d3', 'Person', 'El Halcón');

  it('merges what a person merged, though no name links them', () => {
    const r = resolveAll([father, son, nick], judgments({
      action: 'merge', a: { id: 'x', name: 'x', anchors: ['d1#ramiro-quinones-vidal'] }, b: { id: 'y', name: 'y', anchors: ['d3#el-halcon'] },
    }));
    expect(idOf(r, nick)).toBe(idOf(r, father));
    expect(idOf(r, son)).not.toBe(idOf(r, father));
    expect(r.get('d3#el-halcon')!.reason).toBe('judgment');
  });

  it('splits off the documents that use an alias as their name, and the alias stops linking the rest', () => {
    const withNick = local('d1', 'Person', 'Ramiro Quiñones Vidal', ['El Halcón']);
    const before = resolveAll([withNick, nick], none);
    expect(idOf(before, nick)).toBe(idOf(before, withNick));
    const after = resolveAll([withNick, nick], judgments({
      action: 'split', entity: { id: 'ramiro-quinones-vidal', name: 'Ramiro Quiñones Vidal' }, alias: 'El Halcón',
      anchors: ['d3#el-halcon'], holders: ['d1#ramiro-quinones-vidal'],
    }));
    expect(idOf(after, nick)).not.toBe(idOf(after, withNick));
  });

  it('forgets an undone judgment', () => {
    const log: Judgment[] = [
      { id: 'j1', action: 'merge', target: { action: 'merge', a: { id: 'x', name: 'x', anchors: ['d1#ramiro-quinones-vidal'] }, b: { id: 'y', name: 'y', anchors: ['d2#ramiro-quinones-ortega'] } }, author: 't', reason: null, createdAt: '2026-01-01' },
      { id: 'j2', action: 'undo', target: { action: 'undo', judgment: 'j1' }, author: 't', reason: null, createdAt: '2026-01-02' },
    ];
    const r = resolveAll([father, son], new ActiveJudgments(log));
    expect(idOf(r, father)).not.toBe(idOf(r, son));
    // Undoing the undo brings the merge back.
    log.push({ id: 'j3', action: 'undo', target: { action: 'undo', judgment: 'j2' }, author: 't', reason: null, createdAt: '2026-01-03' });
    const again = resolveAll([father, son], new ActiveJudgments(log));
    expect(idOf(again, father)).toBe(idOf(again, son));
  });
});

describe('resolveAll: places', () => {
  it('keeps a state named after a town apart from the same name used alone, and joins it to the state', () => {
    const city = local('d1', 'Location', 'New York');
    const state = { ...local('d2', 'Location', 'New York'), reading: 'region' as const };
    const state2 = { ...local('d3', 'Location', 'New York'), reading: 'region' as const };
    const r = resolveAll([city, state, state2], none);
    expect(idOf(r, state)).toBe(idOf(r, state2));
    expect(idOf(r, state)).not.toBe(idOf(r, city));
    expect(idOf(r, city)).toBe('new-york');
    expect(idOf(r, state)).toBe('new-york-region');
  });

  it('joins a place one article mistyped as a person, but not a person with a given name', () => {
    const place = local('d1', 'Location', 'La Sabana Alta');
    const mistyped = local('d2', 'Person', 'La Sabana Alta');
    const namesake = local('d3', 'Location', 'Ramiro Quiñones');
    const man = local('d4', 'Person', 'Ramiro Quiñones');
    const r = resolveAll([place, mistyped, namesake, man], none);
    expect(idOf(r, mistyped)).toBe(idOf(r, place));
    expect(idOf(r, man)).not.toBe(idOf(r, namesake));
  });
});
