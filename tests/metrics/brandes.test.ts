// Brandes over CSR: hand-checked values, Float64 path counts on a grid, weighted ties,
// agreement with graphology-metrics, and the additive partials used for workers/sampling.
import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import {
  brandes,
  BrandesRunner,
  createPartial,
  finaliseBrandes,
  identityOrder,
  mergePartials,
  shuffledOrder,
  splitRange,
} from '../../src/metrics/brandes';
import { buildCsr } from '../../src/metrics/csr';
import type { MetricsInput } from '../../src/metrics/types';
import { gridInput, inputOf, karateInput, randomInput } from './helpers';

function run(input: MetricsInput, weighted = input.weighted) {
  const { csr, ids } = buildCsr(input.nodes, input.edges);
  const { betweenness, closeness } = brandes(csr, weighted);
  const b: Record<string, number> = {};
  const c: Record<string, number> = {};
  ids.forEach((id, i) => {
    b[id] = betweenness[i]!;
    c[id] = closeness[i]!;
  });
  return { b, c };
}

function toGraphology(input: MetricsInput, distance: (w: number) => number): Graph {
  const g = new Graph({ type: 'undirected' });
  input.nodes.forEach((n) => g.addNode(n));
  input.edges.forEach((e) => g.addEdge(e.source, e.target, { weight: distance(e.weight) }));
  return g;
}

describe('buildCsr', () => {
  it('sorts ids and neighbours, drops self-loops, merges duplicates keeping the max strength', () => {
    const { csr, ids } = buildCsr(
      ['c', 'a', 'b'],
      [
        { source: 'c', target: 'a', weight: 1 },
        { source: 'a', target: 'c', weight: 3 },
        { source: 'b', target: 'b', weight: 1 },
        { source: 'b', target: 'a', weight: 2 },
      ],
    );
    expect(ids).toEqual(['a', 'b', 'c']);
    expect(csr.m).toBe(2);
    expect([...csr.offsets]).toEqual([0, 2, 3, 4]);
    expect([...csr.targets]).toEqual([1, 2, 0, 0]);
    expect([...csr.strengths]).toEqual([2, 3, 2, 3]);
  });

  it('rejects unknown nodes, duplicate ids and bad weights', () => {
    expect(() => buildCsr(['a'], [{ source: 'a', target: 'x', weight: 1 }])).toThrow(
      /unknown node "x"/,
    );
    expect(() => buildCsr(['a', 'a'], [])).toThrow(/Duplicate node id "a"/);
    expect(() => buildCsr(['a', 'b'], [{ source: 'a', target: 'b', weight: 0 }])).toThrow(
      /invalid weight/,
    );
  });
});

describe('brandes on hand-checkable graphs', () => {
  it('path a-b-c-d', () => {
    const { b, c } = run(inputOf(['a-b', 'b-c', 'c-d']));
    expect(b).toEqual({ a: 0, b: 2 / 3, c: 2 / 3, d: 0 });
    expect(c.a).toBeCloseTo(0.5, 12);
    expect(c.b).toBeCloseTo(0.75, 12);
  });

  it('star: the centre is on every leaf-leaf path', () => {
    const { b, c } = run(inputOf(['h-a', 'h-b', 'h-c', 'h-d']));
    expect(b.h).toBeCloseTo(1, 12);
    expect(b.a).toBe(0);
    expect(c.h).toBeCloseTo(1, 12);
    expect(c.a).toBeCloseTo(4 / 7, 12);
  });

  it('triangle with a pendant', () => {
    const { b, c } = run(inputOf(['a-b', 'b-c', 'a-c', 'c-d']));
    expect(b.c).toBeCloseTo(2 / 3, 12);
    expect(b.a).toBe(0);
    expect(c.c).toBeCloseTo(1, 12);
    expect(c.a).toBeCloseTo(3 / 4, 12);
    expect(c.d).toBeCloseTo(3 / 5, 12);
  });

  it('two components use the Wasserman–Faust closeness', () => {
    const { b, c } = run(inputOf(['a-b', 'b-c', 'd-e']));
    expect(b.b).toBeCloseTo(1 / 6, 12);
    expect(c.a).toBeCloseTo(1 / 3, 12);
    expect(c.b).toBeCloseTo(1 / 2, 12);
    expect(c.d).toBeCloseTo(1 / 4, 12);
  });

  it('isolated nodes and tiny graphs give zeros, not NaN', () => {
    expect(run(inputOf([], { nodes: ['x'] }))).toEqual({ b: { x: 0 }, c: { x: 0 } });
    expect(run(inputOf(['a-b']))).toEqual({ b: { a: 0, b: 0 }, c: { a: 1, b: 1 } });
  });
});

describe('Zachary karate club (NetworkX reference values)', () => {
  it('unweighted betweenness and closeness', () => {
    const { b, c } = run(karateInput(false));
    expect(b['1']).toBeCloseTo(0.4376352813852815, 10);
    expect(b['34']).toBeCloseTo(0.30407497594997596, 10);
    expect(b['33']).toBeCloseTo(0.14524711399711404, 10);
    expect(b['12']).toBe(0);
    expect(c['1']).toBeCloseTo(0.5689655172413793, 10);
    expect(c['34']).toBeCloseTo(0.55, 10);
    expect(c['12']).toBeCloseTo(0.36666666666666664, 10);
  });

  it('weighted (distance = 1/strength) betweenness and closeness', () => {
    // Reference: NetworkX run on exact Fraction distances. With float distances NetworkX
    // misses ties such as 1/3 + 1/6 = 1/2 and reports 0.394886 for node 1.
    const { b, c } = run(karateInput(true));
    expect(b['1']).toBeCloseTo(0.39583333333333337, 10);
    expect(b['34']).toBeCloseTo(0.32954545454545453, 10);
    expect(b['3']).toBeCloseTo(0.33522727272727276, 10);
    expect(b['33']).toBeCloseTo(0.1581439393939394, 10);
    expect(c['1']).toBeCloseTo(1.5382907880133188, 10);
    expect(c['34']).toBeCloseTo(1.610317183687696, 10);
  });
});

describe('20×20 grid: shortest-path counts beyond 2^32', () => {
  it('matches NetworkX where 32-bit counters wrap', () => {
    const { b, c } = run(gridInput(20, 20));
    expect(b['9,9']).toBeCloseTo(0.06862881145995395, 12);
    expect(b['10,10']).toBeCloseTo(0.06862881145995402, 12);
    expect(b['5,7']).toBeCloseTo(0.05092328797694478, 12);
    expect(b['0,0']).toBeCloseTo(7.544257826002061e-5, 14);
    expect(b['1,1']).toBeCloseTo(0.007779389295813158, 12);
    expect(c['9,9']).toBeCloseTo(0.09975, 12);
    const total = Object.values(b).reduce((s, x) => s + x, 0);
    // Σ betweenness = Σ over pairs of (d - 1) / ((n-1)(n-2)/2) — a check on every count.
    const n = 400;
    let pairDistance = 0;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        pairDistance +=
          Math.abs(Math.floor(i / 20) - Math.floor(j / 20)) + Math.abs((i % 20) - (j % 20)) - 1;
      }
    }
    expect(total).toBeCloseTo(pairDistance / (((n - 1) * (n - 2)) / 2), 9);
  });
});

describe('weights are strengths: a heavy tie shortens the path', () => {
  it('a-b-c with strength 4 beats the direct a-c tie of strength 1', () => {
    const input = inputOf(['a-b:4', 'b-c:4', 'a-c:1'], { weighted: true });
    const weighted = run(input, true);
    const plain = run(input, false);
    expect(plain.b.b).toBe(0);
    expect(weighted.b.b).toBeCloseTo(1, 12);
    expect(weighted.c.a).toBeCloseTo(2 / 0.75, 12);
  });

  it('equal weighted lengths split the dependency', () => {
    // a→d: a-b-d (1/2 + 1/2) and a-c-d (1/4 + 3/4... via strengths 4 and 4/3) tie at 1.
    const input = inputOf(['a-b:2', 'b-d:2', 'a-c:4', 'c-d:1.3333333333333333'], {
      weighted: true,
    });
    const { b } = run(input, true);
    expect(b.b).toBeCloseTo(b.c!, 12);
    expect(b.b).toBeGreaterThan(0);
  });
});

describe('agreement with graphology-metrics', () => {
  for (const [n, m, seed] of [
    [60, 90, 'a'],
    [80, 240, 'b'],
    [120, 150, 'c'], // sparse, several components
  ] as const) {
    it(`unweighted G(${n}, ${m}) seed ${seed}`, () => {
      const input = randomInput(n, m, seed);
      const ours = run(input);
      const g = toGraphology(input, () => 1);
      const theirsB = betweennessCentrality(g, { getEdgeWeight: null, normalized: true });
      const theirsC = closenessCentrality(g, { wassermanFaust: true });
      for (const node of input.nodes) {
        expect(ours.b[node]).toBeCloseTo(theirsB[node]!, 12);
        expect(ours.c[node]).toBeCloseTo(theirsC[node]!, 12);
      }
    });
  }

  it('weighted G(100, 300): graphology with distance 1/strength', () => {
    const input = randomInput(100, 300, 'w', [1, 2, 4, 8]);
    const ours = run(input, true);
    const g = toGraphology(input, (w) => 1 / w);
    const theirs = betweennessCentrality(g, { getEdgeWeight: 'weight', normalized: true });
    let nonZero = 0;
    for (const node of input.nodes) {
      expect(ours.b[node]).toBeCloseTo(theirs[node]!, 12);
      if (theirs[node]! > 0) nonZero++;
    }
    expect(nonZero).toBeGreaterThan(50);
  });
});

describe('partials: split sources, merge, sample', () => {
  it('merging source ranges equals the single pass', () => {
    const input = randomInput(150, 400, 'split');
    const { csr } = buildCsr(input.nodes, input.edges);
    const whole = brandes(csr, false);
    const order = shuffledOrder(csr.n, seedrandom('order'));
    const parts = splitRange(csr.n, 3).map(([from, to]) => {
      const partial = createPartial(csr.n);
      new BrandesRunner(csr, false).run(order, from, to, partial);
      return partial;
    });
    const merged = parts.reduce((a, b) => mergePartials(a, b));
    expect(merged.sources).toBe(150);
    const split = finaliseBrandes(merged);
    for (let v = 0; v < csr.n; v++) {
      expect(split.betweenness[v]).toBeCloseTo(whole.betweenness[v]!, 12);
      expect(split.closeness[v]).toBeCloseTo(whole.closeness[v]!, 12);
    }
    expect(() => mergePartials(parts[0]!, parts[0]!)).toThrow(/twice/);
  });

  it('splitRange covers 0..count without gaps', () => {
    expect(splitRange(10, 3)).toEqual([
      [0, 3],
      [3, 6],
      [6, 10],
    ]);
    expect(splitRange(2, 8)).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it('a sample of sources estimates the exact values (scaled by n/k)', () => {
    const input = randomInput(400, 1600, 'sample');
    const { csr } = buildCsr(input.nodes, input.edges);
    const exact = brandes(csr, false);
    const partial = createPartial(csr.n);
    new BrandesRunner(csr, false).run(shuffledOrder(csr.n, seedrandom('s')), 0, 200, partial);
    const estimate = finaliseBrandes(partial);
    const sum = (a: Float64Array) => a.reduce((s, x) => s + x, 0);
    expect(sum(estimate.betweenness) / sum(exact.betweenness)).toBeCloseTo(1, 1);
    let worst = 0;
    for (let v = 0; v < csr.n; v++) {
      worst = Math.max(worst, Math.abs(estimate.closeness[v]! / exact.closeness[v]! - 1));
    }
    expect(worst).toBeLessThan(0.1);
  });

  it('identity order with all sources is the exact pass', () => {
    const { csr } = buildCsr(
      ['a', 'b', 'c'],
      [
        { source: 'a', target: 'b', weight: 1 },
        { source: 'b', target: 'c', weight: 1 },
      ],
    );
    const partial = createPartial(3);
    new BrandesRunner(csr, false).run(identityOrder(3), 0, 3, partial);
    expect([...finaliseBrandes(partial).betweenness]).toEqual([0, 1, 0]);
    expect(() => new BrandesRunner(csr, false).run([7], 0, 1, partial)).toThrow(RangeError);
  });
});
