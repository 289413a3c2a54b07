/**
 * "What if?" on graphs drawn below with answers worked out by hand, plus a check that the
 * betweenness after equals computeMetrics on the reduced graph.
 */
import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../src/metrics/compute';
import {
  applyRemoval,
  compareScenario,
  resolveScenarioOptions,
  withoutCollaborations,
  type ScenarioEdge,
  type ScenarioInput,
} from '../../src/metrics/scenario';
import { describeScenario } from '../../src/metrics/scenarioText';
import { collectHandler, gridInput, inputOf, randomInput } from './helpers';

describe('compareScenario: removing a bridge node', () => {
  //   a       f
  //   | \   / |
  //   b--c-d-e--g      (a–b–c and e–f–g are triangles, d joins them; p hangs on d;
  //        |            z has no tie)
  //        p
  const input = inputOf(['a-b', 'b-c', 'a-c', 'c-d', 'd-e', 'e-f', 'f-g', 'e-g', 'd-p'], {
    nodes: ['z'],
  });
  const result = compareScenario(input, { nodes: ['d'] }, { topK: 2 });

  it('summarises the graph before and after', () => {
    expect(result.before).toEqual({
      nodes: 9,
      edges: 9,
      components: 2,
      largestComponent: 8,
      isolated: 1,
    });
    expect(result.after).toEqual({
      nodes: 8,
      edges: 6,
      components: 4,
      largestComponent: 3,
      isolated: 2,
    });
    expect(result.removedNodes).toEqual(['d']);
    expect(result.removedEdges.map((e) => `${e.source}-${e.target}:${e.reason}`).sort()).toEqual([
      'c-d:node',
      'd-e:node',
      'd-p:node',
    ]);
  });

  it('lists the parts the component falls into and who is left alone', () => {
    expect(result.splits).toEqual([
      { size: 8, removed: ['d'], parts: [['a', 'b', 'c'], ['e', 'f', 'g'], ['p']] },
    ]);
    expect(result.newlyIsolated).toEqual(['p']);
  });

  it('gives exact betweenness changes, largest first', () => {
    // Before (n = 9, normalised by 8·7/2 = 28): c and e each carry 2·5 = 10 pairs; d carries
    // 3·3 between the triangles + 6 pairs with p = 15. After, nothing lies between anything.
    expect(result.removedBetweenness.d).toBeCloseTo(15 / 28, 14);
    expect(result.betweenness.map((r) => r.id)).toEqual(['c', 'e']);
    expect(result.betweenness[0]!.before).toBeCloseTo(10 / 28, 14);
    expect(result.betweenness[0]!.after).toBe(0);
    expect(result.betweenness[0]!.change).toBeCloseTo(-10 / 28, 14);
  });

  it('compares each node’s top-k partners', () => {
    // c keeps a, b (top 2 of a, b, d by id); e loses d, gains g; p loses its only partner.
    expect(result.keyCollaborators).toEqual([
      { id: 'p', before: [{ id: 'd', weight: 1 }], after: [], lost: ['d'], gained: [] },
      {
        id: 'e',
        before: [
          { id: 'd', weight: 1 },
          { id: 'f', weight: 1 },
        ],
        after: [
          { id: 'f', weight: 1 },
          { id: 'g', weight: 1 },
        ],
        lost: ['d'],
        gained: ['g'],
      },
    ]);
  });

  it('caps rows with limit and leaves the input untouched', () => {
    const copy = structuredClone(input);
    const capped = compareScenario(input, { nodes: ['d'] }, { topK: 2, limit: 1 });
    expect(capped.betweenness).toHaveLength(1);
    expect(capped.keyCollaborators).toHaveLength(1);
    expect(input).toEqual(copy);
  });

  it('reports ids it cannot find instead of failing', () => {
    const r = compareScenario(input, { nodes: ['nope'], edges: [{ source: 'a', target: 'g' }] });
    expect(r.unknown).toEqual({ nodes: ['nope'], edges: ['a|g'], collaborations: [] });
    expect(r.after).toEqual(r.before);
    expect(r.splits).toEqual([]);
  });

  it('removes a tie in either orientation', () => {
    const r = compareScenario(input, { edges: [{ source: 'p', target: 'd' }] });
    expect(r.removedEdges).toEqual([{ source: 'd', target: 'p', weight: 1, reason: 'edge' }]);
    expect(r.newlyIsolated).toEqual(['p']);
    expect(r.splits).toEqual([
      { size: 8, removed: [], parts: [['a', 'b', 'c', 'd', 'e', 'f', 'g'], ['p']] },
    ]);
  });
});

describe('ending a collaboration', () => {
  it('takes its share from network-view ties and drops ties left with none', () => {
    const edges: ScenarioEdge[] = [
      { source: 'x', target: 'y', weight: 2, collaborations: ['col:1', 'col:2'] },
      { source: 'w', target: 'y', weight: 1, collaborations: ['col:1'] },
      { source: 'w', target: 'x', weight: 1, collaborations: ['col:3'] },
    ];
    expect(withoutCollaborations(edges, ['col:1'])).toEqual([
      { source: 'x', target: 'y', weight: 1, collaborations: ['col:2'] },
      edges[2],
    ]);
    const applied = applyRemoval(
      { nodes: ['w', 'x', 'y'], edges, weighted: true },
      { collaborations: ['col:1', 'col:9'] },
    );
    expect(applied.removedEdges).toEqual([
      { source: 'w', target: 'y', weight: 1, reason: 'collaboration' },
    ]);
    expect(applied.weakenedEdges).toEqual([
      { source: 'x', target: 'y', before: 2, after: 1, collaborations: ['col:1'] },
    ]);
    expect(applied.unknown.collaborations).toEqual(['col:9']);
    expect(applied.removedNodes).toEqual([]);
  });

  it('removes a collaboration node in the affiliation view and compares shared partners', () => {
    // col:1 {a, b}, col:2 {a, b, c}, col:3 {b, c}. Before, a shares 2 with b and 1 with c;
    // b 2 with a and 2 with c; c 2 with b, 1 with a. Without col:2 each shares 1 with b
    // (a, c) or with a and c (b), and a and c share nothing.
    const pairs = [
      ['org:a', 'col:1'],
      ['org:b', 'col:1'],
      ['org:a', 'col:2'],
      ['org:b', 'col:2'],
      ['org:c', 'col:2'],
      ['org:b', 'col:3'],
      ['org:c', 'col:3'],
    ] as const;
    const input: ScenarioInput = {
      nodes: [...new Set(pairs.flat())],
      edges: pairs.map(([source, target]) => ({ source, target, weight: 1 })),
      weighted: false,
    };
    const r = compareScenario(
      input,
      { collaborations: ['col:2'] },
      { intermediaryPrefixes: ['col:'], subjectPrefixes: ['org:'] },
    );
    expect(r.removedNodes).toEqual(['col:2']);
    expect(r.removedEdges).toHaveLength(3);
    expect(r.splits).toEqual([]);
    expect(r.keyCollaborators).toEqual([
      {
        id: 'org:a',
        before: [
          { id: 'org:b', weight: 2 },
          { id: 'org:c', weight: 1 },
        ],
        after: [{ id: 'org:b', weight: 1 }],
        lost: ['org:c'],
        gained: [],
      },
      {
        id: 'org:c',
        before: [
          { id: 'org:b', weight: 2 },
          { id: 'org:a', weight: 1 },
        ],
        after: [{ id: 'org:b', weight: 1 }],
        lost: ['org:a'],
        gained: [],
      },
      {
        id: 'org:b',
        before: [
          { id: 'org:a', weight: 2 },
          { id: 'org:c', weight: 2 },
        ],
        after: [
          { id: 'org:a', weight: 1 },
          { id: 'org:c', weight: 1 },
        ],
        lost: [],
        gained: [],
      },
    ]);
  });
});

describe('compareScenario agrees with computeMetrics', () => {
  it('on a weighted random graph with three nodes removed', () => {
    const input = randomInput(60, 140, 'scenario', [1, 2, 3]);
    const removed = ['n3', 'n17', 'n42'];
    const r = compareScenario(input, { nodes: removed });
    const after = computeMetrics({
      key: 'after',
      nodes: input.nodes.filter((id) => !removed.includes(id)),
      edges: input.edges.filter((e) => !removed.includes(e.source) && !removed.includes(e.target)),
      weighted: true,
    });
    const before = computeMetrics(input);
    expect(r.after.components).toBe(after.stats.components);
    expect(r.after.edges).toBe(after.stats.edges);
    for (const row of r.betweenness) {
      expect(row.after).toBeCloseTo(after.nodes[row.id]!.betweenness, 12);
      expect(row.before).toBeCloseTo(before.nodes[row.id]!.betweenness, 12);
    }
    for (const id of removed) {
      expect(r.removedBetweenness[id]).toBeCloseTo(before.nodes[id]!.betweenness, 12);
    }
  });
});

describe('resolveScenarioOptions', () => {
  it('applies defaults and refuses bad values', () => {
    expect(resolveScenarioOptions()).toMatchObject({ topK: 5, subjectPrefixes: null });
    expect(() => resolveScenarioOptions({ topK: 0 })).toThrow(RangeError);
    expect(() => resolveScenarioOptions({ limit: -1 })).toThrow(RangeError);
  });
});

describe('the scenario and brokerage messages', () => {
  it('answers a scenario at once without cancelling a running compute', async () => {
    const { handler, responses, until } = collectHandler();
    handler.receive({ type: 'compute', id: 1, input: gridInput(20, 20) });
    const input = inputOf(['a-b', 'b-c']);
    handler.receive({ type: 'scenario', id: 2, input, removal: { nodes: ['b'] } });
    const answer = responses.find((r) => r.id === 2);
    expect(answer?.type).toBe('scenarioResult');
    if (answer?.type === 'scenarioResult') {
      expect(answer.result).toEqual({
        ...compareScenario(input, { nodes: ['b'] }),
        timingsMs: { total: expect.any(Number) as number },
      });
      expect(answer.result.newlyIsolated).toEqual(['a', 'c']);
    }
    await until((r) => r.some((x) => x.id === 1 && x.type !== 'progress'));
    expect(responses.find((r) => r.id === 1 && r.type !== 'progress')?.type).toBe('result');
  });

  it('answers brokerage with both analyses, and errors with the request id', () => {
    const { handler, responses } = collectHandler();
    const input = inputOf(['a-b', 'b-c']);
    handler.receive({ type: 'brokerage', id: 5, input, groups: { a: 'X', b: 'Y', c: 'X' } });
    const answer = responses[0];
    expect(answer?.type).toBe('brokerageResult');
    if (answer?.type === 'brokerageResult') {
      expect(answer.result.brokerage.nodes.b!.roles.consultant).toBe(2);
      expect(answer.result.structuralHoles.b).toEqual({
        effectiveSize: 2,
        efficiency: 1,
        constraint: 0.5,
      });
    }
    handler.receive({ type: 'brokerage', id: 6, input, groups: { a: 'X' } });
    expect(responses[1]).toMatchObject({ type: 'error', id: 6, error: { name: 'MetricsError' } });
    handler.receive({ type: 'scenario', id: 7, input });
    expect(responses[2]).toMatchObject({ type: 'error', id: 7, error: { name: 'TypeError' } });
  });
});

describe('describeScenario', () => {
  const input = inputOf(['a-b', 'b-c', 'a-c', 'c-d', 'd-e', 'e-f', 'f-g', 'e-g', 'd-p'], {
    nodes: ['z'],
  });
  const result = compareScenario(input, { nodes: ['d'] });
  const label = (id: string) => id.toUpperCase();

  it('writes the summary in Swedish', () => {
    expect(describeScenario(result, 'sv', label)).toEqual([
      'Utan D: nätverket har 8 aktörer och 6 band (i dag 9 och 9).',
      'Det faller isär från 2 delar till 4 delar.',
      '3 aktörer bryts loss från resten: E, F och G.',
      '1 aktör bryts loss från resten: P.',
      '1 aktör förlorar sin sista länk: P.',
      'Störst minskning som mäklare: C (0,357 → 0).',
      '3 aktörer får andra nyckelsamarbetspartner.',
    ]);
  });

  it('writes the summary in English, and says when nothing changes', () => {
    const text = describeScenario(result, 'en', label);
    expect(text[0]).toBe('Without D: the network has 8 actors and 6 ties (today 9 and 9).');
    expect(text).toContain('1 actor loses their last link: P.');
    expect(text).toContain('Largest fall as a broker: C (0.357 → 0).');
    expect(describeScenario(compareScenario(input, { nodes: ['nope'] }), 'en')).toEqual([
      'Nothing was taken out: the network is unchanged.',
    ]);
  });

  it('lists at most four names and three parts', () => {
    // A star: removing its centre leaves eight parts of one.
    const star = inputOf(['h-1', 'h-2', 'h-3', 'h-4', 'h-5', 'h-6', 'h-7', 'h-8']);
    const text = describeScenario(compareScenario(star, { nodes: ['h'] }), 'sv');
    expect(text.filter((s) => s.includes('bryts loss från resten'))).toHaveLength(3);
    expect(text).toContain('Ytterligare 4 delar bryts loss.');
    expect(text).toContain('8 aktörer förlorar sin sista länk: 1, 2, 3, 4 och 4 till.');
  });
});
