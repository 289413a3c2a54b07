/**
 * Pure metric computation: degree, strength, betweenness + closeness (our Brandes), PageRank
 * and eigenvector (power iteration on the CSR, spectral.ts), seeded Louvain (the only user of
 * a graphology graph, built just for it), graph stats. Each metric fails alone
 * into `failures`. The work is a generator of small steps, driven synchronously
 * (`computeMetrics`) or yielding to the event loop so a cancel can land (`computeMetricsAsync`).
 * With `pool`, most Brandes sources are handed to other workers and their merged sums awaited
 * (async driver only).
 */
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import seedrandom from 'seedrandom';
import { BATCH_WIDTH } from './batchedBfs';
import {
  BrandesRunner,
  createPartial,
  finaliseBrandes,
  identityOrder,
  mergePartials,
  shuffledOrder,
  type BrandesPartial,
  type Centralities,
} from './brandes';
import {
  accumulateHopTotals,
  buildCsr,
  connectedComponents,
  degrees,
  strengthSums,
  type Csr,
  type HopTotals,
} from './csr';
import { abortError } from './errors';
import { DEFAULT_ESTIMATE_THRESHOLD, isLargeGraph, phaseShare, phaseStart } from './plan';
import type { PoolSums } from './protocol';
import { eigenvectorCsr, pagerankCsr } from './spectral';
import type {
  GraphStats,
  MetricId,
  MetricsInput,
  MetricsProgress,
  MetricsResult,
  NodeMetrics,
} from './types';

export { abortError, isAbortError } from './errors';
export { DEFAULT_ESTIMATE_THRESHOLD } from './plan';

/** Above this many nodes `averagePathLength` is not computed (null). */
export const AVERAGE_PATH_LENGTH_MAX_NODES = 3000;
/** Default seed for Louvain and for source sampling. */
export const DEFAULT_SEED = 'samverkanskartan';

export interface ComputeOptions {
  /** Called at each phase and during betweenness/closeness; fraction 0..1. */
  onProgress?: (progress: MetricsProgress) => void;
  /**
   * Estimate betweenness/closeness from this many random (seeded) source nodes instead of
   * all n; values >= n mean exact. The result then has `estimate: true`.
   */
  sampleSources?: number;
  /** Checked between steps; when set the computation throws an Error named 'AbortError'. */
  signal?: { readonly aborted: boolean };
  /**
   * When n·m exceeds `estimateThreshold` (default 2e7), first deliver a sampled estimate as
   * `onProgress({ partial })`, then finish exactly, reusing the sampled work.
   */
  progressive?: boolean;
  estimateThreshold?: number;
  /** Seed for Louvain and source sampling (default 'samverkanskartan'). */
  seed?: string;
  /**
   * Power-iteration caps (defaults: PAGERANK_MAX_ITERATIONS, EIGENVECTOR_MAX_ITERATIONS in
   * spectral.ts); exceeding one fails that metric.
   */
  maxIterations?: { pagerank?: number; eigenvector?: number };
  /**
   * Share exact betweenness/closeness with a worker pool (`computeMetricsAsync` only;
   * `sampleSources` is ignored). The sources are taken in seeded random order; this run
   * keeps those of the early estimate (none unless progressive on a large graph) and hands
   * the rest to `pool.onGraph`, then merges `pool.sums`.
   */
  pool?: PoolHooks;
}

/** How a pooled computation meets its pool (see `ComputeOptions.pool`). */
export interface PoolHooks {
  /** Called once, after the CSR is built, with the sources (in order) left to the pool. */
  onGraph(graph: Csr, sources: Int32Array): void;
  /** The pool's merged sums over exactly those sources, or why there are none. */
  sums: Promise<PoolSums>;
}

/**
 * Sources per Brandes slice: about 3·10⁶ arc visits (≲ 30 ms) between yields. Unweighted
 * slices are whole batches of the bit-parallel BFS (batchedBfs.ts), at least one.
 */
export function sourcesPerSlice(csr: Csr, weighted = true): number {
  const base = Math.max(1, Math.floor(3e6 / (csr.n + 2 * csr.m + 1)));
  if (weighted) return base;
  return Math.max(BATCH_WIDTH, Math.floor(base / BATCH_WIDTH) * BATCH_WIDTH);
}

/**
 * Computes every metric of `input` synchronously.
 * @throws Error for invalid input (unknown node, duplicate id, bad weight); AbortError when
 *   `signal.aborted` becomes true. Metric failures do not throw: see `result.failures`.
 */
export function computeMetrics(input: MetricsInput, options: ComputeOptions = {}): MetricsResult {
  if (options.pool) throw new Error('A pooled computation needs computeMetricsAsync.');
  const steps = computeSteps(input, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (options.signal?.aborted) throw abortError();
  }
}

/**
 * Like `computeMetrics`, but yields to the event loop between steps (each ≲ 30 ms), so
 * messages such as a cancel can be handled while it runs.
 */
export async function computeMetricsAsync(
  input: MetricsInput,
  options: ComputeOptions = {},
): Promise<MetricsResult> {
  const steps = computeSteps(input, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (step.value) await step.value;
    else await yieldToEventLoop();
    if (options.signal?.aborted) throw abortError();
  }
}

let channel: { port: MessagePort; resolvers: Array<() => void> } | null = null;

/** Resolves on a fresh macrotask (setImmediate in Node, a MessageChannel in browsers). */
export function yieldToEventLoop(): Promise<void> {
  if (typeof setImmediate === 'function') return new Promise((r) => setImmediate(r));
  if (typeof MessageChannel === 'undefined') return new Promise((r) => setTimeout(r, 0));
  if (!channel) {
    const mc = new MessageChannel();
    const state = { port: mc.port2, resolvers: [] as Array<() => void> };
    mc.port1.onmessage = () => state.resolvers.shift()?.();
    channel = state;
  }
  const state = channel;
  return new Promise((resolve) => {
    state.resolvers.push(resolve);
    state.port.postMessage(null);
  });
}

type Failures = Partial<Record<MetricId | 'community', string>>;

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * The generator behind both drivers: yields between steps (a promise when it must wait for
 * the pool: resume once it settles), returns the result.
 */
export function* computeSteps(
  input: MetricsInput,
  options: ComputeOptions = {},
): Generator<Promise<unknown> | undefined, MetricsResult, void> {
  const { key, weighted } = input;
  const seed = options.seed ?? DEFAULT_SEED;
  const timingsMs: Record<string, number> = {};
  const failures: Failures = {};
  const report = (phase: string, within = 0, partial?: MetricsResult): void => {
    if (!options.onProgress) return;
    const fraction = Math.min(1, phaseStart(phase) + phaseShare(phase) * within);
    options.onProgress(partial ? { key, phase, fraction, partial } : { key, phase, fraction });
  };
  let clock = performance.now();
  const lap = (phase: string): void => {
    const now = performance.now();
    timingsMs[phase] = (timingsMs[phase] ?? 0) + (now - clock);
    clock = now;
  };

  report('prepare');
  const { csr, ids } = buildCsr(input.nodes, input.edges);
  const n = csr.n;
  const degree = degrees(csr);
  const weightedDegree = strengthSums(csr);

  // Which sources betweenness/closeness run from, decided now: a pooled run hands the
  // sources after the early estimate's to the pool right away.
  const pool = options.pool;
  const requested = pool ? undefined : options.sampleSources;
  const sampled = requested !== undefined && requested < n;
  const threshold = options.estimateThreshold ?? DEFAULT_ESTIMATE_THRESHOLD;
  const progressive = !sampled && options.progressive === true && isLargeGraph(n, csr.m, threshold);
  const order =
    sampled || progressive || pool
      ? shuffledOrder(n, seedrandom(`${seed}:sources`))
      : identityOrder(n);
  const total = sampled ? Math.max(1, Math.floor(requested)) : n;
  const checkpoint = progressive ? estimateSampleSize(csr) : -1;
  /** Sources this run processes itself; the rest (pooled) go to the pool. */
  const own = pool ? Math.max(0, checkpoint) : total;
  if (pool) pool.onGraph(csr, order.slice(own));
  lap('prepare');
  yield;

  const weightAttribute = weighted ? 'weight' : null;

  report('pagerank');
  let pageRank: Float64Array | null = null;
  try {
    pageRank = pagerankCsr(csr, {
      weighted,
      ...(options.maxIterations?.pagerank !== undefined
        ? { maxIterations: options.maxIterations.pagerank }
        : {}),
    }).values;
  } catch (error) {
    failures.pagerank = describe(error);
  }
  lap('pagerank');
  yield;

  report('eigenvector');
  let eigenvector: Float64Array | null = null;
  try {
    eigenvector = eigenvectorCsr(csr, {
      weighted,
      ...(options.maxIterations?.eigenvector !== undefined
        ? { maxIterations: options.maxIterations.eigenvector }
        : {}),
    }).values;
  } catch (error) {
    failures.eigenvector = describe(error);
  }
  lap('eigenvector');
  yield;

  report('components');
  const components = connectedComponents(csr);
  lap('components');

  report('community');
  let community: Int32Array;
  try {
    const g = toGraphology(csr, ids);
    const raw = louvain(g, { getEdgeWeight: weightAttribute, rng: seedrandom(seed) });
    community = renumberCommunities(ids.map((id) => raw[id] ?? -1));
  } catch (error) {
    failures.community = describe(error);
    community = components.component;
  }
  lap('community');
  yield;

  const statsBase = {
    nodes: n,
    edges: csr.m,
    density: n > 1 ? (2 * csr.m) / (n * (n - 1)) : 0,
    components: components.count,
  };
  const assemble = (
    centralities: Centralities | null,
    estimate: boolean,
    sources: number,
    averagePathLength: number | null,
  ): MetricsResult => {
    const nodes = Object.create(null) as Record<string, NodeMetrics>;
    for (let v = 0; v < n; v++) {
      nodes[ids[v]!] = {
        degree: degree[v]!,
        weightedDegree: weightedDegree[v]!,
        betweenness: centralities ? centralities.betweenness[v]! : 0,
        closeness: centralities ? centralities.closeness[v]! : 0,
        pagerank: pageRank ? pageRank[v]! : 0,
        eigenvector: eigenvector ? eigenvector[v]! : null,
        community: community[v]!,
      };
    }
    const stats: GraphStats = { ...statsBase, averagePathLength };
    return {
      key,
      nodes,
      stats,
      failures: { ...failures },
      estimate,
      timingsMs: { ...timingsMs },
      sources,
    };
  };

  // Betweenness and closeness share one Brandes pass per source.
  report('betweenness');
  let centralities: Centralities | null = null;
  let partial: BrandesPartial | null;
  let estimate = false;
  try {
    const runner = own > 0 ? new BrandesRunner(csr, weighted) : null;
    const slice = sourcesPerSlice(csr, weighted);
    partial = createPartial(n);
    let done = 0;
    while (runner && done < own) {
      const end = Math.min(own, done + slice, done < checkpoint ? checkpoint : own);
      runner.run(order, done, end, partial);
      done = end;
      if (done === checkpoint && done < total) {
        lap('betweenness');
        const early = finaliseBrandes(partial);
        const apl = n <= AVERAGE_PATH_LENGTH_MAX_NODES && !weighted ? meanDistance(partial) : null;
        report('betweenness', done / total, assemble(early, true, done, apl));
      } else {
        report('betweenness', done / total);
      }
      yield;
    }
    if (pool) {
      let sums: PoolSums | undefined;
      yield pool.sums.then((received) => {
        sums = received;
      });
      if (!sums) throw new Error('The worker pool delivered no sums.');
      if ('failure' in sums) throw new Error(sums.failure);
      mergePartials(partial, sums.partial);
      if (partial.sources !== n) {
        throw new Error(`The worker pool covered ${partial.sources} of ${n} source nodes.`);
      }
    }
    centralities = finaliseBrandes(partial);
    estimate = sampled;
  } catch (error) {
    const message = describe(error);
    failures.betweenness = message;
    failures.closeness = message;
    partial = null;
  }
  lap('betweenness');

  report('pathLength');
  let averagePathLength: number | null = null;
  if (n <= AVERAGE_PATH_LENGTH_MAX_NODES) {
    if (!weighted && partial) {
      averagePathLength = meanDistance(partial);
    } else {
      const totals: HopTotals = { distanceSum: 0, pairs: 0 };
      const slice = Math.max(1, Math.floor(1e7 / (n + 2 * csr.m + 1)));
      for (let from = 0; from < n; from += slice) {
        accumulateHopTotals(csr, from, Math.min(n, from + slice), totals);
        yield;
      }
      averagePathLength = totals.pairs > 0 ? totals.distanceSum / totals.pairs : null;
    }
  }
  lap('pathLength');
  report('pathLength', 1);

  return assemble(centralities, estimate, partial ? partial.sources : 0, averagePathLength);
}

/** Sources for the early estimate: about 2e7 arc visits, at least 32, at most n/10. */
function estimateSampleSize(csr: Csr): number {
  const budget = Math.max(32, Math.floor(2e7 / (csr.n + 2 * csr.m + 1)));
  return Math.max(1, Math.min(budget, Math.ceil(csr.n / 10)));
}

function meanDistance(partial: BrandesPartial): number | null {
  let sum = 0;
  let pairs = 0;
  for (let v = 0; v < partial.n; v++) {
    sum += partial.distanceSum[v]!;
    pairs += partial.reached[v]!;
  }
  return pairs > 0 ? sum / pairs : null;
}

function toGraphology(csr: Csr, ids: readonly string[]): UndirectedGraph {
  const graph = new UndirectedGraph({ allowSelfLoops: false, multi: false });
  for (const id of ids) graph.addNode(id);
  const { offsets, targets, strengths } = csr;
  for (let u = 0; u < csr.n; u++) {
    for (let e = offsets[u]!, end = offsets[u + 1]!; e < end; e++) {
      const v = targets[e]!;
      if (v > u) graph.addEdge(ids[u]!, ids[v]!, { weight: strengths[e]! });
    }
  }
  return graph;
}

/**
 * Renumbers raw community labels (one per node index, nodes in sorted id order) to 0..k-1:
 * largest community first, ties broken by the smallest node index (= smallest id).
 */
export function renumberCommunities(raw: readonly number[]): Int32Array {
  const groups = new Map<number, { size: number; first: number }>();
  raw.forEach((label, v) => {
    const group = groups.get(label);
    if (group) group.size++;
    else groups.set(label, { size: 1, first: v });
  });
  const ranked = [...groups.entries()].sort(([, a], [, b]) => b.size - a.size || a.first - b.first);
  const rank = new Map<number, number>();
  ranked.forEach(([label], i) => rank.set(label, i));
  return Int32Array.from(raw, (label) => rank.get(label)!);
}
