/**
 * Compressed sparse row (CSR) adjacency for undirected graphs, the layout every
 * typed-array algorithm in src/metrics runs on. Invariants: node indices follow the sorted
 * node ids, each node's neighbour list is sorted and free of duplicates and self-loops,
 * and every tie appears twice (u→v and v→u) with the same strength.
 */
import type { MetricsEdge } from './types';

/** Undirected adjacency in CSR form; arcs of node v are `offsets[v] .. offsets[v + 1] - 1`. */
export interface Csr {
  /** Number of nodes. */
  readonly n: number;
  /** Number of undirected ties (after dropping self-loops and merging duplicates). */
  readonly m: number;
  /** Length n + 1; `offsets[n] === 2m`. */
  readonly offsets: Int32Array;
  /** Neighbour index of each arc; length 2m. */
  readonly targets: Int32Array;
  /** Strength (weight, > 0) of each arc; length 2m. */
  readonly strengths: Float64Array;
}

/** A CSR together with the id ↔ index mapping it was built with. */
export interface IndexedCsr {
  readonly csr: Csr;
  /** Node ids in index order (sorted by UTF-16 code units). */
  readonly ids: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
}

/**
 * Builds the CSR of an undirected graph. Nodes are indexed in sorted id order, so the same
 * graph gives the same CSR whatever order nodes and edges arrive in. Self-loops are dropped;
 * duplicate ties are merged keeping the largest strength.
 *
 * @throws Error on a duplicate node id, an edge naming an unknown node, or a strength that
 *   is not a finite number > 0.
 */
export function buildCsr(nodes: readonly string[], edges: readonly MetricsEdge[]): IndexedCsr {
  const ids = [...nodes].sort();
  const n = ids.length;
  const indexOf = new Map<string, number>();
  ids.forEach((id, i) => indexOf.set(id, i));
  if (indexOf.size !== n) {
    const dup = ids.find((id, i) => i > 0 && ids[i - 1] === id);
    throw new Error(`Duplicate node id "${String(dup)}" in the metrics input.`);
  }

  // Pass 1: resolve endpoints and count arcs per node.
  const from = new Int32Array(edges.length);
  const to = new Int32Array(edges.length);
  const degree = new Int32Array(n + 1);
  let arcs = 0;
  for (let i = 0; i < edges.length; i++) {
    const edge = edges[i] as MetricsEdge;
    const u = indexOf.get(edge.source);
    const v = indexOf.get(edge.target);
    if (u === undefined || v === undefined) {
      const missing = u === undefined ? edge.source : edge.target;
      throw new Error(`Edge ${i} refers to unknown node "${missing}".`);
    }
    if (!(Number.isFinite(edge.weight) && edge.weight > 0)) {
      throw new Error(
        `Edge ${i} (${edge.source} – ${edge.target}) has an invalid weight ${String(edge.weight)}; expected a finite number > 0.`,
      );
    }
    from[i] = u;
    to[i] = u === v ? -1 : v; // self-loop marker
    if (u !== v) {
      degree[u]!++;
      degree[v]!++;
      arcs += 2;
    }
  }

  // Pass 2: scatter arcs in input order.
  const rawOffsets = prefixSum(degree, n);
  const cursor = rawOffsets.slice(0, n);
  const rawTargets = new Int32Array(arcs);
  const rawStrengths = new Float64Array(arcs);
  for (let i = 0; i < edges.length; i++) {
    const v = to[i]!;
    if (v < 0) continue;
    const u = from[i]!;
    const w = (edges[i] as MetricsEdge).weight;
    let p = cursor[u]!++;
    rawTargets[p] = v;
    rawStrengths[p] = w;
    p = cursor[v]!++;
    rawTargets[p] = u;
    rawStrengths[p] = w;
  }

  // Pass 3: transpose (the graph is symmetric), which sorts every neighbour list, then
  // merge adjacent duplicates.
  const sortedTargets = new Int32Array(arcs);
  const sortedStrengths = new Float64Array(arcs);
  cursor.set(rawOffsets.subarray(0, n));
  for (let u = 0; u < n; u++) {
    for (let e = rawOffsets[u]!, end = rawOffsets[u + 1]!; e < end; e++) {
      const v = rawTargets[e]!;
      const p = cursor[v]!++;
      sortedTargets[p] = u;
      sortedStrengths[p] = rawStrengths[e]!;
    }
  }

  const offsets = new Int32Array(n + 1);
  let write = 0;
  for (let u = 0; u < n; u++) {
    offsets[u] = write;
    let last = -1;
    for (let e = rawOffsets[u]!, end = rawOffsets[u + 1]!; e < end; e++) {
      const v = sortedTargets[e]!;
      const w = sortedStrengths[e]!;
      if (v === last) {
        if (w > sortedStrengths[write - 1]!) sortedStrengths[write - 1] = w;
        continue;
      }
      sortedTargets[write] = v;
      sortedStrengths[write] = w;
      write++;
      last = v;
    }
  }
  offsets[n] = write;

  const csr: Csr = {
    n,
    m: write / 2,
    offsets,
    targets: write === arcs ? sortedTargets : sortedTargets.slice(0, write),
    strengths: write === arcs ? sortedStrengths : sortedStrengths.slice(0, write),
  };
  return { csr, ids, indexOf };
}

function prefixSum(counts: Int32Array, n: number): Int32Array {
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + counts[i]!;
  return offsets;
}

/** Number of neighbours of each node. */
export function degrees(csr: Csr): Float64Array {
  const out = new Float64Array(csr.n);
  for (let v = 0; v < csr.n; v++) out[v] = csr.offsets[v + 1]! - csr.offsets[v]!;
  return out;
}

/** Sum of tie strengths of each node. */
export function strengthSums(csr: Csr): Float64Array {
  const out = new Float64Array(csr.n);
  for (let v = 0; v < csr.n; v++) {
    let s = 0;
    for (let e = csr.offsets[v]!, end = csr.offsets[v + 1]!; e < end; e++) s += csr.strengths[e]!;
    out[v] = s;
  }
  return out;
}

/** Connected components: a component index per node (in order of smallest node) and the count. */
export function connectedComponents(csr: Csr): { component: Int32Array; count: number } {
  const { n, offsets, targets } = csr;
  const component = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let count = 0;
  for (let s = 0; s < n; s++) {
    if (component[s]! >= 0) continue;
    component[s] = count;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++]!;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
        const w = targets[e]!;
        if (component[w]! < 0) {
          component[w] = count;
          queue[tail++] = w;
        }
      }
    }
    count++;
  }
  return { component, count };
}

/** Accumulated hop distances: sum over ordered connected pairs, and the number of such pairs. */
export interface HopTotals {
  distanceSum: number;
  pairs: number;
}

/**
 * Adds the hop distances from sources `from .. to - 1` (node indices) to `totals`, by BFS.
 * O((to - from) · (n + m)) time, O(n) memory.
 */
export function accumulateHopTotals(csr: Csr, from: number, to: number, totals: HopTotals): void {
  const { n, offsets, targets } = csr;
  const dist = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  for (let s = from; s < to; s++) {
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    dist[s] = 0;
    let sum = 0;
    while (head < tail) {
      const v = queue[head++]!;
      const dv = dist[v]! + 1;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
        const w = targets[e]!;
        if (dist[w]! < 0) {
          dist[w] = dv;
          sum += dv;
          queue[tail++] = w;
        }
      }
    }
    totals.distanceSum += sum;
    totals.pairs += tail - 1;
    for (let i = 0; i < tail; i++) dist[queue[i]!] = -1;
  }
}
