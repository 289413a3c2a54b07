import { describe, expect, it } from 'vitest';
import { applyFilters, DEFAULT_FILTERS } from '../../src/domain/filters';
import {
  pairScores,
  partnerNetwork,
  partnerNetworkFromMemberships,
  suggestPartners,
} from '../../src/domain/suggestions';
import { buildViewGraph } from '../../src/domain/viewGraph';
import { davisGraph, karateGraph, reference, tieGraph } from '../fixtures/referenceGraphs';
import { tinyDataset } from '../fixtures/tinyDataset';

describe('suggestPartners on a hand-made network', () => {
  // F–A, F–B, A–C, B–C, C–D: F's only candidate is C, through A and B (2 partners each).
  const g = tieGraph([
    ['F', 'A', 'col:1'],
    ['F', 'B', 'col:2'],
    ['A', 'C', 'col:3'],
    ['B', 'C', 'col:3', 'col:4'],
    ['C', 'D', 'col:5'],
  ]);

  it('scores the one member two steps away', () => {
    const [c, ...rest] = suggestPartners(g, 'F');
    expect(rest).toEqual([]);
    expect(c!.id).toBe('C');
    expect(c!.commonNeighbours).toBe(2);
    expect(c!.adamicAdar).toBeCloseTo(2 / Math.log(2), 12);
    expect(c!.jaccard).toBeCloseTo(2 / 3, 12); // {A,B} of {A,B,D}
    expect(c!.sharedPartners).toEqual([
      { id: 'A', withFocus: ['col:1'], withSuggestion: ['col:3'] },
      { id: 'B', withFocus: ['col:2'], withSuggestion: ['col:3', 'col:4'] },
    ]);
    expect(c!.collaborations).toEqual(['col:1', 'col:2', 'col:3', 'col:4']);
  });

  it('leaves out present partners, the focus itself and non-candidates', () => {
    expect(suggestPartners(g, 'C').map((s) => s.id)).toEqual(['F']);
    expect(suggestPartners(g, 'F', { isCandidate: (id) => id !== 'C' })).toEqual([]);
    expect(suggestPartners(g, 'nobody')).toEqual([]);
  });

  it('breaks equal scores by Swedish label order', () => {
    const star = tieGraph([
      ['X', 'H'],
      ['H', 'Y'],
      ['H', 'Z'],
    ]);
    const labels: Record<string, string> = { Y: 'Östra Göinge', Z: 'Ystad' };
    const ranked = suggestPartners(star, 'X', { labelOf: (id) => labels[id] ?? id });
    expect(ranked.map((s) => s.id)).toEqual(['Z', 'Y']); // Ystad before Östra (ö after z)
    expect(suggestPartners(star, 'X', { limit: 1 }).map((s) => s.id)).toEqual(['Y']);
  });
});

describe('link prediction against NetworkX', () => {
  const cases = [
    ['karate', partnerNetwork(karateGraph()), reference.karate.linkPrediction] as const,
    // Women are members, events collaborations: the partner network is the women projection.
    ['davis', partnerNetwork(davisGraph()), reference.davis.linkPrediction] as const,
  ];
  for (const [name, network, pairs] of cases) {
    it(`matches adamic_adar_index and jaccard_coefficient on ${name}`, () => {
      expect(pairs.length).toBeGreaterThan(5);
      for (const p of pairs) {
        const s = pairScores(network, p.source, p.target);
        expect(s.commonNeighbours, `${p.source}–${p.target}`).toBe(p.commonNeighbours);
        expect(s.adamicAdar).toBeCloseTo(p.adamicAdar, 12);
        expect(s.jaccard).toBeCloseTo(p.jaccard, 12);
      }
    });

    it(`suggests exactly the non-partners with shared partners on ${name}`, () => {
      const expected = new Map<string, Map<string, number>>();
      for (const p of pairs) {
        for (const [u, v] of [
          [p.source, p.target],
          [p.target, p.source],
        ] as const) {
          const row = expected.get(u) ?? new Map<string, number>();
          row.set(v, p.adamicAdar);
          expected.set(u, row);
        }
      }
      for (const focus of network.partners.keys()) {
        const got = suggestPartners(network, focus, { limit: 1000 });
        const want = expected.get(focus) ?? new Map<string, number>();
        expect(got.map((s) => s.id).sort()).toEqual([...want.keys()].sort());
        for (const s of got) expect(s.adamicAdar).toBeCloseTo(want.get(s.id)!, 12);
        for (let i = 1; i < got.length; i++)
          expect(got[i - 1]!.adamicAdar).toBeGreaterThanOrEqual(got[i]!.adamicAdar);
      }
    });
  }
});

describe('on the tiny dataset', () => {
  it('gives the same network from the affiliation view, the network view and memberships', () => {
    const data = tinyDataset();
    const visible = applyFilters(data, DEFAULT_FILTERS);
    const fromAffiliation = partnerNetwork(buildViewGraph(visible, 'affiliation'));
    const fromNetwork = partnerNetwork(buildViewGraph(visible, 'network'));
    const fromMemberships = partnerNetworkFromMemberships(visible.memberships);
    expect(fromAffiliation).toEqual(fromNetwork);
    expect(fromMemberships).toEqual(fromNetwork);
    expect(fromNetwork.partners.get('org:region-a')?.get('org:kommun-b')).toEqual([
      'col:alfa',
      'col:beta',
    ]);
  });
});
