/**
 * Burt's structural-hole measures per node of an undirected graph: effective size (how many
 * non-redundant contacts), efficiency (effective size / degree) and constraint (how much the
 * contacts lock the node in). Same definitions as NetworkX `effective_size` / `constraint`
 * (its per-node path); isolates, where NetworkX gives NaN, get null. Weights are strengths.
 */
import { buildCsr } from './csr';
import type { MetricsEdge } from './types';

/** Burt's measures of one node; null where undefined (an isolated node). */
export interface StructuralHoles {
  /**
   * Effective size: Σ over contacts v of (1 − Σ_w p_uw·m_vw), with p_uw = w_uw / Σ_x w_ux and
   * m_vw = w_vw / max_x w_vx. Unweighted it equals Borgatti's n − 2t/n (n contacts, t ties
   * among them). Ranges 1..degree.
   */
  effectiveSize: number | null;
  /** Effective size divided by degree; 0..1 (1 = no contact knows another). */
  efficiency: number | null;
  /**
   * Constraint: Σ over contacts v of (p_uv + Σ_{w ≠ u,v} p_uw·p_wv)². Between 1/degree-ish
   * and about 1.125; 1 for a single contact (higher = fewer structural holes).
   */
  constraint: number | null;
}

/** The graph to measure: like `MetricsInput`, without the cache key. */
export interface StructuralHolesInput {
  nodes: readonly string[];
  edges: readonly MetricsEdge[];
  /** When false every tie counts 1 whatever its `weight` (NetworkX `weight=None`). */
  weighted: boolean;
}

/**
 * Effective size, efficiency and constraint of every node, keyed by node id.
 * O(Σ_v deg(v)²) time, O(n + m) memory. Duplicate ties keep the largest strength, self-loops
 * are ignored (as in `buildCsr`).
 * @throws Error on invalid input (see `buildCsr`).
 */
export function structuralHoles(input: StructuralHolesInput): Record<string, StructuralHoles> {
  const { csr, ids } = buildCsr(input.nodes, input.edges);
  const { n, offsets, targets } = csr;
  const strength = input.weighted ? csr.strengths : new Float64Array(targets.length).fill(1);

  const total = new Float64Array(n); // Σ_x w_vx
  const strongest = new Float64Array(n); // max_x w_vx
  for (let v = 0; v < n; v++) {
    let sum = 0;
    let max = 0;
    for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
      const w = strength[e]!;
      sum += w;
      if (w > max) max = w;
    }
    total[v] = sum;
    strongest[v] = max;
  }

  // Scratch per ego u: p[x] = p_ux for contacts x of u (0 elsewhere), and the indirect sums.
  const p = new Float64Array(n);
  const indirect = new Float64Array(n);
  const out: Record<string, StructuralHoles> = {};
  for (let u = 0; u < n; u++) {
    const from = offsets[u]!;
    const to = offsets[u + 1]!;
    const id = ids[u]!;
    if (from === to) {
      out[id] = { effectiveSize: null, efficiency: null, constraint: null };
      continue;
    }
    for (let e = from; e < to; e++) p[targets[e]!] = strength[e]! / total[u]!;

    let effectiveSize = 0;
    for (let e = from; e < to; e++) {
      const v = targets[e]!;
      // Redundancy of v: Σ_w p_uw·m_vw over the contacts w of u that v is tied to.
      let redundancy = 0;
      for (let f = offsets[v]!, end = offsets[v + 1]!; f < end; f++) {
        const w = targets[f]!;
        const pw = p[w]!;
        if (pw > 0) {
          redundancy += pw * strength[f]!;
          // p_uw · p_wv, with p_wv = w_wv / Σ_x w_wx (the tie is symmetric).
          indirect[w]! += p[v]! * (strength[f]! / total[v]!);
        }
      }
      effectiveSize += 1 - redundancy / strongest[v]!;
    }
    // indirect[w] now holds Σ_v p_uv·p_vw over contacts v of u tied to w, for contacts w.
    let constraint = 0;
    for (let e = from; e < to; e++) {
      const v = targets[e]!;
      const c = p[v]! + indirect[v]!;
      constraint += c * c;
    }
    for (let e = from; e < to; e++) {
      const v = targets[e]!;
      p[v] = 0;
      indirect[v] = 0;
    }
    out[id] = {
      effectiveSize,
      efficiency: effectiveSize / (to - from),
      constraint,
    };
  }
  return out;
}
