/**
 * Running computeLayout off the main thread: the message protocol, the handler the
 * worker shell (layout.worker.ts) forwards to, and a promise client with progress,
 * abort (terminates the worker) and an in-thread fallback where `Worker` is missing
 * (jsdom, Node). One worker per layout: layouts are rare and long.
 */
import { computeLayout, type LayoutRequest } from './layout';
import type { LongTaskOptions } from './progress';
import type { PositionMap } from './toGraphFile';

export type LayoutWorkerRequest = { type: 'run'; request: LayoutRequest };
export type LayoutWorkerResponse =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; positions: PositionMap }
  | { type: 'error'; message: string };

/** The part of a Worker the client uses (a fake in tests). */
export interface LayoutWorkerLike {
  onmessage: ((event: { data: LayoutWorkerResponse }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  postMessage(message: LayoutWorkerRequest): void;
  terminate(): void;
}

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
  return new Promise<PositionMap>((resolve, reject) => {
    const { signal } = options;
    const finish = () => {
      signal?.removeEventListener('abort', onAbort);
      worker.terminate();
    };
    const onAbort = () => {
      finish();
      const reason: unknown = signal?.reason;
      reject(
        reason instanceof Error
          ? reason
          : new DOMException('The layout was cancelled.', 'AbortError'),
      );
    };
    if (signal?.aborted) {
      onAbort();
      return;
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = ({ data }) => {
      if (data.type === 'progress') options.onProgress?.(data.fraction);
      else if (data.type === 'done') {
        finish();
        resolve(data.positions);
      } else {
        finish();
        reject(new Error(`Layout failed: ${data.message}`));
      }
    };
    worker.onerror = () => {
      finish();
      reject(new Error('Layout failed: the layout worker stopped.'));
    };
    worker.postMessage({ type: 'run', request });
  });
}
