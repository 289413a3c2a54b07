/**
 * The cheap run-time check of the bundled graph (loadDataset.ts): it accepts the real
 * data/graph.json and gives the same dataset as the full schema, and it rejects a damaged
 * or outdated file with a message naming the place; the full zod check stays for imports.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetFromJson } from '../../src/data/datasetFromJson';
import { checkBundledGraph, DatasetError, datasetFromBundled } from '../../src/data/loadDataset';

const text = readFileSync(new URL('../../data/graph.json', import.meta.url), 'utf8');
const real = () =>
  JSON.parse(text) as Record<string, unknown> & {
    nodes: Record<string, unknown>[];
    edges: Record<string, unknown>[];
    positions: Record<string, unknown>;
  };

/** The error checkBundledGraph throws for `json`, or null when it accepts it. */
function rejection(json: unknown): DatasetError | null {
  try {
    checkBundledGraph(json);
    return null;
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
}

describe('checkBundledGraph', () => {
  it('accepts the real bundled graph and builds the same dataset as the full schema', () => {
    expect(rejection(real())).toBeNull();
    const cheap = datasetFromBundled(real());
    const full = datasetFromJson(real());
    expect(cheap.file).toEqual(full.file);
    expect([...cheap.nodeById.keys()]).toEqual([...full.nodeById.keys()]);
    expect(cheap.memberships.length).toBe(full.memberships.length);
    expect(cheap.seats.length).toBe(full.seats.length);
  });

  it('rejects what is not a graph file', () => {
    expect(rejection(null)?.message).toBe('the graph file is not a JSON object');
    expect(rejection([])?.message).toBe('the graph file is not a JSON object');
  });

  it('rejects an outdated format version, naming the versions', () => {
    const file = { ...real(), format: 1 };
    expect(rejection(file)?.message).toBe('format: expected format 2, got 1');
  });

  it('rejects a missing list or positions object', () => {
    const noEdges: Record<string, unknown> = real();
    delete noEdges.edges;
    expect(rejection(noEdges)?.message).toBe('edges: expected an array');
    const file = real();
    file.positions = { affiliation: {} };
    expect(rejection(file)?.message).toBe('positions.network: expected an object');
  });

  it('rejects a node of an unknown kind or with an id of the wrong kind', () => {
    const file = real();
    file.nodes[12] = { ...file.nodes[12], kind: 'city' };
    expect(rejection(file)?.message).toBe(
      'nodes.12.kind: expected organisation, collaboration or person',
    );
    const other = real();
    const org = other.nodes.findIndex((n) => n.kind === 'organisation');
    other.nodes[org] = { ...other.nodes[org], id: 'col:not-an-organisation' };
    expect(rejection(other)?.message).toBe(`nodes.${org}.id: expected a string starting with org:`);
  });

  it('rejects a node without a label', () => {
    const file = real();
    delete file.nodes[3]?.label;
    expect(rejection(file)?.message).toBe('nodes.3.label: expected a string');
  });

  it('rejects an edge whose end is not a node of the file', () => {
    const file = real();
    file.edges[7] = { ...file.edges[7], target: 'col:gone' };
    expect(rejection(file)?.message).toBe(
      'edges.7.target: expected the id of a node in the file, got "col:gone"',
    );
  });

  it('rejects an edge of an unknown kind', () => {
    const file = real();
    file.edges[0] = { ...file.edges[0], kind: 'friendship' };
    expect(rejection(file)?.message).toBe('edges.0.kind: expected membership or seat');
  });

  it('leaves the full check to imports: a field only zod checks passes here, not there', () => {
    const file = real();
    const col = file.nodes.findIndex((n) => n.kind === 'collaboration');
    file.nodes[col] = { ...file.nodes[col], description: 42 };
    expect(rejection(file)).toBeNull();
    expect(() => datasetFromJson(file)).toThrow(DatasetError);
    expect(() => datasetFromJson(file)).toThrow(`nodes.${col}.description`);
  });
});
