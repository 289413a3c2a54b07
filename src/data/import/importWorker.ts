/**
 * Importing a network off the main thread: the message protocol, the handler the worker
 * shell (import.worker.ts) forwards to, and a promise client with progress, abort
 * (terminates the worker) and an in-thread fallback where no worker can run (jsdom,
 * Node, the standalone export, a sandboxed iframe). Reading, converting, layout and the
 * IndexedDB save all run in the worker, so the structured clone of a big GraphFile into
 * IndexedDB costs the main thread nothing; only the finished file crosses back.
 */
import {
  importNetwork,
  type ImportNetworkOptions,
  type ImportNetworkResult,
} from './importNetwork';
import type { ImportProblem } from './problems';
import type { LongTaskOptions } from './progress';
import { saveImport, type ImportStorage, type ImportSummary } from './store';

/** What the worker is asked: the file (a File clones cheaply: it is a handle), how to read it, and whether to save it. */
export interface ImportWorkerRequest {
  type: 'import';
  input: File | Blob | string;
  options: Omit<ImportNetworkOptions, 'signal' | 'onProgress'>;
  /** Save a valid result under this name (saveImport) before answering. */
  saveAs?: string;
}

export type ImportWorkerResponse =
  | { type: 'progress'; fraction: number }
  | {
      type: 'done';
      result: ImportNetworkResult;
      saved?: ImportSummary;
      saveProblems?: ImportProblem[];
    }
  | { type: 'error'; message: string };

/** The result of importing and, when asked, saving. */
export interface ImportAndSave {
  result: ImportNetworkResult;
  /** The saved import's summary when saving was asked and succeeded. */
  saved?: ImportSummary;
  /** Why saving failed (storage unavailable, quota). */
  saveProblems?: ImportProblem[];
}

/** The part of a Worker the client uses (a fake in tests). */
export interface ImportWorkerLike {
  onmessage: ((event: { data: ImportWorkerResponse }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  postMessage(message: ImportWorkerRequest): void;
  terminate(): void;
}

async function importAndSave(
  request: ImportWorkerRequest,
  options: LongTaskOptions & { storage?: ImportStorage },
): Promise<ImportAndSave> {
  const result = await importNetwork(request.input, { ...request.options, ...options });
  if (!result.ok || request.saveAs === undefined) return { result };
  options.signal?.throwIfAborted();
  const saved = await saveImport(
    request.saveAs,
    { kind: 'network', file: result.file },
    options.storage ? { storage: options.storage } : {},
  );
  return saved.ok ? { result, saved: saved.value } : { result, saveProblems: saved.problems };
}

/** Handles one request inside the worker, posting progress and the answer. */
export async function handleImportRequest(
  message: ImportWorkerRequest,
  post: (response: ImportWorkerResponse) => void,
  storage?: ImportStorage,
): Promise<void> {
  try {
    const answer = await importAndSave(message, {
      onProgress: (fraction) => post({ type: 'progress', fraction }),
      ...(storage ? { storage } : {}),
    });
    post({ type: 'done', ...answer });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

const defaultWorker = (): ImportWorkerLike | null => {
  // The single-file standalone export cannot carry the worker file: stay in-thread.
  if (import.meta.env.VITE_STANDALONE || typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./import.worker.ts', import.meta.url), {
      type: 'module',
    }) as unknown as ImportWorkerLike;
  } catch {
    return null;
  }
};

export interface ImportOffThreadOptions extends LongTaskOptions {
  createWorker?: () => ImportWorkerLike | null;
  /** Storage for the in-thread fallback's save (tests); the worker uses IndexedDB. */
  storage?: ImportStorage;
}

/**
 * importNetwork (and saveImport when `saveAs` is given) in a worker when one can be made,
 * else in this thread. Aborting terminates the worker and rejects with the signal's
 * reason (an AbortError DOMException unless the caller gave another); a failing worker
 * rejects with an Error naming the cause. A bad file is not a failure: it resolves with
 * `result.ok === false` and the problems.
 */
export function importOffThread(
  request: Omit<ImportWorkerRequest, 'type'>,
  options: ImportOffThreadOptions = {},
): Promise<ImportAndSave> {
  const worker = (options.createWorker ?? defaultWorker)();
  const { signal } = options;
  if (!worker) {
    return importAndSave(
      { type: 'import', ...request },
      {
        signal,
        onProgress: options.onProgress,
        ...(options.storage ? { storage: options.storage } : {}),
      },
    );
  }
  return new Promise<ImportAndSave>((resolve, reject) => {
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
          : new DOMException('The import was cancelled.', 'AbortError'),
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
        const answer: ImportAndSave = { result: data.result };
        if (data.saved) answer.saved = data.saved;
        if (data.saveProblems) answer.saveProblems = data.saveProblems;
        resolve(answer);
      } else {
        finish();
        reject(new Error(`Import failed: ${data.message}`));
      }
    };
    worker.onerror = () => {
      finish();
      reject(new Error('Import failed: the import worker stopped.'));
    };
    worker.postMessage({ type: 'import', ...request });
  });
}
