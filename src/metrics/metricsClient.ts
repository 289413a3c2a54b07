/**
 * Promise API over the metrics worker: latest-wins (a new compute cancels the running one,
 * whose promise rejects with an AbortError), an LRU cache by `input.key`, and an in-thread
 * fallback running the same handler when `Worker` is missing (jsdom, Node). Owns the worker's
 * lifetime: a crashed worker is replaced on the next compute.
 */
import { abortError } from './errors';
import { isMetricsResponse, type MetricsRequest, type MetricsResponse } from './protocol';
import type { MetricsInput, MetricsProgress, MetricsResult } from './types';

/** The part of the Worker interface the client uses (lets tests inject a fake). */
export interface WorkerLike {
  postMessage(message: MetricsRequest): void;
  terminate(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message?: string; preventDefault?: () => void }) => void) | null;
  onmessageerror: ((event: unknown) => void) | null;
}

export interface MetricsClientOptions {
  /** Results kept by key (least recently used dropped first); default 20. */
  cacheSize?: number;
  /**
   * Worker factory. Default: a module worker when `typeof Worker !== 'undefined'`; `null`
   * forces the in-thread fallback.
   */
  createWorker?: (() => WorkerLike) | null;
  /** Deliver a sampled estimate (progress `partial`) first on large graphs; default true. */
  progressive?: boolean;
  /** n·m above which a progressive compute estimates first; default 2e7. */
  estimateThreshold?: number;
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
  /** Cancels the running compute, stops the worker and clears the cache. */
  dispose(): void;
}

interface Transport {
  post(message: MetricsRequest): void;
  terminate(): void;
}

interface Job {
  id: number;
  key: string;
  promise: Promise<MetricsResult>;
  resolve(result: MetricsResult): void;
  reject(error: Error): void;
  listeners: Array<(progress: MetricsProgress) => void>;
}

function defaultCreateWorker(): WorkerLike | null {
  // The single-file standalone export cannot carry the worker file: stay in-thread.
  if (import.meta.env.VITE_STANDALONE || typeof Worker === 'undefined') return null;
  return new Worker(new URL('./metrics.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as WorkerLike;
}

/** Creates a metrics client; call `dispose()` when done with it. */
export function createMetricsClient(options: MetricsClientOptions = {}): MetricsClient {
  const cacheSize = Math.max(0, options.cacheSize ?? 20);
  const cache = new Map<string, MetricsResult>();
  let transport: Transport | null = null;
  let current: Job | null = null;
  let nextId = 1;
  let disposed = false;

  const onResponse = (response: MetricsResponse): void => {
    const job = current;
    if (!job || response.id !== job.id) return;
    if (response.type === 'progress') {
      for (const listener of job.listeners) listener(response.progress);
      return;
    }
    current = null;
    if (response.type === 'result') {
      remember(response.result);
      job.resolve(response.result);
    } else {
      const error = new Error(response.error.message);
      error.name = response.error.name === 'AbortError' ? 'AbortError' : 'MetricsError';
      job.reject(error);
    }
  };

  const failTransport = (message: string): void => {
    transport?.terminate();
    transport = null;
    const job = current;
    current = null;
    if (job) {
      const error = new Error(`The metrics worker failed: ${message}`);
      error.name = 'MetricsWorkerError';
      job.reject(error);
    }
  };

  const open = (): Transport => {
    if (transport) return transport;
    const worker =
      options.createWorker === undefined
        ? defaultCreateWorker()
        : (options.createWorker?.() ?? null);
    if (worker) {
      worker.onmessage = (event) => {
        const data: unknown = event.data;
        if (isMetricsResponse(data)) onResponse(data);
      };
      worker.onerror = (event) => {
        event.preventDefault?.();
        failTransport(event.message || 'unknown error (the worker script may have failed to load)');
      };
      worker.onmessageerror = () => failTransport('a message could not be deserialised');
      transport = {
        post: (message) => worker.postMessage(message),
        terminate: () => worker.terminate(),
      };
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
    current = null;
    transport?.post({ type: 'cancel', id: job.id });
    job.reject(abortError(reason));
  };

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
        promise,
        resolve,
        reject,
        listeners: onProgress ? [onProgress] : [],
      };
      current = job;
      try {
        open().post({
          type: 'compute',
          id: job.id,
          input,
          progressive: options.progressive ?? true,
          ...(options.estimateThreshold !== undefined
            ? { estimateThreshold: options.estimateThreshold }
            : {}),
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
      cache.clear();
    },
  };
}
