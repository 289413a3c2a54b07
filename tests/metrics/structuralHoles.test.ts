/**
 * Burt's measures against NetworkX 3.6 (`scripts/reference/structural_holes.py` →
 * tests/fixtures/structuralHoles.valid.json), against the UCINET values of Borgatti's example
 * quoted in NetworkX's tests, and on graphs small enough to check by hand.
 */
import { describe, expect, it } from 'vitest';
import { structuralHoles } from '../../src/metrics/structuralHoles';
import reference from '../fixtures/structuralHoles.valid.json';
import { inputOf } from './helpers';

interface ReferenceGraph {
  name: string;
  weighted: boolean;
  nodes: string[];
  edges: Array<{ source: string; target: string; weight: number }>;
  effectiveSize: Record<string, number | null>;
  constraint: Record<string, number | null>;
}

const graphs = reference.graphs as unknown as ReferenceGraph[];

function close(actual: number | null | undefined, expected: number | null | undefined): void {
  if (expected === null || expected === undefined) {
    expect(actual).toBeNull();
    return;
  }
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));
}

describe('structuralHoles against NetworkX', () => {
  it('covers the graphs the brief names', () => {
    expect(graphs.map((g) => g.name)).toEqual(
      expect.arrayContaining([
        'karate',
        'karate-weighted',
        'davis-southern-women',
        'florentine-families',
        'borgatti-weighted',
      ]),
    );
  });

  for (const graph of graphs) {
    it(`matches effective_size and constraint on ${graph.name}`, () => {
      const result = structuralHoles(graph);
      expect(Object.keys(result).sort()).toEqual([...graph.nodes].sort());
      for (const id of graph.nodes) {
        close(result[id]?.effectiveSize, graph.effectiveSize[id]);
        close(result[id]?.constraint, graph.constraint[id]);
      }
    });
  }

  it('marks isolates with null where NetworkX gives NaN', () => {
    const florentine = graphs.find((g) => g.name === 'florentine-families')!;
    expect(florentine.effectiveSize.Pucci).toBeNull();
    expect(structuralHoles(florentine).Pucci).toEqual({
      effectiveSize: null,
      efficiency: null,
      constraint: null,
    });
  });
});

describe('structuralHoles on published and hand-checked values', () => {
  // Borgatti (1997), values NetworkX's tests take from UCINET (3 decimals / 2 for size).
  const borgatti = graphs.find((g) => g.name === 'borgatti-weighted')!;
  const plain = { ...borgatti, weighted: false };

  it('reproduces the UCINET values of the weighted example', () => {
    const r = structuralHoles(borgatti);
    expect(r.G!.constraint).toBeCloseTo(0.299, 3);
    expect(r.A!.constraint).toBeCloseTo(0.795, 3);
    expect(r.C!.constraint).toBeCloseTo(1, 3);
    expect(r.G!.effectiveSize).toBeCloseTo(5.47, 2);
    expect(r.A!.effectiveSize).toBeCloseTo(2.47, 2);
    expect(r.C!.effectiveSize).toBeCloseTo(1, 2);
  });

  it('reproduces the UCINET values of the unweighted example', () => {
    const r = structuralHoles(plain);
    expect(r.G!.constraint).toBeCloseTo(0.4, 3);
    expect(r.A!.constraint).toBeCloseTo(0.595, 3);
    expect(r.G!.effectiveSize).toBeCloseTo(4.67, 2);
    expect(r.A!.effectiveSize).toBeCloseTo(2.5, 2);
  });

  it('gives a star centre effective size = degree and constraint 1/degree', () => {
    // c is tied to x, y, z, none of which know each other: p = 1/3 each, no indirect paths.
    const r = structuralHoles(inputOf(['c-x', 'c-y', 'c-z']));
    expect(r.c).toEqual({ effectiveSize: 3, efficiency: 1, constraint: 1 / 3 });
    expect(r.x).toEqual({ effectiveSize: 1, efficiency: 1, constraint: 1 });
  });

  it('gives a triangle vertex effective size 1 and constraint 9/8', () => {
    // a: p_ab = p_ac = 1/2; indirect a→c→b = 1/2·1/2; (1/2 + 1/4)² · 2 = 9/8.
    // Borgatti: n − 2t/n = 2 − 2·1/2 = 1.
    const r = structuralHoles(inputOf(['a-b', 'b-c', 'a-c']));
    expect(r.a!.effectiveSize).toBeCloseTo(1, 14);
    expect(r.a!.efficiency).toBeCloseTo(0.5, 14);
    expect(r.a!.constraint).toBeCloseTo(9 / 8, 14);
  });

  it('ignores weights unless weighted', () => {
    const ties = ['a-b:5', 'a-c:1', 'b-c:1'];
    const unweighted = structuralHoles(inputOf(ties));
    const triangle = structuralHoles(inputOf(['a-b', 'a-c', 'b-c']));
    expect(unweighted).toEqual(triangle);
    // Weighted, a: p_ab = 5/6, p_ac = 1/6; p_bc = 1/6 (b: 5 + 1), p_cb = 1/2 (c: 1 + 1).
    // constraint(a) = (5/6 + 1/6·1/2)² + (1/6 + 5/6·1/6)² = (11/12)² + (11/36)².
    const weighted = structuralHoles(inputOf(ties, { weighted: true }));
    expect(weighted.a!.constraint).toBeCloseTo((11 / 12) ** 2 + (11 / 36) ** 2, 14);
    // effective size(a) = Σ_v 1 − Σ_w p_aw·m_vw: m_bc = 1/5 (b's strongest is 5),
    // m_cb = 1 → (1 − 1/6·1/5) + (1 − 5/6·1) = 29/30 + 1/6.
    expect(weighted.a!.effectiveSize).toBeCloseTo(29 / 30 + 1 / 6, 14);
  });
});
