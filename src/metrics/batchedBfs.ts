/**
 * Unweighted Brandes for up to 32 sources at once, with bit-parallel BFS frontiers: bit b of
 * a node's 32-bit mask stands for source b of the batch. One scan of a node's arcs serves
 * every source for which the node sits on the current level, so a batch scans each arc about
 * once per distinct distance of its node from the batch's sources (a handful on small-world
 * graphs) instead of once per source. Path counts are integers and are kept in Float32 while
 * every count of the batch is below 2^24 (then each is exact; the check is made before any sum
 * reaches the partial), else the batch is redone, and the graph continues, in Float64.
 * Dependencies are Float64, so the sums equal the one-source-at-a-time Brandes up to the order
 * of floating-point additions.
 */
import type { BrandesPartial } from './brandes';
import type { Csr } from './csr';

/** Sources per batch: the mask width. */
export const BATCH_WIDTH = 32;

/** 2^24: every integer up to it is exact in Float32, and so is every sum below it. */
const FLOAT32_EXACT_LIMIT = 16777216;

/** Scratch memory for batched BFS Brandes on one graph; reuse it batch after batch. */
export class BatchedBfsBrandes {
  private readonly csr: Csr;
  /** Sources already reached, per node. */
  private readonly visited: Int32Array;
  /** Sources for which the node is on the current / next level. */
  private frontier: Int32Array;
  private nextFrontier: Int32Array;
  /** Bit w set: node w is on the next level (all zero between levels). */
  private readonly levelBits: Int32Array;
  /** Nodes on the current / next level, in node order. */
  private levelNodes: Int32Array;
  private nextNodes: Int32Array;
  /**
   * Per (node, bit) at index node·stride + bit: path counts (Float32 until a count reaches
   * 2^24, then Float64; all zero between batches) and (1 + delta) / sigma.
   */
  private sigma: Float32Array | Float64Array;
  private readonly coef: Float64Array;
  /** Per node: the batch's dependency sum, flushed into the partial when the batch is done. */
  private readonly batchDep: Float64Array;
  /** Every (node, mask) settled, level after level; `levelStart[d]` indexes level d. */
  private readonly entryNode: Int32Array;
  private readonly entryMask: Int32Array;
  private readonly levelStart: Int32Array;
  /** Per entry: where its DAG arcs start in `dag` (pairs: target node, source bits). */
  private readonly dagStart: Int32Array;
  private dag: Int32Array;
  /** Per bit: the pulled sum for the entry being finished (all zero between entries). */
  private readonly acc: Float64Array;

  /** Sources per batch (1..32), also the stride of `sigma` and `coef`. */
  readonly width: number;

  constructor(csr: Csr, width = BATCH_WIDTH) {
    const n = csr.n;
    this.csr = csr;
    this.width = Math.max(1, Math.min(32, Math.floor(width)));
    this.visited = new Int32Array(n);
    this.frontier = new Int32Array(n);
    this.nextFrontier = new Int32Array(n);
    this.levelBits = new Int32Array((n >>> 5) + 1);
    this.levelNodes = new Int32Array(n);
    this.nextNodes = new Int32Array(n);
    this.sigma = new Float32Array(n * this.width);
    this.coef = new Float64Array(n * this.width);
    this.batchDep = new Float64Array(n);
    // A node enters at most one level per source bit.
    this.entryNode = new Int32Array(n * this.width);
    this.entryMask = new Int32Array(n * this.width);
    this.levelStart = new Int32Array(n + 2);
    this.dagStart = new Int32Array(n * this.width + 1);
    // Grows on demand; a batch records each arc at most once per level of its tail.
    this.dag = new Int32Array(Math.max(64, 4 * csr.targets.length));
    this.acc = new Float64Array(32);
  }

  /** True once path counts are kept in Float64 (a count reached 2^24 on this graph). */
  get wideCounts(): boolean {
    return this.sigma instanceof Float64Array;
  }

  /**
   * Adds the sums of `sources[from .. to - 1]` (distinct node indices, at most `width` of them)
   * into `partial`; does not touch `partial.sources` / `wasSource`.
   */
  runBatch(sources: ArrayLike<number>, from: number, to: number, partial: BrandesPartial): void {
    if (this.pass(sources, from, to, partial)) return;
    // A count reached 2^24 in Float32: nothing was added; redo in Float64 from now on.
    this.sigma = new Float64Array(this.sigma.length);
    this.pass(sources, from, to, partial);
  }

  /**
   * One batch. Returns false, leaving `partial` and the scratch state untouched, when the
   * counts are Float32 and one reached 2^24 (it may then be rounded).
   */
  private pass(
    sources: ArrayLike<number>,
    from: number,
    to: number,
    partial: BrandesPartial,
  ): boolean {
    const { offsets, targets } = this.csr;
    const { visited, sigma, coef, acc, batchDep, entryNode, entryMask, levelStart, dagStart } =
      this;
    const levelBits = this.levelBits;
    const limit = sigma instanceof Float32Array ? FLOAT32_EXACT_LIMIT : Infinity;
    const stride = this.width;
    let frontier = this.frontier;
    let nextFrontier = this.nextFrontier;
    let levelNodes = this.levelNodes;
    let nextNodes = this.nextNodes;
    let dag = this.dag;

    // Level 0: the sources. `sigma` is all zero between batches.
    let count = 0;
    let entries = 0;
    for (let i = from; i < to; i++) {
      const s = sources[i]!;
      const bit = 1 << (i - from);
      if (frontier[s] === 0) levelNodes[count++] = s;
      frontier[s]! |= bit;
      visited[s]! |= bit;
      sigma[s * stride + (i - from)] = 1;
    }
    levelStart[0] = 0;
    for (let i = 0; i < count; i++) {
      const v = levelNodes[i]!;
      entryNode[entries] = v;
      entryMask[entries++] = frontier[v]!;
    }

    // Forward: level by level, pushing path counts to the next level and recording, per
    // entry (v, mask) in entry order, its DAG arcs as (w, bits) pairs for the backward pass.
    let level = 0;
    let arcs = 0;
    while (count > 0) {
      const base = levelStart[level]!;
      levelStart[++level] = entries;
      let nextCount = 0;
      for (let i = 0; i < count; i++) {
        const v = levelNodes[i]!;
        const fv = frontier[v]!;
        const sv = v * stride;
        const first = arcs;
        dagStart[base + i] = first;
        // Bit-parallel scan: the next level's masks and v's DAG arcs.
        const need = 2 * (offsets[v + 1]! - offsets[v]!);
        if (arcs + need > dag.length) dag = this.growDag(arcs, need);
        for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
          const w = targets[e]!;
          const fresh = fv & ~visited[w]!;
          if (fresh === 0) continue;
          const seen = nextFrontier[w]!;
          if (seen === 0) {
            levelBits[w >>> 5]! |= 1 << (w & 31);
            nextCount++;
          }
          nextFrontier[w] = seen | fresh;
          dag[arcs++] = w;
          dag[arcs++] = fresh;
        }
        // Path counts along those arcs, per source bit.
        for (let a = first; a < arcs; a += 2) {
          const sw = dag[a]! * stride;
          let bits = dag[a + 1]!;
          while (bits !== 0) {
            const low = bits & -bits;
            const k = 31 - Math.clz32(low);
            sigma[sw + k]! += sigma[sv + k]!;
            bits ^= low;
          }
        }
      }
      for (let i = 0; i < count; i++) frontier[levelNodes[i]!] = 0;
      // The next level in node order (from the bitmap), so that its rows are read and written
      // in address order.
      if (nextCount > 0) {
        let t = 0;
        for (let word = 0; t < nextCount; word++) {
          let bits = levelBits[word]!;
          if (bits === 0) continue;
          levelBits[word] = 0;
          const first = word << 5;
          while (bits !== 0) {
            const low = bits & -bits;
            nextNodes[t++] = first + 31 - Math.clz32(low);
            bits ^= low;
          }
        }
      }
      for (let i = 0; i < nextCount; i++) {
        const w = nextNodes[i]!;
        const mask = nextFrontier[w]!;
        visited[w]! |= mask;
        entryNode[entries] = w;
        entryMask[entries++] = mask;
      }
      // The next level becomes the current one.
      let swap = frontier;
      frontier = nextFrontier;
      nextFrontier = swap;
      swap = levelNodes;
      levelNodes = nextNodes;
      nextNodes = swap;
      count = nextCount;
    }
    // Levels 0 .. level - 1 hold entries; levelStart[level] === entries.
    dagStart[entries] = arcs;

    let exact = true;
    // Backward, level by level down to 1: coef[w, b] = (1 + delta_b[w]) / sigma_b[w], pulled
    // along the recorded DAG arcs (read sequentially) into `acc`; sigma is zeroed once read.
    for (let d = level - 1; d >= 1; d--) {
      for (let j = levelStart[d]!, end = levelStart[d + 1]!; j < end; j++) {
        const v = entryNode[j]!;
        const mask = entryMask[j]!;
        const sv = v * stride;
        for (let a = dagStart[j]!, stop = dagStart[j + 1]!; a < stop; a += 2) {
          const sw = dag[a]! * stride;
          let down = dag[a + 1]!;
          while (down !== 0) {
            const low = down & -down;
            const b = 31 - Math.clz32(low);
            acc[b]! += coef[sw + b]!;
            down ^= low;
          }
        }
        let dep = 0;
        let bits = mask;
        while (bits !== 0) {
          const low = bits & -bits;
          const b = 31 - Math.clz32(low);
          const k = sv + b;
          const pulled = acc[b]!;
          const s = sigma[k]!;
          if (s >= limit) exact = false;
          dep += s * pulled;
          coef[k] = 1 / s + pulled;
          acc[b] = 0;
          sigma[k] = 0;
          bits ^= low;
        }
        batchDep[v]! += dep;
      }
    }
    for (let j = 0, end = levelStart[1] ?? 0; j < end; j++) {
      const sv = entryNode[j]! * stride;
      let bits = entryMask[j]!;
      while (bits !== 0) {
        const low = bits & -bits;
        sigma[sv + 31 - Math.clz32(low)] = 0;
        bits ^= low;
      }
    }
    // Flush the batch's sums into the partial (or drop them when a count was rounded).
    const { dependency, distanceSum, reached } = partial;
    for (let d = 1; d < level; d++) {
      for (let j = levelStart[d]!, end = levelStart[d + 1]!; j < end; j++) {
        const v = entryNode[j]!;
        if (exact) {
          const c = popcount(entryMask[j]!);
          distanceSum[v]! += d * c;
          reached[v]! += c;
          dependency[v]! += batchDep[v]!;
        }
        batchDep[v] = 0;
      }
    }
    for (let j = 0; j < entries; j++) visited[entryNode[j]!] = 0;

    this.frontier = frontier;
    this.nextFrontier = nextFrontier;
    this.levelNodes = levelNodes;
    this.nextNodes = nextNodes;
    return exact;
  }

  /** Grows the DAG arc store to fit `need` more entries, keeping its first `used`; returns the new store. */
  private growDag(used: number, need: number): Int32Array {
    const bigger = new Int32Array(Math.max(2 * this.dag.length, used + need));
    bigger.set(this.dag.subarray(0, used));
    this.dag = bigger;
    return bigger;
  }
}

/** Number of set bits of a 32-bit integer. */
export function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
