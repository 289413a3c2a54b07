/**
 * Both views with collaborations as members, on the acting fixture.
 */
import { describe, expect, it } from 'vitest';
import { applyFilters, DEFAULT_FILTERS } from '../../src/domain/filters';
import { buildViewGraph } from '../../src/domain/viewGraph';
import { actingDataset } from '../fixtures/actingDataset';
import { tinyDataset } from '../fixtures/tinyDataset';

const data = actingDataset();
const visible = applyFilters(data, DEFAULT_FILTERS);

describe('view graph with collaborations as members', () => {
  it('draws collaboration → collaboration links in the affiliation view', () => {
    const graph = buildViewGraph(visible, 'affiliation');
    const roles = (id: string) => {
      const link = graph.links.find((l) => l.id === id);
      return link?.kind === 'membership' ? link.roles : null;
    };
    expect(roles('e:col:corner|col:council')).toEqual(['member']);
    expect(roles('e:col:proj|col:prog')).toEqual(['part']);
    expect(graph.nodes.find((n) => n.id === 'col:corner')).toEqual({
      id: 'col:corner',
      links: 3, // Kommun Ett, Kommun Två, Rådet
      strength: 3,
    });
  });

  it('makes acting bodies nodes of the network view, tied to their members', () => {
    const graph = buildViewGraph(visible, 'network');
    expect(graph.nodes.map((n) => n.id)).toEqual([
      'col:corner',
      'org:k1',
      'org:k2',
      'org:reg',
      'org:uni',
    ]);
    const tie = graph.links.find((l) => l.id === 'tie:col:corner|org:k1');
    expect(tie?.kind === 'tie' && [tie.collaborations, tie.direct]).toEqual([[], ['col:corner']]);
    expect(graph.nodes.find((n) => n.id === 'col:corner')).toMatchObject({ links: 3, strength: 3 });
    expect(graph.nodes.find((n) => n.id === 'org:uni')).toMatchObject({ links: 0 });
  });

  it('leaves parts and non-acting collaborations out of the network view', () => {
    const ids = buildViewGraph(visible, 'network').nodes.map((n) => n.id);
    expect(ids).not.toContain('col:proj');
    expect(ids).not.toContain('col:council');
  });
});

describe('view graph (tiny dataset)', () => {
  const tiny = tinyDataset();
  it('merges two roles of one organisation in one collaboration into one link, strongest first', () => {
    const doubled = { ...applyFilters(tiny, DEFAULT_FILTERS) };
    doubled.memberships = [
      ...doubled.memberships,
      {
        ...doubled.memberships.find((m) => m.id.includes('alfa:region-a'))!,
        role: 'funder',
        id: 'y',
      },
    ];
    const graph = buildViewGraph(doubled, 'affiliation');
    const link = graph.links.find((l) => l.id === 'e:org:region-a|col:alfa');
    expect(link?.kind === 'membership' && link.roles).toEqual(['lead', 'funder']);
  });

  it('gives the network view organisation nodes with link counts and strengths', () => {
    const graph = buildViewGraph(applyFilters(tiny, DEFAULT_FILTERS), 'network');
    const regionA = graph.nodes.find((n) => n.id === 'org:region-a');
    expect(regionA).toEqual({ id: 'org:region-a', links: 2, strength: 4 });
    expect(graph.signature).not.toBe(
      buildViewGraph(applyFilters(tiny, { ...DEFAULT_FILTERS, roles: ['lead'] }), 'network')
        .signature,
    );
  });
});
