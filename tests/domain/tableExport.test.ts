/**
 * Table exports: CSV in both dialects read back with papaparse, xlsx read back with exceljs
 * (headers, numbers as numbers, formula-looking text stored as text, no formulas anywhere),
 * sheet names and file names.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  csvDialectFor,
  sheetName,
  tableFileName,
  toCsv,
  toXlsx,
  type TableModel,
} from '../../src/domain/tableExport';

const HOSTILE = "-2+3+cmd|' /C calc'!A0";

const members: TableModel = {
  title: 'FIRS: medlemmar',
  columns: [
    { id: 'name', header: 'Organisation' },
    { id: 'role', header: 'Roll' },
    { id: 'share', header: 'Andel' },
    { id: 'count', header: 'Antal' },
  ],
  rows: [
    { name: 'Malmö stad', role: 'partner', share: 0.25, count: 3 },
    { name: '=HYPERLINK("http://x.example")', role: HOSTILE, share: -1.5, count: 0 },
    { name: 'Lunds universitet', role: null, count: 12 },
  ],
};

describe('CSV of a table', () => {
  it('Swedish: semicolons, decimal comma, BOM, headers as given', () => {
    const csv = toCsv(members, 'sv');
    expect(csv.startsWith('\uFEFFOrganisation;Roll;Andel;Antal\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1).trimEnd(), { delimiter: ';' }).data;
    expect(rows[1]).toEqual(['Malmö stad', 'partner', '0,25', '3']);
    expect(rows[2]).toEqual(['\'=HYPERLINK("http://x.example")', `'${HOSTILE}`, '-1,5', '0']);
    expect(rows[3]).toEqual(['Lunds universitet', '', '', '12']);
  });

  it('English: commas and decimal point', () => {
    const rows = Papa.parse<string[]>(toCsv(members, 'en').slice(1).trimEnd()).data;
    expect(rows[0]).toEqual(['Organisation', 'Roll', 'Andel', 'Antal']);
    expect(rows[1]).toEqual(['Malmö stad', 'partner', '0.25', '3']);
  });

  it('picks the dialect from the UI language', () => {
    expect(csvDialectFor('sv')).toBe('sv');
    expect(csvDialectFor('en')).toBe('en');
  });
});

describe('xlsx of a table', () => {
  it('reads back in exceljs with headers, real numbers and text that is never a formula', async () => {
    const bytes = await toXlsx(members);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('FIRS medlemmar');
    expect(sheet.getRow(1).values).toEqual([undefined, 'Organisation', 'Roll', 'Andel', 'Antal']);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getCell('C2').value).toBe(0.25);
    expect(sheet.getCell('C2').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell('D4').value).toBe(12);
    const formulaLooking = sheet.getCell('A3');
    expect(formulaLooking.type).toBe(ExcelJS.ValueType.String);
    expect(formulaLooking.value).toBe('=HYPERLINK("http://x.example")');
    expect(formulaLooking.formula).toBeUndefined();
    expect(sheet.getCell('B3').value).toBe(HOSTILE);
    expect(sheet.getCell('B4').value).toBeNull();
    let formulas = 0;
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) formulas++;
      }),
    );
    expect(formulas).toBe(0);
  });

  it('drops characters XML forbids instead of writing a broken file', async () => {
    const bytes = await toXlsx({
      title: 'x',
      columns: [{ id: 'a', header: 'A\u0001' }],
      rows: [{ a: 'bad\u0002text' }],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer);
    expect(workbook.worksheets[0]!.getCell('A1').value).toBe('A');
    expect(workbook.worksheets[0]!.getCell('A2').value).toBe('badtext');
  });
});

describe('names', () => {
  it('makes sheet names Excel accepts', () => {
    expect(sheetName('a/b\\c[d]*e?f:g')).toBe('a b c d e f g');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
    expect(sheetName('  ')).toBe('Samverkanskartan');
  });

  it('makes file names that say what the file holds', () => {
    const date = new Date('2026-12-01T12:00:00Z');
    expect(tableFileName(['FIRS', 'medlemmar'], 'xlsx', date)).toBe(
      'samverkanskartan-FIRS-medlemmar-2026-12-01.xlsx',
    );
    expect(
      tableFileName(['Forsknings- och innovationsrådet i Skåne', 'personer'], 'csv', date),
    ).toBe('samverkanskartan-Forsknings-och-innovationsradet-i-Skane-personer-2026-12-01.csv');
    expect(tableFileName(['../../etc/passwd', ''], 'csv', date)).toBe(
      'samverkanskartan-etc-passwd-2026-12-01.csv',
    );
  });
});
