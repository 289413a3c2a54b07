import { describe, expect, it } from 'vitest';
import {
  collaborationGroup,
  compareCollaborations,
  compareMembers,
  comparisonTable,
} from '../../src/domain/compare';
import { tinyDataset } from '../fixtures/tinyDataset';

const data = tinyDataset();
const label = (id: string) => data.nodeById.get(id)?.label ?? id;

describe('compareCollaborations', () => {
  it('splits the members of two collaborations into both and only one', () => {
    const { members, people } = compareCollaborations(data, ['col:alfa', 'col:beta'], label);
    // Bästa stad before Region Alfa in Swedish order, both in 2 sets.
    expect(members.inAll).toEqual(['org:kommun-b', 'org:region-a']);
    expect(members.inSome).toEqual([]);
    expect(members.inOnlyOne).toEqual(['org:uni-c']);
    expect(members.onlyIn).toEqual({ 'col:alfa': ['org:uni-c'], 'col:beta': [] });
    const region = members.rows.find((r) => r.id === 'org:region-a')!;
    expect(region.in).toEqual(['col:alfa', 'col:beta']);
    expect(region.details['col:alfa']).toEqual({ roles: ['lead'], implied: false });
    expect(region.details['col:beta']).toEqual({ roles: ['convener'], implied: false });
    expect(region.evidence['col:beta']).toEqual([
      { edgeId: 'm:beta:region-a:convener', source: 'doc', section: 'Nätverk › Beta' },
    ]);
    expect(people.inOnlyOne.sort()).toEqual(['person:anna-a', 'person:bo-b']);
    expect(people.rows.find((r) => r.id === 'person:bo-b')!.details['col:alfa']).toEqual({
      seats: [{ body: 'council', role: 'member', organisation: 'org:uni-c', title: 'rektor' }],
    });
  });

  it('with three collaborations tells all, some (which) and one apart', () => {
    const { members } = compareCollaborations(data, ['col:alfa', 'col:beta', 'col:gamma'], label);
    expect(members.inAll).toEqual(['org:region-a']);
    expect(members.inSome).toEqual(['org:kommun-b', 'org:uni-c']);
    expect(members.rows.map((r) => [r.id, r.in])).toEqual([
      ['org:region-a', ['col:alfa', 'col:beta', 'col:gamma']],
      ['org:kommun-b', ['col:alfa', 'col:beta']],
      ['org:uni-c', ['col:alfa', 'col:gamma']],
    ]);
    expect(members.rows[0]!.details['col:gamma']).toEqual({ roles: ['funder'], implied: true });
  });

  it('merges two roles in one collaboration and keeps a collaboration as a member', () => {
    const base = data.memberships[0]!;
    const memberships = [
      { ...base, id: 'm:1', source: 'org:x', target: 'col:p', role: 'partner' as const },
      { ...base, id: 'm:2', source: 'org:x', target: 'col:p', role: 'lead' as const },
      { ...base, id: 'm:3', source: 'col:child', target: 'col:p', role: 'member' as const },
      { ...base, id: 'm:4', source: 'col:child', target: 'col:q', role: 'member' as const },
    ];
    const { members } = compareCollaborations({ memberships }, ['col:p', 'col:q']);
    expect(members.inAll).toEqual(['col:child']);
    expect(members.rows.find((r) => r.id === 'org:x')!.details['col:p']!.roles).toEqual([
      'lead',
      'partner',
    ]);
    expect(members.rows.find((r) => r.id === 'org:x')!.evidence['col:p']).toHaveLength(2);
  });

  it('has an empty "in all" for a single or unknown collaboration', () => {
    expect(compareCollaborations(data, ['col:alfa']).members.inAll).toEqual([]);
    expect(compareCollaborations(data, ['col:alfa', 'col:none']).members.inAll).toEqual([]);
  });
});

describe('compareMembers', () => {
  it('finds shared and own collaborations and the partners both have', () => {
    const { collaborations, partners } = compareMembers(data, ['org:kommun-b', 'org:uni-c'], label);
    expect(collaborations.inAll).toEqual(['col:alfa']);
    expect(collaborations.onlyIn).toEqual({
      'org:kommun-b': ['col:beta'],
      'org:uni-c': ['col:gamma'],
    });
    expect(partners.inAll).toEqual(['org:region-a']);
    expect(partners.rows).toHaveLength(1); // the compared two are not each other's rows
    const region = partners.rows[0]!;
    expect(region.details['org:kommun-b']).toEqual({ collaborations: ['col:alfa', 'col:beta'] });
    expect(region.details['org:uni-c']).toEqual({ collaborations: ['col:alfa', 'col:gamma'] });
  });
});

describe('groups and tables', () => {
  it('picks a group by kind, funding and source', () => {
    expect(collaborationGroup(data, { funding: ['esf'] })).toEqual(['col:gamma']);
    expect(collaborationGroup(data, { kinds: ['project', 'network'] })).toEqual([
      'col:alfa',
      'col:beta',
    ]);
    expect(collaborationGroup(data, { kinds: ['council'] })).toEqual([]);
    expect(collaborationGroup(data, {})).toHaveLength(3);
  });

  it('gives one table row per member with a column per collaboration', () => {
    const { members } = compareCollaborations(data, ['col:alfa', 'col:beta'], label);
    const table = comparisonTable(
      members,
      label,
      { id: 'id', label: 'namn', count: 'antal', evidence: 'källor' },
      (d) => d.roles.join(' '),
    );
    expect(table.header).toEqual([
      'id',
      'namn',
      'antal',
      'Alfaprojektet',
      'Betanätverket',
      'källor',
    ]);
    expect(table.rows[2]).toEqual([
      'org:uni-c',
      'Cederträ universitet',
      '1',
      'partner',
      '',
      'doc: Projekt › Alfa',
    ]);
  });
});
