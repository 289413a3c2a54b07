/**
 * CSV cells: hostile text never reaches a spreadsheet as a formula (OWASP CSV injection
 * list), numbers stay numbers in each dialect, quoting follows RFC 4180. Every row is parsed
 * back with papaparse (a real CSV reader) to check what a reader sees.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, fileNameFor, formatCsv, formatCsvNumber, toCsv } from '../../src/domain/csv';

/** What a CSV reader sees in the single cell `value` becomes, in `dialect`. */
function readBack(value: Parameters<typeof csvCell>[0], dialect: 'sv' | 'en'): string {
  const text = formatCsv([[value, 'x']], dialect).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { delimiter: dialect === 'sv' ? ';' : ',' });
  return parsed.data[0]?.[0] ?? '';
}

// Cells that start a formula in Excel, LibreOffice or Google Sheets.
const HOSTILE = [
  '=1+1',
  '=HYPERLINK("http://x.example","klicka")',
  "-2+3+cmd|' /C calc'!A0",
  '-1+1',
  '+1+1',
  "+cmd|' /C notepad'!A0",
  '@SUM(1,1)',
  '@',
  '\t=1+1',
  '\r=1+1',
  '-',
  '=',
  '-2-cmd',
  '-1e3+cmd',
];

describe('formula injection', () => {
  it.each(HOSTILE)('neutralises %j in both dialects', (cell) => {
    for (const dialect of ['sv', 'en'] as const) {
      const seen = readBack(cell, dialect);
      expect(seen).toBe(`'${cell}`);
    }
  });

  it.each(['-2', '-3.5', '+4', '-0,25', '1e-7', '42'])(
    'leaves the number-only string %j alone',
    (cell) => {
      expect(readBack(cell, 'en')).toBe(cell);
      expect(readBack(cell, 'sv')).toBe(cell);
    },
  );

  it('leaves text that merely contains formula characters alone', () => {
    expect(readBack('Region Skåne = huvudman', 'sv')).toBe('Region Skåne = huvudman');
    expect(readBack('e-post@ej.med', 'sv')).toBe('e-post@ej.med');
  });
});

describe('numbers', () => {
  it('are written with the dialect’s decimal mark and never in exponent form', () => {
    expect(csvCell(-2.5, 'sv')).toBe('-2,5');
    expect(csvCell(-2.5, 'en')).toBe('-2.5');
    expect(formatCsvNumber(1.5e-7, 'en')).toBe('0.00000015');
    expect(formatCsvNumber(1.5e-7, 'sv')).toBe('0,00000015');
    expect(formatCsvNumber(2e21, 'en')).toBe('2000000000000000000000');
    expect(formatCsvNumber(NaN, 'en')).toBe('');
  });
});

describe('dialects and quoting', () => {
  it('uses ; in Swedish and , in English, both with a BOM and CRLF', () => {
    const rows = [
      ['Namn', 'Andel'],
      ['Malmö stad', 0.5],
    ];
    expect(formatCsv(rows, 'sv')).toBe('\uFEFFNamn;Andel\r\nMalmö stad;0,5\r\n');
    expect(formatCsv(rows, 'en')).toBe('\uFEFFNamn,Andel\r\nMalmö stad,0.5\r\n');
  });

  it('quotes separators, quotes and line breaks', () => {
    const text = formatCsv([['a;b', 'c,d', 'say "hi"', 'two\nlines']], 'sv').slice(1);
    const parsed = Papa.parse<string[]>(text, { delimiter: ';' });
    expect(parsed.data[0]).toEqual(['a;b', 'c,d', 'say "hi"', 'two\nlines']);
  });

  it('keeps the English header-and-rows helper', () => {
    expect(toCsv(['a', 'b'], [[1, true]])).toBe('\uFEFFa,b\r\n1,true\r\n');
  });
});

describe('CSV files', () => {
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
