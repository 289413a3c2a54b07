/**
 * Promise API over the metrics worker: latest-wins (a new compute cancels the running one,
 * whose promise rejects with an AbortError), an LRU cache by `input.key`, and an in-thread
 * fallback running the same handler when `Worker` is missing (jsdom, Node). Owns the
 * workers' lifetime: a crashed worker is replaced on the next compute.
 *
 * On a large graph, when the machine has the cores, exact betweenness/closeness is shared by
 * the worker pool (workerPool.ts): the main worker builds the graph and hands back the
 * source nodes left after its early estimate; the pool shares them out and returns the
 * merged sums, which the client gives to the main worker to finish (it computes PageRank,
 * eigenvector, Louvain and the stats meanwhile).
 *
 * Analyses (`scenario`, `brokerage`) go to the same main worker (or fallback) with ids of
 * their own: they neither cancel nor are cancelled by a compute; a newer analysis of the
 * same kind supersedes the older (its promise rejects with an AbortError).
 */
import { partialBuffers } from './brandes';
import type { Csr } from './csr';
import { abortError } from './errors';
import {
  DEFAULT_ESTIMATE_THRESHOLD,
  defaultPoolSize,
  isLargeGraph,
  MIN_POOL_SIZE,
  phaseShare,
  phaseStart,
} from './plan';
import {
  isMetricsResponse,
  type BrokerageAnalysis,
  type GroupBrokerageRequest,
  type MetricsResponse,
  type PoolSums,
} from './protocol';
import type { ScenarioInput, ScenarioOptions, ScenarioRemoval, ScenarioResult } from './scenario';
import type { MetricsInput, MetricsProgress, MetricsResult } from './types';
import { createWorkerPool, type PoolRun } from './workerPool';
import { connectWorker, type Transport, type WorkerLike } from './workerTransport';

export type { WorkerLike } from './workerTransport';

export interface MetricsClientOptions {
  /** Results kept by key (least recently used dropped first); default 20. */
  cacheSize?: number;
  /**
   * Worker factory (the main worker and every pool worker). Default: a module worker when
   * `typeof Worker !== 'undefined'`; `null` forces the in-thread fallback (and no pool).
   */
  createWorker?: (() => WorkerLike) | null;
  /** Deliver a sampled estimate (progress `partial`) first on large graphs; default true. */
  progressive?: boolean;
  /** n·m above which a progressive compute estimates first; default 2e7. */
  estimateThreshold?: number;
  /**
   * Workers sharing exact betweenness/closeness on large graphs. Default
   * min(4, navigator.hardwareConcurrency − 1); below 2 there is no pool.
   */
  poolSize?: number;
  /** n·m above which a graph goes to the pool (when there is one); default 2e7. */
  poolThreshold?: number;
}

export interface MetricsClient {
  /**
   * Computes (or returns the cached) metrics of `input`. Supersedes any running compute
   * with another key; a compute with the running key joins it.
   * @returns rejects with name 'AbortError' when superseded or disposed, or with a
   *   'MetricsError' / worker failure message otherwise.
   */
  compute(
    input: MetricsInput,
    onProgress?: (progress: MetricsProgress) => void,
  ): Promise<MetricsResult>;
  /**
   * "What if?" in the worker: `compareScenario(input, removal, options)`. A newer scenario
   * supersedes an unanswered older one (which rejects with an AbortError).
   * @returns rejects with 'MetricsError' on invalid input, a worker failure message when the
   *   worker crashes, or 'AbortError' when superseded or disposed.
   */
  scenario(
    input: ScenarioInput,
    removal: ScenarioRemoval,
    options?: ScenarioOptions,
  ): Promise<ScenarioResult>;
  /**
   * Gould–Fernandez brokerage by group and Burt's structural holes in the worker, on
   * `input` (ties undirected unless `input.directed`). `groups` maps every node id to its
   * group ("world"). Supersedes an unanswered older brokerage request; failures as
   * `scenario`.
   */
  brokerage(
    input: GroupBrokerageRequest['input'],
    groups: Readonly<Record<string, string>>,
  ): Promise<BrokerageAnalysis>;
  /** Cancels the running compute and analyses, stops the workers and clears the cache. */
  dispose(): void;
}

/** An unanswered analysis request. */
interface Analysis {
  kind: 'scenario' | 'brokerage';
  resolve(result: ScenarioResult | BrokerageAnalysis): void;
  reject(error: Error): void;
}

interface Job {
  id: number;
  key: string;
  weighted: boolean;
  pooled: boolean;
  /** The pool's share, once the main worker has handed out the graph. */
  pool: PoolRun | null;
  /** The main worker's last betweenness progress (its own sources) in a pooled job. */
  finisherFraction: number | null;
  /** Last fraction handed to the listeners (kept monotonic). */
  fraction: number;
  promise: Promise<MetricsResult>;
  resolve(result: MetricsResult): void;
  reject(error: Error): void;
  listeners: Array<(progress: MetricsProgress) => void>;
}

/** Smallest progress step reported from the pool (workers report every ~30 ms slice). */
const POOL_PROGRESS_STEP = 0.002;

function hardwareConcurrency(): number | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.hardwareConcurrency;
}

function workerError(message: string): Error {
  const error = new Error(message);
  error.name = 'MetricsWorkerError';
  return error;
}

/** Creates a metrics client; call `dispose()` when done with it. */
export function createMetricsClient(options: MetricsClientOptions = {}): MetricsClient {
  const cacheSize = Math.max(0, options.cacheSize ?? 20);
  const poolSize = Math.floor(options.poolSize ?? defaultPoolSize(hardwareConcurrency()));
  const poolThreshold = options.poolThreshold ?? DEFAULT_ESTIMATE_THRESHOLD;
  const cache = new Map<string, MetricsResult>();
  let transport: Transport | null = null;
  /** True when `transport` is a worker (not the in-thread fallback). */
  let transportIsWorker = false;
  const pool = createWorkerPool(poolSize, options.createWorker);
  let current: Job | null = null;
  /** Unanswered analyses by request id (at most one per kind). */
  const analyses = new Map<number, Analysis>();
  let nextId = 1;
  let disposed = false;

  // ---- progress -------------------------------------------------------------------------

  /** Hands progress to the job's listeners with a fraction that never goes back. */
  const emit = (job: Job, progress: MetricsProgress): void => {
    const fraction = Math.max(job.fraction, Math.min(1, progress.fraction));
    job.fraction = fraction;
    for (const listener of job.listeners) listener({ ...progress, fraction });
  };

  /** Betweenness progress of a pooled job: the main worker's own sources plus the pool's. */
  const pooledFraction = (job: Job): number => {
    const base = job.finisherFraction ?? phaseStart('betweenness');
    const run = job.pool;
    if (!run || run.nodes === 0) return base;
    return base + (phaseShare('betweenness') * run.sourcesDone()) / run.nodes;
  };

  // ---- ending jobs ----------------------------------------------------------------------

  /** Clears `job` as the current one and stops whatever of it still runs in the pool. */
  const endJob = (job: Job): void => {
    if (current === job) current = null;
    job.pool?.stop();
  };

  const failTransport = (message: string): void => {
    transport?.terminate();
    transport = null;
    const job = current;
    if (job) {
      endJob(job);
      job.reject(workerError(`The metrics worker failed: ${message}`));
    }
    rejectAnalyses(() => workerError(`The metrics worker failed: ${message}`));
  };

  const rejectAnalyses = (error: () => Error, kind?: Analysis['kind']): void => {
    for (const [id, analysis] of [...analyses]) {
      if (kind !== undefined && analysis.kind !== kind) continue;
      analyses.delete(id);
      analysis.reject(error());
    }
  };

  /** Answers an analysis; true when `response` was one. */
  const onAnalysisResponse = (response: MetricsResponse): boolean => {
    const analysis = analyses.get(response.id);
    if (!analysis) return false;
    if (response.type === 'scenarioResult' || response.type === 'brokerageResult') {
      analyses.delete(response.id);
      analysis.resolve(response.result);
    } else if (response.type === 'error') {
      analyses.delete(response.id);
      const error = new Error(response.error.message);
      error.name = response.error.name === 'AbortError' ? 'AbortError' : 'MetricsError';
      analysis.reject(error);
    }
    return true;
  };

  /** Posts an analysis request; an unanswered one of the same kind is superseded. */
  const analyse = <R extends ScenarioResult | BrokerageAnalysis>(
    kind: Analysis['kind'],
    post: (id: number, main: Transport) => void,
  ): Promise<R> => {
    if (disposed) return Promise.reject(new Error('The metrics client has been disposed.'));
    rejectAnalyses(() => abortError(`Superseded by a newer ${kind} request.`), kind);
    const id = nextId++;
    const promise = new Promise<R>((resolve, reject) => {
      analyses.set(id, { kind, resolve: resolve as Analysis['resolve'], reject });
    });
    try {
      post(id, open());
    } catch (error) {
      failTransport(error instanceof Error ? error.message : String(error));
    }
    return promise;
  };

  /** A pool worker of `job` crashed (the pool has already stopped the others). */
  const failPool = (job: Job, message: string): void => {
    endJob(job);
    transport?.post({ type: 'cancel', id: job.id });
    job.reject(workerError(`A metrics pool worker failed: ${message}`));
  };

  // ---- the main worker ------------------------------------------------------------------

  const onResponse = (response: MetricsResponse): void => {
    if (onAnalysisResponse(response)) return;
    const job = current;
    if (!job || response.id !== job.id) return;
    switch (response.type) {
      case 'progress':
        if (job.pooled && response.progress.phase === 'betweenness') {
          job.finisherFraction = response.progress.fraction;
          emit(job, { ...response.progress, fraction: pooledFraction(job) });
        } else {
          emit(job, response.progress);
        }
        return;
      case 'graph':
        startPool(job, response.graph, response.sources);
        return;
      case 'result': {
        endJob(job);
        const result = response.result;
        if (job.pool) {
          result.workers = job.pool.workers;
          result.timingsMs = { ...result.timingsMs, pool: job.pool.ms() };
        }
        remember(result);
        job.resolve(result);
        return;
      }
      case 'error': {
        endJob(job);
        const error = new Error(response.error.message);
        error.name = response.error.name === 'AbortError' ? 'AbortError' : 'MetricsError';
        job.reject(error);
        return;
      }
      default:
        return; // pool responses never come from the main worker
    }
  };

  const open = (): Transport => {
    if (transport) return transport;
    let worker: Transport | null;
    try {
      worker = connectWorker(
        options.createWorker,
        (data) => {
          if (isMetricsResponse(data)) onResponse(data);
        },
        (message) => failTransport(message),
      );
    } catch {
      // A factory whose `new Worker` throws (a SecurityError in an opaque-origin sandboxed
      // iframe, a blocked worker-src): the in-thread fallback below, not a failed compute.
      worker = null;
    }
    transportIsWorker = worker !== null;
    if (worker) {
      transport = worker;
    } else {
      // In-thread fallback: the same handler, loaded on demand (keeps the compute code out
      // of the main bundle when workers exist), asynchronous delivery like a worker.
      const handler = import('./handler').then(({ createMetricsHandler }) =>
        createMetricsHandler((response) => onResponse(response)),
      );
      handler.catch((error: unknown) =>
        failTransport(error instanceof Error ? error.message : String(error)),
      );
      transport = {
        post: (message) => {
          handler.then(
            (h) => setTimeout(() => h.receive(message), 0),
            () => undefined,
          );
        },
        terminate: () => {
          handler.then(
            (h) => h.dispose(),
            () => undefined,
          );
        },
      };
    }
    return transport;
  };

  // ---- the pool -------------------------------------------------------------------------

  /** Hands the graph to the pool; its sums go to the main worker, which finishes the job. */
  const startPool = (job: Job, graph: Csr, sources: Int32Array): void => {
    if (!job.pooled || job.pool) return;
    job.pool = pool.start(job.id, graph, job.weighted, sources, {
      onProgress(rangeFinished) {
        const fraction = pooledFraction(job);
        if (rangeFinished || fraction >= job.fraction + POOL_PROGRESS_STEP) {
          emit(job, { key: job.key, phase: 'betweenness', fraction });
        }
      },
      onSums(sums: PoolSums) {
        if ('partial' in sums) {
          transport?.post({ type: 'partial', id: job.id, ...sums }, partialBuffers(sums.partial));
        } else {
          transport?.post({ type: 'partial', id: job.id, ...sums });
        }
      },
      onCrash: (message) => failPool(job, message),
    });
  };

  // ---- cache and requests -----------------------------------------------------------------

  const remember = (result: MetricsResult): void => {
    if (cacheSize === 0) return;
    cache.delete(result.key);
    cache.set(result.key, result);
    while (cache.size > cacheSize) {
      const oldest = cache.keys().next().value;
      if (oldest === undefined) break;
      cache.delete(oldest);
    }
  };

  const cancelCurrent = (reason: string): void => {
    const job = current;
    if (!job) return;
    endJob(job);
    transport?.post({ type: 'cancel', id: job.id });
    job.reject(abortError(reason));
  };

  const wantsPool = (input: MetricsInput): boolean =>
    poolSize >= MIN_POOL_SIZE &&
    options.createWorker !== null &&
    isLargeGraph(input.nodes.length, input.edges.length, poolThreshold) &&
    pool.ensure();

  return {
    compute(input, onProgress) {
      if (disposed) return Promise.reject(new Error('The metrics client has been disposed.'));
      const cached = cache.get(input.key);
      if (cached) {
        cancelCurrent('Superseded by a newer metrics request.');
        cache.delete(input.key);
        cache.set(input.key, cached);
        return Promise.resolve(cached);
      }
      if (current && current.key === input.key) {
        if (onProgress) current.listeners.push(onProgress);
        return current.promise;
      }
      cancelCurrent('Superseded by a newer metrics request.');

      let resolve!: (result: MetricsResult) => void;
      let reject!: (error: Error) => void;
      const promise = new Promise<MetricsResult>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      const job: Job = {
        id: nextId++,
        key: input.key,
        weighted: input.weighted,
        pooled: false,
        pool: null,
        finisherFraction: null,
        fraction: 0,
        promise,
        resolve,
        reject,
        listeners: onProgress ? [onProgress] : [],
      };
      current = job;
      try {
        const main = open();
        // Only with a real main worker: the in-thread fallback has no cores to share.
        job.pooled = transportIsWorker && wantsPool(input);
        main.post({
          type: 'compute',
          id: job.id,
          input,
          progressive: options.progressive ?? true,
          ...(options.estimateThreshold !== undefined
            ? { estimateThreshold: options.estimateThreshold }
            : {}),
          ...(job.pooled ? { pooled: true } : {}),
        });
      } catch (error) {
        failTransport(error instanceof Error ? error.message : String(error));
      }
      return promise;
    },
    scenario(input, removal, scenarioOptions) {
      return analyse<ScenarioResult>('scenario', (id, main) =>
        main.post({
          type: 'scenario',
          id,
          input,
          removal,
          ...(scenarioOptions ? { options: scenarioOptions } : {}),
        }),
      );
    },
    brokerage(input, groups) {
      return analyse<BrokerageAnalysis>('brokerage', (id, main) =>
        main.post({ type: 'brokerage', id, input, groups: { ...groups } }),
      );
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      cancelCurrent('The metrics client was disposed.');
      rejectAnalyses(() => abortError('The metrics client was disposed.'));
      transport?.terminate();
      transport = null;
      pool.terminate();
      cache.clear();
    },
  };
}
