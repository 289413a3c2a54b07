/**
 * The fast XML reader: the DOM subset graphology's parsers use behaves as the DOM does
 * (entities, CDATA, namespaces, layout whitespace, appendChild), and graphology-gexf /
 * graphology-graphml give the same graph over it as over @xmldom/xmldom, for the app's
 * own exports, a hand-written file with every GEXF feature the import reads, and the
 * generated network.
 */
import Graph from 'graphology';
import { parse as parseGexfXmldom } from 'graphology-gexf';
import { parse as parseGraphmlXmldom } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { decodeEntities, parseLiteXml } from '../../../src/data/import/liteXml';
import { parseGexfText, parseGraphmlText } from '../../../src/data/import/xmlGraph';
import { applyFilters, DEFAULT_FILTERS } from '../../../src/domain/filters';
import { toGexf, toGraphml, viewExportGraph } from '../../../src/domain/graphFormats';
import { buildViewGraph } from '../../../src/domain/viewGraph';
import { tinyDataset } from '../../fixtures/tinyDataset';
import { generateNetwork } from './generateNetwork';

const snapshot = (graph: Graph) => ({
  type: graph.type,
  multi: graph.multi,
  attributes: graph.getAttributes(),
  nodes: graph.mapNodes((id, a) => [id, a]),
  // Keys graphology generates for edges without an id come from a global counter.
  edges: graph.mapEdges((id, a, s, t, _sa, _ta, undirected) => [
    id.startsWith('geid_') ? '(generated)' : id,
    s,
    t,
    undirected,
    a,
  ]),
});

describe('parseLiteXml', () => {
  it('decodes entities and character references, leaves unknown ones literal', () => {
    expect(
      decodeEntities('a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#229; &#xE4; &nbsp;'),
    ).toBe('a & b <c> "d" \'e\' å ä &nbsp;');
  });

  it('builds elements, attributes, text and CDATA as the DOM does', () => {
    const doc = parseLiteXml(
      '<?xml version="1.0"?>\n<!-- c --><root a="1" b=\'x&amp;y\' c="line\nbreak">\n  <item id="i1">one &lt;1&gt;</item>\n  <item id="i2"><![CDATA[<raw> & text]]></item>\n  <empty/>\n  <space> </space>\n</root>',
    );
    const root = doc.documentElement;
    expect(root?.tagName).toBe('root');
    expect(root?.getAttribute('a')).toBe('1');
    expect(root?.getAttribute('b')).toBe('x&y');
    expect(root?.getAttribute('c')).toBe('line break');
    expect(root?.getAttribute('missing')).toBeNull();
    const items = doc.getElementsByTagName('item');
    expect(items.map((e) => e.getAttribute('id'))).toEqual(['i1', 'i2']);
    expect(items.map((e) => e.textContent)).toEqual(['one <1>', '<raw> & text']);
    // Layout whitespace between elements is dropped; an element's only whitespace is kept.
    expect(root?.childNodes.map((c) => c.nodeName)).toEqual(['item', 'item', 'empty', 'space']);
    expect(doc.getElementsByTagName('space')[0]?.textContent).toBe(' ');
    expect(root?.getElementsByTagName('*').length).toBe(4);
  });

  it('resolves namespaces for getElementsByTagNameNS', () => {
    const doc = parseLiteXml(
      '<g xmlns="urn:g" xmlns:viz="urn:viz"><n><viz:position x="1"/><other xmlns="urn:o"/></n></g>',
    );
    expect(doc.documentElement?.namespaceURI).toBe('urn:g');
    expect(doc.getElementsByTagNameNS('urn:viz', 'position').length).toBe(1);
    expect(doc.getElementsByTagNameNS('viz', 'position').length).toBe(0);
    expect(doc.getElementsByTagName('other')[0]?.namespaceURI).toBe('urn:o');
    expect(doc.getElementsByTagNameNS('urn:g', 'n').length).toBe(1);
  });

  it('moves a child on appendChild', () => {
    const doc = parseLiteXml('<a><b/><c/></a>');
    const holder = doc.createElement('holder');
    const b = doc.getElementsByTagName('b')[0];
    if (!b) throw new Error('no b');
    holder.appendChild(b);
    expect(doc.documentElement?.childNodes.map((c) => c.nodeName)).toEqual(['c']);
    expect(holder.getElementsByTagName('b')).toEqual([b]);
  });

  it('throws on markup it cannot read instead of returning half a tree', () => {
    expect(() => parseLiteXml('<a><b')).toThrow();
    expect(() => parseLiteXml('no xml')).toThrow();
    expect(() => parseLiteXml('<a/><b/>')).toThrow();
  });
});

describe('graphology parsers over LiteXml give the xmldom graph', () => {
  const data = tinyDataset();
  const visible = applyFilters(data, DEFAULT_FILTERS);
  const views = ['affiliation', 'network'] as const;

  it.each(views)('the app’s own GEXF and GraphML export (%s view)', (view) => {
    const graph = viewExportGraph(data, buildViewGraph(visible, view));
    const gexf = toGexf(graph);
    const graphml = toGraphml(graph);
    expect(snapshot(parseGexfText(gexf))).toEqual(
      snapshot(parseGexfXmldom(Graph, gexf, { allowUndeclaredAttributes: true })),
    );
    expect(snapshot(parseGraphmlText(graphml))).toEqual(
      snapshot(parseGraphmlXmldom(Graph, graphml)),
    );
  });

  it('a GEXF with models, defaults, viz, mixed and parallel edges, meta and entities', () => {
    const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <meta lastmodifieddate="2026-01-01"><creator>Me &amp; you</creator><description> A test </description></meta>
  <graph defaultedgetype="undirected">
    <attributes class="node">
      <attribute id="0" title="type" type="string"><default>company</default></attribute>
      <attribute id="1" title="size2" type="integer"/>
      <attribute id="2" title="ok" type="boolean"/>
    </attributes>
    <attributes class="edge"><attribute id="w" title="strength" type="double"/></attributes>
    <nodes>
      <node id="a" label="Å &lt;b&gt;"><attvalues><attvalue for="1" value="7"/><attvalue for="2" value="true"/><attvalue for="extra" value="x"/></attvalues><viz:position x="1.5" y="-2" z="0"/><viz:color r="1" g="2" b="3" a="0.5"/><viz:size value="4"/></node>
      <node id="b" label="B"><attvalues><attvalue for="0" value="municipality"/></attvalues><viz:color hex="#abcdef"/></node>
      <node id="c"/>
    </nodes>
    <edges>
      <edge id="e1" source="a" target="b" weight="2"><attvalues><attvalue for="w" value="0.25"/></attvalues></edge>
      <edge id="e2" source="a" target="b" label="again"/>
      <edge id="e3" source="b" target="c" type="directed"/>
    </edges>
  </graph>
</gexf>`;
    const lite = snapshot(parseGexfText(gexf));
    expect(lite).toEqual(
      snapshot(parseGexfXmldom(Graph, gexf, { allowUndeclaredAttributes: true })),
    );
    expect(lite.multi).toBe(true);
    expect(lite.type).toBe('mixed');
  });

  it('a GraphML with keys, defaults and graph data', () => {
    const graphml = `<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <key id="d1" for="node" attr.name="weight" attr.type="double"><default>1.5</default></key>
  <key id="g0" for="graph" attr.name="name" attr.type="string"/>
  <graph id="G" edgedefault="directed">
    <data key="g0">Net</data>
    <node id="n0"><data key="d0">Zero</data></node>
    <node id="n1"><data key="d0"> </data><data key="d1">3</data></node>
    <edge id="e0" source="n0" target="n1"/>
    <edge source="n1" target="n0" directed="false"/>
  </graph>
</graphml>`;
    expect(snapshot(parseGraphmlText(graphml))).toEqual(
      snapshot(parseGraphmlXmldom(Graph, graphml)),
    );
  });

  it('the generated 2,000-organisation network', () => {
    const { gexf } = generateNetwork(2000, 10_000);
    expect(snapshot(parseGexfText(gexf))).toEqual(
      snapshot(parseGexfXmldom(Graph, gexf, { allowUndeclaredAttributes: true })),
    );
  });
});
