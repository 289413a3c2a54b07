import { describe, expect, it } from 'vitest';
import { foldText, organisationNameKeys } from '../../src/data/normalise';
import { fileNameFor, toCsv } from '../../src/domain/csv';
import { applyFilters, DEFAULT_FILTERS } from '../../src/domain/filters';
import { concentricPositions, groupedPositions } from '../../src/domain/layouts';
import { editDistance, nearDuplicateNames } from '../../src/domain/nearDuplicates';
import { keyCollaborators, projectCollaborationNetwork } from '../../src/domain/projection';
import { buildSearchIndex, search } from '../../src/domain/search';
import { buildViewGraph } from '../../src/domain/viewGraph';
import { tinyDataset } from '../fixtures/tinyDataset';

const data = tinyDataset();
const label = (id: string) => data.nodeById.get(id)?.label ?? id;

describe('projection onto the collaboration network', () => {
  it('ties organisations by the number of distinct collaborations they share, keeping which', () => {
    const ties = projectCollaborationNetwork(data.memberships);
    const byId = Object.fromEntries(ties.map((t) => [t.id, t]));
    expect(byId['tie:org:kommun-b|org:region-a']).toMatchObject({
      weight: 2,
      collaborations: ['col:alfa', 'col:beta'],
    });
    expect(byId['tie:org:region-a|org:uni-c']).toMatchObject({
      weight: 2,
      collaborations: ['col:alfa', 'col:gamma'],
    });
    expect(byId['tie:org:kommun-b|org:uni-c']).toMatchObject({
      weight: 1,
      collaborations: ['col:alfa'],
    });
    expect(ties).toHaveLength(3);
  });

  it('counts a collaboration once even when an organisation holds two roles in it', () => {
    const doubled = [
      ...data.memberships,
      { ...data.memberships[0]!, id: 'x', role: 'funder' as const },
    ];
    const tie = projectCollaborationNetwork(doubled).find(
      (t) => t.id === 'tie:org:kommun-b|org:region-a',
    );
    expect(tie?.weight).toBe(2);
  });

  it('ranks key collaborators by shared collaborations, then by name', () => {
    const ranked = keyCollaborators('org:region-a', data.memberships, label);
    expect(ranked.map((k) => [k.organisation, k.collaborations.length])).toEqual([
      ['org:kommun-b', 2],
      ['org:uni-c', 2],
    ]);
    expect(keyCollaborators('org:bolag-d', data.memberships, label)).toEqual([]);
  });
});

describe('filters', () => {
  it('shows everything with members by default', () => {
    const visible = applyFilters(data, DEFAULT_FILTERS);
    expect([...visible.collaborations].sort()).toEqual(['col:alfa', 'col:beta', 'col:gamma']);
    expect(visible.organisations.has('org:bolag-d')).toBe(false); // no memberships
    expect(visible.people.size).toBe(0);
  });

  it('filters by organisation type and drops collaborations left without members', () => {
    const visible = applyFilters(data, { ...DEFAULT_FILTERS, organisationTypes: ['municipality'] });
    expect([...visible.organisations]).toEqual(['org:kommun-b']);
    expect([...visible.collaborations].sort()).toEqual(['col:alfa', 'col:beta']);
  });

  it('filters by period overlap, with an explicit choice for undated collaborations', () => {
    const range = { ...DEFAULT_FILTERS, yearFrom: 2011, yearTo: 2015 };
    expect([...applyFilters(data, range).collaborations].sort()).toEqual(['col:beta', 'col:gamma']);
    expect([...applyFilters(data, { ...range, includeUndated: false }).collaborations]).toEqual([
      'col:gamma',
    ]);
  });

  it('filters by role, funding, kind and source', () => {
    expect([
      ...applyFilters(data, { ...DEFAULT_FILTERS, roles: ['convener'] }).collaborations,
    ]).toEqual(['col:beta']);
    expect([
      ...applyFilters(data, { ...DEFAULT_FILTERS, funding: ['esf'] }).collaborations,
    ]).toEqual(['col:gamma']);
    expect([
      ...applyFilters(data, { ...DEFAULT_FILTERS, collaborationKinds: ['network'] }).collaborations,
    ]).toEqual(['col:beta']);
    expect(applyFilters(data, { ...DEFAULT_FILTERS, sources: ['other'] }).collaborations.size).toBe(
      0,
    );
  });

  it('shows people and their seats only when asked', () => {
    const visible = applyFilters(data, { ...DEFAULT_FILTERS, showPeople: true });
    expect([...visible.people].sort()).toEqual(['person:anna-a', 'person:bo-b']);
  });
});

describe('view graph', () => {
  it('merges two roles of one organisation in one collaboration into one link, strongest first', () => {
    const doubled = { ...applyFilters(data, DEFAULT_FILTERS) };
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
    const graph = buildViewGraph(applyFilters(data, DEFAULT_FILTERS), 'network');
    const regionA = graph.nodes.find((n) => n.id === 'org:region-a');
    expect(regionA).toEqual({ id: 'org:region-a', links: 2, strength: 4 });
    expect(graph.signature).not.toBe(
      buildViewGraph(applyFilters(data, { ...DEFAULT_FILTERS, roles: ['lead'] }), 'network')
        .signature,
    );
  });
});

describe('search', () => {
  const index = buildSearchIndex(data.file.nodes);
  it('is case- and diacritic-insensitive', () => {
    expect(search(index, 'basta')[0]?.id).toBe('org:kommun-b');
    expect(search(index, 'CEDERTRÄ')[0]?.id).toBe('org:uni-c');
  });
  it('finds aliases and former names, saying which matched', () => {
    expect(search(index, 'cedertra hogskola')[0]).toMatchObject({
      id: 'org:uni-c',
      matched: 'Cederträ högskola',
    });
  });
  it('ranks an exact acronym first', () => {
    expect(search(index, 'alfa')[0]?.id).toBe('col:alfa');
    expect(search(index, 'CU')[0]?.id).toBe('org:uni-c');
  });
  it('finds people, and nothing for an empty query', () => {
    expect(search(index, 'anna')[0]?.id).toBe('person:anna-a');
    expect(search(index, '  ')).toEqual([]);
  });
});

describe('normalisation', () => {
  it('folds case, diacritics and punctuation', () => {
    expect(foldText('Malmö  Högskola!')).toBe('malmo hogskola');
    expect(foldText('Region Sjælland')).toBe('region sjaelland');
  });
  it('makes kommun/stad spellings of one place collide', () => {
    const keys = (n: string) => new Set(organisationNameKeys(n));
    const overlap = (a: string, b: string) => [...keys(a)].some((k) => keys(b).has(k));
    expect(overlap('Helsingborgs stad', 'Helsingborg stad')).toBe(true);
    expect(overlap('Helsingborgs stad', 'Helsingborgs kommun')).toBe(true);
    expect(overlap('Malmö stad', 'Malmö universitet')).toBe(false);
  });
});

describe('near-duplicate names', () => {
  it('measures edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
  });
  it('pairs names of the same kind that differ by a typo or contain each other', () => {
    const pairs = nearDuplicateNames(
      [
        { id: 'org:a', name: 'Sydsvenska Handelskammaren' },
        { id: 'org:b', name: 'Sydsvenska Handelskamaren' },
        { id: 'col:c', name: 'Sydsvenska Handelskammaren' },
      ],
      foldText,
    );
    expect(pairs.map((p) => `${p.a.id}~${p.b.id}`)).toEqual(['org:a~org:b']);
  });
});

describe('layouts', () => {
  const nodes = [
    { id: 'a', links: 5, group: 'x' },
    { id: 'b', links: 1, group: 'y' },
    { id: 'c', links: 3, group: 'x' },
  ];
  it('puts the most connected node at the centre of the concentric layout', () => {
    expect(concentricPositions(nodes).a).toEqual({ x: 0, y: 0 });
  });
  it('groups nodes by key, in the given order, deterministically', () => {
    const layout = groupedPositions(nodes, ['y', 'x']);
    expect(layout.groups.map((g) => [g.key, g.count])).toEqual([
      ['y', 1],
      ['x', 2],
    ]);
    expect(groupedPositions(nodes, ['y', 'x'])).toEqual(layout);
  });
  it('gives each group a cell width its label can wrap to, without overlapping its row', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({
      id: `n${i}`,
      links: i,
      group: `g${i % 8}`,
    }));
    const { groups, positions } = groupedPositions(many, []);
    for (const g of groups) {
      expect(g.width).toBeGreaterThan(0);
      // Every member lies within its group's cell.
      for (const node of many.filter((n) => n.group === g.key))
        expect(Math.abs((positions[node.id]?.x ?? Infinity) - g.x)).toBeLessThanOrEqual(
          g.width / 2,
        );
    }
    const rows = new Map<number, typeof groups>();
    for (const g of groups) rows.set(g.top, [...(rows.get(g.top) ?? []), g]);
    for (const row of rows.values()) {
      const sorted = [...row].sort((a, b) => a.x - b.x);
      for (let i = 1; i < sorted.length; i++) {
        const [left, right] = [sorted[i - 1], sorted[i]];
        if (!left || !right) continue;
        expect(left.x + left.width / 2).toBeLessThanOrEqual(right.x - right.width / 2);
      }
    }
  });
});

describe('CSV', () => {
  it('starts with a BOM, quotes what needs quoting and defuses formulas', () => {
    const csv = toCsv(
      ['Namn', 'Roll'],
      [
        ['Malmö stad', 'Partner, "huvud"'],
        ['=SUM(A1)', 3],
      ],
    );
    expect(csv.startsWith('\uFEFFNamn,Roll\r\n')).toBe(true);
    expect(csv).toContain('Malmö stad,"Partner, ""huvud"""');
    expect(csv).toContain("'=SUM(A1),3");
  });
  it('makes safe file names', () => {
    expect(fileNameFor('Forsknings- och innovationsrådet i Skåne', 'csv')).toBe(
      'forsknings-och-innovationsradet-i-skane.csv',
    );
  });
});

describe('community summaries', () => {
  it('lists organisations and the collaborations holding each community together', async () => {
    const { summariseCommunities } = await import('../../src/domain/communities');
    const communities = new Map([
      ['org:region-a', 0],
      ['org:kommun-b', 0],
      ['org:uni-c', 1],
      ['org:bolag-d', 1],
    ]);
    const summary = summariseCommunities(communities, data.memberships, label);
    expect(summary[0]).toEqual({
      community: 0,
      namedAfter: 'col:alfa',
      organisations: ['org:region-a', 'org:kommun-b'],
      collaborations: [
        { id: 'col:alfa', members: 2 },
        { id: 'col:beta', members: 2 },
      ],
    });
    expect(summary[1]?.organisations).toEqual(['org:uni-c', 'org:bolag-d']);
    expect(summary[1]?.collaborations).toEqual([]);
  });
});
