/**
 * The list report on the tiny map (Alfa: A lead, B, C; Beta: A, B; Gamma: C, A; Delta:
 * Eko, Dotter AB; seats on Alfa: Anna for A, Bo for C), home Region Alfa.
 */
import { describe, expect, it } from 'vitest';
import { listAgainstMap } from '../../../src/data/import/listAgainstMap';
import { matchOrganisations } from '../../../src/data/import/matchOrganisations';
import { problem } from '../../../src/data/import/problems';
import { labelLookup } from '../../../src/domain/labels';
import {
  listHighlight,
  listHomeOf,
  listReportRows,
  listReportTable,
  problemText,
  standingCounts,
} from '../../../src/features/import/listReport';
import { makeTranslate } from '../../../src/i18n';
import { mapDataset } from '../../data/import/fixtures';

const data = mapDataset();
const labelOf = labelLookup(data);
const list = [
  ['Bästa kommun'],
  ['Cederträ universitet'],
  ['Dotter AB'],
  ['Eko förening'],
  ['Nykomling AB'],
  ['Region Alfa'],
  ['CU'],
];

async function report() {
  const { matches } = await matchOrganisations(list, data, { columns: { name: 0 } });
  return listAgainstMap(matches, data, 'org:region-a');
}

describe('listReportRows', () => {
  it('names the people on each tie with home and asks routes only for known, unlinked ones', async () => {
    const asked: string[] = [];
    const rows = listReportRows(await report(), (org) => {
      asked.push(org);
      return `route to ${labelOf(org)}`;
    });
    const byName = new Map(rows.map((r) => [r.name, r]));
    // Anna sits on Alfa for home (A), Bo for Cederträ (C): a tie with home counts both ends.
    expect(byName.get('Bästa kommun')?.people.map(labelOf)).toEqual(['Anna A']);
    expect(byName.get('Cederträ universitet')?.people.map(labelOf)).toEqual(['Anna A', 'Bo B']);
    expect(byName.get('Dotter AB')?.route).toBe('route to Dotter AB');
    expect(byName.get('Nykomling AB')).toMatchObject({ organisation: null, route: '', people: [] });
    expect(asked.sort()).toEqual(
      [byName.get('Dotter AB')?.organisation, byName.get('Eko förening')?.organisation].sort(),
    );
  });

  it('counts each organisation once even when the list names it twice', async () => {
    expect(standingCounts(await report())).toEqual({
      home: 1,
      linked: 2,
      known: 2,
      isolated: 0,
      newcomer: 1,
    });
  });

  it('highlights the known organisations and home, once each', async () => {
    const ids = listHighlight(await report());
    expect(ids).toHaveLength(5);
    expect(ids).toContain('org:region-a');
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('listReportTable', () => {
  it('writes translated headers and standings, names instead of ids', async () => {
    const t = makeTranslate('en');
    const rows = listReportRows(await report());
    const table = listReportTable(rows, labelOf, t);
    expect(table.columns.map((c) => c.header)).toEqual([
      'Row',
      'In the list',
      'In the map',
      'Standing',
      'Through',
      'People',
      'Route from home',
    ]);
    const first = table.rows[0];
    expect(first).toMatchObject({
      row: 2,
      name: 'Bästa kommun',
      standing: 'Already working together',
    });
    expect(String(first?.through)).not.toContain('col:');
    expect(table.rows[4]).toMatchObject({ match: '', standing: 'New' });
  });
});

describe('problemText', () => {
  it('names row and column, and sizes in MB', () => {
    const t = makeTranslate('en');
    expect(
      problemText(
        problem('error', 'unknown-value', 'x', { row: 7, column: 'Roll', value: 'boss' }),
        t,
      ),
    ).toBe('Row 7, column Roll: Unknown value: boss.');
    expect(
      problemText(problem('error', 'file-too-large', 'x', { value: 20 * 1024 * 1024 }), t),
    ).toBe('The file is too large: at most 20 MB can be imported.');
    expect(
      problemText(problem('error', 'too-many-rows', 'x', { value: 50000 }), makeTranslate('sv')),
    ).toMatch(/^För många rader: högst 50\s000 rader/);
  });
});

describe('listHomeOf', () => {
  const has = (id: string) => id === 'org:a' || id === 'org:b';
  it('keeps the home saved with a list, else the fallback, else none', () => {
    expect(listHomeOf('org:b', has, 'org:a')).toBe('org:b');
    // Saved as "no home": stays none, not the fallback.
    expect(listHomeOf('', has, 'org:a')).toBe('');
    // Saved before the home was kept, or a home this data does not have: the fallback.
    expect(listHomeOf(undefined, has, 'org:a')).toBe('org:a');
    expect(listHomeOf('org:gone', has, 'org:a')).toBe('org:a');
    expect(listHomeOf(undefined, has, 'org:gone')).toBe('');
  });
});
