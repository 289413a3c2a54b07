/**
 * The import worker client: the same GraphFile in this thread (no Worker, as in Node) and
 * through a fake worker that runs the real handler; the result is saved when asked; a bad
 * file resolves with its problems and saves nothing; abort terminates the worker and
 * rejects with an AbortError; a worker that dies rejects with a named cause.
 */
import { describe, expect, it } from 'vitest';
import { importNetwork } from '../../../src/data/import/importNetwork';
import {
  handleImportRequest,
  importOffThread,
  readTableOffThread,
  type ImportWorkerLike,
  type ImportWorkerRequest,
  type ImportWorkerResponse,
} from '../../../src/data/import/importWorker';
import { parseTable } from '../../../src/data/import/parseTable';
import {
  listImports,
  loadImport,
  memoryStorage,
  type ImportStorage,
} from '../../../src/data/import/store';
import { generateNetwork } from './generateNetwork';

const { gexf } = generateNetwork(200, 600);

class FakeWorker implements ImportWorkerLike {
  onmessage: ImportWorkerLike['onmessage'] = null;
  onerror: ImportWorkerLike['onerror'] = null;
  terminated = false;
  posted = 0;
  constructor(private readonly storage: ImportStorage) {}
  postMessage(message: ImportWorkerRequest): void {
    this.posted++;
    const data = structuredClone(message);
    setTimeout(() => {
      void handleImportRequest(
        data,
        (response: ImportWorkerResponse) => {
          const copy = structuredClone(response);
          setTimeout(() => {
            if (!this.terminated) this.onmessage?.({ data: copy });
          }, 0);
        },
        this.storage,
      );
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('importOffThread', () => {
  it('falls back to this thread without Worker, with the same file, and saves it', async () => {
    expect(typeof Worker).toBe('undefined');
    const storage = memoryStorage();
    const answer = await importOffThread(
      { input: gexf, options: { fileName: 'net.gexf', year: 2026 }, saveAs: 'net.gexf' },
      { storage },
    );
    const direct = await importNetwork(gexf, { fileName: 'net.gexf', year: 2026 });
    expect(answer.result).toEqual(direct);
    expect(answer.saved?.name).toBe('net.gexf');
    const loaded = await loadImport(answer.saved?.id ?? '', { storage });
    expect(loaded.ok && loaded.value.kind === 'network' && loaded.value.file).toEqual(
      direct.ok && direct.file,
    );
  });

  it('gives the same file, progress and saved import through a worker, then terminates it', async () => {
    const storage = memoryStorage();
    const worker = new FakeWorker(storage);
    const fractions: number[] = [];
    const answer = await importOffThread(
      { input: gexf, options: { fileName: 'net.gexf', year: 2026 }, saveAs: 'mine' },
      { createWorker: () => worker, onProgress: (f) => fractions.push(f) },
    );
    expect(answer.result).toEqual(await importNetwork(gexf, { fileName: 'net.gexf', year: 2026 }));
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.length).toBeGreaterThan(2);
    expect(worker.terminated).toBe(true);
    const list = await listImports({ storage });
    expect(list.ok && list.value.map((s) => s.name)).toEqual(['mine']);
  });

  it('resolves a bad file with its problems and saves nothing', async () => {
    const storage = memoryStorage();
    const answer = await importOffThread(
      { input: '<gexf><graph><nodes>', options: { fileName: 'bad.gexf' }, saveAs: 'bad' },
      { createWorker: () => new FakeWorker(storage) },
    );
    expect(answer.result.ok).toBe(false);
    expect(!answer.result.ok && answer.result.problems[0]?.code).toBe('invalid-xml');
    expect(answer.saved).toBeUndefined();
    const list = await listImports({ storage });
    expect(list.ok && list.value).toEqual([]);
  });

  it('terminates the worker and rejects with an AbortError on abort', async () => {
    const worker = new FakeWorker(memoryStorage());
    const controller = new AbortController();
    const running = importOffThread(
      { input: gexf, options: { fileName: 'net.gexf' } },
      { createWorker: () => worker, signal: controller.signal },
    );
    controller.abort();
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker.terminated).toBe(true);
    const before = new AbortController();
    before.abort();
    const other = new FakeWorker(memoryStorage());
    await expect(
      importOffThread(
        { input: gexf, options: { fileName: 'net.gexf' } },
        { createWorker: () => other, signal: before.signal },
      ),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(other.posted).toBe(0);
  });

  it('rejects with the cause when the worker dies', async () => {
    const dying: ImportWorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage() {
        setTimeout(() => this.onerror?.(new Event('error')), 0);
      },
      terminate() {},
    };
    await expect(
      importOffThread(
        { input: gexf, options: { fileName: 'net.gexf' } },
        { createWorker: () => dying },
      ),
    ).rejects.toThrow('the import worker stopped');
  });
});

describe('readTableOffThread', () => {
  const csv = 'Namn;Typ\nLunds universitet;universitet\nYstad;kommun\n';

  it('reads the same table in this thread and through a worker', async () => {
    const direct = await parseTable(csv, { fileName: 'list.csv' });
    expect(await readTableOffThread(csv, { fileName: 'list.csv' })).toEqual(direct);
    const worker = new FakeWorker(memoryStorage());
    const fractions: number[] = [];
    const table = await readTableOffThread(
      csv,
      { fileName: 'list.csv' },
      { createWorker: () => worker, onProgress: (f) => fractions.push(f) },
    );
    expect(table).toEqual(direct);
    expect(fractions.at(-1)).toBe(1);
    expect(worker.terminated).toBe(true);
  });

  it('refuses a table over the row limit in the worker, naming the limit', async () => {
    const rows = ['Namn', ...Array.from({ length: 30 }, (_, i) => `Org ${i}`)].join('\n');
    const table = await readTableOffThread(
      rows,
      { fileName: 'big.csv', limits: { maxRows: 20 } },
      { createWorker: () => new FakeWorker(memoryStorage()) },
    );
    expect(table.rows).toEqual([]);
    expect(table.problems).toEqual([expect.objectContaining({ code: 'too-many-rows', value: 20 })]);
  });
});
