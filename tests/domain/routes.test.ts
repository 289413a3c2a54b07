import { describe, expect, it } from 'vitest';
import { applyFilters, DEFAULT_FILTERS } from '../../src/domain/filters';
import { indexGraph } from '../../src/domain/graphIndex';
import {
  findRoutes,
  linkEvidence,
  routeChain,
  routesTable,
  type RouteResult,
} from '../../src/domain/routes';
import { buildViewGraph } from '../../src/domain/viewGraph';
import {
  affiliationGraph,
  davisGraph,
  karateGraph,
  randomGraph,
  reference,
  tieGraph,
} from '../fixtures/referenceGraphs';
import { tinyDataset } from '../fixtures/tinyDataset';

function found(result: RouteResult) {
  if (result.kind !== 'found') throw new Error(`expected found, got ${result.kind}`);
  return result;
}

// A–B–D–E and A–C–D–E: two shortest routes of 3 links; F is isolated.
const diamond = tieGraph(
  [
    ['A', 'B'],
    ['A', 'C'],
    ['B', 'D'],
    ['C', 'D'],
    ['D', 'E'],
  ],
  ['F'],
);

describe('shortest routes on tiny graphs', () => {
  it('finds both shortest routes through the diamond and counts them', () => {
    const r = found(findRoutes(diamond, 'A', 'E'));
    expect(r.shortestLength).toBe(3);
    expect(r.shortestCount).toBe(2);
    expect(r.routes.map((x) => x.nodes.join(''))).toEqual(['ABDE', 'ACDE']);
    expect(r.truncated).toBe(false);
    expect(r.routes[0]!.steps.map((s) => s.link.id)).toEqual(['tie:A|B', 'tie:B|D', 'tie:D|E']);
  });

  it('counts the 6 monotone routes across a 3×3 grid and caps the list', () => {
    const edges: [string, string][] = [];
    for (let r = 0; r < 3; r++)
      for (let c = 0; c < 3; c++) {
        if (c < 2) edges.push([`${r}${c}`, `${r}${c + 1}`]);
        if (r < 2) edges.push([`${r}${c}`, `${r + 1}${c}`]);
      }
    const grid = tieGraph(edges);
    const all = found(findRoutes(grid, '00', '22'));
    expect(all.shortestCount).toBe(6); // C(4, 2)
    expect(new Set(all.routes.map((x) => x.nodes.join('-'))).size).toBe(6);
    const capped = found(findRoutes(grid, '00', '22', { maxRoutes: 4 }));
    expect(capped.routes).toHaveLength(4);
    expect(capped.shortestCount).toBe(6);
    expect(capped.truncated).toBe(true);
  });

  it('counts beyond 32 bits: C(38, 19) corner-to-corner routes on a 20×20 grid', () => {
    const edges: [string, string][] = [];
    const id = (r: number, c: number) => `${r}:${c}`;
    for (let r = 0; r < 20; r++)
      for (let c = 0; c < 20; c++) {
        if (c < 19) edges.push([id(r, c), id(r, c + 1)]);
        if (r < 19) edges.push([id(r, c), id(r + 1, c)]);
      }
    const r = found(findRoutes(tieGraph(edges), '0:0', '19:19', { maxRoutes: 5, maxLength: 40 }));
    expect(r.shortestLength).toBe(38);
    expect(r.shortestCount).toBe(35_345_263_800);
    expect(r.routes).toHaveLength(5);
    expect(r.truncated).toBe(true);
  });

  it('gives one empty route from a node to itself', () => {
    const r = found(findRoutes(diamond, 'B', 'B'));
    expect(r.routes).toEqual([{ nodes: ['B'], steps: [], length: 0 }]);
  });

  it('says no-route across components, too-long past the limit, unknown-node for hidden ids', () => {
    expect(findRoutes(diamond, 'A', 'F').kind).toBe('no-route');
    expect(findRoutes(diamond, 'A', 'E', { maxLength: 2 })).toMatchObject({
      kind: 'too-long',
      limit: 2,
      shortestLength: 3,
    });
    expect(findRoutes(diamond, 'A', 'Z')).toMatchObject({ kind: 'unknown-node', missing: ['Z'] });
  });

  it('passes through people only when asked, but always reaches a person at an end', () => {
    const g = affiliationGraph(
      [
        ['org:x', 'col:1'],
        ['org:y', 'col:2'],
      ],
      [
        ['person:p', 'col:1'],
        ['person:p', 'col:2'],
      ],
    );
    expect(findRoutes(g, 'org:x', 'org:y').kind).toBe('no-route');
    const via = found(findRoutes(g, 'org:x', 'org:y', { throughPeople: true }));
    expect(via.routes[0]!.nodes).toEqual(['org:x', 'col:1', 'person:p', 'col:2', 'org:y']);
    const words = { role: (r: string) => r.toUpperCase(), body: (b: string) => `[${b}]` };
    expect(routeChain(via.routes[0]!, (id) => id, words)).toBe(
      'org:x —(MEMBER)— col:1 —([council] MEMBER)— person:p —([council] MEMBER)— col:2 —(MEMBER)— org:y',
    );
    expect(found(findRoutes(g, 'org:x', 'person:p')).shortestLength).toBe(2);
    expect(found(findRoutes(g, 'person:p', 'org:y')).shortestLength).toBe(2);
  });

  it('ranks the next-shortest simple routes after the shortest ones (Yen)', () => {
    // A–B–C direct (2 links), A–D–E–C (3), A–D–E–F–C (4 via the detour).
    const g = tieGraph([
      ['A', 'B'],
      ['B', 'C'],
      ['A', 'D'],
      ['D', 'E'],
      ['E', 'C'],
      ['E', 'F'],
      ['F', 'C'],
    ]);
    const r = found(findRoutes(g, 'A', 'C', { mode: 'ranked', maxRoutes: 10 }));
    expect(r.routes.map((x) => x.nodes.join(''))).toEqual(['ABC', 'ADEC', 'ADEFC']);
    expect(r.truncated).toBe(false);
    const two = found(findRoutes(g, 'A', 'C', { mode: 'ranked', maxRoutes: 2 }));
    expect(two.routes.map((x) => x.nodes.join(''))).toEqual(['ABC', 'ADEC']);
    expect(two.truncated).toBe(true);
    const bounded = found(findRoutes(g, 'A', 'C', { mode: 'ranked', maxLength: 3 }));
    expect(bounded.routes.map((x) => x.length)).toEqual([2, 3]);
  });
});

describe('routes against NetworkX', () => {
  const cases = [
    ['karate', karateGraph(), reference.karate] as const,
    ['davis', davisGraph(), reference.davis] as const,
  ];
  for (const [name, graph, ref] of cases) {
    it(`matches all_shortest_paths on ${name} (counts and path sets)`, () => {
      const index = indexGraph(graph);
      for (const pair of ref.allShortestPaths) {
        const r = findRoutes(index, pair.source, pair.target, { maxRoutes: 1000, maxLength: 100 });
        if (pair.count === 0) {
          expect(r.kind).toBe('no-route');
          continue;
        }
        const f = found(r);
        expect(f.shortestCount, `${pair.source}→${pair.target}`).toBe(pair.count);
        expect(f.shortestLength).toBe(pair.length);
        const mine = f.routes.map((x) => x.nodes.join('|')).sort();
        const theirs = pair.paths.map((p) => p.join('|')).sort();
        expect(mine).toEqual(theirs);
      }
    });

    it(`matches the lengths of shortest_simple_paths on ${name}`, () => {
      for (const pair of ref.shortestSimplePaths) {
        const r = found(
          findRoutes(graph, pair.source, pair.target, {
            mode: 'ranked',
            maxRoutes: pair.k,
            maxLength: 100,
          }),
        );
        expect(r.routes.map((x) => x.length)).toEqual(pair.lengths);
        const longest = pair.lengths[pair.lengths.length - 1]!;
        expect(
          r.routes
            .filter((x) => x.length < longest)
            .map((x) => x.nodes.join('|'))
            .sort(),
        ).toEqual(pair.completePaths.map((p) => p.join('|')).sort());
        for (const route of r.routes) expect(new Set(route.nodes).size).toBe(route.nodes.length);
        expect(new Set(r.routes.map((x) => x.nodes.join('|'))).size).toBe(r.routes.length);
      }
    });
  }
});

describe('routes on the tiny dataset', () => {
  const data = tinyDataset();
  const visible = applyFilters(data, { ...DEFAULT_FILTERS, showPeople: true });
  const label = (id: string) => data.nodeById.get(id)?.label ?? id;

  it('reads as a chain and finds the evidence of each step', () => {
    const view = buildViewGraph(visible, 'affiliation');
    const r = found(findRoutes(view, 'org:kommun-b', 'org:uni-c'));
    expect(r.shortestLength).toBe(2);
    expect(r.routes.map((x) => x.nodes[1])).toEqual(['col:alfa']);
    expect(routeChain(r.routes[0]!, label)).toBe(
      'Bästa stad —(partner)— Alfaprojektet —(partner)— Cederträ universitet',
    );
    const evidence = linkEvidence(data, r.routes[0]!.steps[0]!.link);
    expect(evidence).toEqual([
      expect.objectContaining({
        kind: 'membership',
        member: 'org:kommun-b',
        collaboration: 'col:alfa',
        role: 'partner',
        evidence: [{ source: 'doc', section: 'Projekt › Alfa' }],
      }),
    ]);
  });

  it('gives a CSV-ready table of the routes with their evidence', () => {
    const view = buildViewGraph(visible, 'affiliation');
    const headings = { route: 'nr', length: 'steg', chain: 'väg', evidence: 'källor' };
    const table = routesTable(findRoutes(view, 'org:kommun-b', 'org:uni-c'), data, label, headings);
    expect(table).toEqual({
      header: ['nr', 'steg', 'väg', 'källor'],
      rows: [
        [
          '1',
          '2',
          'Bästa stad —(partner)— Alfaprojektet —(partner)— Cederträ universitet',
          'doc: Projekt › Alfa',
        ],
      ],
    });
    expect(
      routesTable(findRoutes(view, 'org:kommun-b', 'org:none'), data, label, headings).rows,
    ).toEqual([]);
  });

  it('explains a network tie by both memberships in every shared collaboration', () => {
    const view = buildViewGraph(visible, 'network');
    const r = found(findRoutes(view, 'org:region-a', 'org:uni-c'));
    const evidence = linkEvidence(data, r.routes[0]!.steps[0]!.link);
    expect(evidence.map((e) => e.edgeId).sort()).toEqual(
      data.memberships
        .filter(
          (m) =>
            (m.source === 'org:region-a' || m.source === 'org:uni-c') &&
            (m.target === 'col:alfa' || m.target === 'col:gamma'),
        )
        .map((m) => m.id)
        .sort(),
    );
    expect(evidence).toHaveLength(4);
  });
});

describe('speed', () => {
  it('answers shortest routes on 10,000 nodes and 50,000 links well under a second', () => {
    const graph = randomGraph(10_000, 50_000, 7);
    const started = performance.now();
    const index = indexGraph(graph);
    for (let i = 0; i < 5; i++) {
      const r = findRoutes(index, `org:0000${i}`, `org:0999${i}`);
      expect(r.kind).toBe('found');
    }
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
