/**
 * GEXF/GraphML/CSV import: round trips through the app's own exports
 * (src/domain/graphFormats.ts) give the same node and link sets; hostile files fail
 * with a clear problem and import nothing; a generated 10k-organisation / 50k-tie
 * network imports (timed and printed, no timed assertion); layouts are deterministic,
 * report progress and stop on abort.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDataset, type Dataset } from '../../../src/data/dataset';
import { computeLayout, layoutRequestFor, withLayout } from '../../../src/data/import/layout';
import { membershipsFromTable } from '../../../src/data/import/membershipTable';
import { parseNetworkFile } from '../../../src/data/import/networkFile';
import { parseTable } from '../../../src/data/import/parseTable';
import { toGraphFile, type ImportedNetwork } from '../../../src/data/import/toGraphFile';
import { checkXml } from '../../../src/data/import/xmlCheck';
import { applyFilters, DEFAULT_FILTERS } from '../../../src/domain/filters';
import { edgeListCsv, toGexf, toGraphml, viewExportGraph } from '../../../src/domain/graphFormats';
import { buildViewGraph, type ViewGraph } from '../../../src/domain/viewGraph';
import { tinyDataset } from '../../fixtures/tinyDataset';
import { generateNetwork } from './generateNetwork';

const original = tinyDataset();
const affiliation = buildViewGraph(applyFilters(original, DEFAULT_FILTERS), 'affiliation');
const network = buildViewGraph(applyFilters(original, DEFAULT_FILTERS), 'network');

function datasetOf(result: Awaited<ReturnType<typeof parseNetworkFile>>): Dataset {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const built = toGraphFile(result.network);
  if (!built.ok) throw new Error(JSON.stringify(built.problems));
  return createDataset(built.file);
}

const nodeSet = (g: ViewGraph) => g.nodes.map((n) => n.id).sort();
const linkSet = (g: ViewGraph) =>
  g.links
    .map(
      (l) =>
        `${l.source}|${l.target}|${l.kind === 'tie' ? l.collaborations.join(',') : l.kind === 'membership' ? l.roles.join(',') : ''}*${l.weight}`,
    )
    .sort();
const viewOf = (data: Dataset, view: 'affiliation' | 'network') =>
  buildViewGraph(applyFilters(data, DEFAULT_FILTERS), view);

describe('round trips through the app’s exports', () => {
  const positions = Object.fromEntries(
    affiliation.nodes.map((n, i) => [n.id, { x: i * 10, y: i * 5 }]),
  );

  it.each([
    ['gexf', () => toGexf(viewExportGraph(original, affiliation, { positions }))],
    ['graphml', () => toGraphml(viewExportGraph(original, affiliation, { positions }))],
  ])(
    'affiliation view as %s: same nodes, memberships, roles, labels and types',
    async (format, write) => {
      const data = datasetOf(await parseNetworkFile(write(), { fileName: `export.${format}` }));
      const again = viewOf(data, 'affiliation');
      expect(nodeSet(again)).toEqual(nodeSet(affiliation));
      expect(linkSet(again)).toEqual(linkSet(affiliation));
      expect(data.nodeById.get('org:uni-c')).toMatchObject({
        label: 'Cederträ universitet',
        type: 'university',
      });
      expect(data.nodeById.get('col:gamma')).toMatchObject({
        label: 'Gammaprogrammet',
        type: 'programme',
      });
      // Positions came from the file: the order of x survives the scaling.
      const xs = affiliation.nodes.map((n) => data.file.positions.affiliation[n.id]?.[0] ?? NaN);
      expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    },
  );

  it.each([
    ['gexf', () => toGexf(viewExportGraph(original, network))],
    ['graphml', () => toGraphml(viewExportGraph(original, network))],
  ])(
    'network view as %s: the same ties with the same weights and collaborations',
    async (format, write) => {
      const result = await parseNetworkFile(write(), { format: format as 'gexf' | 'graphml' });
      expect(result.ok && result.network.shape).toBe('organisations');
      const again = viewOf(datasetOf(result), 'network');
      expect(nodeSet(again)).toEqual(nodeSet(network));
      expect(linkSet(again)).toEqual(linkSet(network));
    },
  );

  it('a generic network: every edge becomes a two-member tie collaboration; parallel edges add weight', async () => {
    const graphml = `<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="l" for="node" attr.name="label" attr.type="string"/>
  <graph edgedefault="undirected">
    <node id="a"><data key="l">Alfa &lt;b&gt;AB&lt;/b&gt;</data></node>
    <node id="b"><data key="l">Beta</data></node>
    <node id="c"/>
    <edge source="a" target="b"/><edge source="a" target="b"/><edge source="b" target="c"/><edge source="c" target="c"/>
  </graph>
</graphml>`;
    const result = await parseNetworkFile(graphml);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'ignored-content', value: 1 }),
    ]);
    const data = datasetOf(result);
    expect(data.nodeById.get('org:a')?.label).toBe('Alfa <b>AB</b>');
    expect(data.collaborations.map((c) => c.label)).toEqual([
      'Alfa <b>AB</b> – Beta',
      'Alfa <b>AB</b> – Beta',
      'Beta – c',
    ]);
    expect(linkSet(viewOf(data, 'network'))).toEqual([
      'org:a|org:b|col:tie-1,col:tie-2*2',
      'org:b|org:c|col:tie-3*1',
    ]);
  });

  it('the member CSV of the affiliation view imports as a membership table with the same links', async () => {
    const table = await parseTable(edgeListCsv(viewExportGraph(original, affiliation)));
    // Undirected in the file: the membership's own direction is in the from/to columns.
    const column = (name: string) => table.columns.indexOf(name);
    const result = membershipsFromTable(
      table,
      {
        organisation: column('from'),
        collaboration: column('to'),
        role: column('role'),
        type: null,
        kind: null,
        period: null,
        start: null,
        end: null,
        source: null,
      },
      { title: 'edges.csv' },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const links = result.network.memberships.map((m) => {
      const org = result.network.organisations.find((o) => o.key === m.organisation)?.label;
      const col = result.network.collaborations.find((c) => c.key === m.collaboration)?.label;
      return `${org}|${col}|${m.role}`;
    });
    expect(links.sort()).toEqual(
      affiliation.links
        .map((l) => `${l.source}|${l.target}|${l.kind === 'membership' ? l.roles.join(',') : ''}`)
        .sort(),
    );
  });
});

describe('files written by NetworkX (Zachary’s karate club: 34 members, 78 ties)', () => {
  it.each(['karate.valid.gexf', 'karate.valid.graphml'])(
    '%s imports as the published graph',
    async (name) => {
      const result = await parseNetworkFile(
        new Blob([readFileSync(`tests/fixtures/import/${name}`)]),
        { fileName: name },
      );
      const data = datasetOf(result);
      const view = viewOf(data, 'network');
      expect(data.organisations).toHaveLength(34);
      expect(view.links).toHaveLength(78);
      // Published degrees: the instructor (node 0) 16, the administrator (node 33) 17.
      const degree = (id: string) => view.nodes.find((n) => n.id === id)?.links;
      expect(degree('org:0')).toBe(16);
      expect(degree('org:33')).toBe(17);
      expect(data.nodeById.get('org:0')).toMatchObject({
        label: 'Club member 0',
        type: 'civil-society',
      });
    },
  );
});

describe('hostile network files', () => {
  const gexf = toGexf(viewExportGraph(original, network));

  it.each([
    ['a cut-off file', gexf.slice(0, Math.floor(gexf.length / 2)), 'invalid-xml'],
    [
      'a mismatched tag',
      '<gexf><graph><nodes><node id="a"></nod></nodes></graph></gexf>',
      'invalid-xml',
    ],
    [
      'an entity bomb',
      '<?xml version="1.0"?><!DOCTYPE g [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]><gexf>&b;</gexf>',
      'invalid-xml',
    ],
    ['plain text', 'hello', 'unsupported-format'],
    ['a GEXF without a graph', '<gexf></gexf>', 'invalid-graph'],
    [
      'duplicate node ids',
      '<gexf><graph><nodes><node id="a"/><node id="a"/></nodes></graph></gexf>',
      'invalid-graph',
    ],
    [
      'an edge to a missing node',
      '<gexf><graph><nodes><node id="a"/></nodes><edges><edge source="a" target="z"/></edges></graph></gexf>',
      'invalid-graph',
    ],
    ['no nodes', '<gexf><graph><nodes/></graph></gexf>', 'empty-sheet'],
  ])('%s fails with %s and imports nothing', async (_what, text, code) => {
    const result = await parseNetworkFile(text);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.code)).toContain(code);
    expect(result.problems.every((p) => p.message.length > 10)).toBe(true);
  });

  it('names the line of a broken tag', () => {
    expect(checkXml('<a>\n<b>\n</c>\n</a>')).toEqual({
      ok: false,
      line: 3,
      reason: '</c> where </b> was expected',
    });
    expect(checkXml('<a x="1 > 2"><b/></a>')).toEqual({ ok: true });
  });

  it('refuses a 50 MB file and too many nodes or edges, naming the limit', async () => {
    const big = await parseNetworkFile(new Blob([new Uint8Array(50 * 1024 * 1024)]), {
      fileName: 'big.gexf',
    });
    expect(big.problems).toEqual([expect.objectContaining({ code: 'file-too-large' })]);
    const nodes = await parseNetworkFile(gexf, { limits: { maxNodes: 2 } });
    expect(nodes.problems).toEqual([expect.objectContaining({ code: 'too-many-nodes', value: 2 })]);
    const edges = await parseNetworkFile(gexf, { limits: { maxEdges: 1 } });
    expect(edges.problems).toEqual([expect.objectContaining({ code: 'too-many-edges', value: 1 })]);
  });

  it('leaves people out with a warning', async () => {
    const withPeople = buildViewGraph(
      applyFilters(original, { ...DEFAULT_FILTERS, showPeople: true }),
      'affiliation',
    );
    const result = await parseNetworkFile(toGexf(viewExportGraph(original, withPeople)));
    expect(result.ok).toBe(true);
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'ignored-content', value: 2 }),
      expect.objectContaining({ code: 'ignored-content', value: 2 }),
    ]);
  });
});

describe('layout', () => {
  const square: ImportedNetwork = {
    title: 't',
    year: 2024,
    shape: 'organisations',
    organisations: ['a', 'b', 'c', 'd'].map((key) => ({
      key,
      label: key,
      type: 'other',
      country: '',
      aliases: [],
    })),
    collaborations: ['ab', 'bc', 'cd', 'da'].map((key) => ({
      key,
      label: key,
      kind: 'partnership',
      description: '',
      tie: true,
    })),
    memberships: ['ab', 'bc', 'cd', 'da'].flatMap((key) =>
      [...key].map((org) => ({
        organisation: org,
        collaboration: key,
        role: 'member' as const,
        section: 's',
      })),
    ),
  };

  it('is deterministic, fills the box, and both views get positions', async () => {
    const { request, view } = layoutRequestFor(square);
    expect(view).toBe('network');
    expect(request.edges).toHaveLength(4);
    const first = await computeLayout(request);
    expect(await computeLayout(request)).toEqual(first);
    const xs = Object.values(first).map((p) => p[0]);
    const ys = Object.values(first).map((p) => p[1]);
    expect(
      Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)),
    ).toBeCloseTo(1300, -1);
    const built = toGraphFile(await withLayout(square));
    if (!built.ok) throw new Error('not built');
    // A tie collaboration sits at the midpoint of its two organisations.
    const { affiliation: a, network: n } = built.file.positions;
    const [ax, ay] = n['org:a'] ?? [NaN, NaN];
    const [bx, by] = n['org:b'] ?? [NaN, NaN];
    expect(a['col:ab']).toEqual([Math.round((ax + bx) / 2), Math.round((ay + by) / 2)]);
  });

  it('reports progress and stops on abort', async () => {
    const { request } = layoutRequestFor(square);
    const fractions: number[] = [];
    await computeLayout({ ...request, iterations: 50 }, { onProgress: (f) => fractions.push(f) });
    expect(fractions).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1, 1]);
    const controller = new AbortController();
    const pending = computeLayout(
      { ...request, iterations: 1000 },
      {
        signal: controller.signal,
        onProgress: (f) => {
          if (f > 0.05) controller.abort();
        },
      },
    );
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('a generated 10,000-organisation / 50,000-tie network', () => {
  it('imports with its positions, and the network view gives back the same ties', async () => {
    const { gexf, ties } = generateNetwork(10_000, 50_000);
    const started = performance.now();
    const result = await parseNetworkFile(gexf, { fileName: 'generated.gexf' });
    const parsed = performance.now();
    const data = datasetOf(result);
    const built = performance.now();
    const view = viewOf(data, 'network');
    const projected = performance.now();
    console.log(
      `10k/50k GEXF (${(gexf.length / 1024 / 1024).toFixed(1)} MB): parse ${Math.round(parsed - started)} ms, ` +
        `toGraphFile + dataset ${Math.round(built - parsed)} ms, network view ${Math.round(projected - built)} ms`,
    );
    expect(data.organisations).toHaveLength(10_000);
    expect(view.links).toHaveLength(50_000);
    expect(new Set(view.links.map((l) => `${l.source.slice(4)}|${l.target.slice(4)}`))).toEqual(
      ties,
    );
    expect(Object.keys(data.file.positions.network)).toHaveLength(10_000);
  }, 120_000);

  it('lays out without positions (few iterations, timed)', async () => {
    const { gexf } = generateNetwork(10_000, 50_000, 15, false);
    const result = await parseNetworkFile(gexf);
    if (!result.ok) throw new Error('not parsed');
    const { request } = layoutRequestFor(result.network);
    const started = performance.now();
    const positions = await computeLayout({ ...request, iterations: 20 });
    console.log(
      `10k/50k ForceAtlas2, 20 iterations (Barnes–Hut): ${Math.round(performance.now() - started)} ms`,
    );
    expect(Object.keys(positions)).toHaveLength(10_000);
  }, 120_000);
});
