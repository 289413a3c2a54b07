/**
 * Promise API over the metrics worker: latest-wins (a new compute cancels the running one,
 * whose promise rejects with an AbortError), an LRU cache by `input.key`, and an in-thread
 * fallback running the same handler when `Worker` is missing (jsdom, Node). Owns the
 * workers' lifetime: a crashed worker is replaced on the next compute.
 *
 * On a large graph, when the machine has the cores, exact betweenness/closeness is shared by
 * a pool of workers: the main worker builds the graph and hands back the source nodes left
 * after its early estimate; the client splits them into contiguous ranges, one Brandes job
 * per pool worker, merges their partial sums and gives them to the main worker, which
 * finishes (it computes PageRank, eigenvector, Louvain and the stats meanwhile).
 */
import { mergePartials, partialBuffers, splitRange, type BrandesPartial } from './brandes';
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
  type MetricsRequest,
  type MetricsResponse,
  type PoolSums,
} from './protocol';
import type { MetricsInput, MetricsProgress, MetricsResult } from './types';

/** The part of the Worker interface the client uses (lets tests inject a fake). */
export interface WorkerLike {
  /** `transfer`: buffers the client no longer needs (moved, not copied, by a real Worker). */
  postMessage(message: MetricsRequest, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message?: string; preventDefault?: () => void }) => void) | null;
  onmessageerror: ((event: unknown) => void) | null;
}

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
  /** Cancels the running compute, stops the workers and clears the cache. */
  dispose(): void;
}

interface Transport {
  post(message: MetricsRequest, transfer?: Transferable[]): void;
  terminate(): void;
}

/** The pool's share of one job. */
interface PoolRun {
  /** Pool worker slot of each range, in range order. */
  slots: number[];
  /** Nodes of the graph (progress is counted in source nodes). */
  n: number;
  /** Sources done per range. */
  done: number[];
  partials: Array<BrandesPartial | null>;
  remaining: number;
  startedAt: number;
  /** Wall-clock ms from handing out the ranges to the last partial sum. */
  ms: number;
  /** Sums delivered, failed or cancelled: later pool responses are ignored. */
  finished: boolean;
}

interface Job {
  id: number;
  key: string;
  weighted: boolean;
  pooled: boolean;
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

function defaultCreateWorker(): WorkerLike | null {
  // The single-file standalone export cannot carry the worker file: stay in-thread.
  if (import.meta.env.VITE_STANDALONE || typeof Worker === 'undefined') return null;
  return new Worker(new URL('./metrics.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as WorkerLike;
}

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
  /** Pool workers by slot; null where none runs (not started yet, or crashed). */
  const poolWorkers: Array<Transport | null> = [];
  let current: Job | null = null;
  let nextId = 1;
  let disposed = false;

  /** A real (or injected) worker wired to the callbacks, or null when there is none. */
  const spawn = (
    onData: (data: unknown) => void,
    onFailure: (message: string) => void,
  ): Transport | null => {
    const worker =
      options.createWorker === undefined
        ? defaultCreateWorker()
        : (options.createWorker?.() ?? null);
    if (!worker) return null;
    worker.onmessage = (event) => onData(event.data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      onFailure(event.message || 'unknown error (the worker script may have failed to load)');
    };
    worker.onmessageerror = () => onFailure('a message could not be deserialised');
    return {
      post: (message, transfer) =>
        transfer ? worker.postMessage(message, transfer) : worker.postMessage(message),
      terminate: () => worker.terminate(),
    };
  };

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
    if (!run || run.n === 0) return base;
    const done = run.done.reduce((sum, d) => sum + d, 0);
    return base + (phaseShare('betweenness') * done) / run.n;
  };

  // ---- ending jobs ----------------------------------------------------------------------

  /** Stops the pool's part of `job` (the workers drop it at their next slice). */
  const stopPool = (job: Job): void => {
    const run = job.pool;
    if (!run || run.finished) return;
    run.finished = true;
    for (const slot of run.slots) poolWorkers[slot]?.post({ type: 'cancel', id: job.id });
  };

  /** Clears `job` as the current one and stops whatever of it still runs in the pool. */
  const endJob = (job: Job): void => {
    if (current === job) current = null;
    stopPool(job);
  };

  const failTransport = (message: string): void => {
    transport?.terminate();
    transport = null;
    const job = current;
    if (job) {
      endJob(job);
      job.reject(workerError(`The metrics worker failed: ${message}`));
    }
  };

  const failPoolWorker = (slot: number, message: string): void => {
    poolWorkers[slot]?.terminate();
    poolWorkers[slot] = null;
    const job = current;
    if (!job?.pool || job.pool.finished || !job.pool.slots.includes(slot)) return;
    endJob(job);
    transport?.post({ type: 'cancel', id: job.id });
    job.reject(workerError(`A metrics pool worker failed: ${message}`));
  };

  // ---- the main worker ------------------------------------------------------------------

  const onResponse = (response: MetricsResponse): void => {
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
          result.workers = job.pool.slots.length;
          result.timingsMs = { ...result.timingsMs, pool: job.pool.ms };
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
    const worker = spawn(
      (data) => {
        if (isMetricsResponse(data)) onResponse(data);
      },
      (message) => failTransport(message),
    );
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

  /** The pool worker in `slot`, started if needed; null when none can be started. */
  const poolWorker = (slot: number): Transport | null => {
    const existing = poolWorkers[slot];
    if (existing) return existing;
    let worker: Transport | null = null;
    try {
      worker = spawn(
        (data) => {
          if (poolWorkers[slot] === worker && isMetricsResponse(data)) onPoolResponse(slot, data);
        },
        (message) => {
          if (poolWorkers[slot] === worker) failPoolWorker(slot, message);
        },
      );
    } catch {
      return null;
    }
    poolWorkers[slot] = worker;
    return worker;
  };

  /** True when `size` pool workers run (started now if needed). */
  const ensurePool = (size: number): boolean => {
    for (let slot = 0; slot < size; slot++) if (!poolWorker(slot)) return false;
    return true;
  };

  const startPool = (job: Job, graph: Csr, sources: Int32Array): void => {
    if (!job.pooled || job.pool) return;
    const ranges = splitRange(sources.length, poolSize);
    const run: PoolRun = {
      slots: ranges.map((_, i) => i),
      n: graph.n,
      done: ranges.map(() => 0),
      partials: ranges.map(() => null),
      remaining: ranges.length,
      startedAt: performance.now(),
      ms: 0,
      finished: false,
    };
    job.pool = run;
    for (const [i, [from, to]] of ranges.entries()) {
      const worker = poolWorker(i);
      if (!worker) {
        failPoolWorker(i, 'it could not be started');
        return;
      }
      const part = sources.slice(from, to);
      worker.post({ type: 'brandes', id: job.id, graph, weighted: job.weighted, sources: part }, [
        part.buffer,
      ]);
    }
  };

  /** Hands the pool's sums (or its failure) to the main worker, which finishes the job. */
  const deliverSums = (job: Job, sums: PoolSums): void => {
    const run = job.pool;
    if (run) run.ms = performance.now() - run.startedAt;
    stopPool(job);
    if ('partial' in sums) {
      transport?.post({ type: 'partial', id: job.id, ...sums }, partialBuffers(sums.partial));
    } else {
      transport?.post({ type: 'partial', id: job.id, ...sums });
    }
  };

  const onPoolResponse = (slot: number, response: MetricsResponse): void => {
    const job = current;
    const run = job?.pool;
    if (!job || !run || run.finished || response.id !== job.id) return;
    const i = run.slots.indexOf(slot);
    if (i < 0) return;
    switch (response.type) {
      case 'brandesProgress': {
        run.done[i] = response.done;
        const fraction = pooledFraction(job);
        if (fraction >= job.fraction + POOL_PROGRESS_STEP) {
          emit(job, { key: job.key, phase: 'betweenness', fraction });
        }
        return;
      }
      case 'brandesResult': {
        if (run.partials[i]) return;
        run.partials[i] = response.partial;
        run.done[i] = response.partial.sources;
        run.remaining--;
        emit(job, { key: job.key, phase: 'betweenness', fraction: pooledFraction(job) });
        if (run.remaining > 0) return;
        let merged: BrandesPartial | null = null;
        try {
          for (const partial of run.partials) {
            if (partial) merged = merged ? mergePartials(merged, partial) : partial;
          }
        } catch (error) {
          deliverSums(job, { failure: error instanceof Error ? error.message : String(error) });
          return;
        }
        deliverSums(job, merged ? { partial: merged } : { failure: 'The pool returned no sums.' });
        return;
      }
      case 'error':
        // The job failed in the pool worker (not a crash): betweenness/closeness fail alone.
        deliverSums(job, { failure: response.error.message });
        return;
      default:
        return;
    }
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
    ensurePool(poolSize);

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
    dispose() {
      if (disposed) return;
      disposed = true;
      cancelCurrent('The metrics client was disposed.');
      transport?.terminate();
      transport = null;
      for (const worker of poolWorkers) worker?.terminate();
      poolWorkers.length = 0;
      cache.clear();
    },
  };
}
