/**
 * The import store against the in-memory adapter (fake-indexeddb is not installed):
 * save, list newest first with counts, load (validated), replace, remove, and failures
 * of the storage or of saved data come back as problems.
 */
import { describe, expect, it } from 'vitest';
import { matchOrganisations } from '../../../src/data/import/matchOrganisations';
import {
  listImports,
  loadImport,
  memoryStorage,
  removeImport,
  saveImport,
  type ImportStorage,
  type StoredImport,
} from '../../../src/data/import/store';
import { tinyGraphFile } from '../../fixtures/tinyDataset';
import { matcherDataset } from './fixtures';

const clock = (iso: string) => () => new Date(iso);

describe('import store', () => {
  it('drops a damaged home from a saved list and keeps the rest', async () => {
    const storage = memoryStorage();
    await storage.set('import:l9', {
      kind: 'list',
      columns: [],
      rows: [],
      rowNumbers: [],
      matches: [],
      home: 7,
    });
    const loaded = await loadImport('l9', { storage });
    expect(loaded.ok && loaded.value.kind === 'list' && 'home' in loaded.value).toBe(false);
    expect(loaded.ok && loaded.value.kind === 'list' && loaded.value.matches).toEqual([]);
  });

  it('saves, lists newest first with counts, loads, and removes', async () => {
    const storage = memoryStorage();
    const network: StoredImport = { kind: 'network', file: tinyGraphFile() };
    const { matches } = await matchOrganisations([['Region Skåne'], ['Okänd']], matcherDataset(), {
      columns: { name: 0 },
    });
    const list: StoredImport = {
      kind: 'list',
      columns: ['Namn'],
      rows: [['Region Skåne'], ['Okänd']],
      rowNumbers: [2, 3],
      matches,
      home: 'org:lund-university',
    };
    const saved = await saveImport('nätverk.gexf', network, {
      storage,
      now: clock('2026-01-01T10:00:00Z'),
      id: 'n1',
    });
    await saveImport('partners.xlsx', list, {
      storage,
      now: clock('2026-02-01T10:00:00Z'),
      id: 'l1',
    });
    expect(saved).toEqual({
      ok: true,
      value: {
        id: 'n1',
        name: 'nätverk.gexf',
        kind: 'network',
        savedAt: '2026-01-01T10:00:00.000Z',
        counts: { organisations: 4, collaborations: 3, memberships: 7 },
      },
    });
    const listed = await listImports({ storage });
    expect(listed.ok && listed.value.map((s) => [s.id, s.counts])).toEqual([
      ['l1', { rows: 2, matched: 1 }],
      ['n1', { organisations: 4, collaborations: 3, memberships: 7 }],
    ]);
    const loaded = await loadImport('n1', { storage });
    expect(loaded.ok && loaded.value.kind === 'network' && loaded.value.file.nodes.length).toBe(
      network.file.nodes.length,
    );
    const loadedList = await loadImport('l1', { storage });
    expect(loadedList.ok && loadedList.value.kind === 'list' && loadedList.value.matches).toEqual(
      matches,
    );
    // The home organisation the list was read against is kept with it.
    expect(loadedList.ok && loadedList.value.kind === 'list' && loadedList.value.home).toBe(
      'org:lund-university',
    );
    await removeImport('n1', { storage });
    const after = await listImports({ storage });
    expect(after.ok && after.value.map((s) => s.id)).toEqual(['l1']);
    expect((await loadImport('n1', { storage })).ok).toBe(false);
  });

  it('replaces an import saved under the same id', async () => {
    const storage = memoryStorage();
    const file = tinyGraphFile();
    await saveImport('a', { kind: 'network', file }, { storage, id: 'x' });
    await saveImport('b', { kind: 'network', file }, { storage, id: 'x' });
    const listed = await listImports({ storage });
    expect(listed.ok && listed.value.map((s) => s.name)).toEqual(['b']);
  });

  it('refuses a saved network that no longer fits the schema, and an unknown id', async () => {
    const storage = memoryStorage();
    await storage.set('import:old', { kind: 'network', file: { format: 0, nodes: [] } });
    const old = await loadImport('old', { storage });
    expect(old.ok).toBe(false);
    expect(!old.ok && old.problems[0]?.code).toBe('invalid-graph');
    const missing = await loadImport('nope', { storage });
    expect(!missing.ok && missing.problems[0]).toMatchObject({ code: 'not-found', value: 'nope' });
  });

  it('turns storage failures (private mode, quota) into problems', async () => {
    const failing: ImportStorage = {
      get: () => Promise.reject(new Error('QuotaExceededError')),
      set: () => Promise.reject(new Error('QuotaExceededError')),
      del: () => Promise.reject(new Error('QuotaExceededError')),
    };
    for (const result of [
      await listImports({ storage: failing }),
      await saveImport('a', { kind: 'network', file: tinyGraphFile() }, { storage: failing }),
      await loadImport('a', { storage: failing }),
      await removeImport('a', { storage: failing }),
    ]) {
      expect(result.ok).toBe(false);
      expect(!result.ok && result.problems[0]?.code).toBe('storage-unavailable');
    }
  });

  it('writes a network as JSON slices and reads it back; older whole ones still load', async () => {
    const storage = memoryStorage();
    const file = tinyGraphFile();
    await saveImport('n', { kind: 'network', file }, { storage, id: 'n2' });
    const payload = (await storage.get('import:n2')) as Record<string, unknown>;
    expect(Object.keys(payload).sort()).toEqual(['chunked', 'kind']);
    const loaded = await loadImport('n2', { storage });
    expect(loaded.ok && loaded.value.kind === 'network' && loaded.value.file).toEqual(file);
    await storage.set('import:old2', { kind: 'network', file });
    const old = await loadImport('old2', { storage });
    expect(old.ok && old.value.kind === 'network' && old.value.file).toEqual(file);
  });

  it('refuses damaged slices of a saved network', async () => {
    const storage = memoryStorage();
    await storage.set('import:bad', {
      kind: 'network',
      chunked: { head: '{', nodes: [], edges: [], positions: { affiliation: [], network: [] } },
    });
    const bad = await loadImport('bad', { storage });
    expect(!bad.ok && bad.problems[0]?.code).toBe('invalid-graph');
    await storage.set('import:bad2', {
      kind: 'network',
      chunked: {
        head: '{"format":0}',
        nodes: ['[]'],
        edges: [],
        positions: { affiliation: [], network: [] },
      },
    });
    const outdated = await loadImport('bad2', { storage });
    expect(!outdated.ok && outdated.problems[0]?.code).toBe('invalid-graph');
  });
});
