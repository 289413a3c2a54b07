/**
 * Brandes betweenness and closeness in one pass per source, over a CSR and typed arrays.
 * Unweighted: BFS, 32 sources at a time with bit-parallel frontiers (batchedBfs.ts). Weighted: Dijkstra with an indexed binary heap, tie length = 1/strength.
 * Shortest-path counts are Float64 (never 32-bit: they overflow on grids). Work is split by
 * source node; partial sums from disjoint source sets add up (workers, sampled estimates).
 */
import { BatchedBfsBrandes } from './batchedBfs';
import type { Csr } from './csr';

/**
 * Relative tolerance under which two weighted path lengths count as equal, so that e.g.
 * 1/3 + 1/6 ties with 1/2 despite rounding (NetworkX compares floats exactly and misses such
 * ties). Assumes strengths within ~1e9 of each other.
 */
export const DISTANCE_TOLERANCE = 1e-10;

/**
 * Additive sums from a set of source nodes. Add two partials over disjoint source sets with
 * `mergePartials`; turn a partial into centralities with `finaliseBrandes`.
 */
export interface BrandesPartial {
  readonly n: number;
  /** Number of source nodes processed. */
  sources: number;
  /** Raw dependency sums; with every node as source each unordered pair counts twice. */
  readonly dependency: Float64Array;
  /** Per node v: sum of d(s, v) over processed sources s ≠ v that reach v. */
  readonly distanceSum: Float64Array;
  /** Per node v: number of processed sources s ≠ v that reach v. */
  readonly reached: Float64Array;
  /** Per node v: 1 when v was itself a processed source. */
  readonly wasSource: Uint8Array;
}

/** An empty partial for an n-node graph. */
export function createPartial(n: number): BrandesPartial {
  return {
    n,
    sources: 0,
    dependency: new Float64Array(n),
    distanceSum: new Float64Array(n),
    reached: new Float64Array(n),
    wasSource: new Uint8Array(n),
  };
}

/**
 * Adds `b` into `a` (in place) and returns `a`. The two must cover disjoint source sets.
 * @throws Error when sizes differ or a source was counted twice.
 */
export function mergePartials(a: BrandesPartial, b: BrandesPartial): BrandesPartial {
  if (a.n !== b.n) throw new Error(`Cannot merge partials of ${a.n} and ${b.n} nodes.`);
  for (let v = 0; v < a.n; v++) {
    a.dependency[v]! += b.dependency[v]!;
    a.distanceSum[v]! += b.distanceSum[v]!;
    a.reached[v]! += b.reached[v]!;
    const both = a.wasSource[v]! + b.wasSource[v]!;
    if (both > 1) throw new Error(`Source node ${v} was processed twice.`);
    a.wasSource[v] = both;
  }
  a.sources += b.sources;
  return a;
}

/** The buffers behind a partial's arrays (to transfer them between threads). */
export function partialBuffers(partial: BrandesPartial): ArrayBuffer[] {
  return [partial.dependency, partial.distanceSum, partial.reached, partial.wasSource].map(
    (array) => array.buffer as ArrayBuffer,
  );
}

/** Betweenness and closeness per node index. */
export interface Centralities {
  /** Normalised like NetworkX (undirected): raw / ((n-1)(n-2)/2); scaled by n/k when sampled. */
  betweenness: Float64Array;
  /** Wasserman–Faust closeness: (r/Σd)·(r/(n-1)), r = reachable nodes; estimated when sampled. */
  closeness: Float64Array;
}

/**
 * Turns sums into centralities. With every node as source the values are exact; with k < n
 * sources, betweenness is scaled by n/k (as NetworkX `k=`) and closeness of v is estimated
 * from the sampled sources other than v.
 */
export function finaliseBrandes(partial: BrandesPartial): Centralities {
  const { n, sources } = partial;
  const betweenness = new Float64Array(n);
  const closeness = new Float64Array(n);
  if (sources === 0) return { betweenness, closeness };
  if (n > 2) {
    // Undirected raw betweenness is dependency / 2; normalising by (n-1)(n-2)/2 cancels it.
    const scale = (1 / ((n - 1) * (n - 2))) * (n / sources);
    for (let v = 0; v < n; v++) betweenness[v] = partial.dependency[v]! * scale;
  }
  for (let v = 0; v < n; v++) {
    const sum = partial.distanceSum[v]!;
    const reached = partial.reached[v]!;
    const others = sources - partial.wasSource[v]!;
    closeness[v] = sum > 0 && others > 0 ? (reached / sum) * (reached / others) : 0;
  }
  return { betweenness, closeness };
}

/**
 * Reusable Brandes state for one graph: scratch buffers are allocated once, then
 * `run(sources, from, to, partial)` may be called slice after slice.
 */
export class BrandesRunner {
  private readonly csr: Csr;
  private readonly lengths: Float64Array | null;
  private readonly sigma: Float64Array;
  private readonly coef: Float64Array;
  private readonly order: Int32Array;
  private readonly dag: Int32Array;
  private readonly dagStart: Int32Array;
  private readonly hopDist: Int32Array | null;
  private readonly dist: Float64Array | null;
  private readonly heap: Int32Array | null;
  private readonly heapKeys: Float64Array | null;
  private readonly heapPos: Int32Array | null;
  private readonly batched: BatchedBfsBrandes | null;

  /**
   * @param weighted When true, a tie of strength w has length 1/w (Dijkstra); otherwise
   *   every tie has length 1 (BFS).
   * @param batch Unweighted only: run up to 32 sources at once with bit-parallel BFS
   *   (batchedBfs.ts; default). False keeps the one-source BFS (the reference in tests).
   */
  constructor(csr: Csr, weighted: boolean, batch: boolean | number = true) {
    const n = csr.n;
    this.csr = csr;
    this.batched =
      !weighted && batch !== false
        ? new BatchedBfsBrandes(csr, batch === true ? undefined : batch)
        : null;
    this.sigma = new Float64Array(n);
    this.coef = new Float64Array(n);
    this.order = new Int32Array(n);
    this.dag = new Int32Array(csr.targets.length);
    this.dagStart = new Int32Array(n + 1);
    if (weighted) {
      const lengths = new Float64Array(csr.strengths.length);
      for (let e = 0; e < lengths.length; e++) lengths[e] = 1 / csr.strengths[e]!;
      this.lengths = lengths;
      this.dist = new Float64Array(n).fill(Infinity);
      this.heap = new Int32Array(n);
      this.heapKeys = new Float64Array(n);
      this.heapPos = new Int32Array(n).fill(-1);
      this.hopDist = null;
    } else {
      this.lengths = null;
      this.dist = null;
      this.heap = null;
      this.heapKeys = null;
      this.heapPos = null;
      this.hopDist = new Int32Array(n).fill(-1);
    }
  }

  /**
   * Processes `sources[from .. to - 1]` (node indices) and adds their sums into `partial`.
   * @throws RangeError on a source index outside 0..n-1.
   */
  run(sources: ArrayLike<number>, from: number, to: number, partial: BrandesPartial): void {
    if (this.batched) {
      for (let i = from; i < to; i++) {
        const s = sources[i]!;
        if (!(s >= 0 && s < this.csr.n)) throw new RangeError(`Source index ${s} out of range.`);
      }
      for (let start = from; start < to; start += this.batched.width) {
        const end = Math.min(to, start + this.batched.width);
        this.batched.runBatch(sources, start, end, partial);
        for (let i = start; i < end; i++) {
          partial.wasSource[sources[i]!] = 1;
          partial.sources++;
        }
      }
      return;
    }
    for (let i = from; i < to; i++) {
      const s = sources[i]!;
      if (!(s >= 0 && s < this.csr.n)) throw new RangeError(`Source index ${s} out of range.`);
      if (this.lengths) this.dijkstraSource(s, partial);
      else this.bfsSource(s, partial);
      partial.wasSource[s] = 1;
      partial.sources++;
    }
  }

  private bfsSource(s: number, partial: BrandesPartial): void {
    const { offsets, targets } = this.csr;
    const dist = this.hopDist!;
    const { sigma, coef, order, dag, dagStart } = this;
    const { dependency, distanceSum, reached } = partial;

    // Forward BFS; records, per settled node in order, its arcs to the next level (the
    // shortest-path DAG) so the backward pass reads them sequentially.
    dist[s] = 0;
    sigma[s] = 1;
    order[0] = s;
    let head = 0;
    let tail = 1;
    let arcs = 0;
    while (head < tail) {
      const v = order[head]!;
      dagStart[head++] = arcs;
      const next = dist[v]! + 1;
      const sv = sigma[v]!;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
        const w = targets[e]!;
        const dw = dist[w]!;
        if (dw < 0) {
          dist[w] = next;
          sigma[w] = sv;
          order[tail++] = w;
          dag[arcs++] = w;
        } else if (dw === next) {
          sigma[w]! += sv;
          dag[arcs++] = w;
        }
      }
    }
    dagStart[tail] = arcs;

    // Dependencies, pulled from successors: coef[x] = (1 + delta[x]) / sigma[x].
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      let acc = 0;
      for (let j = dagStart[i]!, end = dagStart[i + 1]!; j < end; j++) acc += coef[dag[j]!]!;
      const sw = sigma[w]!;
      dependency[w]! += sw * acc;
      coef[w] = 1 / sw + acc;
      distanceSum[w]! += dist[w]!;
      reached[w]!++;
    }
    for (let i = 0; i < tail; i++) dist[order[i]!] = -1;
  }

  private dijkstraSource(s: number, partial: BrandesPartial): void {
    const { offsets, targets } = this.csr;
    const lengths = this.lengths!;
    const dist = this.dist!;
    const heap = this.heap!;
    const keys = this.heapKeys!;
    const pos = this.heapPos!;
    const { sigma, coef, order, dag, dagStart } = this;
    const { dependency, distanceSum, reached } = partial;
    const up = 1 + DISTANCE_TOLERANCE;
    const down = 1 - DISTANCE_TOLERANCE;

    // pos: -1 unseen, >= 0 in heap, -2 settled. When a node settles, one scan of its arcs
    // finds its shortest-path predecessors among settled neighbours (recorded for the
    // backward pass, their counts summed into sigma) and relaxes the unsettled ones.
    let size = 0;
    let settled = 0;
    let arcs = 0;
    dist[s] = 0;
    keys[0] = 0;
    heap[size++] = s;
    pos[s] = 0;

    while (size > 0) {
      const v = heap[0]!;
      pos[v] = -2;
      size--;
      if (size > 0) {
        // Sift the last entry down from the root; keys sit beside the heap for locality.
        const last = heap[size]!;
        const key = keys[size]!;
        let i = 0;
        for (;;) {
          let c = 2 * i + 1;
          if (c >= size) break;
          let ck = keys[c]!;
          const r = c + 1;
          if (r < size) {
            const rk = keys[r]!;
            if (rk < ck) {
              c = r;
              ck = rk;
            }
          }
          if (ck >= key) break;
          const child = heap[c]!;
          heap[i] = child;
          keys[i] = ck;
          pos[child] = i;
          i = c;
        }
        heap[i] = last;
        keys[i] = key;
        pos[last] = i;
      }
      dagStart[settled] = arcs;
      order[settled++] = v;

      const dv = dist[v]!;
      const hi = dv * up;
      const lo = dv * down;
      let sv = v === s ? 1 : 0;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
        const w = targets[e]!;
        let p = pos[w]!;
        if (p === -2) {
          const via = dist[w]! + lengths[e]!;
          if (via <= hi && via >= lo) {
            sv += sigma[w]!;
            dag[arcs++] = w;
          }
          continue;
        }
        const through = dv + lengths[e]!;
        if (through < dist[w]! * down) {
          dist[w] = through;
          if (p === -1) p = size++;
          while (p > 0) {
            const parent = (p - 1) >> 1;
            const pk = keys[parent]!;
            if (pk <= through) break;
            const u = heap[parent]!;
            heap[p] = u;
            keys[p] = pk;
            pos[u] = p;
            p = parent;
          }
          heap[p] = w;
          keys[p] = through;
          pos[w] = p;
        }
      }
      sigma[v] = sv;
    }
    dagStart[settled] = arcs;

    // Dependencies, pushed to predecessors: delta[p] += sigma[p] / sigma[w] · (1 + delta[w]);
    // here `coef` holds delta.
    for (let i = 0; i < settled; i++) coef[order[i]!] = 0;
    for (let i = settled - 1; i > 0; i--) {
      const w = order[i]!;
      const delta = coef[w]!;
      const c = (1 + delta) / sigma[w]!;
      for (let j = dagStart[i]!, end = dagStart[i + 1]!; j < end; j++) {
        const p = dag[j]!;
        coef[p]! += sigma[p]! * c;
      }
      dependency[w]! += delta;
      distanceSum[w]! += dist[w]!;
      reached[w]!++;
    }
    for (let i = 0; i < settled; i++) {
      const v = order[i]!;
      dist[v] = Infinity;
      pos[v] = -1;
    }
  }
}

/**
 * Exact betweenness and closeness of every node (all n sources), on one thread.
 * O(n·m) unweighted, O(n·m·log n) weighted; O(n + m) memory.
 */
export function brandes(csr: Csr, weighted: boolean): Centralities {
  const partial = createPartial(csr.n);
  new BrandesRunner(csr, weighted).run(identityOrder(csr.n), 0, csr.n, partial);
  return finaliseBrandes(partial);
}

/** 0, 1, …, n-1. */
export function identityOrder(n: number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order;
}

/**
 * A random permutation of 0..n-1 (Fisher–Yates) from `rng` (uniform in [0, 1)). Its first k
 * entries are a uniform sample of k distinct sources.
 */
export function shuffledOrder(n: number, rng: () => number): Int32Array {
  const order = identityOrder(n);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}

/** Splits `0..count` into `parts` contiguous [from, to) ranges of near-equal size. */
export function splitRange(count: number, parts: number): Array<[number, number]> {
  const k = Math.max(1, Math.min(Math.floor(parts), count || 1));
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i < k; i++) {
    ranges.push([Math.floor((count * i) / k), Math.floor((count * (i + 1)) / k)]);
  }
  return ranges;
}
