/**
 * Reading tables: delimiters (Swedish Excel's ;, comma, tab), BOM and encodings, header
 * detection, previews, xlsx through exceljs (workbooks written here with exceljs), and
 * hostile files: too large, too many rows, empty, markup, formulas, control characters.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { guessColumns, guessMembershipColumns } from '../../../src/data/import/guessColumns';
import { DEFAULT_IMPORT_LIMITS } from '../../../src/data/import/limits';
import {
  decodeText,
  looksLikeHeader,
  parseTable,
  sniffDelimiter,
} from '../../../src/data/import/parseTable';

async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Blob> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const buffer = await wb.xlsx.writeBuffer();
  return new Blob([buffer]);
}

describe('CSV', () => {
  it('sniffs ; , and tab, ignoring delimiters inside quotes', () => {
    expect(sniffDelimiter('Namn;Typ\r\n"Lund, kommun";kommun\r\nMalmö;stad')).toBe(';');
    expect(sniffDelimiter('name,type\nLund,kommun\n"A; B",x')).toBe(',');
    expect(sniffDelimiter('name\ttype\nLund\tkommun')).toBe('\t');
  });

  it('reads a Swedish-Excel file: BOM, semicolons, CRLF, header, row numbers', async () => {
    const text = '\uFEFFOrganisation;Land\r\nRegion Skåne;SE\r\n\r\n"Lunds; universitet";SE\r\n';
    const table = await parseTable(text);
    expect(table).toMatchObject({
      format: 'csv',
      delimiter: ';',
      hasHeader: true,
      columns: ['Organisation', 'Land'],
      rows: [
        ['Region Skåne', 'SE'],
        ['Lunds; universitet', 'SE'],
      ],
      rowNumbers: [2, 4],
      totalRows: 2,
      problems: [],
    });
  });

  it('decodes UTF-16 with BOM and falls back to Windows-1252 with a warning', async () => {
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...[...'Malmö'].flatMap((c) => [c.charCodeAt(0), 0]),
    ]);
    expect(decodeText(utf16)).toEqual({ text: 'Malmö', encoding: 'utf-16le' });
    // "Malmö;Skåne" in Windows-1252: ö = 0xF6, å = 0xE5 (invalid as UTF-8).
    const bytes = new Uint8Array([
      0x4d, 0x61, 0x6c, 0x6d, 0xf6, 0x3b, 0x53, 0x6b, 0xe5, 0x6e, 0x65,
    ]);
    const table = await parseTable(new Blob([bytes]), { fileName: 'old.csv' });
    expect(table.rows).toEqual([['Malmö', 'Skåne']]);
    expect(table.problems).toEqual([
      expect.objectContaining({ code: 'encoding-fallback', severity: 'warning' }),
    ]);
  });

  it('uses letters as column names without a header, and can be told otherwise', async () => {
    const text = 'Region Skåne\nLunds universitet\n';
    const auto = await parseTable(text);
    expect(auto.hasHeader).toBe(false);
    expect(auto.columns).toEqual(['A']);
    expect(auto.rows).toHaveLength(2);
    const forced = await parseTable(text, { header: true });
    expect(forced.columns).toEqual(['Region Skåne']);
    expect(forced.rowNumbers).toEqual([2]);
  });

  it('detects headers by known words or by distinct digit-free labels', () => {
    expect(looksLikeHeader([['Namn'], ['Lund']])).toBe(true);
    expect(
      looksLikeHeader([
        ['Partnerns namn', 'Ort'],
        ['Lunds universitet', 'Lund'],
      ]),
    ).toBe(true);
    expect(
      looksLikeHeader([
        ['Lund', '2020'],
        ['Malmö', '2021'],
      ]),
    ).toBe(false);
  });

  it('previews the first rows but counts them all; pads short rows', async () => {
    const text = ['namn,typ', 'A,x', 'B', 'C,z', 'D,w'].join('\n');
    const table = await parseTable(text, { preview: 2 });
    expect(table.rows).toEqual([
      ['A', 'x'],
      ['B', ''],
    ]);
    expect(table.totalRows).toBe(4);
  });

  it('reports progress from 0 to 1 and can be cancelled', async () => {
    const fractions: number[] = [];
    await parseTable('namn\nA\n', { onProgress: (f) => fractions.push(f) });
    expect(fractions[0]).toBe(0);
    expect(fractions.at(-1)).toBe(1);
    const controller = new AbortController();
    controller.abort();
    await expect(parseTable('namn\nA', { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});

describe('hostile files', () => {
  it('refuses a 50 MB file before reading it, naming the limit', async () => {
    const big = new Blob([new Uint8Array(50 * 1024 * 1024)]);
    const table = await parseTable(big, { fileName: 'big.csv' });
    expect(table.rows).toEqual([]);
    expect(table.problems).toEqual([
      expect.objectContaining({
        code: 'file-too-large',
        severity: 'error',
        value: DEFAULT_IMPORT_LIMITS.maxBytes,
      }),
    ]);
    expect(table.problems[0]?.message).toContain('50 MB');
    expect(table.problems[0]?.message).toContain('20 MB');
  });

  it('refuses 100,000 rows, naming the limit', async () => {
    const text = ['namn', ...Array.from({ length: 100_000 }, (_, i) => `Organisation ${i}`)].join(
      '\n',
    );
    const started = performance.now();
    const table = await parseTable(text);
    expect(table.rows).toEqual([]);
    expect(table.problems).toEqual([
      expect.objectContaining({ code: 'too-many-rows', value: 50_000 }),
    ]);
    expect(table.problems[0]?.message).toContain('50,000');
    console.log(`100,000-row refusal took ${Math.round(performance.now() - started)} ms`);
  });

  it('never imports a table cut off after many blank lines', async () => {
    const text = `namn\n${'\n'.repeat(20)}A\nB\n`;
    const table = await parseTable(text, { limits: { maxRows: 10 } });
    expect(table.problems).toEqual([expect.objectContaining({ code: 'too-many-rows', value: 10 })]);
    expect((await parseTable(text, { limits: { maxRows: 30 } })).rows).toEqual([['A'], ['B']]);
  });

  it('says an empty file or a file of empty rows is empty', async () => {
    expect((await parseTable('')).problems).toEqual([
      expect.objectContaining({ code: 'empty-file' }),
    ]);
    expect((await parseTable(';;\r\n;;\r\n')).problems).toEqual([
      expect.objectContaining({ code: 'empty-sheet' }),
    ]);
  });

  it('keeps markup as literal text and never evaluates formulas', async () => {
    const text =
      'namn;typ\n"<img src=x onerror=alert(1)>";<b>kommun</b>\n"=HYPERLINK(""http://x"";""Lund"")";=1+1\n';
    const table = await parseTable(text);
    expect(table.rows).toEqual([
      ['<img src=x onerror=alert(1)>', '<b>kommun</b>'],
      ['=HYPERLINK("http://x";"Lund")', '=1+1'],
    ]);
  });

  it('strips control characters and bidi overrides, naming row and column', async () => {
    const text = 'namn,land\nLunds\u0007 universitet,SE\nMalmö,\u202eES\n';
    const table = await parseTable(text);
    expect(table.rows).toEqual([
      ['Lunds universitet', 'SE'],
      ['Malmö', 'ES'],
    ]);
    expect(table.problems).toEqual([
      expect.objectContaining({ code: 'control-characters', row: 2, column: 'A' }),
      expect.objectContaining({ code: 'control-characters', row: 3, column: 'B' }),
    ]);
  });

  it('cuts overlong cells with a warning', async () => {
    const table = await parseTable(`namn\n${'x'.repeat(5000)}\n`, {
      limits: { maxCellLength: 100 },
    });
    expect(table.rows[0]?.[0]).toHaveLength(100);
    expect(table.problems).toEqual([
      expect.objectContaining({ code: 'cell-too-long', row: 2, column: 'A' }),
    ]);
  });

  it('refuses a legacy .xls and an unreadable .xlsx', async () => {
    const xls = await parseTable(new Blob([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])]), {
      fileName: 'old.xls',
    });
    expect(xls.problems).toEqual([expect.objectContaining({ code: 'unsupported-format' })]);
    const broken = await parseTable(new Blob([new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3])]));
    expect(broken.format).toBe('xlsx');
    expect(broken.problems).toEqual([expect.objectContaining({ code: 'unreadable-file' })]);
  });
});

describe('xlsx', () => {
  it('lists sheets, reads the first with content, and formula cells as their saved value', async () => {
    const file = await xlsx((wb) => {
      wb.addWorksheet('Tom');
      const sheet = wb.addWorksheet('Partners');
      sheet.addRow(['Organisation', 'Antal', 'Länk']);
      sheet.addRow([
        'Region Skåne',
        { formula: '1+1', result: 2 },
        { text: 'Webb', hyperlink: 'https://example.org' },
      ]);
      sheet.addRow([
        { richText: [{ text: 'Lunds ' }, { text: 'universitet' }] },
        { formula: 'NOW()' },
        null,
      ]);
      sheet.addRow(['<script>x</script>', new Date(Date.UTC(2022, 2, 1)), '']);
    });
    const table = await parseTable(file);
    expect(table.format).toBe('xlsx');
    expect(table.sheets).toEqual(['Tom', 'Partners']);
    expect(table.sheet).toBe('Partners');
    expect(table.columns).toEqual(['Organisation', 'Antal', 'Länk']);
    expect(table.rows).toEqual([
      ['Region Skåne', '2', 'Webb'],
      ['Lunds universitet', '', ''],
      ['<script>x</script>', '2022-03-01', ''],
    ]);
    expect(table.rowNumbers).toEqual([2, 3, 4]);
    expect(table.problems).toEqual([
      expect.objectContaining({ code: 'formula-without-value', row: 3, column: 'B' }),
    ]);
  });

  it('refuses a sheet with more rows than the limit', async () => {
    const file = await xlsx((wb) => {
      const sheet = wb.addWorksheet('Data');
      for (let i = 0; i < 6; i++) sheet.addRow([`Organisation ${i}`]);
    });
    const table = await parseTable(file, { limits: { maxRows: 3 } });
    expect(table.problems).toEqual([expect.objectContaining({ code: 'too-many-rows', value: 3 })]);
  });

  it('says when the chosen sheet is empty or missing', async () => {
    const file = await xlsx((wb) => {
      wb.addWorksheet('Tom');
      wb.addWorksheet('Data').addRow(['namn']);
    });
    expect((await parseTable(file, { sheet: 'Tom' })).problems).toEqual([
      expect.objectContaining({ code: 'empty-sheet' }),
    ]);
    expect((await parseTable(file, { sheet: 'Saknas' })).problems).toEqual([
      expect.objectContaining({ code: 'unknown-sheet', value: 'Saknas' }),
    ]);
  });
});

describe('guessing columns', () => {
  it('finds name, type, country and role by header words', () => {
    expect(guessColumns(['Land', 'Roll', 'Organisationsnamn', 'Typ'], [])).toEqual({
      name: 2,
      type: 3,
      country: 0,
      role: 1,
    });
  });

  it('finds them by content without headers', () => {
    const rows = [
      ['SE', 'Region Skåne', 'region', 'projektägare'],
      ['DK', 'Region Hovedstaden', 'region', 'partner'],
      ['SE', 'Lunds universitet', 'lärosäte', 'partner'],
    ];
    expect(guessColumns(['A', 'B', 'C', 'D'], rows)).toEqual({
      name: 1,
      type: 2,
      country: 0,
      role: 3,
    });
  });

  it('finds no name column in a table of dates and amounts', () => {
    const rows = [
      ['2024-01-01', '100'],
      ['2024-02-01', '250'],
    ];
    expect(guessColumns(['Datum', 'Belopp'], rows).name).toBeNull();
  });

  it('guesses membership columns by header and by content', () => {
    expect(
      guessMembershipColumns(['Projekt', 'Organisation', 'Roll', 'Period', 'Källa'], []),
    ).toMatchObject({ organisation: 1, collaboration: 0, role: 2, period: 3, source: 4 });
    const rows = [
      ['Alfa', 'Region Skåne', 'lead', '2018–2022'],
      ['Alfa', 'Lunds universitet', 'partner', '2018–2022'],
      ['Beta', 'Region Skåne', 'member', '2020'],
      ['Beta', 'Malmö stad', 'member', '2020'],
    ];
    expect(guessMembershipColumns(['A', 'B', 'C', 'D'], rows)).toMatchObject({
      organisation: 1,
      collaboration: 0,
      role: 2,
      period: 3,
    });
  });
});
