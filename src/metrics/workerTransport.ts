/**
 * The plumbing between the main thread and one metrics worker, shared by the client's main
 * worker and every worker of the pool: the part of `Worker` they use (so tests can inject a
 * fake), the default module worker, and wiring a worker's message and error events to two
 * callbacks. A worker failure is reported once per event; replacing the worker is up to the
 * caller.
 */
import type { MetricsRequest } from './protocol';

/** The part of the Worker interface the client uses (lets tests inject a fake). */
export interface WorkerLike {
  /** `transfer`: buffers the client no longer needs (moved, not copied, by a real Worker). */
  postMessage(message: MetricsRequest, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message?: string; preventDefault?: () => void }) => void) | null;
  onmessageerror: ((event: unknown) => void) | null;
}

/**
 * A worker factory as `MetricsClientOptions.createWorker` takes it: `undefined` for the
 * default module worker, `null` for none (in-thread fallback, no pool).
 */
export type WorkerFactory = (() => WorkerLike) | null | undefined;

/** One worker as its owner sees it: post requests, stop it. */
export interface Transport {
  post(message: MetricsRequest, transfer?: Transferable[]): void;
  terminate(): void;
}

/**
 * The module worker, or null where none can run: no `Worker`, the standalone export, or a
 * `Worker` constructor that throws — as it does with a SecurityError in an iframe sandboxed
 * without `allow-same-origin`, whose opaque origin may not start a worker from the app's
 * address. The caller then runs the metrics in-thread.
 */
export function defaultCreateWorker(): WorkerLike | null {
  // The single-file standalone export cannot carry the worker file: stay in-thread.
  if (import.meta.env.VITE_STANDALONE || typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./metrics.worker.ts', import.meta.url), {
      type: 'module',
    }) as unknown as WorkerLike;
  } catch {
    return null;
  }
}

/**
 * A worker from `factory`, wired to `onData` (every message, unchecked) and `onFailure` (an
 * error event, whose default handling is prevented, or a message that could not be
 * deserialised), or null when `factory` gives none. Throws what `factory` throws.
 */
export function connectWorker(
  factory: WorkerFactory,
  onData: (data: unknown) => void,
  onFailure: (message: string) => void,
): Transport | null {
  const worker = factory === undefined ? defaultCreateWorker() : (factory?.() ?? null);
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
}
