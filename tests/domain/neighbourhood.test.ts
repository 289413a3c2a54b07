import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../src/domain/graphIndex';
import { neighbourhood, type NeighbourhoodResult } from '../../src/domain/neighbourhood';
import {
  affiliationGraph,
  davisGraph,
  karateGraph,
  reference,
  tieGraph,
} from '../fixtures/referenceGraphs';

function found(result: NeighbourhoodResult) {
  if (result.kind !== 'found') throw new Error(`expected found, got ${result.kind}`);
  return result;
}

// A path A–B–C–D–E plus a chord B–D.
const path = tieGraph([
  ['A', 'B'],
  ['B', 'C'],
  ['C', 'D'],
  ['D', 'E'],
  ['B', 'D'],
]);

describe('neighbourhood', () => {
  it('lists nodes by distance and keeps the links among them', () => {
    const r = found(neighbourhood(path, 'A', 2));
    expect(r.distances).toEqual([
      { id: 'A', distance: 0 },
      { id: 'B', distance: 1 },
      { id: 'C', distance: 2 },
      { id: 'D', distance: 2 },
    ]);
    // C–D joins two nodes at depth 2 and is kept; D–E leaves the neighbourhood.
    expect(r.graph.links.map((l) => l.id).sort()).toEqual([
      'tie:A|B',
      'tie:B|C',
      'tie:B|D',
      'tie:C|D',
    ]);
    expect(r.graph.nodes.find((x) => x.id === 'B')).toEqual({ id: 'B', links: 3, strength: 3 });
    expect(r.graph.view).toBe('network');
  });

  it('gives the centre alone at depth 0, and unknown-node for an id not shown', () => {
    expect(found(neighbourhood(path, 'C', 0)).graph.nodes.map((x) => x.id)).toEqual(['C']);
    expect(neighbourhood(path, 'Q', 1)).toEqual({ kind: 'unknown-node', centre: 'Q' });
  });

  it('changes its signature with the centre and the depth', () => {
    const a = found(neighbourhood(path, 'A', 1)).graph.signature;
    expect(found(neighbourhood(path, 'B', 1)).graph.signature).not.toBe(a);
    expect(found(neighbourhood(path, 'A', 2)).graph.signature).not.toBe(a);
  });

  it('reaches people but walks through them only when asked', () => {
    const g = affiliationGraph(
      [['org:x', 'col:1']],
      [
        ['person:p', 'col:1'],
        ['person:p', 'col:2'],
      ],
    );
    expect(found(neighbourhood(g, 'org:x', 3)).distances.map((d) => d.id)).toEqual([
      'org:x',
      'col:1',
      'person:p',
    ]);
    expect(
      found(neighbourhood(g, 'org:x', 3, { throughPeople: true })).distances.map((d) => d.id),
    ).toEqual(['org:x', 'col:1', 'person:p', 'col:2']);
  });

  const cases = [
    ['karate', karateGraph(), reference.karate.ego] as const,
    ['davis', davisGraph(), reference.davis.ego] as const,
  ];
  for (const [name, graph, egos] of cases) {
    it(`matches NetworkX ego_graph on ${name}`, () => {
      const index = indexGraph(graph);
      for (const ego of egos) {
        const r = found(neighbourhood(graph, ego.centre, ego.radius, {}, index));
        expect(Object.fromEntries(r.distances.map((d) => [d.id, d.distance]))).toEqual(
          ego.distances,
        );
        expect(r.graph.links).toHaveLength(ego.edges);
      }
    });
  }
});
