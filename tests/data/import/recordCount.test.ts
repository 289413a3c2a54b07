/**
 * The record count that refuses a huge CSV before papaparse runs: it agrees with
 * papaparse's record count on quoted line breaks, escaped quotes, CRLF, stray quotes
 * inside a field, other delimiters and a trailing line break; and tables exactly at the
 * row limit are still read while one row more is refused.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { hasAtLeastRecords, parseTable } from '../../../src/data/import/parseTable';

const samples: [string, string, string][] = [
  ['plain', 'a;b\n1;2\n3;4', ';'],
  ['a trailing line break', 'a;b\n1;2\n', ';'],
  ['CRLF', 'a,b\r\n1,2\r\n3,4\r\n', ','],
  ['a bare CR', 'a,b\r1,2\r3,4', ','],
  ['quoted line breaks', 'a;b\n"line\nbreak";2\n"x\r\ny";"z"\n', ';'],
  ['escaped quotes', 'a;b\n"say ""hi""\nthere";2\n3;4', ';'],
  ['a stray quote inside a field', 'a;b\n5" screen;2\n3;4', ';'],
  ['tabs', 'a\tb\n"x\ty"\t2\n', '\t'],
  ['blank lines', 'a\n\n\nb\n', ','],
];

describe('hasAtLeastRecords', () => {
  it.each(samples)('counts as papaparse does: %s', (_name, text, delimiter) => {
    const records = Papa.parse<string[]>(text, { delimiter }).data.length;
    expect(hasAtLeastRecords(text, delimiter, records)).toBe(true);
    expect(hasAtLeastRecords(text, delimiter, records + 1)).toBe(false);
  });
});

describe('the row limit at its edge', () => {
  const table = (rows: number) =>
    ['namn', ...Array.from({ length: rows }, (_, i) => `Org ${i}`)].join('\n');

  it('reads a table of exactly the limit, refuses one row more', async () => {
    const atLimit = await parseTable(table(10), { limits: { maxRows: 10 } });
    expect(atLimit.problems).toEqual([]);
    expect(atLimit.rows).toHaveLength(10);
    const over = await parseTable(table(11), { limits: { maxRows: 10 } });
    expect(over.rows).toEqual([]);
    expect(over.problems).toEqual([expect.objectContaining({ code: 'too-many-rows', value: 10 })]);
  });

  it('counts a quoted cell with line breaks as one row', async () => {
    const text = `namn\n${Array.from({ length: 10 }, (_, i) => `"Org\n${i}"`).join('\n')}`;
    const read = await parseTable(text, { limits: { maxRows: 10 } });
    expect(read.problems).toEqual([]);
    expect(read.rows).toHaveLength(10);
  });
});
