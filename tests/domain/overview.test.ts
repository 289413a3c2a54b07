import { describe, expect, it } from 'vitest';
import { overviewGraph, type OverviewBudget } from '../../src/domain/overview';
import type { ViewGraph, ViewLink, ViewNode } from '../../src/domain/viewGraph';

/** A network-view graph from `[a, b, weight]` ties; node strength and links derived. */
function tieGraph(ties: [string, string, number][], isolated: string[] = []): ViewGraph {
  const nodes = new Map<string, ViewNode>();
  const node = (id: string) => {
    let n = nodes.get(id);
    if (!n) {
      n = { id, links: 0, strength: 0 };
      nodes.set(id, n);
    }
    return n;
  };
  const links: ViewLink[] = ties.map(([a, b, weight]) => {
    for (const id of [a, b]) {
      node(id).links += 1;
      node(id).strength += weight;
    }
    return {
      kind: 'tie',
      id: `tie:${a}|${b}`,
      source: a,
      target: b,
      collaborations: [],
      direct: [],
      weight,
    };
  });
  for (const id of isolated) node(id);
  return {
    view: 'network',
    nodes: [...nodes.values()].sort((x, y) => (x.id < y.id ? -1 : 1)),
    links: links.sort((x, y) => (x.id < y.id ? -1 : 1)),
    signature: 'g',
  };
}

const ids = (g: ViewGraph) => ({
  nodes: g.nodes.map((n) => n.id),
  links: g.links.map((l) => l.id),
});

// A hub `h` tied to a, b, c, d; a–b strong; e–f a separate pair; z isolated.
const graph = tieGraph(
  [
    ['a', 'b', 5],
    ['a', 'h', 1],
    ['b', 'h', 1],
    ['c', 'h', 2],
    ['d', 'h', 1],
    ['e', 'f', 1],
  ],
  ['z'],
);
const budget = (nodes: number, links: number): OverviewBudget => ({ nodes, links });

describe('overviewGraph', () => {
  it('cuts nothing at or below the budget and returns the same graph', () => {
    const result = overviewGraph(graph, { budget: budget(8, 6) });
    expect(result.cut).toBe(false);
    expect(result.graph).toBe(graph);
    expect(result.shown).toEqual({ nodes: 8, links: 6 });
    expect(result.total).toEqual({ nodes: 8, links: 6 });
  });

  it('keeps the most important nodes by weighted degree, then the heaviest links among them', () => {
    // Strength: a 6, b 6, h 5, c 2, d 1, e 1, f 1, z 0.
    const result = overviewGraph(graph, { budget: budget(3, 2) });
    expect(ids(result.graph)).toEqual({ nodes: ['a', 'b', 'h'], links: ['tie:a|b', 'tie:a|h'] });
    expect(result.cut).toBe(true);
    expect(result.shown).toEqual({ nodes: 3, links: 2 });
    expect(result.total).toEqual({ nodes: 8, links: 6 });
  });

  it('breaks equal scores by id, and equal weights by the ends’ scores then id', () => {
    // d, e and f all have strength 1 and one link: d and e come before f by id.
    const five = overviewGraph(graph, { budget: budget(6, 10) });
    expect(ids(five.graph).nodes).toEqual(['a', 'b', 'c', 'd', 'e', 'h']);
    // Equal weight 1: a–h and b–h (ends 11) before d–h (6); a before b by id.
    const links = overviewGraph(graph, { budget: budget(8, 3) });
    expect(ids(links.graph).links).toEqual(['tie:a|b', 'tie:a|h', 'tie:c|h']);
  });

  it('ranks by the given score when there is one', () => {
    const score = new Map([
      ['z', 10],
      ['e', 9],
      ['f', 8],
    ]);
    const result = overviewGraph(graph, { budget: budget(3, 5), score });
    expect(ids(result.graph)).toEqual({ nodes: ['e', 'f', 'z'], links: ['tie:e|f'] });
  });

  it('draws a focus node with all its neighbours and links, even over the link budget', () => {
    const result = overviewGraph(graph, { budget: budget(2, 1), focus: ['h'] });
    expect(ids(result.graph)).toEqual({
      nodes: ['a', 'b', 'c', 'd', 'h'],
      links: ['tie:a|h', 'tie:b|h', 'tie:c|h', 'tie:d|h'],
    });
  });

  it('brings in a focus node that would not make the cut, and fills up from the ranking', () => {
    const result = overviewGraph(graph, { budget: budget(4, 2), focus: ['e'] });
    // e and its neighbour f first, then a and b; the focus link first, then a–b.
    expect(ids(result.graph)).toEqual({
      nodes: ['a', 'b', 'e', 'f'],
      links: ['tie:a|b', 'tie:e|f'],
    });
  });

  it('keeps kept nodes and kept links with their ends, ignoring unknown ids', () => {
    const result = overviewGraph(graph, {
      budget: budget(3, 1),
      keep: ['z', 'nobody'],
      keepLinks: ['tie:d|h', 'tie:x|y'],
      focus: ['nobody'],
    });
    expect(ids(result.graph)).toEqual({ nodes: ['d', 'h', 'z'], links: ['tie:d|h'] });
  });

  it('cuts only links when the nodes fit', () => {
    const result = overviewGraph(graph, { budget: budget(100, 4) });
    expect(result.shown).toEqual({ nodes: 8, links: 4 });
    expect(result.graph.signature).not.toBe(graph.signature);
    expect(result.graph.nodes).toEqual(graph.nodes);
  });

  it('is deterministic whatever the input order', () => {
    const shuffled: ViewGraph = { ...graph, nodes: [...graph.nodes].reverse() };
    const a = overviewGraph(graph, { budget: budget(5, 3) });
    const b = overviewGraph(shuffled, { budget: budget(5, 3) });
    expect([...ids(b.graph).nodes].sort()).toEqual(ids(a.graph).nodes);
    expect(ids(b.graph).links).toEqual(ids(a.graph).links);
  });
});
