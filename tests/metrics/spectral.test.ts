/**
 * PageRank and eigenvector on the CSR (spectral.ts) against exact solutions (a dense linear
 * solve; the eigen-equation residual; closed forms) and against graphology-metrics.
 */
import { UndirectedGraph } from 'graphology';
import eigenvectorCentrality from 'graphology-metrics/centrality/eigenvector';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { describe, expect, it } from 'vitest';
import { buildCsr, type Csr } from '../../src/metrics/csr';
import { eigenvectorCsr, PAGERANK_DAMPING, pagerankCsr } from '../../src/metrics/spectral';
import type { MetricsInput } from '../../src/metrics/types';
import { gridInput, inputOf, randomInput } from './helpers';

function csrOf(input: MetricsInput): Csr {
  return buildCsr(input.nodes, input.edges).csr;
}

/** Dense strength matrix (0 strengths for unweighted = 1). */
function dense(csr: Csr, weighted: boolean): number[][] {
  const a = Array.from({ length: csr.n }, () => new Array<number>(csr.n).fill(0));
  for (let u = 0; u < csr.n; u++) {
    for (let e = csr.offsets[u]!; e < csr.offsets[u + 1]!; e++) {
      a[u]![csr.targets[e]!] = weighted ? csr.strengths[e]! : 1;
    }
  }
  return a;
}

/** Solves M x = b by Gaussian elimination with partial pivoting. */
function solve(m: number[][], b: number[]): number[] {
  const n = b.length;
  const a = m.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
    [a[c], a[p]] = [a[p]!, a[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = a[r]![c]! / a[c]![c]!;
      for (let k = c; k <= n; k++) a[r]![k]! -= f * a[c]![k]!;
    }
  }
  return a.map((row, i) => row[n]! / row[i]!);
}

/** The exact PageRank: x = α Pᵀx + (α·dangling + 1 − α)/n, as a linear system. */
function exactPagerank(csr: Csr, weighted: boolean): number[] {
  const n = csr.n;
  const a = dense(csr, weighted);
  const out = a.map((row) => row.reduce((s, w) => s + w, 0));
  const alpha = PAGERANK_DAMPING;
  const m = Array.from({ length: n }, (_, v) =>
    Array.from({ length: n }, (_, u) => {
      const p = out[u]! > 0 ? a[u]![v]! / out[u]! : 1 / n;
      return (u === v ? 1 : 0) - alpha * p;
    }),
  );
  return solve(m, new Array<number>(n).fill((1 - alpha) / n));
}

function toGraphology(csr: Csr): UndirectedGraph {
  const g = new UndirectedGraph();
  for (let v = 0; v < csr.n; v++) g.addNode(String(v));
  for (let u = 0; u < csr.n; u++) {
    for (let e = csr.offsets[u]!; e < csr.offsets[u + 1]!; e++) {
      const v = csr.targets[e]!;
      if (v > u) g.addEdge(String(u), String(v), { weight: csr.strengths[e]! });
    }
  }
  return g;
}

function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i]! - b[i]!));
  return d;
}

const cases: Array<[string, MetricsInput]> = [
  ['random unweighted', randomInput(60, 150, 'spec-a')],
  ['random weighted', randomInput(60, 150, 'spec-b', [1, 2, 5])],
  ['sparse, disconnected with isolated nodes', randomInput(50, 30, 'spec-c', [1, 3])],
  ['karate-like dense', randomInput(34, 78, 'spec-d')],
];

describe('PageRank on the CSR', () => {
  it.each(cases)('%s: equals the exact linear-system solution to 1e-10', (_, input) => {
    const csr = csrOf(input);
    const { values } = pagerankCsr(csr, { weighted: input.weighted });
    const exact = exactPagerank(csr, input.weighted);
    expect(maxDiff(values, exact)).toBeLessThan(1e-10);
    expect(values.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
  });

  it.each(cases)('%s: agrees with graphology-metrics within its precision', (_, input) => {
    const csr = csrOf(input);
    const ours = pagerankCsr(csr, { weighted: input.weighted }).values;
    const theirs = pagerank(toGraphology(csr), {
      getEdgeWeight: input.weighted ? 'weight' : null,
      tolerance: 1e-12,
      maxIterations: 10000,
    });
    for (let v = 0; v < csr.n; v++) expect(ours[v]).toBeCloseTo(theirs[String(v)]!, 9);
  });

  it('fails when the cap is reached', () => {
    expect(() => pagerankCsr(csrOf(cases[0]![1]), { weighted: false, maxIterations: 3 })).toThrow(
      /failed to converge/,
    );
  });

  it('weighted differs from unweighted when strengths differ', () => {
    const csr = csrOf(cases[1]![1]);
    const w = pagerankCsr(csr, { weighted: true }).values;
    const u = pagerankCsr(csr, { weighted: false }).values;
    expect(maxDiff(w, u)).toBeGreaterThan(1e-4);
  });
});

describe('eigenvector on the CSR', () => {
  it.each(cases.slice(0, 2).concat(cases.slice(3)))(
    '%s: satisfies A x = λ x to 1e-7 (connected giant component)',
    (_, input) => {
      const csr = csrOf(input);
      const { values } = eigenvectorCsr(csr, { weighted: input.weighted });
      const a = dense(csr, input.weighted);
      const ax = a.map((row) => row.reduce((s, w, u) => s + w * values[u]!, 0));
      const lambda = ax.reduce((s, y, v) => s + y * values[v]!, 0);
      expect(Math.max(...ax.map((y, v) => Math.abs(y - lambda * values[v]!)))).toBeLessThan(
        1e-7 * lambda,
      );
      expect(Math.hypot(...values)).toBeCloseTo(1, 12);
      expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    },
  );

  it('closed forms: star and cycle', () => {
    const star = csrOf(inputOf(['c-a', 'c-b', 'c-d', 'c-e']));
    const s = eigenvectorCsr(star, { weighted: false }).values; // ids sorted: a b c d e
    expect(s[2]).toBeCloseTo(Math.SQRT1_2, 8);
    expect(s[0]).toBeCloseTo(1 / Math.sqrt(8), 8);
    const cycle = csrOf(inputOf(['a-b', 'b-c', 'c-d', 'd-e', 'e-a']));
    for (const x of eigenvectorCsr(cycle, { weighted: false }).values) {
      expect(x).toBeCloseTo(1 / Math.sqrt(5), 12);
    }
  });

  it('agrees with graphology-metrics when both converge tightly', () => {
    const csr = csrOf(cases[1]![1]);
    const ours = eigenvectorCsr(csr, { weighted: true }).values;
    const theirs = eigenvectorCentrality(toGraphology(csr), {
      getEdgeWeight: 'weight',
      tolerance: 1e-13,
      maxIterations: 100000,
    });
    for (let v = 0; v < csr.n; v++) expect(ours[v]).toBeCloseTo(theirs[String(v)]!, 7);
  });

  it('needs more than 100 iterations on a grid (graphology’s default cap fails there)', () => {
    const { csr, indexOf } = buildCsr(gridInput(20, 20).nodes, gridInput(20, 20).edges);
    const at = (id: string) => values[indexOf.get(id)!]!;
    const { values, iterations } = eigenvectorCsr(csr, { weighted: false });
    expect(iterations).toBeGreaterThan(100);
    expect(() => eigenvectorCentrality(toGraphology(csr), { getEdgeWeight: null })).toThrow(
      /failed to converge/,
    );
    // Symmetric: the four corners agree, the centre beats a corner.
    expect(at('0,0')).toBeCloseTo(at('19,19'), 8);
    expect(at('0,19')).toBeCloseTo(at('19,0'), 8);
    expect(at('10,10')).toBeGreaterThan(at('0,0'));
  });

  it('fails when the cap is reached', () => {
    expect(() =>
      eigenvectorCsr(csrOf(gridInput(20, 20)), { weighted: false, maxIterations: 50 }),
    ).toThrow(/failed to converge/);
  });
});

describe('self-loops and parallel ties', () => {
  it('self-loops are dropped and parallel ties merged (largest strength) before both', () => {
    const clean = inputOf(['a-b:2', 'b-c:1', 'c-a:4', 'c-d:1'], { weighted: true });
    const messy = inputOf(
      ['a-b:1', 'a-b:2', 'b-a:1', 'a-a:9', 'b-c:1', 'c-a:4', 'c-d:1', 'd-d:1'],
      {
        weighted: true,
      },
    );
    for (const weighted of [true, false]) {
      expect([...pagerankCsr(csrOf(messy), { weighted }).values]).toEqual([
        ...pagerankCsr(csrOf(clean), { weighted }).values,
      ]);
      expect([...eigenvectorCsr(csrOf(messy), { weighted }).values]).toEqual([
        ...eigenvectorCsr(csrOf(clean), { weighted }).values,
      ]);
    }
  });

  it('empty graph: empty results', () => {
    const empty = buildCsr([], []).csr;
    expect(pagerankCsr(empty, { weighted: false }).values.length).toBe(0);
    expect(eigenvectorCsr(empty, { weighted: false }).values.length).toBe(0);
  });
});
