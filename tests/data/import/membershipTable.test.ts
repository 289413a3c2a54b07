/**
 * Membership tables → imported network → GraphFile → dataset: names merged across
 * spellings, roles and periods read, every bad row named (all-or-nothing).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDataset } from '../../../src/data/dataset';
import { guessMembershipColumns } from '../../../src/data/import/guessColumns';
import { importNetwork } from '../../../src/data/import/importNetwork';
import { membershipsFromTable, parsePeriod } from '../../../src/data/import/membershipTable';
import { parseTable } from '../../../src/data/import/parseTable';
import { toGraphFile } from '../../../src/data/import/toGraphFile';
import { projectCollaborationNetwork } from '../../../src/domain/projection';

const fixture = (name: string) => new Blob([readFileSync(`tests/fixtures/import/${name}`)]);

async function importTable(name: string) {
  const table = await parseTable(fixture(name), { fileName: name });
  const columns = guessMembershipColumns(table.columns, table.rows);
  return membershipsFromTable(table, columns, { title: name, year: 2024 });
}

describe('parsePeriod', () => {
  it.each([
    ['2018–2022', { start: 2018, end: 2022 }],
    ['2018 - 2022', { start: 2018, end: 2022 }],
    ['2018 till 2022', { start: 2018, end: 2022 }],
    ['2020', { start: 2020, end: 2020 }],
    ['2020–', { start: 2020 }],
    ['sedan länge', null],
    ['18–22', null],
  ])('%s', (text, expected) => {
    expect(parsePeriod(text)).toEqual(expected);
  });
});

describe('membershipsFromTable', () => {
  it('builds a dataset from a valid table, merging spellings of the same organisation', async () => {
    const result = await importTable('memberships.valid.csv');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.problems).toEqual([]);
    const { network } = result;
    expect(network.organisations.map((o) => [o.label, o.type, o.aliases])).toEqual([
      ['Region Alfa', 'region', ['region alfa']],
      ['Lunds universitet', 'university', []],
      ['Bästa stad', 'municipality', ['Bästa kommun']],
    ]);
    expect(network.collaborations.map((c) => [c.label, c.start, c.end])).toEqual([
      ['Alfaprojektet', 2018, 2022],
      ['Betanätverket', 2020, 2020],
    ]);
    const built = toGraphFile(network);
    if (!built.ok) throw new Error(JSON.stringify(built.problems));
    const data = createDataset(built.file);
    expect(data.organisations.map((o) => o.id)).toEqual([
      'org:region-alfa',
      'org:lunds-universitet',
      'org:basta-stad',
    ]);
    expect(data.memberships.map((m) => `${m.source}>${m.target}:${m.role}`)).toEqual([
      'org:region-alfa>col:alfaprojektet:lead',
      'org:lunds-universitet>col:alfaprojektet:partner',
      'org:basta-stad>col:alfaprojektet:partner',
      'org:region-alfa>col:betanatverket:convener',
      'org:basta-stad>col:betanatverket:member',
    ]);
    expect(data.memberships[0]?.evidence).toEqual([{ source: 'import', section: 'Beslut 2018' }]);
    expect(data.memberships[1]?.evidence).toEqual([
      { source: 'import', section: 'memberships.valid.csv, row 3' },
    ]);
    // The network view: Region Alfa–Bästa stad share both collaborations.
    const ties = projectCollaborationNetwork(data.memberships).map((t) => `${t.id}*${t.weight}`);
    expect(ties).toEqual([
      'tie:org:basta-stad|org:lunds-universitet*1',
      'tie:org:basta-stad|org:region-alfa*2',
      'tie:org:lunds-universitet|org:region-alfa*1',
    ]);
    // Every node has a preset position in both views (circle until a layout runs).
    for (const node of data.file.nodes)
      expect(data.file.positions.affiliation[node.id]).toBeDefined();
    for (const org of data.organisations) expect(data.file.positions.network[org.id]).toBeDefined();
  });

  it('names every bad row, column and reason, and imports nothing', async () => {
    const result = await importTable('memberships.invalid.csv');
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => [p.code, p.row, p.column, p.value])).toEqual([
      ['missing-value', 3, 'Organisation', undefined],
      ['unknown-value', 4, 'Roll', 'boss'],
      ['invalid-period', 5, 'Period', '2022–2018'],
      ['invalid-period', 6, 'Period', 'sedan länge'],
    ]);
    expect('network' in result).toBe(false);
  });

  it('asks for the organisation and collaboration columns when they are missing', () => {
    const result = membershipsFromTable(
      { columns: ['Datum', 'Belopp'], rows: [['2024-01-01', '100']] },
      guessMembershipColumns(['Datum', 'Belopp'], [['2024-01-01', '100']]),
      { title: 'x' },
    );
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => [p.code, p.value])).toEqual([
      ['missing-column', 'organisation'],
      ['missing-column', 'collaboration'],
    ]);
  });

  it('keeps markup in names as text and an unknown type as other, with a warning', () => {
    const result = membershipsFromTable(
      {
        columns: ['Organisation', 'Projekt', 'Typ'],
        rows: [['<img src=x onerror=alert(1)>', 'Alfa', 'rymdstation']],
      },
      {
        organisation: 0,
        collaboration: 1,
        role: null,
        type: 2,
        kind: null,
        period: null,
        start: null,
        end: null,
        source: null,
      },
      { title: 'x' },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.network.organisations[0]).toMatchObject({
      label: '<img src=x onerror=alert(1)>',
      type: 'other',
    });
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'unknown-value', row: 2, column: 'Typ' }),
    ]);
    const built = toGraphFile(result.network);
    expect(built.ok && built.file.nodes[0]?.id).toBe('org:img-src-x-onerror-alert-1');
  });
});

describe('importNetwork (end to end)', () => {
  it('imports a membership CSV with a computed layout, reporting progress', async () => {
    const fractions: number[] = [];
    const result = await importNetwork(fixture('memberships.valid.csv'), {
      fileName: 'memberships.valid.csv',
      onProgress: (f) => fractions.push(f),
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const data = createDataset(result.file);
    expect(data.organisations).toHaveLength(3);
    expect(Object.keys(result.file.positions.affiliation)).toHaveLength(5);
    expect(fractions[0]).toBe(0);
    expect(fractions.at(-1)).toBe(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });

  it('returns the guessed columns when the table cannot be mapped', async () => {
    const result = await importNetwork('Datum;Belopp\r\n2024-01-01;100\r\n', { fileName: 'x.csv' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.tableColumns).toEqual(['Datum', 'Belopp']);
    expect(!result.ok && result.problems.map((p) => p.code)).toEqual([
      'missing-column',
      'missing-column',
    ]);
  });
});
