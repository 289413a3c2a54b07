/**
 * Graph file formats round-trip: what is written is parsed back with graphology-gexf and
 * graphology-graphml (their Node endpoints parse with @xmldom/xmldom) into the same graph.
 */
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { applyFilters, DEFAULT_FILTERS } from '../../src/domain/filters';
import {
  edgesCsv,
  escapeXml,
  graphologyToGraphml,
  nodesCsv,
  toGexf,
  toGraphml,
  toGraphology,
} from '../../src/domain/graphFormats';
import { buildViewGraph } from '../../src/domain/viewGraph';
import { tinyDataset } from '../fixtures/tinyDataset';

const data = tinyDataset();
const affiliation = buildViewGraph(
  applyFilters(data, { ...DEFAULT_FILTERS, showPeople: true }),
  'affiliation',
);
const network = buildViewGraph(applyFilters(data, DEFAULT_FILTERS), 'network');
const positions = { 'org:region-a': { x: 10.5, y: 20 }, 'col:alfa': { x: -3, y: -4 } };
const colours = new Map([['org:region-a', '#332288']]);

const rows = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');

describe('CSV of nodes and links', () => {
  it('lists every drawn node with label, kind, type and links', () => {
    const lines = rows(nodesCsv(data, affiliation));
    expect(lines[0]).toBe('id,label,kind,type,links');
    expect(lines).toHaveLength(affiliation.nodes.length + 1);
    expect(lines).toContain('org:region-a,Region Alfa,organisation,region,3');
    expect(lines).toContain('person:anna-a,Anna A,person,person,1');
  });

  it('lists links with roles, weight and the collaborations behind them', () => {
    const lines = rows(edgesCsv(affiliation));
    expect(lines[0]).toBe('source,target,kind,role,weight,collaborations');
    expect(lines).toContain('org:region-a,col:alfa,membership,lead,1,col:alfa');
    expect(lines).toContain('person:anna-a,col:alfa,seat,council:chair,1,col:alfa');
    const ties = rows(edgesCsv(network));
    expect(ties).toContain('org:kommun-b,org:region-a,tie,,2,"col:alfa;col:beta"');
  });

  it('starts with a BOM for Excel', () => {
    expect(nodesCsv(data, network).charCodeAt(0)).toBe(0xfeff);
  });
});

describe('graphology graph of the view', () => {
  it('is directed for affiliation and undirected for the network, with useful attributes', () => {
    const g = toGraphology(data, affiliation, { positions, colours });
    expect(g.type).toBe('directed');
    expect(g.order).toBe(affiliation.nodes.length);
    expect(g.size).toBe(affiliation.links.length);
    expect(g.getNodeAttributes('org:region-a')).toMatchObject({
      label: 'Region Alfa',
      kind: 'organisation',
      type: 'region',
      links: 3,
      x: 10.5,
      y: -20,
      color: '#332288',
    });
    expect(g.getEdgeAttributes('e:org:region-a|col:gamma')).toMatchObject({
      kind: 'membership',
      role: 'funder',
      implied: true,
      weight: 1,
    });
    const n = toGraphology(data, network);
    expect(n.type).toBe('undirected');
    expect(n.getEdgeAttributes('tie:org:kommun-b|org:region-a')).toMatchObject({
      weight: 2,
      collaborations: 'col:alfa;col:beta',
    });
  });
});

function expectSameGraph(parsed: Graph, original: Graph) {
  expect(parsed.order).toBe(original.order);
  expect(parsed.size).toBe(original.size);
  expect(parsed.type).toBe(original.type);
  original.forEachNode((id, attributes) => {
    expect(parsed.hasNode(id)).toBe(true);
    expect(parsed.getNodeAttributes(id)).toMatchObject(attributes);
  });
  original.forEachEdge((id, attributes, source, target) => {
    expect(parsed.hasEdge(id)).toBe(true);
    expect(parsed.source(id)).toBe(source);
    expect(parsed.target(id)).toBe(target);
    expect(parsed.getEdgeAttributes(id)).toMatchObject(attributes);
  });
}

describe('GEXF', () => {
  it('round-trips the affiliation view with positions and colours', () => {
    const xml = toGexf(data, affiliation, { positions, colours, description: 'Test' });
    expect(xml).toContain('<creator>Samverkanskartan</creator>');
    expect(xml).toContain('<description>Test</description>');
    const parsed = parseGexf(Graph, xml);
    expectSameGraph(parsed, toGraphology(data, affiliation, { positions, colours }));
  });

  it('round-trips the weighted network view', () => {
    const parsed = parseGexf(Graph, toGexf(data, network));
    expectSameGraph(parsed, toGraphology(data, network));
    expect(parsed.getEdgeAttribute('tie:org:region-a|org:uni-c', 'weight')).toBe(2);
  });
});

describe('GraphML', () => {
  it('round-trips the affiliation view with typed attributes, positions and colours', () => {
    const xml = toGraphml(data, affiliation, { positions, colours });
    expect(xml).toContain('edgedefault="directed"');
    expect(xml).toContain('attr.name="links" attr.type="int"');
    expect(xml).toContain('attr.name="x" attr.type="double"');
    expect(xml).toContain('attr.name="implied" attr.type="boolean"');
    const parsed = parseGraphml(Graph, xml);
    expectSameGraph(parsed, toGraphology(data, affiliation, { positions, colours }));
  });

  it('round-trips the undirected network view and graph attributes', () => {
    const xml = toGraphml(data, network, { description: 'Nätverk <&> "citat"' });
    const parsed = parseGraphml(Graph, xml);
    expectSameGraph(parsed, toGraphology(data, network));
    expect(parsed.getAttribute('description')).toBe('Nätverk <&> "citat"');
  });

  it('writes mixed graphs with explicit edge directions and escapes ids', () => {
    const g = new Graph({ type: 'mixed' });
    g.addNode('a&b', { label: 'A & B' });
    g.addNode('c', { score: 1 });
    g.addNode('d', { score: 1.5 });
    g.addDirectedEdgeWithKey('x', 'a&b', 'c');
    g.addUndirectedEdgeWithKey('y', 'c', 'd');
    const parsed = parseGraphml(Graph, graphologyToGraphml(g));
    expect(parsed.type).toBe('mixed');
    expect(parsed.isDirected('x')).toBe(true);
    expect(parsed.isUndirected('y')).toBe(true);
    expect(parsed.getNodeAttribute('a&b', 'label')).toBe('A & B');
    expect(parsed.getNodeAttribute('d', 'score')).toBe(1.5);
  });

  it('drops characters XML cannot hold', () => {
    expect(escapeXml('a\u0001b<c>')).toBe('ab&lt;c&gt;');
  });
});
