// computeMetrics end to end: every metric on hand-checkable graphs and on the karate club,
// graph stats, seeded Louvain, per-metric failure isolation, sampling, progress and abort.
import { describe, expect, it } from 'vitest';
import {
  computeMetrics,
  computeMetricsAsync,
  renumberCommunities,
} from '../../src/metrics/compute';
import { METRIC_IDS, type MetricsInput, type MetricsResult } from '../../src/metrics/types';
import { gridInput, inputOf, karateInput, randomInput } from './helpers';

function pick(result: MetricsResult, field: keyof MetricsResult['nodes'][string]) {
  return Object.fromEntries(Object.entries(result.nodes).map(([id, m]) => [id, m[field]]));
}

function expectNoNaN(result: MetricsResult): void {
  for (const metrics of Object.values(result.nodes)) {
    for (const value of Object.values(metrics)) {
      if (value !== null) expect(Number.isFinite(value)).toBe(true);
    }
  }
}

describe('METRIC_IDS', () => {
  it('lists the six metrics in display order', () => {
    expect(METRIC_IDS).toEqual([
      'degree',
      'weightedDegree',
      'betweenness',
      'closeness',
      'pagerank',
      'eigenvector',
    ]);
  });
});

describe('small graphs, every metric', () => {
  it('path a-b-c-d', () => {
    const r = computeMetrics(inputOf(['a-b', 'b-c', 'c-d']));
    expect(pick(r, 'degree')).toEqual({ a: 1, b: 2, c: 2, d: 1 });
    expect(pick(r, 'weightedDegree')).toEqual({ a: 1, b: 2, c: 2, d: 1 });
    expect(r.nodes.b!.betweenness).toBeCloseTo(2 / 3, 12);
    expect(r.nodes.a!.closeness).toBeCloseTo(0.5, 12);
    expect(r.nodes.a!.pagerank).toBeCloseTo(0.17543839772251532, 5);
    expect(r.nodes.b!.pagerank).toBeCloseTo(0.32456160227748454, 5);
    expect(r.nodes.a!.eigenvector).toBeCloseTo(0.37174823427120085, 4);
    expect(r.nodes.b!.eigenvector).toBeCloseTo(0.6015008315175003, 4);
    expect(r.stats).toEqual({
      nodes: 4,
      edges: 3,
      density: 0.5,
      components: 1,
      averagePathLength: 10 / 6,
    });
    expect(r.failures).toEqual({});
    expect(r.estimate).toBe(false);
  });

  it('star', () => {
    const r = computeMetrics(inputOf(['h-a', 'h-b', 'h-c', 'h-d']));
    expect(r.nodes.h!.degree).toBe(4);
    expect(r.nodes.h!.betweenness).toBeCloseTo(1, 12);
    expect(r.nodes.a!.betweenness).toBe(0);
    expect(r.nodes.h!.closeness).toBeCloseTo(1, 12);
    expect(r.nodes.a!.closeness).toBeCloseTo(4 / 7, 12);
    expect(r.nodes.h!.pagerank).toBeCloseTo(0.47567668878363595, 5);
    expect(r.nodes.a!.pagerank).toBeCloseTo(0.13108082780409108, 5);
    expect(r.nodes.h!.eigenvector).toBeCloseTo(Math.SQRT1_2, 4);
    expect(r.nodes.a!.eigenvector).toBeCloseTo(Math.SQRT1_2 / 2, 4);
    expect(r.stats.averagePathLength).toBeCloseTo((4 * 1 * 2 + 12 * 2) / 20, 12);
  });

  it('triangle with a pendant', () => {
    const r = computeMetrics(inputOf(['a-b', 'b-c', 'a-c', 'c-d']));
    expect(r.nodes.c!.betweenness).toBeCloseTo(2 / 3, 12);
    expect(r.nodes.d!.closeness).toBeCloseTo(3 / 5, 12);
    expect(r.nodes.c!.pagerank).toBeCloseTo(0.3667352990529791, 5);
    expect(r.nodes.d!.pagerank).toBeCloseTo(0.1414087555444403, 5);
    expect(r.nodes.c!.eigenvector).toBeCloseTo(0.6116286437343044, 4);
    expect(r.nodes.d!.eigenvector).toBeCloseTo(0.28184579793865727, 4);
    expect(r.stats.density).toBeCloseTo(4 / 6, 12);
  });

  it('two components and an isolated node', () => {
    const r = computeMetrics(inputOf(['a-b', 'b-c', 'd-e'], { nodes: ['z'] }));
    expect(r.stats.components).toBe(3);
    expect(r.stats.nodes).toBe(6);
    expect(r.stats.edges).toBe(3);
    expect(r.stats.density).toBeCloseTo(3 / 15, 12);
    expect(r.stats.averagePathLength).toBeCloseTo(10 / 8, 12);
    expect(r.nodes.b!.betweenness).toBeCloseTo(1 / ((5 * 4) / 2), 12);
    // Wasserman–Faust: (reached / Σd) · (reached / (n - 1)).
    expect(r.nodes.a!.closeness).toBeCloseTo((2 / 3) * (2 / 5), 12);
    expect(r.nodes.d!.closeness).toBeCloseTo(1 / 5, 12);
    expect(r.nodes.z).toMatchObject({ degree: 0, weightedDegree: 0, betweenness: 0, closeness: 0 });
    // Communities never mix components; the isolated node is alone.
    expect(r.nodes.a!.community).toBe(r.nodes.c!.community);
    expect(r.nodes.a!.community).not.toBe(r.nodes.d!.community);
    expect(r.nodes.z!.community).toBe(2);
    expectNoNaN(r);
  });

  it('weighted: strength sums, heavy tie on the shortest path', () => {
    const input = inputOf(['a-b:4', 'b-c:4', 'a-c:1'], { weighted: true });
    const r = computeMetrics(input);
    expect(pick(r, 'weightedDegree')).toEqual({ a: 5, b: 8, c: 5 });
    expect(pick(r, 'degree')).toEqual({ a: 2, b: 2, c: 2 });
    expect(r.nodes.b!.betweenness).toBeCloseTo(1, 12);
    // Path length stays in ties (hops): every pair is adjacent.
    expect(r.stats.averagePathLength).toBe(1);
    const plain = computeMetrics({ ...input, weighted: false });
    expect(plain.nodes.b!.betweenness).toBe(0);
    expect(r.nodes.b!.pagerank).toBeGreaterThan(plain.nodes.b!.pagerank);
  });

  it('empty and single-node graphs', () => {
    const empty = computeMetrics({ key: 'e', nodes: [], edges: [], weighted: false });
    expect(empty.stats).toEqual({
      nodes: 0,
      edges: 0,
      density: 0,
      components: 0,
      averagePathLength: null,
    });
    const one = computeMetrics({ key: '1', nodes: ['x'], edges: [], weighted: false });
    expect(one.nodes.x).toMatchObject({ degree: 0, betweenness: 0, closeness: 0, community: 0 });
    expect(one.stats.averagePathLength).toBeNull();
    expectNoNaN(one);
  });

  it('invalid input throws a clear error', () => {
    expect(() =>
      computeMetrics({
        key: 'bad',
        nodes: ['a'],
        edges: [{ source: 'a', target: 'b', weight: 1 }],
        weighted: false,
      }),
    ).toThrow(/unknown node "b"/);
  });
});

describe('karate club', () => {
  const result = computeMetrics(karateInput());

  it('matches NetworkX', () => {
    expect(result.nodes['1']!.betweenness).toBeCloseTo(0.4376352813852815, 10);
    expect(result.nodes['34']!.betweenness).toBeCloseTo(0.30407497594997596, 10);
    expect(result.nodes['1']!.closeness).toBeCloseTo(0.5689655172413793, 10);
    expect(result.nodes['1']!.pagerank).toBeCloseTo(0.09700181758983706, 4);
    expect(result.nodes['34']!.pagerank).toBeCloseTo(0.10091791674871207, 4);
    expect(result.nodes['34']!.eigenvector).toBeCloseTo(0.37337121301323495, 3);
    expect(result.nodes['1']!.degree).toBe(16);
    expect(result.stats).toMatchObject({ nodes: 34, edges: 78, components: 1 });
    expect(result.stats.density).toBeCloseTo(0.13903743315508021, 12);
    expect(result.stats.averagePathLength).toBeCloseTo(2.408199643493761, 12);
  });

  it('has Louvain communities numbered by size, the two leaders apart', () => {
    const sizes = new Map<number, number>();
    for (const m of Object.values(result.nodes))
      sizes.set(m.community, (sizes.get(m.community) ?? 0) + 1);
    const ordered = [...sizes.keys()].sort((a, b) => a - b);
    expect(ordered).toEqual([...Array(ordered.length).keys()]);
    expect(ordered.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < ordered.length; i++) {
      expect(sizes.get(i)!).toBeLessThanOrEqual(sizes.get(i - 1)!);
    }
    expect(result.nodes['1']!.community).not.toBe(result.nodes['34']!.community);
  });

  it('gives the same communities for the same data in any order (seeded Louvain)', () => {
    const input = karateInput();
    const shuffled: MetricsInput = {
      ...input,
      nodes: [...input.nodes].reverse(),
      edges: [...input.edges]
        .reverse()
        .map((e, i) => (i % 2 ? { ...e, source: e.target, target: e.source } : e)),
    };
    const again = computeMetrics(input);
    const other = computeMetrics(shuffled);
    expect(pick(again, 'community')).toEqual(pick(result, 'community'));
    expect(pick(other, 'community')).toEqual(pick(result, 'community'));
    const reseeded = computeMetrics(input, { seed: 'another seed' });
    expect(Object.keys(reseeded.nodes)).toHaveLength(34);
  });

  it('weighted karate', () => {
    const r = computeMetrics(karateInput(true));
    expect(r.nodes['1']!.weightedDegree).toBe(42);
    expect(r.nodes['1']!.betweenness).toBeCloseTo(0.39583333333333337, 10);
    expect(r.nodes['1']!.pagerank).toBeCloseTo(0.08850807396280012, 4);
    expect(r.nodes['34']!.eigenvector).toBeCloseTo(0.3641047837437374, 3);
    expect(r.failures).toEqual({});
  });
});

describe('failures stay local', () => {
  it('a non-converging eigenvector fails alone', () => {
    const r = computeMetrics(karateInput(), { maxIterations: { eigenvector: 2 } });
    expect(r.failures.eigenvector).toMatch(/failed to converge/);
    expect(Object.keys(r.failures)).toEqual(['eigenvector']);
    expect(Object.values(r.nodes).every((m) => m.eigenvector === null)).toBe(true);
    expect(r.nodes['1']!.betweenness).toBeCloseTo(0.4376352813852815, 10);
    expect(r.nodes['1']!.pagerank).toBeCloseTo(0.09700181758983706, 4);
  });

  it('a failing PageRank leaves 0 and the rest intact', () => {
    const r = computeMetrics(karateInput(), { maxIterations: { pagerank: 1 } });
    expect(Object.keys(r.failures)).toEqual(['pagerank']);
    expect(Object.values(r.nodes).every((m) => m.pagerank === 0)).toBe(true);
    expect(r.nodes['34']!.eigenvector).toBeCloseTo(0.37337121301323495, 3);
    expectNoNaN(r);
  });

  it('renumbers communities by size then smallest node', () => {
    expect([...renumberCommunities([7, 3, 3, 7, 9, 3])]).toEqual([1, 0, 0, 1, 2, 0]);
    expect([...renumberCommunities([5, 4, 4, 5])]).toEqual([0, 1, 1, 0]);
  });
});

describe('sampling, progress, abort', () => {
  it('sampleSources gives a seeded estimate; >= n is exact', () => {
    const input = randomInput(300, 900, 'est');
    const exact = computeMetrics(input);
    const a = computeMetrics(input, { sampleSources: 100 });
    const b = computeMetrics(input, { sampleSources: 100 });
    expect(a.estimate).toBe(true);
    expect(a.sources).toBe(100);
    expect(pick(a, 'betweenness')).toEqual(pick(b, 'betweenness'));
    const ranked = (r: MetricsResult) =>
      Object.entries(r.nodes)
        .sort((x, y) => y[1].betweenness - x[1].betweenness)
        .map(([id]) => id);
    expect(ranked(a).slice(0, 5)).toContain(ranked(exact)[0]);
    const total = (r: MetricsResult) =>
      Object.values(r.nodes).reduce((sum, m) => sum + m.betweenness, 0);
    expect(total(a) / total(exact)).toBeGreaterThan(0.9);
    expect(total(a) / total(exact)).toBeLessThan(1.1);
    const full = computeMetrics(input, { sampleSources: 300 });
    expect(full.estimate).toBe(false);
    expect(pick(full, 'betweenness')).toEqual(pick(exact, 'betweenness'));
  });

  it('progressive runs deliver an estimate first, then the exact values', async () => {
    const input = gridInput(20, 20);
    const partials: MetricsResult[] = [];
    const fractions: number[] = [];
    const result = await computeMetricsAsync(input, {
      progressive: true,
      estimateThreshold: 0,
      onProgress: (p) => {
        fractions.push(p.fraction);
        if (p.partial) partials.push(p.partial);
      },
    });
    expect(partials).toHaveLength(1);
    expect(partials[0]!.estimate).toBe(true);
    expect(partials[0]!.sources).toBe(40);
    expect(partials[0]!.nodes['9,9']!.betweenness).toBeGreaterThan(0.03);
    expect(result.estimate).toBe(false);
    expect(result.sources).toBe(400);
    expect(result.nodes['9,9']!.betweenness).toBeCloseTo(0.06862881145995395, 12);
    expect(fractions.at(-1)).toBe(1);
    expect([...fractions].sort((x, y) => x - y)).toEqual(fractions);
  });

  it('aborts with an AbortError', async () => {
    const signal = { aborted: false };
    const run = computeMetricsAsync(gridInput(30, 30), {
      signal,
      onProgress: (p) => {
        if (p.phase === 'betweenness') signal.aborted = true;
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(() => computeMetrics(karateInput(), { signal: { aborted: true } })).toThrow(
      expect.objectContaining({ name: 'AbortError' }) as Error,
    );
  });

  it('records timings per phase', () => {
    const r = computeMetrics(karateInput());
    for (const phase of ['prepare', 'pagerank', 'eigenvector', 'community', 'betweenness']) {
      expect(r.timingsMs[phase]).toBeGreaterThanOrEqual(0);
    }
  });
});
