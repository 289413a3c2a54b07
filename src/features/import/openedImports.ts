/**
 * The imported networks this tab has opened, kept in memory by id so switching back and
 * forth does not read IndexedDB again, and the loader that reads one from the import store
 * (validated there) when it is not in memory. Module state, not store state: a GraphFile
 * is data, not view state.
 */
import type { GraphFile } from '../../data/graphSchema';
import { listImports, loadImport, type StoreOptions } from '../../data/import/store';

export interface OpenedNetwork {
  id: string;
  name: string;
  file: GraphFile;
}

const opened = new Map<string, OpenedNetwork>();

/** Remembers a network just imported (before it is shown), so it opens without a read. */
export function rememberNetwork(network: OpenedNetwork): void {
  opened.set(network.id, network);
}

/** The network with `id` if this tab has it in memory (imported or opened), else null. */
export function openedNetwork(id: string): OpenedNetwork | null {
  return opened.get(id) ?? null;
}

/** Forgets a network (after it was removed from the store). */
export function forgetNetwork(id: string): void {
  opened.delete(id);
}

/**
 * The network with `id`: from memory, else from the import store. Resolves null when it
 * is missing, damaged or not a network (the caller falls back to the bundled data).
 */
export async function openNetwork(
  id: string,
  options: StoreOptions = {},
): Promise<OpenedNetwork | null> {
  const known = opened.get(id);
  if (known) return known;
  const loaded = await loadImport(id, options);
  if (!loaded.ok || loaded.value.kind !== 'network') return null;
  const index = await listImports(options);
  const name = (index.ok ? index.value.find((s) => s.id === id)?.name : undefined) ?? id;
  const network = { id, name, file: loaded.value.file };
  opened.set(id, network);
  return network;
}

/**
 * The view to open a network in: 'network' (organisation–organisation) when every
 * collaboration is a two-member tie made from a plain edge (ids `col:tie-…`), where the
 * affiliation view would draw one extra node per tie; else 'affiliation'.
 */
export function preferredView(file: GraphFile): 'affiliation' | 'network' {
  const collaborations = file.nodes.filter((n) => n.kind === 'collaboration');
  return collaborations.length > 0 && collaborations.every((n) => n.id.startsWith('col:tie-'))
    ? 'network'
    : 'affiliation';
}
