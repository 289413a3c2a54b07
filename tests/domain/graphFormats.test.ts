/**
 * Graph exports are accepted by the programs that read them and mean what the app means:
 * every GEXF 1.3 / GEXF 1.2draft / GraphML file validates against the official schemas
 * (xmllint), parses back with graphology's parsers (what Gephi Lite uses) and with NetworkX,
 * is undirected, and betweenness/closeness computed there equal the app's to 1e-9 — on the
 * tiny dataset, the real data/graph.json (both views), Zachary's karate club and Davis'
 * southern women.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { beforeAll, describe, expect, it } from 'vitest';
import { datasetFromJson } from '../../src/data/datasetFromJson';
import { applyFilters, DEFAULT_FILTERS } from '../../src/domain/filters';
import {
  addMeasures,
  edgeListCsv,
  isGraphmlId,
  nodeListCsv,
  toGexf,
  toGraphml,
  viewExportGraph,
  type ExportGraph,
  type GexfVersion,
} from '../../src/domain/graphFormats';
import { buildViewGraph, type ViewGraph } from '../../src/domain/viewGraph';
import { computeMetrics } from '../../src/metrics/compute';
import type { MetricsInput, MetricsResult } from '../../src/metrics/types';
import davis from '../fixtures/davis.valid.json';
import karate from '../fixtures/karate.valid.json';
import { tinyDataset } from '../fixtures/tinyDataset';
import { readWithNetworkx, requireTool, SCHEMAS, tempFile, validate } from '../tools/externalTools';

const RNG_13 = join(SCHEMAS, 'gexf-1.3/gexf.rng');
const RNG_12 = join(SCHEMAS, 'gexf-1.2draft/gexf.viz-ns.rng');
const XSD_12 = join(SCHEMAS, 'gexf-1.2draft/gexf.xsd');
const XSD_GRAPHML = join(SCHEMAS, 'graphml-1.0/graphml.xsd');

/** The worker's input for a view graph, as useMetricsRunner builds it. */
function inputOf(graph: ViewGraph): MetricsInput {
  return {
    key: graph.signature,
    nodes: graph.nodes.map((n) => n.id),
    edges: graph.links.map((l) => ({ source: l.source, target: l.target, weight: l.weight })),
    weighted: graph.view === 'network',
  };
}

/** A plain export of a published graph with the app's measures of it. */
function publishedGraph(input: MetricsInput): { graph: ExportGraph; metrics: MetricsResult } {
  const metrics = computeMetrics(input);
  const base: ExportGraph = {
    metadata: [['title', input.key]],
    nodeAttributes: [],
    edgeAttributes: [{ name: 'distance', type: 'double' }],
    nodes: input.nodes.map((id) => ({ id, label: id, attributes: {} })),
    edges: input.edges.map((e, i) => ({
      id: `${e.source}|${e.target}#${i}`,
      source: e.source,
      target: e.target,
      weight: e.weight,
      attributes: { distance: 1 / e.weight },
    })),
  };
  return { graph: addMeasures(base, metrics, input.weighted), metrics };
}

interface Case {
  name: string;
  graph: ExportGraph;
  metrics: MetricsResult;
  weighted: boolean;
  /**
   * Equal-length weighted paths whose floating-point sums differ in the last bit (e.g.
   * 1/3 + 1/6 vs 1/2): the app compares with a relative tolerance, tools compare exactly.
   */
  floatTies?: boolean;
}

const tiny = tinyDataset();
const tinyAffiliation = buildViewGraph(
  applyFilters(tiny, { ...DEFAULT_FILTERS, showPeople: true }),
  'affiliation',
);
const tinyNetwork = buildViewGraph(applyFilters(tiny, DEFAULT_FILTERS), 'network');
const real = datasetFromJson(
  JSON.parse(readFileSync(resolve(__dirname, '../../data/graph.json'), 'utf8')),
);

function viewCase(name: string, data: typeof tiny, graph: ViewGraph): Case {
  const metrics = computeMetrics(inputOf(graph));
  const positions: Record<string, { x: number; y: number }> = {};
  const colours = new Map<string, string>();
  const sizes = new Map<string, number>();
  graph.nodes.forEach((n, i) => {
    positions[n.id] = { x: i * 1.5, y: -i };
    colours.set(n.id, i % 2 ? '#332288' : '#cc6677');
    sizes.set(n.id, 14 + (i % 5));
  });
  return {
    name,
    graph: viewExportGraph(data, graph, {
      metrics,
      positions,
      colours,
      sizes,
      context: { title: name, viewLabel: graph.view, filters: '', dataAsOf: '2022' },
    }),
    metrics,
    weighted: graph.view === 'network',
  };
}

const karateWeighted = publishedGraph({
  key: 'karate-weighted',
  nodes: [...karate.nodes],
  edges: karate.edges.map((e) => ({ ...e })),
  weighted: true,
});
const karateSteps = publishedGraph({
  key: 'karate-steps',
  nodes: [...karate.nodes],
  edges: karate.edges.map((e) => ({ ...e })),
  weighted: false,
});
const southernWomen = publishedGraph({
  key: 'davis',
  nodes: [...davis.women, ...davis.events],
  edges: davis.attendances.map(([w = '', e = '']) => ({ source: w, target: e, weight: 1 })),
  weighted: false,
});

const CASES: Case[] = [
  viewCase('tiny affiliation', tiny, tinyAffiliation),
  viewCase('tiny network', tiny, tinyNetwork),
  viewCase(
    'real affiliation',
    real,
    buildViewGraph(applyFilters(real, DEFAULT_FILTERS), 'affiliation'),
  ),
  viewCase('real network', real, buildViewGraph(applyFilters(real, DEFAULT_FILTERS), 'network')),
  { name: 'karate (distance 1/w)', ...karateWeighted, weighted: true, floatTies: true },
  { name: 'karate (steps)', ...karateSteps, weighted: false },
  { name: 'Davis southern women', ...southernWomen, weighted: false },
];

const TOLERANCE = 1e-9;

function expectClose(
  actual: Record<string, number>,
  expected: MetricsResult,
  field: 'betweenness' | 'closeness',
) {
  const ids = Object.keys(expected.nodes);
  expect(Object.keys(actual).sort()).toEqual([...ids].sort());
  let worst = 0;
  for (const id of ids) {
    worst = Math.max(worst, Math.abs((actual[id] ?? NaN) - expected.nodes[id]![field]));
  }
  expect(worst).toBeLessThan(TOLERANCE);
}

describe('the export graph of a view', () => {
  it('is undirected, keeps the membership direction and evidence as attributes', () => {
    const g = viewExportGraph(tiny, tinyAffiliation);
    const edge = g.edges.find((e) => e.id === 'e:org:region-a|col:gamma');
    expect(edge?.attributes).toMatchObject({
      kind: 'membership',
      from: 'org:region-a',
      to: 'col:gamma',
      role: 'funder',
      implied: true,
      distance: 1,
      evidence: 'doc § Program › Gamma',
    });
    expect(g.metadata).toContainEqual(['directed', 'false']);
    expect(g.metadata).toContainEqual(['measures', 'none']);
  });

  it('weights network ties by shared collaborations, with distance 1/w', () => {
    const g = viewExportGraph(tiny, tinyNetwork);
    const tie = g.edges.find((e) => e.id === 'tie:org:kommun-b|org:region-a');
    expect(tie?.weight).toBe(2);
    expect(tie?.attributes).toMatchObject({ distance: 0.5, collaborations: 'col:alfa;col:beta' });
    expect(tie?.attributes.from).toBeNull();
  });

  it('carries the measures only when they were computed for this graph', () => {
    const metrics = computeMetrics(inputOf(tinyNetwork));
    const g = viewExportGraph(tiny, tinyNetwork, { metrics });
    // Kommun B and Uni C are 1 apart directly and 0.5 + 0.5 via Region A: two shortest
    // paths, so Region A lies on half of the one pair of others: betweenness 0.5.
    const regionA = g.nodes.find((n) => n.id === 'org:region-a');
    expect(regionA?.attributes.betweenness).toBeCloseTo(0.5, 12);
    expect(regionA?.attributes.degree).toBe(2);
    expect(regionA?.attributes.weighted_degree).toBe(4);
    expect(g.metadata.find(([k]) => k === 'path_length')?.[1]).toContain('distance');
    const stale = viewExportGraph(tiny, tinyNetwork, { metrics: { ...metrics, key: 'other' } });
    expect(stale.nodes[0]?.attributes.betweenness).toBeUndefined();
    expect(stale.metadata).toContainEqual(['measures', 'none']);
  });
});

describe('CSV node and edge lists', () => {
  it('list every node with its measures and every edge with weight and distance', () => {
    const c = CASES[1]!;
    const nodes = nodeListCsv(c.graph)
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(nodes[0]).toBe(
      'id,label,kind,type,links,strength,degree,weighted_degree,betweenness,closeness,pagerank,eigenvector,community,x,y,colour',
    );
    expect(nodes).toHaveLength(c.graph.nodes.length + 1);
    const edges = edgeListCsv(c.graph)
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(edges[0]).toBe(
      'id,source,target,weight,kind,distance,from,to,role,implied,collaborations,evidence',
    );
    expect(edges).toContain(
      'tie:org:kommun-b|org:region-a,org:kommun-b,org:region-a,2,tie,0.5,,,,,"col:alfa;col:beta",',
    );
  });
});

describe('GraphML ids', () => {
  it('keeps NMTOKEN ids and rejects the characters GraphML forbids', () => {
    expect(isGraphmlId('org:region-skane')).toBe(true);
    expect(isGraphmlId('e:org:x|col:y')).toBe(false);
    expect(isGraphmlId('Evelyn Jefferson')).toBe(false);
  });
});

const xmllint = requireTool('xmllint');

describe.skipIf(!xmllint)('schema validation (xmllint)', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s: GEXF 1.3 against the 1.3 RNG', (_, c) => {
    const result = validate(toGexf(c.graph, '1.3'), RNG_13, 'g13.gexf');
    expect(result.output).toContain('validates');
    expect(result.valid).toBe(true);
  });

  it.each(CASES.map((c) => [c.name, c] as const))(
    '%s: GEXF 1.2draft against the 1.2draft RNG and XSD',
    (_, c) => {
      const xml = toGexf(c.graph, '1.2draft');
      expect(validate(xml, RNG_12, 'g12.gexf')).toMatchObject({ valid: true });
      // The 1.2draft XSD declares viz elements in the wrong namespace (see the schemas'
      // README), so it checks everything but them.
      const withoutViz = xml.replace(/^\s*<viz:[^>]*\/>\n/gm, '');
      expect(validate(withoutViz, XSD_12, 'g12-noviz.gexf')).toMatchObject({ valid: true });
    },
  );

  it.each(CASES.map((c) => [c.name, c] as const))('%s: GraphML against the 1.0 XSD', (_, c) => {
    const result = validate(toGraphml(c.graph), XSD_GRAPHML, 'g.graphml');
    expect(result.output).toContain('validates');
    expect(result.valid).toBe(true);
  });

  it('the validators catch what the old writers got wrong', () => {
    const graphml = toGraphml(CASES[0]!.graph).replace('<edge id="e0"', '<edge id="e:org:x|col:y"');
    expect(validate(graphml, XSD_GRAPHML, 'bad.graphml').valid).toBe(false);
    const gexf = toGexf(CASES[0]!.graph, '1.3').replace(
      '<gexf ',
      '<gexf xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" ',
    );
    expect(validate(gexf, RNG_13, 'bad13.gexf').valid).toBe(false);
    const wrongViz = toGexf(CASES[0]!.graph, '1.2draft').replace(
      'xmlns:viz="http://www.gexf.net/1.2draft/viz"',
      'xmlns:viz="http:///www.gexf.net/1.1draft/viz"',
    );
    expect(validate(wrongViz, RNG_12, 'bad12.gexf').valid).toBe(false);
  });

  it('hostile labels and ids stay well-formed and valid', () => {
    const hostile = 'A\u0001B <&> "q" \'s\' \uD800 tab\there\r\nline \u{1F600}';
    const graph: ExportGraph = {
      metadata: [['title', hostile]],
      nodeAttributes: [{ name: 'note', type: 'string' }],
      edgeAttributes: [],
      nodes: [
        { id: 'a b|c', label: hostile, attributes: { note: hostile } },
        { id: 'n0', label: 'n0', attributes: {} },
      ],
      edges: [{ id: 'x|y', source: 'a b|c', target: 'n0', weight: 1, attributes: {} }],
    };
    expect(validate(toGexf(graph, '1.3'), RNG_13, 'h13.gexf')).toMatchObject({ valid: true });
    expect(validate(toGexf(graph, '1.2draft'), RNG_12, 'h12.gexf')).toMatchObject({ valid: true });
    expect(validate(toGraphml(graph), XSD_GRAPHML, 'h.graphml')).toMatchObject({ valid: true });
    // Read back: the control character is gone, everything else is kept.
    const parsed = parseGexf(Graph, toGexf(graph, '1.3'));
    expect(parsed.getNodeAttribute('a b|c', 'label')).toBe(
      'AB <&> "q" \'s\' \uFFFD tab\there\r\nline \u{1F600}',
    );
    const fromGraphml = parseGraphml(Graph, toGraphml(graph));
    // 'n0' is a real id here, so every node gets a generated one (n0, n1) and keeps app_id.
    expect(fromGraphml.getNodeAttribute('n0', 'app_id')).toBe('a b|c');
    expect(fromGraphml.getNodeAttribute('n1', 'app_id')).toBe('n0');
    expect(fromGraphml.getNodeAttribute('n0', 'note')).toBe(
      'AB <&> "q" \'s\' \uFFFD tab\there\r\nline \u{1F600}',
    );
  });
});

describe.each(CASES.map((c) => [c.name, c] as const))('graphology reads %s', (_, c) => {
  const check = (parsed: Graph, idOf: (key: string) => string) => {
    expect(parsed.type).toBe('undirected');
    expect(parsed.order).toBe(c.graph.nodes.length);
    expect(parsed.size).toBe(c.graph.edges.length);
    const byId = new Map<string, string>();
    parsed.forEachNode((key) => byId.set(idOf(key), key));
    for (const node of c.graph.nodes) {
      const key = byId.get(node.id);
      expect(key, node.id).toBeDefined();
      const attributes = parsed.getNodeAttributes(key!);
      expect(attributes.label).toBe(node.label);
      expect(attributes.betweenness).toBe(node.attributes.betweenness);
      expect(attributes.community).toBe(node.attributes.community);
    }
    if (c.floatTies) return; // graphology compares floating-point sums exactly; see below
    const values = betweennessCentrality(parsed, {
      getEdgeWeight: c.weighted ? 'distance' : null,
      normalized: true,
    });
    const mapped: Record<string, number> = {};
    for (const [key, value] of Object.entries(values)) mapped[idOf(key)] = value;
    expectClose(mapped, c.metrics, 'betweenness');
  };

  it.each(['1.3', '1.2draft'] as GexfVersion[])(
    'GEXF %s, with colours and positions',
    (version) => {
      const parsed = parseGexf(Graph, toGexf(c.graph, version));
      check(parsed, (key) => key);
      const withViz = c.graph.nodes.find((n) => n.position && n.colour);
      if (withViz) {
        const a = parsed.getNodeAttributes(withViz.id);
        expect(a.x).toBe(withViz.position!.x);
        expect(a.y).toBe(withViz.position!.y);
        const hex = withViz.colour!;
        const channel = (i: number) => parseInt(hex.slice(i, i + 2), 16);
        expect(a.color).toBe(`rgb(${channel(1)},${channel(3)},${channel(5)})`);
        expect(a.size).toBe(withViz.size);
      }
    },
  );

  it('GraphML', () => {
    const parsed = parseGraphml(Graph, toGraphml(c.graph));
    check(parsed, (key) => String(parsed.getNodeAttribute(key, 'app_id')));
  });
});

const networkx = requireTool('networkx');

describe.skipIf(!networkx)('NetworkX reads the exports and gets the app’s numbers', () => {
  const files = new Map<string, { gexf: string; graphml: string; csv: string }>();
  beforeAll(() => {
    CASES.forEach((c, i) => {
      const csv = tempFile(`case${i}.csv`, edgeListCsv(c.graph));
      tempFile(`case${i}.csv.nodes`, nodeListCsv(c.graph));
      files.set(c.name, {
        gexf: tempFile(`case${i}.gexf`, toGexf(c.graph, '1.2draft')),
        graphml: tempFile(`case${i}.graphml`, toGraphml(c.graph)),
        csv,
      });
    });
  });

  it('float ties: on the weighted karate club, float distances split some ties apart', () => {
    const path = files.get('karate (distance 1/w)')!.gexf;
    const plain = readWithNetworkx('gexf', path, 'distance');
    const exact = readWithNetworkx('gexf', path, 'exact');
    const gap = Math.max(
      ...Object.keys(exact.betweenness).map((id) =>
        Math.abs((plain.betweenness[id] ?? 0) - (exact.betweenness[id] ?? 0)),
      ),
    );
    // If this ever fails, the tools agree exactly and floatTies can go.
    expect(gap).toBeGreaterThan(1e-6);
  });

  describe.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    it.each(['gexf', 'graphml', 'csv'] as const)('%s', (format) => {
      const path = files.get(c.name)![format];
      if (c.weighted && !c.floatTies) {
        // What a user gets with nx.betweenness_centrality(G, weight="distance").
        const plain = readWithNetworkx(format, path, 'distance');
        expectClose(plain.betweenness, c.metrics, 'betweenness');
        expectClose(plain.closeness, c.metrics, 'closeness');
      }
      const reading = readWithNetworkx(format, path, c.weighted ? 'exact' : 'none');
      expect(reading.directed).toBe(false);
      expect(reading.nodes).toBe(c.graph.nodes.length);
      expect(reading.edges).toBe(c.graph.edges.length);
      expect(reading.edge_weights).toEqual(
        c.graph.edges.map((e) => e.weight).sort((a, b) => a - b),
      );
      expectClose(reading.betweenness, c.metrics, 'betweenness');
      expectClose(reading.closeness, c.metrics, 'closeness');
      // PageRank: both are power iterations with their own stopping rules.
      for (const [id, m] of Object.entries(c.metrics.nodes)) {
        expect(reading.pagerank[id]).toBeCloseTo(m.pagerank, 4);
      }
      if (format !== 'csv') {
        for (const node of c.graph.nodes) {
          const read = reading.attributes[node.id];
          expect(read?.betweenness).toBe(node.attributes.betweenness);
          expect(read?.community).toBe(node.attributes.community);
        }
      }
    });
  });
});
