/**
 * PageRank and eigenvector centrality by power iteration, straight on the CSR typed arrays
 * (no graphology graph). Same models as graphology-metrics (damping 0.85 and uniform
 * teleport/dangling mass for PageRank; the shifted matrix A + I for eigenvector, so bipartite
 * graphs converge), but with a stopping rule on the estimated remaining error instead of
 * graphology's `change < n·1e-6`, which on large graphs stops percents away from the fixed
 * point. The CSR has no self-loops and one arc per neighbour (parallel ties merged keeping
 * the largest strength), so both see exactly the graph the other measures see.
 */
import type { Csr } from './csr';

/** PageRank damping factor (as NetworkX, igraph and graphology). */
export const PAGERANK_DAMPING = 0.85;
/** Default bound on the L1 distance between the returned PageRank and the fixed point. */
export const PAGERANK_TOLERANCE = 1e-10;
/** Default bound on the (estimated) L2 distance of the returned eigenvector to the true one. */
export const EIGENVECTOR_TOLERANCE = 1e-8;
/** Default iteration caps. Grid-like graphs need thousands of eigenvector iterations. */
export const PAGERANK_MAX_ITERATIONS = 1000;
export const EIGENVECTOR_MAX_ITERATIONS = 10000;

export interface PowerOptions {
  /** When true a tie of strength w counts w; otherwise every tie counts 1. */
  weighted: boolean;
  maxIterations?: number;
  tolerance?: number;
}

/** A power iteration's answer and how many iterations it took. */
export interface PowerResult {
  values: Float64Array;
  iterations: number;
}

/**
 * PageRank of every node (sums to 1). Transition probabilities are proportional to tie
 * strength when weighted; isolated nodes spread their mass uniformly.
 *
 * The iteration is a contraction with factor 0.85 in L1, so stopping when one step changes
 * the vector by less than tol·0.15/0.85 guarantees an L1 error below tol.
 * @throws Error "PageRank failed to converge …" when `maxIterations` is reached first.
 */
export function pagerankCsr(csr: Csr, options: PowerOptions): PowerResult {
  const { n, offsets, targets, strengths } = csr;
  const maxIterations = options.maxIterations ?? PAGERANK_MAX_ITERATIONS;
  const tolerance = options.tolerance ?? PAGERANK_TOLERANCE;
  const alpha = PAGERANK_DAMPING;
  if (n === 0) return { values: new Float64Array(0), iterations: 0 };
  const weighted = options.weighted;

  // invOut[u] = 1 / (out-strength of u), 0 for isolated (dangling) nodes.
  const invOut = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    let d = 0;
    if (weighted) {
      for (let e = offsets[u]!, end = offsets[u + 1]!; e < end; e++) d += strengths[e]!;
    } else {
      d = offsets[u + 1]! - offsets[u]!;
    }
    invOut[u] = d > 0 ? 1 / d : 0;
  }

  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const share = new Float64Array(n);
  const stop = (tolerance * (1 - alpha)) / alpha;
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    let dangling = 0;
    for (let u = 0; u < n; u++) {
      const inv = invOut[u]!;
      if (inv === 0) dangling += x[u]!;
      share[u] = alpha * x[u]! * inv;
    }
    const base = (alpha * dangling + (1 - alpha)) / n;
    let change = 0;
    let total = 0;
    for (let v = 0; v < n; v++) {
      let acc = 0;
      const end = offsets[v + 1]!;
      if (weighted) {
        for (let e = offsets[v]!; e < end; e++) acc += strengths[e]! * share[targets[e]!]!;
      } else {
        for (let e = offsets[v]!; e < end; e++) acc += share[targets[e]!]!;
      }
      const value = base + acc;
      next[v] = value;
      total += value;
      change += Math.abs(value - x[v]!);
    }
    const swap = x;
    x = next;
    next = swap;
    if (change < stop) {
      // Remove the rounding drift so the values sum to 1.
      for (let v = 0; v < n; v++) x[v]! /= total;
      return { values: x, iterations: iteration };
    }
  }
  throw new Error(`PageRank failed to converge in ${maxIterations} iterations.`);
}

/**
 * Eigenvector centrality (unit Euclidean norm, non-negative) by power iteration on A + I from
 * the uniform vector. Stops when the estimated remaining error, change·r/(1 − r) with r the
 * observed ratio of successive changes, is below the tolerance (and the change itself is).
 * @throws Error "Eigenvector centrality failed to converge …" when `maxIterations` is reached.
 */
export function eigenvectorCsr(csr: Csr, options: PowerOptions): PowerResult {
  const { n, offsets, targets, strengths } = csr;
  const maxIterations = options.maxIterations ?? EIGENVECTOR_MAX_ITERATIONS;
  const tolerance = options.tolerance ?? EIGENVECTOR_TOLERANCE;
  if (n === 0) return { values: new Float64Array(0), iterations: 0 };
  const weighted = options.weighted;

  let x = new Float64Array(n).fill(1 / Math.sqrt(n));
  let next = new Float64Array(n);
  let previousChange = Infinity;
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    let squares = 0;
    for (let v = 0; v < n; v++) {
      let acc = x[v]!;
      const end = offsets[v + 1]!;
      if (weighted) {
        for (let e = offsets[v]!; e < end; e++) acc += strengths[e]! * x[targets[e]!]!;
      } else {
        for (let e = offsets[v]!; e < end; e++) acc += x[targets[e]!]!;
      }
      next[v] = acc;
      squares += acc * acc;
    }
    const scale = 1 / Math.sqrt(squares);
    let changeSquares = 0;
    for (let v = 0; v < n; v++) {
      const value = next[v]! * scale;
      next[v] = value;
      const d = value - x[v]!;
      changeSquares += d * d;
    }
    const swap = x;
    x = next;
    next = swap;
    const change = Math.sqrt(changeSquares);
    const ratio = change / previousChange;
    previousChange = change;
    if (change < tolerance && ratio < 1 && (change * ratio) / (1 - ratio) < tolerance) {
      return { values: x, iterations: iteration };
    }
    if (change === 0) return { values: x, iterations: iteration };
  }
  throw new Error(`Eigenvector centrality failed to converge in ${maxIterations} iterations.`);
}
