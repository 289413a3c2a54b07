/**
 * The message handler behind the metrics workers and the in-thread fallback: turns requests
 * into `computeMetricsAsync` runs (or, in a pool worker, Brandes jobs over a range of
 * sources) and posts progress, result or error responses. At most one job runs; a new
 * compute or brandes job, or a cancel, aborts the running one at its next step. Analyses
 * (`scenario`, `brokerage`) run synchronously between those steps and leave the job alone.
 */
import { BrandesRunner, createPartial, partialBuffers, type BrandesPartial } from './brandes';
import { brokerage } from './brokerage';
import {
  computeMetricsAsync,
  sourcesPerSlice,
  yieldToEventLoop,
  type ComputeOptions,
} from './compute';
import { abortError, isAbortError } from './errors';
import {
  isMetricsRequest,
  type BrandesRequest,
  type MetricsResponse,
  type PoolSums,
} from './protocol';
import { compareScenario } from './scenario';
import { structuralHoles } from './structuralHoles';
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

/**
 * Answers through `post`; `transfer` lists buffers the response no longer needs (a worker
 * moves them instead of copying).
 */
export type PostResponse = (response: MetricsResponse, transfer?: Transferable[]) => void;

interface RunningJob {
  id: number;
  signal: { aborted: boolean };
  /** Ends the job: sets the signal and rejects a pending wait for the pool's sums. */
  abort(): void;
  /** Set for a pooled compute: delivers the pool's sums. */
  deliver?: (sums: PoolSums) => void;
}

/**
 * A pool worker's job: Brandes from every source of `request.sources`, in slices with a
 * yield (and an abort check) between them; `onProgress` gets the count done after each.
 */
export async function runBrandesJob(
  request: BrandesRequest,
  signal: { readonly aborted: boolean },
  onProgress: (done: number) => void,
): Promise<BrandesPartial> {
  const { graph, sources } = request;
  const runner = new BrandesRunner(graph, request.weighted);
  const partial = createPartial(graph.n);
  const slice = sourcesPerSlice(graph, request.weighted);
  for (let done = 0; done < sources.length;) {
    const end = Math.min(sources.length, done + slice);
    runner.run(sources, done, end, partial);
    done = end;
    onProgress(done);
    await yieldToEventLoop();
    if (signal.aborted) throw abortError();
  }
  return partial;
}

/** Creates a handler that answers through `post`. */
export function createMetricsHandler(
  post: PostResponse,
  options: MetricsHandlerOptions = {},
): MetricsHandler {
  const compute = options.compute ?? computeMetricsAsync;
  let running: RunningJob | null = null;
  let disposed = false;

  const start = (id: number): RunningJob => {
    running?.abort();
    const signal = { aborted: false };
    const job: RunningJob = { id, signal, abort: () => void (signal.aborted = true) };
    running = job;
    return job;
  };

  const finish = <T>(
    job: RunningJob,
    run: Promise<T>,
    answer: (value: T) => [MetricsResponse, Transferable[]?],
  ): void => {
    const { id } = job;
    run.then(
      (value) => {
        if (running === job) running = null;
        if (disposed) return;
        if (job.signal.aborted) {
          post({ type: 'error', id, error: { name: 'AbortError', message: 'Cancelled.' } });
        } else {
          post(...answer(value));
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
    switch (message.type) {
      case 'cancel':
        if (running?.id === message.id) running.abort();
        return;
      case 'partial':
        if (running?.id === message.id) running.deliver?.(message);
        return;
      case 'scenario':
      case 'brokerage': {
        const { id } = message;
        try {
          if (message.type === 'scenario') {
            const result = compareScenario(message.input, message.removal, message.options);
            post({ type: 'scenarioResult', id, result });
          } else {
            const result = {
              brokerage: brokerage(message.input, message.groups),
              structuralHoles: structuralHoles(message.input),
            };
            post({ type: 'brokerageResult', id, result });
          }
        } catch (error) {
          const text = error instanceof Error ? error.message : String(error);
          post({ type: 'error', id, error: { name: 'MetricsError', message: text } });
        }
        return;
      }
      case 'brandes': {
        const job = start(message.id);
        const { id } = job;
        const run = runBrandesJob(message, job.signal, (done) => {
          if (!job.signal.aborted && !disposed) post({ type: 'brandesProgress', id, done });
        });
        finish(job, run, (partial) => [
          { type: 'brandesResult', id, partial },
          partialBuffers(partial),
        ]);
        return;
      }
      case 'compute': {
        const job = start(message.id);
        const { id, input } = message;
        let pool: ComputeOptions['pool'];
        if (message.pooled) {
          let deliver!: (sums: PoolSums) => void;
          let fail!: (error: Error) => void;
          const sums = new Promise<PoolSums>((resolve, reject) => {
            deliver = resolve;
            fail = reject;
          });
          sums.catch(() => undefined); // an abort before the wait must not go unhandled
          job.deliver = deliver;
          job.abort = () => {
            job.signal.aborted = true;
            fail(abortError());
          };
          pool = {
            sums,
            onGraph: (graph, sources) => {
              if (!job.signal.aborted && !disposed) {
                post({ type: 'graph', id, graph, sources }, [sources.buffer as ArrayBuffer]);
              }
            },
          };
        }
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
          ...(pool ? { pool } : {}),
        });
        finish(job, run, (result) => [{ type: 'result', id, result }]);
        return;
      }
    }
  };

  return {
    receive,
    dispose: () => {
      disposed = true;
      running?.abort();
      running = null;
    },
  };
}
