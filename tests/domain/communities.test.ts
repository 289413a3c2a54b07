/**
 * Community summaries on a hand-made network: members listed in full, the collaborations
 * that hold a community together, and unique names from the strongest tie.
 */
import { describe, expect, it } from 'vitest';
import type { MembershipEdge } from '../../src/data/graphSchema';
import { hasCommunityOfTwo, summariseCommunities } from '../../src/domain/communities';
import { tinyDataset } from '../fixtures/tinyDataset';

let n = 0;
const m = (org: string, col: string): MembershipEdge => ({
  id: `m${++n}`,
  kind: 'membership',
  source: `org:${org}`,
  target: `col:${col}`,
  role: 'partner',
  implied: false,
  evidence: [{ source: 'src:doc', section: '1' }],
});

// Community 0: a, b, c, d — FIRS holds a, b, c; SMALL holds c, d.
// Community 1: e, f, g — FIRS also holds e, f (fewer than in community 0); LOCAL holds f, g.
// Community 2: h alone, in no collaboration shared inside it.
const memberships = [
  m('a', 'firs'),
  m('b', 'firs'),
  m('c', 'firs'),
  m('c', 'small'),
  m('d', 'small'),
  m('e', 'firs'),
  m('f', 'firs'),
  m('f', 'local'),
  m('g', 'local'),
];
const communityOf = new Map<string, number>([
  ['org:a', 0],
  ['org:b', 0],
  ['org:c', 0],
  ['org:d', 0],
  ['org:e', 1],
  ['org:f', 1],
  ['org:g', 1],
  ['org:h', 2],
]);
const labelOf = (id: string) => id.slice(4).toUpperCase();

describe('summariseCommunities', () => {
  const summaries = summariseCommunities(communityOf, memberships, labelOf);
  const byNumber = new Map(summaries.map((s) => [s.community, s]));

  it('lists every member of each community, most collaborations first', () => {
    expect(byNumber.get(0)?.organisations).toEqual(['org:c', 'org:a', 'org:b', 'org:d']);
    expect(byNumber.get(1)?.organisations).toEqual(['org:f', 'org:e', 'org:g']);
    expect(byNumber.get(2)?.organisations).toEqual(['org:h']);
  });

  it('names a community after the collaboration tying most of its members', () => {
    expect(byNumber.get(0)?.collaborations).toEqual([
      { id: 'col:firs', members: 3 },
      { id: 'col:small', members: 2 },
    ]);
    expect(byNumber.get(0)?.namedAfter).toBe('col:firs');
  });

  it('gives a split collaboration to the community holding more of it; the other takes its next', () => {
    // FIRS ties 2 of community 1 too, and LOCAL ties 2: FIRS is taken by community 0.
    expect(byNumber.get(1)?.namedAfter).toBe('col:local');
  });

  it('leaves a community without a shared collaboration unnamed', () => {
    expect(byNumber.get(2)?.namedAfter).toBeNull();
  });
});

describe('community summaries (tiny dataset)', () => {
  const tiny = tinyDataset();
  const label = (id: string) => tiny.nodeById.get(id)?.label ?? id;
  it('lists organisations and the collaborations holding each community together', () => {
    const communities = new Map([
      ['org:region-a', 0],
      ['org:kommun-b', 0],
      ['org:uni-c', 1],
      ['org:bolag-d', 1],
    ]);
    const summary = summariseCommunities(communities, tiny.memberships, label);
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

describe('hasCommunityOfTwo', () => {
  it('is true exactly when summariseCommunities would list a community', () => {
    const two = new Map([
      ['org:a', 0],
      ['org:b', 0],
      ['col:x', 1],
    ]);
    const apart = new Map([
      ['org:a', 0],
      ['org:b', 1],
      ['col:x', 0],
    ]);
    expect(hasCommunityOfTwo(two)).toBe(true);
    // A collaboration in the same community does not make it one of two organisations.
    expect(hasCommunityOfTwo(apart)).toBe(false);
    for (const map of [two, apart])
      expect(
        summariseCommunities(map, [], (id) => id).some((c) => c.organisations.length > 1),
      ).toBe(hasCommunityOfTwo(map));
  });
});
