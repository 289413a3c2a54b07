/**
 * Imported lists and networks kept on the user's machine (IndexedDB through idb-keyval,
 * loaded on first use), never uploaded. An index of summaries is kept apart from the
 * payloads, so listing is cheap. Storage is an injected adapter (tests use the
 * in-memory one). Every call resolves; failures (private mode, quota, damaged or
 * outdated data) come back as problems.
 */
import type { GraphFile } from '../graphSchema';
import { checkImportedGraphFile } from './checkGraphFile';
import { joinGraphFile, splitGraphFile, type ChunkedGraphFile } from './chunkedFile';
import type { RowMatch } from './matchOrganisations';
import { problem, type ImportProblem } from './problems';
import type { LongTaskOptions } from './progress';

/** The few key–value operations the store needs. */
export interface ImportStorage {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
}

/** IndexedDB through idb-keyval, database "samverkanskartan-imports" (loaded on demand). */
export function indexedDbStorage(): ImportStorage {
  const load = async () => {
    const idb = await import('idb-keyval');
    return { idb, store: idb.createStore('samverkanskartan-imports', 'imports') };
  };
  let ready: ReturnType<typeof load> | null = null;
  const open = () => (ready ??= load());
  return {
    async get(key) {
      const { idb, store } = await open();
      return idb.get<unknown>(key, store);
    },
    async set(key, value) {
      const { idb, store } = await open();
      await idb.set(key, value, store);
    },
    async del(key) {
      const { idb, store } = await open();
      await idb.del(key, store);
    },
  };
}

/** A Map-backed storage that clones values as IndexedDB would (for tests and fallbacks). */
export function memoryStorage(): ImportStorage {
  const map = new Map<string, unknown>();
  return {
    get: (key) => Promise.resolve(map.has(key) ? structuredClone(map.get(key)) : undefined),
    set: (key, value) => {
      map.set(key, structuredClone(value));
      return Promise.resolve();
    },
    del: (key) => {
      map.delete(key);
      return Promise.resolve();
    },
  };
}

export type ImportKind = 'list' | 'network';

/** A matched list: the table as read and the user's reviewed matches. */
export interface StoredList {
  kind: 'list';
  columns: string[];
  rows: string[][];
  rowNumbers: number[];
  matches: RowMatch[];
  /**
   * The home organisation the list was read against ('' for none); absent in lists saved
   * before it was kept (they open with the default home).
   */
  home?: string;
}

/** An imported network, as the GraphFile the app opens. */
export interface StoredNetwork {
  kind: 'network';
  file: GraphFile;
}

/**
 * How a network is written: as JSON slices (chunkedFile.ts), so reading a big one back
 * is one cheap string copy and a sliced parse instead of seconds of structured clone.
 * Networks saved before were written as `{ kind: 'network', file }`; both are read.
 */
interface StoredNetworkPayload {
  kind: 'network';
  chunked: ChunkedGraphFile;
}

export type StoredImport = StoredList | StoredNetwork;

export interface ImportSummary {
  id: string;
  /** Shown in the list: usually the file name. */
  name: string;
  kind: ImportKind;
  /** ISO 8601 date-time of saving. */
  savedAt: string;
  counts: {
    rows?: number;
    matched?: number;
    organisations?: number;
    collaborations?: number;
    memberships?: number;
  };
}

export interface StoreOptions {
  storage?: ImportStorage;
  /** Clock for savedAt; default `new Date()`. */
  now?: () => Date;
}

export type StoreResult<T> = { ok: true; value: T } | { ok: false; problems: ImportProblem[] };

const INDEX_KEY = 'index';
const payloadKey = (id: string) => `import:${id}`;
let defaultStorage: ImportStorage | null = null;
const storageOf = (options: StoreOptions) =>
  options.storage ?? (defaultStorage ??= indexedDbStorage());

const unavailable = (error: unknown): { ok: false; problems: ImportProblem[] } => ({
  ok: false,
  problems: [
    problem(
      'error',
      'storage-unavailable',
      `The browser's storage could not be used: ${error instanceof Error ? error.message : String(error)}`,
    ),
  ],
});

function isSummary(value: unknown): value is ImportSummary {
  return (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    typeof value.id === 'string' &&
    'name' in value &&
    typeof value.name === 'string' &&
    'kind' in value &&
    (value.kind === 'list' || value.kind === 'network')
  );
}

async function readIndex(storage: ImportStorage): Promise<ImportSummary[]> {
  const value = await storage.get(INDEX_KEY);
  return Array.isArray(value) ? value.filter(isSummary) : [];
}

function countsOf(data: StoredImport): ImportSummary['counts'] {
  if (data.kind === 'list') {
    return {
      rows: data.matches.length,
      matched: data.matches.filter(
        (m) =>
          m.decision?.kind === 'confirmed' ||
          m.decision?.kind === 'corrected' ||
          (!m.decision && m.status === 'matched'),
      ).length,
    };
  }
  const nodes = data.file.nodes;
  return {
    organisations: nodes.filter((n) => n.kind === 'organisation').length,
    collaborations: nodes.filter((n) => n.kind === 'collaboration').length,
    memberships: data.file.edges.filter((e) => e.kind === 'membership').length,
  };
}

/** Saved imports, newest first (reads only the index). */
export async function listImports(
  options: StoreOptions = {},
): Promise<StoreResult<ImportSummary[]>> {
  try {
    const index = await readIndex(storageOf(options));
    return {
      ok: true,
      value: [...index].sort((a, b) =>
        a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0,
      ),
    };
  } catch (error) {
    return unavailable(error);
  }
}

/**
 * Saves an import under a new id, or replaces the one with `id`. Resolves with its
 * summary; the payload is written before the index, so a failure leaves no summary
 * pointing at nothing.
 */
export async function saveImport(
  name: string,
  data: StoredImport,
  options: StoreOptions & {
    id?: string;
    /** The network already split (splitGraphFile of `data.file`), to split it once only. */
    chunked?: ChunkedGraphFile;
  } = {},
): Promise<StoreResult<ImportSummary>> {
  const storage = storageOf(options);
  const savedAt = (options.now?.() ?? new Date()).toISOString();
  const id =
    options.id ?? `${Date.parse(savedAt).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const summary: ImportSummary = { id, name, kind: data.kind, savedAt, counts: countsOf(data) };
  const payload: StoredList | StoredNetworkPayload =
    data.kind === 'network'
      ? { kind: 'network', chunked: options.chunked ?? splitGraphFile(data.file) }
      : data;
  try {
    await storage.set(payloadKey(id), payload);
    const index = (await readIndex(storage)).filter((s) => s.id !== id);
    await storage.set(INDEX_KEY, [...index, summary]);
    return { ok: true, value: summary };
  } catch (error) {
    return unavailable(error);
  }
}

/** A whole (not sliced) saved network, checked with graphSchema. */
async function validatedWhole(file: unknown): Promise<StoreResult<StoredImport>> {
  // The schema (zod) is loaded here, when such a network is opened, not at start.
  const { graphSchema } = await import('../graphSchema');
  const parsed = graphSchema.safeParse(file);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues
        .slice(0, 3)
        .map((issue) =>
          problem(
            'error',
            'invalid-graph',
            `The saved network no longer fits this version of the app: ${issue.path.join('.')}: ${issue.message}`,
          ),
        ),
    };
  }
  return { ok: true, value: { kind: 'network', file: parsed.data } };
}

/**
 * Loads an import. A network is validated again (it may have been saved by an older
 * version of the app): one saved in slices is joined a slice per macrotask and checked
 * with checkImportedGraphFile, an older whole one with graphSchema; a damaged or
 * outdated one fails with problems. Rejects only when `signal` aborts.
 */
export async function loadImport(
  id: string,
  options: StoreOptions & LongTaskOptions = {},
): Promise<StoreResult<StoredImport>> {
  let value: unknown;
  try {
    value = await storageOf(options).get(payloadKey(id));
  } catch (error) {
    return unavailable(error);
  }
  if (typeof value !== 'object' || value === null || !('kind' in value)) {
    return {
      ok: false,
      problems: [
        problem('error', 'not-found', `No saved import has the id "${id}".`, { value: id }),
      ],
    };
  }
  if (value.kind === 'network' && 'chunked' in value) {
    let file: GraphFile;
    try {
      file = await joinGraphFile(value.chunked as ChunkedGraphFile, options);
    } catch (error) {
      if (options.signal?.aborted) throw error;
      return {
        ok: false,
        problems: [
          problem('error', 'invalid-graph', 'The saved import is damaged.', { value: id }),
        ],
      };
    }
    // The fast check covers what imports build; anything else (a GraphFile with people
    // or seats) is checked by graphSchema, as before.
    if (checkImportedGraphFile(file, 1).length === 0)
      return { ok: true, value: { kind: 'network', file } };
    return validatedWhole(file);
  }
  if (value.kind === 'network' && 'file' in value) return validatedWhole(value.file);
  if (value.kind === 'list' && 'matches' in value && Array.isArray(value.matches)) {
    const list = value as StoredList;
    if ('home' in list && typeof list.home !== 'string') {
      const rest: StoredList = { ...list };
      delete rest.home;
      return { ok: true, value: rest };
    }
    return { ok: true, value: list };
  }
  return {
    ok: false,
    problems: [problem('error', 'invalid-graph', 'The saved import is damaged.', { value: id })],
  };
}

/** Removes an import and its summary; removing an unknown id is not an error. */
export async function removeImport(
  id: string,
  options: StoreOptions = {},
): Promise<StoreResult<null>> {
  const storage = storageOf(options);
  try {
    const index = await readIndex(storage);
    await storage.set(
      INDEX_KEY,
      index.filter((s) => s.id !== id),
    );
    await storage.del(payloadKey(id));
    return { ok: true, value: null };
  } catch (error) {
    return unavailable(error);
  }
}
