// @vitest-environment jsdom
/**
 * The exporter registry: every format has one entry with translated label and help; data
 * exporters make files without a picture, in the picture's colours (by type or community)
 * and with the measures of the graph shown; picture exporters refuse without a picture; the
 * dialog's one line says view, filters, undirected weight and measures.
 */
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { applyFilters, DEFAULT_FILTERS, type Filters } from '../../../src/domain/filters';
import { buildViewGraph, type ViewKind } from '../../../src/domain/viewGraph';
import { exportAppearance } from '../../../src/features/export/appearance';
import {
  describeGraphExport,
  EXPORT_FORMATS,
  exporterFor,
  EXPORTERS,
  NeedsPicture,
  type ExportFile,
  type ExportInput,
} from '../../../src/features/export/exporters';
import {
  COLLABORATION_FILL,
  communityColour,
  ORGANISATION_COLOURS,
} from '../../../src/graph-view/palette';
import { makeTranslate } from '../../../src/i18n';
import { computeMetrics } from '../../../src/metrics/compute';
import { DEFAULT_NAV_STATE, type NavState } from '../../../src/url/navState';
import { tinyDataset } from '../../fixtures/tinyDataset';

const data = tinyDataset();

/** The text of a made file (the data exporters make strings). */
async function text(file: Promise<ExportFile>): Promise<string> {
  const { content } = await file;
  if (typeof content !== 'string') throw new Error('Expected a text file.');
  return content;
}
const sv = makeTranslate('sv');

function inputFor(view: ViewKind, patch: Partial<NavState> = {}, filters: Partial<Filters> = {}) {
  const nav: NavState = {
    ...DEFAULT_NAV_STATE,
    view,
    ...patch,
    filters: { ...DEFAULT_FILTERS, ...filters },
  };
  const visible = applyFilters(data, nav.filters);
  const graph = buildViewGraph(visible, view);
  const metrics = computeMetrics({
    key: graph.signature,
    nodes: graph.nodes.map((n) => n.id),
    edges: graph.links.map((l) => ({ source: l.source, target: l.target, weight: l.weight })),
    weighted: view === 'network',
  });
  const input: ExportInput = {
    data,
    graph,
    visible,
    positions: Object.fromEntries(graph.nodes.map((n, i) => [n.id, { x: i, y: 2 * i }])),
    nav,
    t: sv,
    cy: null,
    metrics,
    title: 'Testvy',
    image: { scale: 1, background: 'white', preset: 'none', caption: null },
    csvTable: 'nodes',
    fetchStandalone: () => Promise.resolve('<html><head><title>x</title></head></html>'),
  };
  return input;
}

describe('the registry', () => {
  it('has exactly one exporter per format, each with a Swedish label and help', () => {
    expect(EXPORTERS.map((e) => e.id)).toEqual([...EXPORT_FORMATS]);
    for (const e of EXPORTERS) {
      expect(sv(e.labelKey)).not.toBe(e.labelKey);
      expect(sv(e.helpKey)).not.toBe(e.helpKey);
    }
    expect(() => exporterFor('nope' as never)).toThrow(/No exporter/);
  });

  it('refuses picture formats without a live picture', async () => {
    await expect(exporterFor('png').run(inputFor('network'))).rejects.toBeInstanceOf(NeedsPicture);
    await expect(exporterFor('svg').run(inputFor('network'))).rejects.toBeInstanceOf(NeedsPicture);
  });

  it('writes the standalone page with the view and title', async () => {
    const file = exporterFor('html').run(inputFor('network'));
    expect((await file).fileName).toBe('testvy.html');
    const html = await text(file);
    expect(html).toContain('window.__SAMVERKAN_VIEW__');
    expect(html).toContain('<title>Testvy – ');
  });
});

describe('graph files from the registry', () => {
  it('GEXF colours organisations by community when the picture does', async () => {
    const input = inputFor('affiliation', { colourBy: 'community' });
    const xml = await text(exporterFor('gexf').run(input));
    const g = parseGexf(Graph, xml);
    expect(g.type).toBe('undirected');
    const community = input.metrics!.nodes['org:region-a']!.community;
    const hex = communityColour(community);
    const rgb = `rgb(${parseInt(hex.slice(1, 3), 16)},${parseInt(hex.slice(3, 5), 16)},${parseInt(hex.slice(5, 7), 16)})`;
    expect(g.getNodeAttribute('org:region-a', 'color')).toBe(rgb);
    expect(g.getNodeAttribute('org:region-a', 'community')).toBe(community);
    expect(g.getNodeAttribute('org:region-a', 'betweenness')).toBe(
      input.metrics!.nodes['org:region-a']!.betweenness,
    );
  });

  it('GraphML colours by type otherwise, collaborations dark grey, positions y up', async () => {
    const input = inputFor('affiliation');
    const xml = await text(exporterFor('graphml').run(input));
    const g = parseGraphml(Graph, xml);
    // graphology-graphml reads the r, g, b keys back as one colour.
    const colour = (id: string) => String(g.getNodeAttribute(id, 'color')).toLowerCase();
    expect(colour('org:region-a')).toBe(ORGANISATION_COLOURS.region.toLowerCase());
    expect(colour('col:alfa')).toBe(COLLABORATION_FILL.toLowerCase());
    const index = input.graph.nodes.findIndex((n) => n.id === 'org:region-a');
    expect(g.getNodeAttribute('org:region-a', 'y')).toBe(-2 * index);
  });

  it('the NetworkX variant is GEXF 1.2draft', async () => {
    const file = exporterFor('gexf12').run(inputFor('network'));
    const xml = await text(file);
    expect(xml).toContain('xmlns="http://www.gexf.net/1.2draft"');
    expect(xml).toContain('version="1.2"');
    expect((await file).fileName).toMatch(/\.gexf$/);
  });

  it('CSV nodes and edges carry the measures and the weights', async () => {
    const input = inputFor('network');
    const nodes = await text(exporterFor('csv').run(input));
    expect(nodes.split('\r\n')[0]).toContain('betweenness');
    const edges = await text(exporterFor('csv').run({ ...input, csvTable: 'edges' }));
    expect(edges.split('\r\n')[0]).toContain('weight,kind,distance');
  });

  it('sizes follow the picture: by links, or by the chosen measure', () => {
    const input = inputFor('network', { sizeBy: 'betweenness' });
    const bySize = exportAppearance(data, input.graph, input.nav, input.metrics);
    const byLinks = exportAppearance(data, input.graph, { ...input.nav, sizeBy: 'links' }, null);
    // Region A is the only broker of the tiny network: largest by betweenness.
    const largest = [...bySize.sizes].sort((a, b) => b[1] - a[1])[0]?.[0];
    expect(largest).toBe('org:region-a');
    expect(byLinks.sizes.size).toBe(input.graph.nodes.length);
  });
});

describe('what the dialog says a graph file holds', () => {
  it('names the view, the filters, undirected weights and the measures', () => {
    const line = describeGraphExport(inputFor('network', {}, { organisationTypes: ['region'] }));
    expect(line).toContain('Nätverk');
    expect(line).toContain('Organisationstyp: Region');
    expect(line).toContain('oriktade band, vikt = antal gemensamma samarbeten');
    expect(line).toContain('Mäklare (betweenness)');
  });

  it('says there are no measures until they are computed for this graph', () => {
    const input = inputFor('affiliation');
    const line = describeGraphExport({ ...input, metrics: { ...input.metrics!, key: 'other' } });
    expect(line).toContain('inga mått');
    expect(line).toContain('Inga filter');
    expect(line).toContain('varje band väger 1');
  });
});
