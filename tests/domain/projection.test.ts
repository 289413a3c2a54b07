/**
 * The collaboration network with acting bodies, on the hand-checked acting fixture:
 * actors are organisations and collaborations that are members (not merely parts).
 */
import { describe, expect, it } from 'vitest';
import {
  actorsOf,
  keyCollaborators,
  projectCollaborationNetwork,
} from '../../src/domain/projection';
import { actingDataset } from '../fixtures/actingDataset';
import { tinyDataset } from '../fixtures/tinyDataset';

const data = actingDataset();
const label = (id: string) => data.nodeById.get(id)?.label ?? id;

describe('projection with collaborations as members', () => {
  it('counts as actors the organisations and the collaborations that are members, not parts', () => {
    expect([...actorsOf(data.memberships)].sort()).toEqual([
      'col:corner',
      'org:k1',
      'org:k2',
      'org:reg',
      'org:uni',
    ]);
  });

  it('ties co-members (acting bodies included) and an acting body to its own members', () => {
    const ties = projectCollaborationNetwork(data.memberships);
    expect(ties.map((t) => [t.id, t.collaborations, t.direct, t.weight])).toEqual([
      ['tie:col:corner|org:k1', [], ['col:corner'], 1],
      ['tie:col:corner|org:k2', [], ['col:corner'], 1],
      ['tie:col:corner|org:reg', ['col:council'], [], 1],
      ['tie:org:k1|org:k2', ['col:corner'], [], 1],
    ]);
  });

  it('adds shared collaborations and a direct membership into one weight', () => {
    // Kommun Ett also sits in the council next to its own sub-region.
    const extra = {
      ...data.memberships.find((m) => m.id === 'm:council:reg:member')!,
      id: 'm:council:k1:member',
      source: 'org:k1',
    };
    const tie = projectCollaborationNetwork([...data.memberships, extra]).find(
      (t) => t.id === 'tie:col:corner|org:k1',
    );
    expect(tie).toMatchObject({
      collaborations: ['col:council'],
      direct: ['col:corner'],
      weight: 2,
    });
  });

  it('gives an acting body key collaborators: its members and its co-members', () => {
    expect(keyCollaborators('col:corner', data.memberships, label)).toEqual([
      { organisation: 'org:k1', collaborations: [], direct: ['col:corner'] },
      { organisation: 'org:k2', collaborations: [], direct: ['col:corner'] },
      { organisation: 'org:reg', collaborations: ['col:council'], direct: [] },
    ]);
  });

  it('gives a member organisation its sub-region as a key collaborator, with why', () => {
    expect(keyCollaborators('org:k1', data.memberships, label)).toEqual([
      { organisation: 'col:corner', collaborations: [], direct: ['col:corner'] },
      { organisation: 'org:k2', collaborations: ['col:corner'], direct: [] },
    ]);
  });

  it('agrees with the full projection for every actor', () => {
    const ties = projectCollaborationNetwork(data.memberships);
    for (const actor of actorsOf(data.memberships)) {
      const fromTies = ties
        .filter((t) => t.source === actor || t.target === actor)
        .map((t) => (t.source === actor ? t.target : t.source))
        .sort();
      const fromKey = keyCollaborators(actor, data.memberships, label)
        .map((k) => k.organisation)
        .sort();
      expect(fromKey, actor).toEqual(fromTies);
    }
  });
});

describe('projection onto the collaboration network (tiny dataset)', () => {
  const tiny = tinyDataset();
  const label = (id: string) => tiny.nodeById.get(id)?.label ?? id;
  it('ties organisations by the number of distinct collaborations they share, keeping which', () => {
    const ties = projectCollaborationNetwork(tiny.memberships);
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
      ...tiny.memberships,
      { ...tiny.memberships[0]!, id: 'x', role: 'funder' as const },
    ];
    const tie = projectCollaborationNetwork(doubled).find(
      (t) => t.id === 'tie:org:kommun-b|org:region-a',
    );
    expect(tie?.weight).toBe(2);
  });

  it('ranks key collaborators by shared collaborations, then by name', () => {
    const ranked = keyCollaborators('org:region-a', tiny.memberships, label);
    expect(ranked.map((k) => [k.organisation, k.collaborations.length])).toEqual([
      ['org:kommun-b', 2],
      ['org:uni-c', 2],
    ]);
    expect(keyCollaborators('org:bolag-d', tiny.memberships, label)).toEqual([]);
  });
});
