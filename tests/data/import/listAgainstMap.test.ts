/**
 * The list against the map on the tiny dataset (Alfa: A lead, B, C; Beta: A, B; Gamma:
 * C, A; Delta: Eko, Dotter AB; seats on Alfa: Anna for A, Bo for C), home Region Alfa.
 */
import { describe, expect, it } from 'vitest';
import { listAgainstMap } from '../../../src/data/import/listAgainstMap';
import { matchOrganisations, rejectMatch } from '../../../src/data/import/matchOrganisations';
import { mapDataset } from './fixtures';

const data = mapDataset();
const list = [
  ['Bästa kommun'],
  ['Cederträ universitet'],
  ['Dotter AB'],
  ['Eko förening'],
  ['Nykomling AB'],
  ['Region Alfa'],
  ['CU'],
];

describe('listAgainstMap', () => {
  it('sorts every row into home, linked, known and newcomer', async () => {
    const { matches } = await matchOrganisations(list, data, { columns: { name: 0 } });
    const result = listAgainstMap(matches, data, 'org:region-a');
    expect(result.home).toBe('org:region-a');
    expect(result.entries.map((e) => [e.name, e.standing, e.sharedWithHome])).toEqual([
      ['Bästa kommun', 'linked', ['col:alfa', 'col:beta']],
      ['Cederträ universitet', 'linked', ['col:alfa', 'col:gamma']],
      ['Dotter AB', 'known', []],
      ['Eko förening', 'known', []],
      ['Nykomling AB', 'newcomer', []],
      ['Region Alfa', 'home', []],
      ['CU', 'linked', ['col:alfa', 'col:gamma']],
    ]);
    expect(result.entries[6]?.duplicateOf).toBe(1);
    expect(result.known).toEqual([
      'org:bolag-d',
      'org:eko-e',
      'org:kommun-b',
      'org:region-a',
      'org:uni-c',
    ]);
    expect(result.newcomers).toEqual([{ position: 4, row: 6, name: 'Nykomling AB' }]);
    expect(result.routeTargets).toEqual(['org:bolag-d', 'org:eko-e']);
  });

  it('gives the ties with shared collaborations and the people who sit for either end', async () => {
    const { matches } = await matchOrganisations(list, data, { columns: { name: 0 } });
    const ties = listAgainstMap(matches, data, 'org:region-a').ties.map((t) => [
      `${t.source}|${t.target}`,
      t.collaborations,
      t.people,
      t.withHome,
    ]);
    expect(ties).toEqual([
      ['org:bolag-d|org:eko-e', ['col:delta'], [], false],
      ['org:kommun-b|org:region-a', ['col:alfa', 'col:beta'], ['person:anna-a'], true],
      ['org:kommun-b|org:uni-c', ['col:alfa'], ['person:bo-b'], false],
      ['org:region-a|org:uni-c', ['col:alfa', 'col:gamma'], ['person:anna-a', 'person:bo-b'], true],
    ]);
  });

  it('without a home, a listed organisation is linked when it shares with another listed one', async () => {
    const { matches } = await matchOrganisations(
      [['Dotter AB'], ['Bästa stad'], ['Eko förening']],
      data,
      {
        columns: { name: 0 },
      },
    );
    const result = listAgainstMap(matches, data);
    expect(result.home).toBeNull();
    expect(result.entries.map((e) => e.standing)).toEqual(['linked', 'known', 'linked']);
    expect(result.routeTargets).toEqual([]);
  });

  it('a rejected match becomes a newcomer; an undecided one is counted', async () => {
    const { matches } = await matchOrganisations([['Bästa stad'], ['Cederträ']], data, {
      columns: { name: 0 },
    });
    const result = listAgainstMap(rejectMatch(0)(matches), data, 'org:region-a');
    expect(result.entries[0]?.standing).toBe('newcomer');
    expect(result.newcomers.map((n) => n.name)).toEqual(['Bästa stad', 'Cederträ']);
    expect(result.undecided).toBe(1);
  });
});
