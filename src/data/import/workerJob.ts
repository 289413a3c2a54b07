/**
 * One job in a worker of its own, as a promise: progress is forwarded, aborting terminates
 * the worker and rejects with the signal's reason (an AbortError unless the caller gave
 * another), a worker that fails or stops rejects with an Error naming the cause. Shared by
 * the import and the layout workers, whose answers differ only in their final message.
 */
import type { LongTaskOptions } from './progress';

type Progress = { type: 'progress'; fraction: number };
type Failure = { type: 'error'; message: string };

/** The part of a Worker a job uses (a fake in tests). */
export interface WorkerJobLike<Request, Response> {
  onmessage: ((event: { data: Response }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  postMessage(message: Request): void;
  terminate(): void;
}

/**
 * Posts `request` and resolves with what `answer` makes of the final message; `answer`
 * returning undefined (an unexpected message) rejects. `job` names the work in messages
 * ("import", "layout").
 */
export function runWorkerJob<Request, Response extends { type: string }, T>(
  worker: WorkerJobLike<Request, Response>,
  request: Request,
  options: LongTaskOptions,
  job: string,
  answer: (data: Exclude<Response, Progress | Failure>) => T | undefined,
): Promise<T> {
  const Job = job.charAt(0).toUpperCase() + job.slice(1);
  return new Promise<T>((resolve, reject) => {
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
          : new DOMException(`The ${job} was cancelled.`, 'AbortError'),
      );
    };
    if (signal?.aborted) {
      onAbort();
      return;
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = ({ data }) => {
      if (data.type === 'progress') {
        options.onProgress?.((data as Response & Progress).fraction);
        return;
      }
      finish();
      // The two checks above leave the final answers (a generic union does not narrow).
      const value =
        data.type === 'error' ? undefined : answer(data as Exclude<Response, Progress | Failure>);
      if (value === undefined)
        reject(
          new Error(
            `${Job} failed: ${data.type === 'error' ? (data as Response & Failure).message : 'unexpected answer'}`,
          ),
        );
      else resolve(value);
    };
    worker.onerror = () => {
      finish();
      reject(new Error(`${Job} failed: the ${job} worker stopped.`));
    };
    worker.postMessage(request);
  });
}
