/**
 * Importing a network off the main thread: the message protocol, the handler the worker
 * shell (import.worker.ts) forwards to, and a promise client with progress, abort
 * (terminates the worker) and an in-thread fallback where no worker can run (jsdom,
 * Node, the standalone export, a sandboxed iframe). Reading, converting, layout and the
 * IndexedDB save all run in the worker, so the structured clone of a big GraphFile into
 * IndexedDB costs the main thread nothing; only the finished file crosses back.
 */
import { joinGraphFile, splitGraphFile, type ChunkedGraphFile } from './chunkedFile';
import {
  importNetwork,
  type ImportNetworkOptions,
  type ImportNetworkResult,
} from './importNetwork';
import { parseTable, type ParsedTable, type ParseTableOptions } from './parseTable';
import type { ImportProblem } from './problems';
import type { LongTaskOptions } from './progress';
import { saveImport, type ImportStorage, type ImportSummary } from './store';
import { runWorkerJob, type WorkerJobLike } from './workerJob';

/** Import a network: the file (a File clones cheaply: it is a handle), how to read it, and whether to save it. */
export interface ImportNetworkRequest {
  type: 'import';
  input: File | Blob | string;
  options: Omit<ImportNetworkOptions, 'signal' | 'onProgress'>;
  /** Save a valid result under this name (saveImport) before answering. */
  saveAs?: string;
}

/** Read a table (a list to match against the map). */
export interface ReadTableRequest {
  type: 'table';
  input: File | Blob | string;
  options: Omit<ParseTableOptions, 'signal' | 'onProgress'>;
}

export type ImportWorkerRequest = ImportNetworkRequest | ReadTableRequest;

export type ImportWorkerResponse =
  | { type: 'progress'; fraction: number }
  | {
      type: 'done';
      /** A valid file crosses as JSON slices (chunkedFile.ts), joined in slices by the client. */
      result: Exclude<ImportNetworkResult, { ok: true }> | ChunkedResult;
      saved?: ImportSummary;
      saveProblems?: ImportProblem[];
    }
  | { type: 'table'; table: ParsedTable }
  | { type: 'error'; message: string };

/** A valid import as it crosses from the worker. */
export interface ChunkedResult {
  ok: true;
  chunked: ChunkedGraphFile;
  problems: ImportProblem[];
}

/** The result of importing and, when asked, saving. */
export interface ImportAndSave {
  result: ImportNetworkResult;
  /** The saved import's summary when saving was asked and succeeded. */
  saved?: ImportSummary;
  /** Why saving failed (storage unavailable, quota). */
  saveProblems?: ImportProblem[];
}

/** The part of a Worker the client uses (a fake in tests). */
export type ImportWorkerLike = WorkerJobLike<ImportWorkerRequest, ImportWorkerResponse>;

async function importAndSave(
  request: ImportNetworkRequest,
  options: LongTaskOptions & { storage?: ImportStorage; chunk?: boolean },
): Promise<ImportAndSave & { chunked?: ChunkedGraphFile }> {
  const result = await importNetwork(request.input, { ...request.options, ...options });
  if (!result.ok) return { result };
  // Split once: for the save and for the way back from the worker.
  const chunked =
    options.chunk || request.saveAs !== undefined ? splitGraphFile(result.file) : undefined;
  const out = chunked ? { result, chunked } : { result };
  if (request.saveAs === undefined) return out;
  options.signal?.throwIfAborted();
  const saved = await saveImport(
    request.saveAs,
    { kind: 'network', file: result.file },
    { ...(options.storage ? { storage: options.storage } : {}), ...(chunked ? { chunked } : {}) },
  );
  return saved.ok ? { ...out, saved: saved.value } : { ...out, saveProblems: saved.problems };
}

/** Handles one request inside the worker, posting progress and the answer. */
export async function handleImportRequest(
  message: ImportWorkerRequest,
  post: (response: ImportWorkerResponse) => void,
  storage?: ImportStorage,
): Promise<void> {
  try {
    const onProgress = (fraction: number) => post({ type: 'progress', fraction });
    if (message.type === 'table') {
      post({
        type: 'table',
        table: await parseTable(message.input, { ...message.options, onProgress }),
      });
      return;
    }
    const { result, chunked, ...saving } = await importAndSave(message, {
      onProgress,
      chunk: true,
      ...(storage ? { storage } : {}),
    });
    post({
      type: 'done',
      result: result.ok
        ? {
            ok: true,
            chunked: chunked ?? splitGraphFile(result.file),
            problems: result.problems,
          }
        : result,
      ...saving,
    });
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
 * reason; a failing worker rejects with an Error naming the cause. A bad file is not a
 * failure: it resolves with `result.ok === false` and the problems.
 */
export function importOffThread(
  request: Omit<ImportNetworkRequest, 'type'>,
  options: ImportOffThreadOptions = {},
): Promise<ImportAndSave> {
  const worker = (options.createWorker ?? defaultWorker)();
  if (!worker) {
    return importAndSave(
      { type: 'import', ...request },
      {
        signal: options.signal,
        onProgress: options.onProgress,
        ...(options.storage ? { storage: options.storage } : {}),
      },
    ).then((answer) => {
      delete answer.chunked;
      return answer;
    });
  }
  // Progress: the worker's work to 0.9, joining the file's slices here to 1.
  const share = (from: number, to: number): LongTaskOptions => ({
    signal: options.signal,
    onProgress: (f) => options.onProgress?.(from + (to - from) * f),
  });
  const answered = runWorkerJob(
    worker,
    { type: 'import', ...request },
    share(0, 0.9),
    'import',
    (data) => (data.type === 'done' ? data : undefined),
  );
  return answered.then(async (data) => {
    const answer: ImportAndSave = {
      result: data.result.ok
        ? {
            ok: true,
            file: await joinGraphFile(data.result.chunked, share(0.9, 1)),
            problems: data.result.problems,
          }
        : data.result,
    };
    if (data.saved) answer.saved = data.saved;
    if (data.saveProblems) answer.saveProblems = data.saveProblems;
    return answer;
  });
}

/**
 * parseTable in a worker when one can be made, else in this thread: a huge CSV or
 * workbook is read (or refused at the row limit) without blocking the page. Abort and
 * failure as importOffThread.
 */
export function readTableOffThread(
  input: File | Blob | string,
  tableOptions: Omit<ParseTableOptions, 'signal' | 'onProgress'>,
  options: ImportOffThreadOptions = {},
): Promise<ParsedTable> {
  const worker = (options.createWorker ?? defaultWorker)();
  if (!worker)
    return parseTable(input, {
      ...tableOptions,
      signal: options.signal,
      onProgress: options.onProgress,
    });
  return runWorkerJob(
    worker,
    { type: 'table', input, options: tableOptions },
    options,
    'import',
    (data) => (data.type === 'table' ? data.table : undefined),
  );
}
