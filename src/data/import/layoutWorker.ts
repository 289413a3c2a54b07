/**
 * Running computeLayout off the main thread: the message protocol, the handler the
 * worker shell (layout.worker.ts) forwards to, and a promise client with progress,
 * abort (terminates the worker) and an in-thread fallback where `Worker` is missing
 * (jsdom, Node). One worker per layout: layouts are rare and long.
 */
import { computeLayout, type LayoutRequest } from './layout';
import type { LongTaskOptions } from './progress';
import type { PositionMap } from './toGraphFile';
import { runWorkerJob, type WorkerJobLike } from './workerJob';

export type LayoutWorkerRequest = { type: 'run'; request: LayoutRequest };
export type LayoutWorkerResponse =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; positions: PositionMap }
  | { type: 'error'; message: string };

/** The part of a Worker the client uses (a fake in tests). */
export type LayoutWorkerLike = WorkerJobLike<LayoutWorkerRequest, LayoutWorkerResponse>;

/** Handles one request inside the worker, posting progress and the result. */
export async function handleLayoutRequest(
  message: LayoutWorkerRequest,
  post: (response: LayoutWorkerResponse) => void,
): Promise<void> {
  try {
    const positions = await computeLayout(message.request, {
      onProgress: (fraction) => post({ type: 'progress', fraction }),
    });
    post({ type: 'done', positions });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

const defaultWorker = (): LayoutWorkerLike | null =>
  typeof Worker === 'undefined'
    ? null
    : (new Worker(new URL('./layout.worker.ts', import.meta.url), {
        type: 'module',
      }) as unknown as LayoutWorkerLike);

/**
 * computeLayout in a worker when one can be made (else in this thread). Progress
 * arrives as from computeLayout; aborting terminates the worker and rejects with the
 * signal's reason; a failing worker rejects with an Error naming the cause.
 */
export function layoutOffThread(
  request: LayoutRequest,
  options: LongTaskOptions & { createWorker?: () => LayoutWorkerLike | null } = {},
): Promise<PositionMap> {
  const worker = (options.createWorker ?? defaultWorker)();
  if (!worker) return computeLayout(request, options);
  return runWorkerJob(worker, { type: 'run', request }, options, 'layout', (data) =>
    data.type === 'done' ? data.positions : undefined,
  );
}
