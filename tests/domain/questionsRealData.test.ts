/**
 * The network questions on the bundled graph (data/graph.json): the facts strategists asked
 * about, answered end to end through filters and the view graph.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDataset } from '../../src/data/dataset';
import { graphSchema } from '../../src/data/graphSchema';
import { compareCollaborations } from '../../src/domain/compare';
import { applyFilters, DEFAULT_FILTERS } from '../../src/domain/filters';
import { neighbourhood } from '../../src/domain/neighbourhood';
import { findRoutes, routeChain, stepEvidence } from '../../src/domain/routes';
import { suggestPartners } from '../../src/domain/suggestions';
import { createTextSearch } from '../../src/domain/textSearch';
import { buildViewGraph } from '../../src/domain/viewGraph';

const file = graphSchema.parse(
  JSON.parse(readFileSync(new URL('../../data/graph.json', import.meta.url), 'utf8')),
);
const data = createDataset(file);
const label = (id: string) => data.nodeById.get(id)?.label ?? id;
const visible = applyFilters(data, DEFAULT_FILTERS);
const affiliation = buildViewGraph(visible, 'affiliation');
const network = buildViewGraph(visible, 'network');

describe('questions on the bundled graph', () => {
  it('finds organisations that sit in both FIRS and STRING', () => {
    const { members } = compareCollaborations(data, ['col:firs', 'col:string'], label);
    expect(members.inAll.length).toBeGreaterThan(0);
    for (const id of members.inAll) {
      const row = members.rows.find((r) => r.id === id)!;
      expect(row.evidence['col:firs']!.length).toBeGreaterThan(0);
      expect(row.evidence['col:string']!.length).toBeGreaterThan(0);
    }
  });

  it('connects Lunds universitet and Region Kronoberg, with evidence for every step', () => {
    for (const view of [affiliation, network]) {
      const r = findRoutes(view, 'org:lunds-universitet', 'org:region-kronoberg');
      expect(r.kind, view.view).toBe('found');
      if (r.kind !== 'found') continue;
      expect(r.routes.length).toBeGreaterThan(0);
      expect(r.shortestCount).toBeGreaterThanOrEqual(r.routes.length);
      const route = r.routes[0]!;
      expect(routeChain(route, label)).toMatch(/^Lunds universitet —.*— Region Kronoberg$/);
      for (const step of route.steps)
        expect(stepEvidence(data, step).length, step.link.id).toBeGreaterThan(0);
    }
  });

  it('finds "Familjen Helsingborg" in texts, not only as a name', () => {
    const hits = createTextSearch(file).search('Familjen Helsingborg');
    const inText = hits.filter((h) => h.id !== 'col:familjen-helsingborg');
    expect(inText.length).toBeGreaterThan(0);
    for (const h of inText) {
      expect(['description', 'unnamedParticipants']).toContain(h.field);
      const [a, b] = h.snippet.ranges[0]!;
      expect(h.snippet.text.slice(a, b)).toBe('Familjen');
    }
  });

  it('suggests partners for Lunds universitet that it does not have yet', () => {
    const own = new Set(
      network.links
        .filter((l) => l.source === 'org:lunds-universitet' || l.target === 'org:lunds-universitet')
        .flatMap((l) => [l.source, l.target]),
    );
    const ranked = suggestPartners(network, 'org:lunds-universitet', { labelOf: label });
    expect(ranked.length).toBeGreaterThan(0);
    for (const s of ranked) expect(own.has(s.id)).toBe(false);
  });

  it('puts every member of FIRS in its depth-1 neighbourhood', () => {
    const r = neighbourhood(affiliation, 'col:firs', 1);
    expect(r.kind).toBe('found');
    if (r.kind !== 'found') return;
    const ids = new Set(r.distances.map((d) => d.id));
    for (const m of data.membershipsByCollaboration.get('col:firs') ?? [])
      expect(ids.has(m.source)).toBe(true);
  });
});
