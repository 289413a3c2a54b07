/**
 * The drawn graph in file formats that other tools read: CSV tables of nodes and links,
 * GEXF (Gephi) through graphology-gexf, and GraphML (yEd, Cytoscape desktop, Gephi).
 * graphology-graphml only parses, so GraphML is written here and tested by parsing it back
 * with graphology-graphml. Pure: the same ViewGraph always gives the same text.
 */
import Graph from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import type { Attributes } from 'graphology-types';
import type { Dataset } from '../data/dataset';
import { toCsv } from './csv';
import type { ViewGraph, ViewLink } from './viewGraph';

export const GRAPH_FORMATS = ['gexf', 'graphml'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

export interface GraphExportOptions {
  /** Node positions in screen coordinates (y down); written with y pointing up, as in Gephi. */
  positions?: Readonly<Record<string, { x: number; y: number }>>;
  /** Colour per node id (`#rrggbb`), written as the node's colour. */
  colours?: ReadonlyMap<string, string>;
  /** Written into the file's metadata (GEXF description, GraphML graph attribute). */
  description?: string;
}

/** Role text of a link: membership roles or seats as `body:role`, joined by `;`. */
function roleOf(link: ViewLink): string {
  if (link.kind === 'membership') return link.roles.join(';');
  if (link.kind === 'seat') return link.seats.map((s) => `${s.body}:${s.role}`).join(';');
  return '';
}

/** Collaboration ids behind a link: the collaboration end, or the tie's shared ones. */
function collaborationsOf(link: ViewLink): string[] {
  return link.kind === 'tie' ? link.collaborations : [link.target];
}

/** CSV of the drawn nodes: id, label, kind, type, links (number drawn in this view). */
export function nodesCsv(data: Dataset, graph: ViewGraph): string {
  const rows = graph.nodes.map((n) => {
    const node = data.nodeById.get(n.id);
    return [n.id, node?.label ?? n.id, node?.kind ?? '', node?.type ?? '', n.links];
  });
  return toCsv(['id', 'label', 'kind', 'type', 'links'], rows);
}

/**
 * CSV of the drawn links: source, target, kind (membership, seat, tie), role (membership
 * roles or seats, `;`-separated), weight (shared collaborations for ties, else 1) and the
 * collaboration ids behind the link (`;`-separated).
 */
export function edgesCsv(graph: ViewGraph): string {
  const rows = graph.links.map((l) => [
    l.source,
    l.target,
    l.kind,
    roleOf(l),
    l.weight,
    collaborationsOf(l).join(';'),
  ]);
  return toCsv(['source', 'target', 'kind', 'role', 'weight', 'collaborations'], rows);
}

/**
 * A graphology graph of the view: directed (organisation or person → collaboration) in the
 * affiliation view, undirected ties in the network view. Node attributes: label, kind,
 * type, links, strength, and x/y/color when given; edge attributes: kind, role, weight,
 * collaborations (`;`-separated ids), role and implied (memberships and seats only).
 */
export function toGraphology(
  data: Dataset,
  graph: ViewGraph,
  options: GraphExportOptions = {},
): Graph {
  const g = new Graph({ type: graph.view === 'network' ? 'undirected' : 'directed' });
  g.setAttribute('creator', 'Samverkanskartan');
  if (options.description) g.setAttribute('description', options.description);
  for (const n of graph.nodes) {
    const node = data.nodeById.get(n.id);
    const attributes: Attributes = {
      label: node?.label ?? n.id,
      kind: node?.kind ?? '',
      type: node?.type ?? '',
      links: n.links,
      strength: n.strength,
    };
    const p = options.positions?.[n.id];
    if (p) {
      attributes.x = round(p.x);
      attributes.y = round(-p.y) || 0;
    }
    const colour = options.colours?.get(n.id);
    if (colour) attributes.color = colour;
    g.addNode(n.id, attributes);
  }
  for (const l of graph.links) {
    if (!g.hasNode(l.source) || !g.hasNode(l.target)) continue;
    const attributes: Attributes = {
      kind: l.kind,
      weight: l.weight,
      collaborations: collaborationsOf(l).join(';'),
    };
    const role = roleOf(l);
    if (role) attributes.role = role;
    if (l.kind === 'membership') attributes.implied = l.implied;
    g.addEdgeWithKey(l.id, l.source, l.target, attributes);
  }
  return g;
}

const round = (v: number) => Math.round(v * 100) / 100;

/** GEXF 1.3 of the view (Gephi); positions and colours go into `viz:` elements. */
export function toGexf(data: Dataset, graph: ViewGraph, options: GraphExportOptions = {}): string {
  return writeGexf(toGraphology(data, graph, options), { pedantic: true, version: '1.3' });
}

/** Characters XML 1.0 forbids, dropped from text. */
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

type GraphmlType = 'boolean' | 'int' | 'double' | 'string';

function typeOf(value: unknown): GraphmlType | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'double';
  return 'string';
}

/** The wider of two GraphML types (string > double > int; boolean only with boolean). */
function widen(a: GraphmlType | undefined, b: GraphmlType): GraphmlType {
  if (!a || a === b) return b;
  if ((a === 'int' && b === 'double') || (a === 'double' && b === 'int')) return 'double';
  return 'string';
}

const HEX = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i;

/** Attributes as written: a `#rrggbb` colour becomes r, g, b (what Gephi and yEd read). */
function flatten(attributes: Attributes): Attributes {
  const out: Attributes = {};
  for (const [name, value] of Object.entries(attributes) as [string, unknown][]) {
    const match = name === 'color' && typeof value === 'string' ? HEX.exec(value) : null;
    if (match) {
      out.r = parseInt(match[1] ?? '0', 16);
      out.g = parseInt(match[2] ?? '0', 16);
      out.b = parseInt(match[3] ?? '0', 16);
    } else out[name] = value;
  }
  return out;
}

interface Key {
  id: string;
  name: string;
  type: GraphmlType;
}

function keysFor(items: Attributes[], prefix: string): Key[] {
  const types = new Map<string, GraphmlType>();
  for (const attributes of items) {
    for (const [name, value] of Object.entries(attributes)) {
      const type = typeOf(value);
      if (type) types.set(name, widen(types.get(name), type));
    }
  }
  return [...types].map(([name, type], i) => ({ id: `${prefix}${i}`, name, type }));
}

function dataLines(keys: readonly Key[], attributes: Attributes, indent: string): string[] {
  const lines: string[] = [];
  for (const key of keys) {
    const value: unknown = attributes[key.name];
    if (value === undefined || value === null) continue;
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    lines.push(`${indent}<data key="${key.id}">${escapeXml(text)}</data>`);
  }
  return lines;
}

/**
 * GraphML of any graphology graph: one `<key>` per attribute with its inferred type,
 * `edgedefault` from the graph type (mixed graphs mark undirected edges explicitly).
 */
export function graphologyToGraphml(g: Graph): string {
  const graphAttributes = g.getAttributes();
  const nodes = g.mapNodes((id, attributes) => ({ id, attributes: flatten(attributes) }));
  const edges = g.mapEdges((id, attributes, source, target, _s, _t, undirected) => ({
    id,
    source,
    target,
    undirected,
    attributes: flatten(attributes),
  }));
  const graphKeys = keysFor([graphAttributes], 'g');
  const nodeKeys = keysFor(
    nodes.map((n) => n.attributes),
    'n',
  );
  const edgeKeys = keysFor(
    edges.map((e) => e.attributes),
    'e',
  );
  // graphology-graphml reads only directed="true" as an exception to the default, so a
  // mixed graph defaults to undirected and marks its directed edges.
  const directedDefault = g.type === 'directed';
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  const keyLine = (domain: string, k: Key) =>
    `  <key id="${k.id}" for="${domain}" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`;
  lines.push(...graphKeys.map((k) => keyLine('graph', k)));
  lines.push(...nodeKeys.map((k) => keyLine('node', k)));
  lines.push(...edgeKeys.map((k) => keyLine('edge', k)));
  lines.push(`  <graph id="G" edgedefault="${directedDefault ? 'directed' : 'undirected'}">`);
  lines.push(...dataLines(graphKeys, graphAttributes, '    '));
  for (const node of nodes) {
    lines.push(`    <node id="${escapeXml(node.id)}">`);
    lines.push(...dataLines(nodeKeys, node.attributes, '      '));
    lines.push('    </node>');
  }
  for (const edge of edges) {
    const directed = g.type === 'mixed' && !edge.undirected ? ' directed="true"' : '';
    lines.push(
      `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}"${directed}>`,
    );
    lines.push(...dataLines(edgeKeys, edge.attributes, '      '));
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

/** GraphML of the view (see toGraphology for the attributes). */
export function toGraphml(
  data: Dataset,
  graph: ViewGraph,
  options: GraphExportOptions = {},
): string {
  return graphologyToGraphml(toGraphology(data, graph, options));
}
