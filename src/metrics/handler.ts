/**
 * The message handler behind the metrics worker and the in-thread fallback: turns requests
 * into `computeMetricsAsync` runs and posts progress, result or error responses. At most one
 * computation runs; a new compute or a cancel aborts the running one at its next step.
 */
import { computeMetricsAsync, type ComputeOptions } from './compute';
import { isAbortError } from './errors';
import { isMetricsRequest, type MetricsResponse } from './protocol';
import type { MetricsInput, MetricsResult } from './types';

export interface MetricsHandler {
  /** Accepts one incoming message (any value; malformed ones get an error response). */
  receive(message: unknown): void;
  /** Aborts the running computation without responding further. */
  dispose(): void;
}

export interface MetricsHandlerOptions {
  /** The compute function (tests may wrap it); defaults to `computeMetricsAsync`. */
  compute?: (input: MetricsInput, options: ComputeOptions) => Promise<MetricsResult>;
}

/** Creates a handler that answers through `post`. */
export function createMetricsHandler(
  post: (response: MetricsResponse) => void,
  options: MetricsHandlerOptions = {},
): MetricsHandler {
  const compute = options.compute ?? computeMetricsAsync;
  let running: { id: number; signal: { aborted: boolean } } | null = null;
  let disposed = false;

  const receive = (message: unknown): void => {
    if (disposed) return;
    if (!isMetricsRequest(message)) {
      const id =
        typeof message === 'object' && message !== null && 'id' in message
          ? Number(message.id)
          : -1;
      post({
        type: 'error',
        id: Number.isFinite(id) ? id : -1,
        error: { name: 'TypeError', message: 'Malformed metrics request.' },
      });
      return;
    }
    if (message.type === 'cancel') {
      if (running?.id === message.id) running.signal.aborted = true;
      return;
    }
    if (running) running.signal.aborted = true;
    const job = { id: message.id, signal: { aborted: false } };
    running = job;
    const { id, input } = message;
    const run = compute(input, {
      signal: job.signal,
      onProgress: (progress) => {
        if (!job.signal.aborted && !disposed) post({ type: 'progress', id, progress });
      },
      ...(message.sampleSources !== undefined ? { sampleSources: message.sampleSources } : {}),
      ...(message.progressive !== undefined ? { progressive: message.progressive } : {}),
      ...(message.estimateThreshold !== undefined
        ? { estimateThreshold: message.estimateThreshold }
        : {}),
    });
    run.then(
      (result) => {
        if (running === job) running = null;
        if (disposed) return;
        if (job.signal.aborted) {
          post({ type: 'error', id, error: { name: 'AbortError', message: 'Cancelled.' } });
        } else {
          post({ type: 'result', id, result });
        }
      },
      (error: unknown) => {
        if (running === job) running = null;
        if (disposed) return;
        const name = isAbortError(error) ? 'AbortError' : 'MetricsError';
        const text = error instanceof Error ? error.message : String(error);
        post({ type: 'error', id, error: { name, message: text } });
      },
    );
  };

  return {
    receive,
    dispose: () => {
      disposed = true;
      if (running) running.signal.aborted = true;
      running = null;
    },
  };
}
