/**
 * A big GraphFile moved between threads without one long task: the sender splits it
 * into JSON texts of a few thousand nodes, edges or positions each (strings cross
 * postMessage and IndexedDB as one cheap copy, where a 10k-organisation network's
 * 160,000 objects take seconds to structured-clone); the receiver parses them one slice
 * per macrotask, so the page keeps painting and a cancel still lands. Pure JSON: the
 * joined file equals the split one (GraphFiles hold only JSON values).
 */
import type { GraphFile } from '../graphSchema';
import { pause, type LongTaskOptions } from './progress';

/** A GraphFile as JSON slices; plain strings, structured-clone safe. */
export interface ChunkedGraphFile {
  /** The file without nodes, edges and positions. */
  head: string;
  nodes: string[];
  edges: string[];
  positions: { affiliation: string[]; network: string[] };
}

/** Items per slice by default: a few milliseconds of JSON.parse each. */
export const DEFAULT_CHUNK = 4000;

function slices<T>(items: readonly T[], size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < items.length; i += size) out.push(JSON.stringify(items.slice(i, i + size)));
  return out;
}

/** Splits a GraphFile into JSON slices of at most `size` items (default DEFAULT_CHUNK). */
export function splitGraphFile(file: GraphFile, size = DEFAULT_CHUNK): ChunkedGraphFile {
  const { nodes, edges, positions, ...rest } = file;
  return {
    head: JSON.stringify(rest),
    nodes: slices(nodes, size),
    edges: slices(edges, size),
    positions: {
      affiliation: slices(Object.entries(positions.affiliation), size),
      network: slices(Object.entries(positions.network), size),
    },
  };
}

/**
 * Parses the slices back into the GraphFile, yielding to the event loop between slices.
 * Progress runs 0..1 over the slices; rejects with the signal's reason on abort.
 */
export async function joinGraphFile(
  chunked: ChunkedGraphFile,
  options: LongTaskOptions = {},
): Promise<GraphFile> {
  const total =
    chunked.nodes.length +
    chunked.edges.length +
    chunked.positions.affiliation.length +
    chunked.positions.network.length;
  let done = 0;
  const step = async () => {
    done++;
    options.onProgress?.(done / Math.max(1, total));
    await pause(options.signal);
  };
  options.onProgress?.(0);
  const file = JSON.parse(chunked.head) as GraphFile;
  file.nodes = [];
  file.edges = [];
  file.positions = { affiliation: {}, network: {} };
  for (const text of chunked.nodes) {
    for (const node of JSON.parse(text) as GraphFile['nodes']) file.nodes.push(node);
    await step();
  }
  for (const text of chunked.edges) {
    for (const edge of JSON.parse(text) as GraphFile['edges']) file.edges.push(edge);
    await step();
  }
  for (const view of ['affiliation', 'network'] as const) {
    const target = file.positions[view];
    for (const text of chunked.positions[view]) {
      for (const [id, p] of JSON.parse(text) as [string, [number, number]][]) target[id] = p;
      await step();
    }
  }
  options.onProgress?.(1);
  return file;
}
