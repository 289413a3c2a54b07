/** Pure parts of the time and scenarios panel: picture marks, removal, broker rows, inputs. */
import { describe, expect, it } from 'vitest';
import { applyFilters, DEFAULT_FILTERS } from '../../../src/domain/filters';
import { buildViewGraph, type ViewGraph } from '../../../src/domain/viewGraph';
import {
  brokerageInput,
  brokeredWorldPairs,
  brokerRows,
} from '../../../src/features/brokerage/brokerageModel';
import { pictureMarks, scenarioRemoval } from '../../../src/features/scenario/scenarioModel';
import { periodGraph, periodValues } from '../../../src/features/time/periodModel';
import { markElements } from '../../../src/graph-view/marks';
import { brokerage } from '../../../src/metrics/brokerage';
import { computeMetrics } from '../../../src/metrics/compute';
import { structuralHoles } from '../../../src/metrics/structuralHoles';
import { tinyDataset } from '../../fixtures/tinyDataset';

const tie = (source: string, target: string, collaborations: string[]) => ({
  kind: 'tie' as const,
  id: `tie:${source}|${target}`,
  source,
  target,
  collaborations,
  direct: [],
  weight: collaborations.length,
});

// a – b (x), b – c (x, y), c – d (z): a network view of four organisations.
const network: ViewGraph = {
  view: 'network',
  nodes: ['org:a', 'org:b', 'org:c', 'org:d'].map((id) => ({ id, links: 1, strength: 1 })),
  links: [
    tie('org:a', 'org:b', ['col:x']),
    tie('org:b', 'org:c', ['col:x', 'col:y']),
    tie('org:c', 'org:d', ['col:z']),
  ],
  signature: 's',
};

describe('scenario model', () => {
  it('ghosts removed nodes, their ties, and ties whose collaborations all end', () => {
    const marks = pictureMarks(network, ['org:d', 'col:x'], null);
    expect([...marks.ghost].sort()).toEqual(['org:d', 'tie:org:a|org:b', 'tie:org:c|org:d']);
    expect(marks.apart.size).toBe(0);
  });

  it('marks undated ties apart, never a ghost as well', () => {
    const marks = pictureMarks(network, ['org:a'], new Set(['col:x', 'col:y']));
    expect([...marks.ghost].sort()).toEqual(['org:a', 'tie:org:a|org:b']);
    expect([...marks.apart]).toEqual(['tie:org:b|org:c']);
  });

  it('drawn ids go as nodes, collaborations not drawn end on their ties', () => {
    expect(scenarioRemoval(network, ['org:a', 'col:x'])).toEqual({
      nodes: ['org:a'],
      collaborations: ['col:x'],
    });
    expect(
      scenarioRemoval(
        { ...network, nodes: [...network.nodes, { id: 'col:x', links: 0, strength: 0 }] },
        ['col:x'],
      ),
    ).toEqual({
      nodes: ['col:x'],
    });
  });

  it('markElements flags every element both ways and leaves group labels alone', () => {
    const out = markElements(
      [
        { group: 'nodes', data: { id: 'org:a' } },
        { group: 'nodes', data: { id: 'org:b' } },
        { group: 'nodes', data: { id: 'label:org:region' } },
      ],
      { ghost: new Set(['org:a']), apart: new Set(['org:b']) },
    );
    expect(out.map((d): unknown[] => [d.data.ghost, d.data.apart])).toEqual([
      [true, false],
      [false, true],
      [undefined, undefined],
    ]);
  });
});

describe('brokerage model', () => {
  // u – r – m, r – m2: r (region) brokers u–m and u–m2 (liaison) and m–m2 (representative).
  const nodes = ['u', 'r', 'm', 'm2'];
  const edges = [
    { source: 'u', target: 'r', weight: 1 },
    { source: 'r', target: 'm', weight: 1 },
    { source: 'r', target: 'm2', weight: 1 },
  ];
  const groups = { u: 'university', r: 'region', m: 'municipality', m2: 'municipality' };
  const analysis = {
    brokerage: brokerage({ nodes, edges }, groups),
    structuralHoles: structuralHoles({ nodes, edges, weighted: false }),
  };

  it('ranks brokers by pairs, optionally for one pair of worlds', () => {
    const all = brokerRows(analysis, null);
    expect(all.map((r) => [r.id, r.pairs])).toEqual([['r', 3]]);
    // Three unconnected contacts: effective size 3, constraint 3·(1/3)² = 1/3.
    expect(all[0]!.effectiveSize).toBeCloseTo(3, 10);
    expect(all[0]!.constraint).toBeCloseTo(1 / 3, 10);
    expect(brokerRows(analysis, ['municipality', 'university']).map((r) => r.pairs)).toEqual([2]);
    expect(brokerRows(analysis, ['municipality', 'municipality']).map((r) => r.pairs)).toEqual([1]);
    expect(brokerRows(analysis, ['region', 'university'])).toEqual([]);
  });

  it('lists the brokered pairs of worlds, most first', () => {
    expect(brokeredWorldPairs(analysis)).toEqual([
      { pair: ['municipality', 'university'], pairs: 2 },
      { pair: ['municipality', 'municipality'], pairs: 1 },
    ]);
  });

  it('brokerage input: organisations of the network view in their worlds', () => {
    const data = tinyDataset();
    const graph = buildViewGraph(applyFilters(data, DEFAULT_FILTERS), 'network');
    const { input, groups } = brokerageInput(data, graph, 'sector');
    expect(input.nodes.every((id) => id.startsWith('org:'))).toBe(true);
    expect(groups['org:uni-c']).toBe('academia');
    expect(groups['org:kommun-b']).toBe('municipal');
    expect(input.edges.every((e) => e.source in groups && e.target in groups)).toBe(true);
  });
});

describe('period model', () => {
  it("a period's graph keeps only collaborations active then, and values only organisations", () => {
    const data = tinyDataset();
    // 2011: only gamma (2010–2012) is active; alfa (2020–2023) and undated beta are not.
    const g2011 = periodGraph(data, DEFAULT_FILTERS, { from: 2011, to: 2011 }, 'affiliation');
    const cols = g2011.nodes.filter((n) => n.id.startsWith('col:')).map((n) => n.id);
    expect(cols).toEqual(['col:gamma']);
    const values = periodValues(
      data,
      computeMetrics({
        key: 'k',
        nodes: g2011.nodes.map((n) => n.id),
        edges: g2011.links.map((l) => ({ source: l.source, target: l.target, weight: 1 })),
        weighted: false,
      }),
    );
    expect(Object.keys(values).every((id) => id.startsWith('org:'))).toBe(true);
    expect(values['org:uni-c']?.degree).toBe(1);
  });
});
