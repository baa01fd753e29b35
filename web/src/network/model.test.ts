import { describe, expect, it } from 'vitest';
import { colourNodes, detectCommunities, merge, newGraph, nodeSize, pathIn } from './model.js';

const node = (id: string, type = 'Person', degree = 1) => ({ id, name: id.toUpperCase(), type, degree, documents: 1 });
const edge = (id: string, a: string, b: string, predicate = 'associate') => ({ id, subjectId: a, objectId: b, predicate, documents: 1 });

describe('network model', () => {
  it('merges neighbourhoods, one edge per pair carrying every tie', () => {
    const g = newGraph();
    expect(merge(g, [node('a'), node('b'), node('c', 'Organization')], [edge('r1', 'a', 'b'), edge('r2', 'a', 'c', 'member_of')])).toEqual(['a', 'b', 'c']);
    // Expanding b brings d, and a second tie between a and b.
    expect(merge(g, [node('b', 'Person', 3), node('d')], [edge('r3', 'b', 'd'), edge('r4', 'b', 'a', 'family'), edge('r1', 'a', 'b')], 'b')).toEqual(['d']);
    expect(g.order).toBe(4);
    expect(g.size).toBe(3);
    const ab = g.getEdgeAttributes(g.edge('a', 'b')!);
    expect(ab.predicates).toEqual(['associate', 'family']);
    expect(ab.relations).toEqual(['r1', 'r4']);
    expect(ab.ties).toEqual([{ predicate: 'associate', subject: 'a' }, { predicate: 'family', subject: 'b' }]);
    expect(g.getNodeAttribute('b', 'size')).toBe(nodeSize(3));
    expect(g.getNodeAttribute('c', 'color')).not.toBe(g.getNodeAttribute('a', 'color'));
  });

  it('finds the shortest path as drawn', () => {
    const g = newGraph();
    merge(g, ['a', 'b', 'c', 'd', 'e'].map((id) => node(id)),
      [edge('1', 'a', 'b'), edge('2', 'b', 'c'), edge('3', 'c', 'd'), edge('4', 'a', 'e'), edge('5', 'e', 'd')]);
    const p = pathIn(g, 'a', 'd')!;
    expect(p.nodes).toEqual(['a', 'e', 'd']);
    expect(p.edges).toHaveLength(2);
    expect(pathIn(g, 'a', 'zzz')).toBeNull();
  });

  it('finds communities, the same ones every time, and colours by them', () => {
    const g = newGraph();
    const ids = ['a1', 'a2', 'a3', 'b1', 'b2', 'b3'];
    merge(g, ids.map((id) => node(id)), [
      edge('1', 'a1', 'a2'), edge('2', 'a2', 'a3'), edge('3', 'a1', 'a3'),
      edge('4', 'b1', 'b2'), edge('5', 'b2', 'b3'), edge('6', 'b1', 'b3'), edge('7', 'a1', 'b1'),
    ]);
    expect(detectCommunities(g)).toBe(2);
    const c = (id: string) => g.getNodeAttribute(id, 'community');
    expect(c('a1')).toBe(c('a3'));
    expect(c('a1')).not.toBe(c('b2'));
    colourNodes(g, 'community');
    expect(g.getNodeAttribute('a2', 'color')).toBe(g.getNodeAttribute('a3', 'color'));
    expect(g.getNodeAttribute('a2', 'color')).not.toBe(g.getNodeAttribute('b3', 'color'));
  });
});
