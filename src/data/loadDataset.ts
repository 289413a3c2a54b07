/**
 * Loads the bundled graph and builds the in-memory dataset. The bundled file was validated
 * in full by the data build (scripts/build-data.ts, `data:check` in CI), so at run time it
 * gets only a cheap shape check ({@link checkBundledGraph}, linear, no zod); anything a
 * user brings in goes through the full zod schema (datasetFromJson, in its own module so
 * that zod is not loaded at start). The web build
 * fetches data/graph.json as a JSON asset (parsed off the JS path, not counted as script);
 * the single-file standalone build keeps it inside its one page. Failures carry a readable
 * reason.
 */
import graphUrl from '../../data/graph.json?url';
import { createDataset, type Dataset } from './dataset';
import { GRAPH_FORMAT_VERSION } from './graphFormat';
import type { GraphFile } from './graphSchema';

export class DatasetError extends Error {
  override name = 'DatasetError';
}

const NODE_PREFIX = { organisation: 'org:', collaboration: 'col:', person: 'person:' } as const;
const EDGE_KINDS = new Set(['membership', 'seat']);

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The cheap run-time check of the bundled graph file: the format version, the top-level
 * shape, and for every node and edge the fields the app indexes by (id, kind with its id
 * prefix, label, the ends of each edge naming nodes in the file). Meant for a file the
 * data build has validated in full, to catch a damaged or outdated deployment in one
 * linear pass; it does not check every field as datasetFromJson does. Returns the
 * file typed, or throws DatasetError naming the first problem (`nodes.12.kind: …`).
 */
export function checkBundledGraph(json: unknown): GraphFile {
  const fail = (path: string, message: string): never => {
    throw new DatasetError(path ? `${path}: ${message}` : message);
  };
  if (!isObject(json)) return fail('', 'the graph file is not a JSON object');
  if (json.format !== GRAPH_FORMAT_VERSION)
    fail('format', `expected format ${GRAPH_FORMAT_VERSION}, got ${JSON.stringify(json.format)}`);
  if (typeof json.dataAsOf !== 'string') fail('dataAsOf', 'expected a date string');
  for (const key of ['sources', 'fundingProgrammes', 'nodes', 'edges'] as const)
    if (!Array.isArray(json[key])) fail(key, 'expected an array');
  const positions = json.positions;
  if (!isObject(positions)) return fail('positions', 'expected an object');
  for (const view of ['affiliation', 'network'] as const)
    if (!isObject(positions[view])) fail(`positions.${view}`, 'expected an object');

  const ids = new Set<string>();
  (json.nodes as unknown[]).forEach((node, i) => {
    const at = `nodes.${i}`;
    if (!isObject(node)) return fail(at, 'expected an object');
    const { id, kind } = node;
    if (kind !== 'organisation' && kind !== 'collaboration' && kind !== 'person')
      return fail(`${at}.kind`, 'expected organisation, collaboration or person');
    if (typeof id !== 'string' || !id.startsWith(NODE_PREFIX[kind]))
      fail(`${at}.id`, `expected a string starting with ${NODE_PREFIX[kind]}`);
    if (typeof node.label !== 'string') fail(`${at}.label`, 'expected a string');
    if (!Array.isArray(node.aliases)) fail(`${at}.aliases`, 'expected an array');
    ids.add(id as string);
  });
  (json.edges as unknown[]).forEach((edge, i) => {
    const at = `edges.${i}`;
    if (!isObject(edge)) return fail(at, 'expected an object');
    if (typeof edge.id !== 'string') fail(`${at}.id`, 'expected a string');
    if (typeof edge.kind !== 'string' || !EDGE_KINDS.has(edge.kind))
      fail(`${at}.kind`, 'expected membership or seat');
    for (const end of ['source', 'target'] as const) {
      const value = edge[end];
      if (typeof value !== 'string' || !ids.has(value))
        fail(`${at}.${end}`, `expected the id of a node in the file, got ${JSON.stringify(value)}`);
    }
    if (!Array.isArray(edge.evidence)) fail(`${at}.evidence`, 'expected an array');
  });
  // Checked above as far as the app relies on it; the data build checked the rest.
  return json as unknown as GraphFile;
}

/** The dataset from an already parsed bundled graph file (cheap check, see above). */
export function datasetFromBundled(json: unknown): Dataset {
  return createDataset(checkBundledGraph(json));
}

async function fetchBundled(): Promise<unknown> {
  if (import.meta.env.VITE_STANDALONE) return (await import('../../data/graph.json')).default;
  const response = await fetch(graphUrl);
  if (!response.ok) throw new DatasetError(`${graphUrl}: HTTP ${response.status}`);
  return response.json();
}

/** The bundled dataset: fetched, checked cheaply, indexed. */
export async function loadDataset(): Promise<Dataset> {
  return datasetFromBundled(await fetchBundled());
}
