/**
 * The drawn graph in files other tools read — GEXF 1.3 (Gephi, Gephi Lite), GEXF 1.2draft
 * (NetworkX), GraphML 1.0 and CSV node and edge lists — meaning what the app means: ties are
 * undirected (a membership's direction is the `from` attribute), `weight` is a strength,
 * `distance` = 1/weight is the length the app's path measures use, and the app's measures
 * ride along as node attributes with the view and filters they belong to in the metadata.
 * Writers are our own small escaped XML (no XML library in the bundle) and are pure.
 */
import type { Dataset } from '../data/dataset';
import type { Evidence } from '../data/graphSchema';
import type { MetricsResult } from '../metrics/types';
import { toCsv } from './csv';
import { escapeMarkup, xmlChars } from './markup';
import type { ViewGraph, ViewLink } from './viewGraph';

export const GRAPH_FORMATS = ['gexf', 'gexf12', 'graphml'] as const;
/** `gexf`: GEXF 1.3 (Gephi); `gexf12`: GEXF 1.2draft (NetworkX); `graphml`: GraphML 1.0. */
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

/** A value of a node or edge attribute; null/undefined means "no value" (not written). */
export type AttributeValue = string | number | boolean | null | undefined;
/** Attribute types, as GEXF names them (GraphML: integer → int). */
export type AttributeType = 'string' | 'integer' | 'double' | 'boolean';

export interface AttributeSpec {
  /** Attribute name: letters, digits, `_` (an XML NMTOKEN, as GraphML needs). */
  name: string;
  type: AttributeType;
}

export interface ExportNode {
  id: string;
  label: string;
  attributes: Readonly<Record<string, AttributeValue>>;
  /** `#rrggbb`, written as viz:color (GEXF) and r, g, b (GraphML). */
  colour?: string;
  /** File coordinates (y up, as Gephi draws them). */
  position?: { x: number; y: number };
  /** Drawn size (diameter in px), written as viz:size (GEXF) and size (GraphML). */
  size?: number;
}

export interface ExportEdge {
  /** The app's id; GEXF keeps it as the edge id, GraphML in the `app_id` key. */
  id: string;
  source: string;
  target: string;
  /** A strength (> 0): more shared collaborations = a closer tie. */
  weight: number;
  attributes: Readonly<Record<string, AttributeValue>>;
}

/** An undirected graph ready to be written; every writer below takes one. */
export interface ExportGraph {
  /** Graph-level facts (view, filters, conventions), in order; names as AttributeSpec. */
  metadata: readonly (readonly [string, string])[];
  nodeAttributes: readonly AttributeSpec[];
  edgeAttributes: readonly AttributeSpec[];
  nodes: readonly ExportNode[];
  edges: readonly ExportEdge[];
}

/** The app's measures as node attributes, in display order. */
export const MEASURE_ATTRIBUTES: readonly AttributeSpec[] = [
  { name: 'degree', type: 'integer' },
  { name: 'weighted_degree', type: 'double' },
  { name: 'betweenness', type: 'double' },
  { name: 'closeness', type: 'double' },
  { name: 'pagerank', type: 'double' },
  { name: 'eigenvector', type: 'double' },
  { name: 'community', type: 'integer' },
];

/** What the view graph's metadata says about where it came from (shown in the file). */
export interface ExportContext {
  /** The view's title as the app shows it. */
  title?: string;
  /** The view's name in the UI language, e.g. "Nätverk". */
  viewLabel?: string;
  /** The active filters on one line ('' or absent: none). */
  filters?: string;
  /** Data date, e.g. "2022". */
  dataAsOf?: string;
}

export interface GraphExportOptions {
  /** Node positions in screen coordinates (y down); written with y pointing up, as in Gephi. */
  positions?: Readonly<Record<string, { x: number; y: number }>>;
  /** Colour per node id (`#rrggbb`), as the picture draws it (see exportColours). */
  colours?: ReadonlyMap<string, string>;
  /** Drawn size per node id (px), as the picture draws it (see exportAppearance). */
  sizes?: ReadonlyMap<string, number>;
  /**
   * The app's measures of this graph. Written only when `metrics.key` equals the view
   * graph's signature (measures of another graph are left out, and the metadata says none).
   */
  metrics?: MetricsResult | null;
  context?: ExportContext;
}

const NODE_ATTRIBUTES: readonly AttributeSpec[] = [
  { name: 'kind', type: 'string' },
  { name: 'type', type: 'string' },
  { name: 'links', type: 'integer' },
  { name: 'strength', type: 'double' },
];

const EDGE_ATTRIBUTES: readonly AttributeSpec[] = [
  { name: 'kind', type: 'string' },
  { name: 'distance', type: 'double' },
  { name: 'from', type: 'string' },
  { name: 'to', type: 'string' },
  { name: 'role', type: 'string' },
  { name: 'implied', type: 'boolean' },
  { name: 'collaborations', type: 'string' },
  { name: 'evidence', type: 'string' },
];

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

/** The evidence behind a membership or seat link as `source § section (p. n)`, `|`-joined. */
function evidenceOf(data: Dataset, link: ViewLink): string {
  let list: readonly { evidence: readonly Evidence[] }[] = [];
  if (link.kind === 'membership') {
    list = (data.membershipsByOrganisation.get(link.source) ?? []).filter(
      (m) => m.target === link.target,
    );
  } else if (link.kind === 'seat') {
    list = (data.seatsByPerson.get(link.source) ?? []).filter((s) => s.target === link.target);
  }
  const seen = new Set<string>();
  for (const item of list) {
    for (const e of item.evidence) {
      seen.add(`${e.source} § ${e.section}${e.page !== undefined ? ` (p. ${e.page})` : ''}`);
    }
  }
  return [...seen].join(' | ');
}

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * The graph the app computes on, as an export: every node and link of the view, undirected,
 * with label, kind, type, links and strength per node, and kind, weight (strength),
 * distance (1/weight), from/to (the membership's direction: organisation or person → its
 * collaboration), role, implied, collaborations and evidence per edge; positions, colours
 * and the measures when given (see GraphExportOptions). Links to nodes not in the view are
 * skipped.
 */
export function viewExportGraph(
  data: Dataset,
  graph: ViewGraph,
  options: GraphExportOptions = {},
): ExportGraph {
  const nodes: ExportNode[] = graph.nodes.map((n) => {
    const node = data.nodeById.get(n.id);
    const out: ExportNode = {
      id: n.id,
      label: node?.label ?? n.id,
      attributes: {
        kind: node?.kind ?? '',
        type: node?.type ?? '',
        links: n.links,
        strength: n.strength,
      },
    };
    const p = options.positions?.[n.id];
    if (p) out.position = { x: round(p.x), y: round(-p.y) || 0 };
    const colour = options.colours?.get(n.id);
    if (colour) out.colour = colour;
    const size = options.sizes?.get(n.id);
    if (size !== undefined) out.size = size;
    return out;
  });
  const ids = new Set(graph.nodes.map((n) => n.id));
  const edges: ExportEdge[] = [];
  for (const l of graph.links) {
    if (!ids.has(l.source) || !ids.has(l.target)) continue;
    const evidence = evidenceOf(data, l);
    edges.push({
      id: l.id,
      source: l.source,
      target: l.target,
      weight: l.weight,
      attributes: {
        kind: l.kind,
        distance: 1 / l.weight,
        from: l.kind === 'tie' ? null : l.source,
        to: l.kind === 'tie' ? null : l.target,
        role: roleOf(l) || null,
        implied: l.kind === 'membership' ? l.implied : null,
        collaborations: collaborationsOf(l).join(';'),
        evidence: evidence || null,
      },
    });
  }
  const base: ExportGraph = {
    metadata: viewMetadata(graph, options.context ?? {}),
    nodeAttributes: NODE_ATTRIBUTES,
    edgeAttributes: EDGE_ATTRIBUTES,
    nodes,
    edges,
  };
  const metrics = options.metrics;
  if (!metrics || metrics.key !== graph.signature) {
    return { ...base, metadata: [...base.metadata, ['measures', 'none']] };
  }
  return addMeasures(base, metrics, graph.view === 'network');
}

function viewMetadata(graph: ViewGraph, context: ExportContext): [string, string][] {
  const network = graph.view === 'network';
  const out: [string, string][] = [];
  if (context.title) out.push(['title', context.title]);
  out.push(['view', context.viewLabel ? `${graph.view} (${context.viewLabel})` : graph.view]);
  out.push(['filters', context.filters || 'none']);
  if (context.dataAsOf) out.push(['data_as_of', context.dataAsOf]);
  out.push(['graph_signature', graph.signature]);
  out.push(['directed', 'false']);
  out.push([
    'weight',
    network
      ? 'number of collaborations the two organisations share: a strength, not a distance'
      : 'every membership or seat counts 1',
  ]);
  return out;
}

/**
 * `graph` with the app's measures as node attributes (MEASURE_ATTRIBUTES; eigenvector left
 * out where it failed) and metadata saying how they were computed: with `weighted`,
 * betweenness and closeness use the edge attribute `distance` (= 1/weight), PageRank,
 * eigenvector and Louvain the `weight`; without, path lengths are steps.
 */
export function addMeasures(
  graph: ExportGraph,
  metrics: MetricsResult,
  weighted: boolean,
): ExportGraph {
  const nodes = graph.nodes.map((node) => {
    const m = metrics.nodes[node.id];
    if (!m) return node;
    return {
      ...node,
      attributes: {
        ...node.attributes,
        degree: m.degree,
        weighted_degree: m.weightedDegree,
        betweenness: metrics.failures.betweenness ? null : m.betweenness,
        closeness: metrics.failures.closeness ? null : m.closeness,
        pagerank: metrics.failures.pagerank ? null : m.pagerank,
        eigenvector: m.eigenvector,
        community: m.community,
      },
    };
  });
  const failed = Object.keys(metrics.failures);
  const metadata: (readonly [string, string])[] = [
    ...graph.metadata,
    [
      'measures',
      `${MEASURE_ATTRIBUTES.map((a) => a.name).join(', ')}: computed by Samverkanskartan for this view and these filters${metrics.estimate ? ' (betweenness and closeness estimated from a sample)' : ''}${failed.length > 0 ? `; failed: ${failed.join(', ')}` : ''}`,
    ],
    [
      'path_length',
      weighted
        ? 'betweenness and closeness use distance = 1/weight (NetworkX: weight="distance"); paths of equal length are equal within a relative 1e-10, so a tool comparing floating-point sums exactly may split a few ties differently (NetworkX with fractions.Fraction(1, weight) distances matches exactly)'
        : 'betweenness and closeness count steps (NetworkX: weight=None)',
    ],
    [
      'conventions',
      'undirected; betweenness normalised by (n-1)(n-2)/2 as NetworkX; closeness with the Wasserman-Faust correction (wf_improved); PageRank damping 0.85' +
        (weighted ? ', weighted by weight' : '') +
        '; eigenvector with unit Euclidean norm; community: seeded Louvain, 0 = largest',
    ],
  ];
  return {
    ...graph,
    metadata,
    nodeAttributes: [...graph.nodeAttributes, ...MEASURE_ATTRIBUTES],
    nodes,
  };
}

// ---- CSV ----

function attributeColumns(specs: readonly AttributeSpec[]) {
  return specs.map((s) => s.name);
}

const csvValue = (v: AttributeValue): string | number | null =>
  v === null || v === undefined ? null : typeof v === 'boolean' ? String(v) : v;

/** CSV of the nodes: id, label, every node attribute, x, y, colour (RFC 4180, BOM). */
export function nodeListCsv(graph: ExportGraph): string {
  const names = attributeColumns(graph.nodeAttributes);
  const rows = graph.nodes.map((n) => [
    n.id,
    n.label,
    ...names.map((name) => csvValue(n.attributes[name])),
    n.position?.x ?? null,
    n.position?.y ?? null,
    n.colour ?? null,
  ]);
  return toCsv(['id', 'label', ...names, 'x', 'y', 'colour'], rows);
}

/**
 * CSV edge list: id, source, target, weight (strength), then every edge attribute
 * (distance first). Undirected: source/target order carries no meaning (see from/to).
 */
export function edgeListCsv(graph: ExportGraph): string {
  const names = attributeColumns(graph.edgeAttributes);
  const rows = graph.edges.map((e) => [
    e.id,
    e.source,
    e.target,
    e.weight,
    ...names.map((name) => csvValue(e.attributes[name])),
  ]);
  return toCsv(['id', 'source', 'target', 'weight', ...names], rows);
}

// ---- XML helpers ----

/** Shortest text that reads back as the same double (finite numbers only). */
function numberText(v: number): string {
  return Number.isFinite(v) ? String(v) : '0';
}

function valueText(spec: AttributeSpec, value: AttributeValue): string | null {
  if (value === null || value === undefined) return null;
  if (spec.type === 'boolean') return value === true || value === 'true' ? 'true' : 'false';
  if (spec.type === 'integer') return String(Math.round(Number(value)));
  if (spec.type === 'double') return numberText(Number(value));
  return String(value);
}

const HEX = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i;

function rgb(colour: string | undefined): [number, number, number] | null {
  const m = colour ? HEX.exec(colour) : null;
  if (!m) return null;
  return [parseInt(m[1] ?? '0', 16), parseInt(m[2] ?? '0', 16), parseInt(m[3] ?? '0', 16)];
}

const attr = escapeMarkup;

/** The metadata on one line: `name: value; name: value`. */
export function metadataLine(graph: ExportGraph): string {
  return graph.metadata.map(([k, v]) => `${k}: ${v}`).join('; ');
}

// ---- GEXF ----

export type GexfVersion = '1.3' | '1.2draft';

const GEXF_NAMESPACES: Record<GexfVersion, { ns: string; viz: string; version: string }> = {
  '1.3': { ns: 'http://gexf.net/1.3', viz: 'http://gexf.net/1.3/viz', version: '1.3' },
  '1.2draft': {
    ns: 'http://www.gexf.net/1.2draft',
    viz: 'http://www.gexf.net/1.2draft/viz',
    version: '1.2',
  },
};

/** Date in xsd:date form for `lastmodifieddate`. */
function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * GEXF of an export graph, undirected (`defaultedgetype="undirected"`), in version 1.3 (what
 * Gephi writes; valid against the 1.3 RNG) or 1.2draft (what NetworkX reads; valid against the
 * 1.2draft XSD). Metadata goes into `<description>`; colours and positions into viz elements;
 * weights into the edge `weight`. No `xsi:schemaLocation` (the 1.3 RNG allows none) and no
 * edge `kind` (1.2draft has none). `date` defaults to now (only the date is written).
 */
export function toGexf(
  graph: ExportGraph,
  version: GexfVersion = '1.3',
  date: Date = new Date(),
): string {
  const { ns, viz, version: v } = GEXF_NAMESPACES[version];
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf xmlns="${ns}" xmlns:viz="${viz}" version="${v}">`,
    `  <meta lastmodifieddate="${isoDate(date)}">`,
    '    <creator>Samverkanskartan</creator>',
    `    <description>${escapeMarkup(metadataLine(graph))}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="undirected" mode="static">',
  ];
  const declare = (klass: 'node' | 'edge', specs: readonly AttributeSpec[]) => {
    if (specs.length === 0) return;
    lines.push(`    <attributes class="${klass}" mode="static">`);
    specs.forEach((s, i) => {
      lines.push(`      <attribute id="${i}" title="${attr(s.name)}" type="${s.type}"/>`);
    });
    lines.push('    </attributes>');
  };
  declare('node', graph.nodeAttributes);
  declare('edge', graph.edgeAttributes);
  const attvalues = (
    specs: readonly AttributeSpec[],
    values: Readonly<Record<string, AttributeValue>>,
    indent: string,
  ) => {
    const out: string[] = [];
    specs.forEach((s, i) => {
      const text = valueText(s, values[s.name]);
      if (text !== null) out.push(`${indent}  <attvalue for="${i}" value="${attr(text)}"/>`);
    });
    return out.length > 0 ? [`${indent}<attvalues>`, ...out, `${indent}</attvalues>`] : [];
  };
  lines.push(`    <nodes count="${graph.nodes.length}">`);
  for (const n of graph.nodes) {
    lines.push(`      <node id="${attr(n.id)}" label="${attr(n.label)}">`);
    lines.push(...attvalues(graph.nodeAttributes, n.attributes, '        '));
    const c = rgb(n.colour);
    if (c) lines.push(`        <viz:color r="${c[0]}" g="${c[1]}" b="${c[2]}"/>`);
    if (n.position) {
      lines.push(
        `        <viz:position x="${numberText(n.position.x)}" y="${numberText(n.position.y)}" z="0"/>`,
      );
    }
    if (n.size !== undefined) lines.push(`        <viz:size value="${numberText(n.size)}"/>`);
    lines.push('      </node>');
  }
  lines.push('    </nodes>', `    <edges count="${graph.edges.length}">`);
  for (const e of graph.edges) {
    lines.push(
      `      <edge id="${attr(e.id)}" source="${attr(e.source)}" target="${attr(e.target)}" weight="${numberText(e.weight)}">`,
    );
    lines.push(...attvalues(graph.edgeAttributes, e.attributes, '        '));
    lines.push('      </edge>');
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}

// ---- GraphML ----

/** XML 1.0 NMTOKEN (ASCII subset plus any non-ASCII letter): what GraphML 1.0 ids must be. */
const NMTOKEN = /^[\p{L}\p{M}\p{Nd}._:-]+$/u;

/** True when `id` can be a GraphML node id as is. */
export function isGraphmlId(id: string): boolean {
  return NMTOKEN.test(id) && xmlChars(id) === id;
}

const GRAPHML_TYPE: Record<AttributeType, string> = {
  string: 'string',
  integer: 'int',
  double: 'double',
  boolean: 'boolean',
};

/**
 * GraphML 1.0 of an export graph (valid against the GraphML 1.0 XSD), undirected. Node ids
 * stay the app's ids where they are NMTOKENs (they are for every dataset id), else become
 * `n<index>`; edge ids are `e<index>`; the app's ids are kept in the `app_id` data key.
 * Graph-level metadata becomes graph data keys; colours r, g, b and positions x, y node keys
 * (as Gephi and yEd read them).
 */
export function toGraphml(graph: ExportGraph): string {
  const nodeIds = new Map<string, string>();
  graph.nodes.forEach((n, i) => nodeIds.set(n.id, isGraphmlId(n.id) ? n.id : `n${i}`));
  const taken = new Set(nodeIds.values());
  // A generated id could clash with a real one; then everything gets a generated id.
  if (taken.size !== graph.nodes.length) graph.nodes.forEach((n, i) => nodeIds.set(n.id, `n${i}`));

  const graphKeys = graph.metadata.map(([name], i) => ({ id: `g${i}`, name }));
  const nodeSpecs: AttributeSpec[] = [
    { name: 'app_id', type: 'string' },
    { name: 'label', type: 'string' },
    ...graph.nodeAttributes,
    { name: 'x', type: 'double' },
    { name: 'y', type: 'double' },
    { name: 'size', type: 'double' },
    { name: 'r', type: 'integer' },
    { name: 'g', type: 'integer' },
    { name: 'b', type: 'integer' },
  ];
  const edgeSpecs: AttributeSpec[] = [
    { name: 'app_id', type: 'string' },
    { name: 'weight', type: 'double' },
    ...graph.edgeAttributes,
  ];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const k of graphKeys) {
    lines.push(`  <key id="${k.id}" for="graph" attr.name="${attr(k.name)}" attr.type="string"/>`);
  }
  nodeSpecs.forEach((s, i) =>
    lines.push(
      `  <key id="n${i}" for="node" attr.name="${attr(s.name)}" attr.type="${GRAPHML_TYPE[s.type]}"/>`,
    ),
  );
  edgeSpecs.forEach((s, i) =>
    lines.push(
      `  <key id="e${i}" for="edge" attr.name="${attr(s.name)}" attr.type="${GRAPHML_TYPE[s.type]}"/>`,
    ),
  );
  lines.push('  <graph id="G" edgedefault="undirected">');
  graph.metadata.forEach(([, value], i) =>
    lines.push(`    <data key="g${i}">${escapeMarkup(value)}</data>`),
  );
  const data = (
    specs: readonly AttributeSpec[],
    prefix: string,
    values: Readonly<Record<string, AttributeValue>>,
  ) => {
    const out: string[] = [];
    specs.forEach((s, i) => {
      const text = valueText(s, values[s.name]);
      if (text !== null) out.push(`      <data key="${prefix}${i}">${escapeMarkup(text)}</data>`);
    });
    return out;
  };
  for (const n of graph.nodes) {
    const c = rgb(n.colour);
    const values: Record<string, AttributeValue> = {
      ...n.attributes,
      app_id: n.id,
      label: n.label,
      x: n.position?.x,
      y: n.position?.y,
      size: n.size,
      r: c?.[0],
      g: c?.[1],
      b: c?.[2],
    };
    lines.push(`    <node id="${attr(nodeIds.get(n.id) ?? n.id)}">`);
    lines.push(...data(nodeSpecs, 'n', values));
    lines.push('    </node>');
  }
  graph.edges.forEach((e, i) => {
    const source = nodeIds.get(e.source) ?? e.source;
    const target = nodeIds.get(e.target) ?? e.target;
    lines.push(`    <edge id="e${i}" source="${attr(source)}" target="${attr(target)}">`);
    lines.push(...data(edgeSpecs, 'e', { ...e.attributes, app_id: e.id, weight: e.weight }));
    lines.push('    </edge>');
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
