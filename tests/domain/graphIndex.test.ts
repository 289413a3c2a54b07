import { describe, expect, it } from 'vitest';
import { indexGraph, linkBetween } from '../../src/domain/graphIndex';
import type { ViewLink } from '../../src/domain/viewGraph';
import { tieGraph } from '../fixtures/referenceGraphs';

const neighbours = (index: ReturnType<typeof indexGraph>, id: string) => {
  const v = index.indexOf.get(id)!;
  return Array.from(index.targets.subarray(index.offsets[v], index.offsets[v + 1])).map(
    (w) => index.ids[w],
  );
};

describe('indexGraph', () => {
  it('drops self-loops, links to hidden nodes and repeated pairs (first link wins)', () => {
    const g = tieGraph([
      ['A', 'B', 'col:1'],
      ['B', 'C'],
    ]);
    const extra: ViewLink[] = [
      {
        kind: 'tie',
        id: 'again',
        source: 'B',
        target: 'A',
        collaborations: ['col:2'],
        direct: [],
        weight: 1,
      },
      {
        kind: 'tie',
        id: 'loop',
        source: 'A',
        target: 'A',
        collaborations: [],
        direct: [],
        weight: 1,
      },
      {
        kind: 'tie',
        id: 'hidden',
        source: 'A',
        target: 'Z',
        collaborations: [],
        direct: [],
        weight: 1,
      },
    ];
    const index = indexGraph({ nodes: g.nodes, links: [...g.links, ...extra] });
    expect(neighbours(index, 'A')).toEqual(['B']);
    expect(neighbours(index, 'B')).toEqual(['A', 'C']);
    const a = index.indexOf.get('A')!;
    const b = index.indexOf.get('B')!;
    expect(index.links[linkBetween(index, a, b)]!.id).toBe('tie:A|B');
    expect(linkBetween(index, a, index.indexOf.get('C')!)).toBe(-1);
  });

  it('sorts the neighbours of a hub with more than 32 links', () => {
    const leaves = Array.from({ length: 40 }, (_, i) => `L${String(39 - i).padStart(2, '0')}`);
    const index = indexGraph(tieGraph(leaves.map((l) => ['H', l] as const)));
    expect(neighbours(index, 'H')).toEqual([...leaves].sort());
    for (const leaf of leaves) expect(neighbours(index, leaf)).toEqual(['H']);
  });

  it('marks people, whom routes pass through only on request', () => {
    const index = indexGraph({ nodes: [{ id: 'person:p' }, { id: 'org:o' }], links: [] });
    expect(Array.from(index.isPerson)).toEqual([1, 0]);
  });
});
