/**
 * Any table the app shows (members, people and seats, a comparison, routes, rankings, the
 * visible table) as a file: one pure table model, CSV in the Swedish or English dialect, and
 * .xlsx through exceljs, loaded on demand (dynamic import, never in the start bundle). Headers
 * are whatever the caller passes (the UI language); numbers stay numbers in xlsx and formula-
 * looking text stays text in both formats. File names say what the file holds.
 */
import type * as ExcelNamespace from 'exceljs';
import { formatCsv, type CsvDialect } from './csv';
import { xmlChars } from './markup';

/** A cell: text, a number (written as a number), a boolean, or empty. */
export type TableCell = string | number | boolean | null | undefined;

export interface TableColumn {
  /** Key of the column's value in each row. */
  id: string;
  /** Header text in the UI language. */
  header: string;
}

export interface TableModel {
  /** Sheet name in xlsx (trimmed to Excel's 31 characters and allowed characters). */
  title: string;
  columns: readonly TableColumn[];
  /** One record per row, keyed by column id; missing keys are empty cells. */
  rows: readonly Readonly<Record<string, TableCell>>[];
}

/** The CSV dialect for a UI language: Swedish gets `;` and decimal comma. */
export function csvDialectFor(lang: 'sv' | 'en'): CsvDialect {
  return lang === 'sv' ? 'sv' : 'en';
}

/** The table as CSV in `dialect` (header row first; see domain/csv for the rules). */
export function toCsv(table: TableModel, dialect: CsvDialect): string {
  const header = table.columns.map((c) => c.header);
  const rows = table.rows.map((row) => table.columns.map((c) => row[c.id]));
  return formatCsv([header, ...rows], dialect);
}

/** A sheet name Excel accepts: no `[]:*?/\`, at most 31 characters, never empty. */
export function sheetName(title: string): string {
  const clean = xmlChars(title)
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .slice(0, 31)
    .trim();
  return clean || 'Samverkanskartan';
}

type ExcelModule = typeof ExcelNamespace;

/** Loads exceljs on demand; works with both its CommonJS (Node) and UMD (browser) builds. */
async function loadExcel(): Promise<ExcelModule> {
  const mod = (await import('exceljs')) as ExcelModule & { default?: ExcelModule };
  return mod.default && 'Workbook' in mod.default ? mod.default : mod;
}

/**
 * The table as an .xlsx workbook of one sheet: bold frozen header row with a filter, column
 * widths from the content, numbers as numbers, everything else as text (a cell starting
 * with `=` is stored as text, never as a formula; characters XML forbids are dropped).
 * @returns the file's bytes. Rejects when exceljs cannot be loaded.
 */
export async function toXlsx(table: TableModel): Promise<Uint8Array<ArrayBuffer>> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Samverkanskartan';
  const sheet = workbook.addWorksheet(sheetName(table.title), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const value = (cell: TableCell): string | number | boolean | null => {
    if (cell === null || cell === undefined) return null;
    if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
    if (typeof cell === 'boolean') return cell;
    return xmlChars(cell);
  };
  sheet.addRow(table.columns.map((c) => xmlChars(c.header)));
  for (const row of table.rows) sheet.addRow(table.columns.map((c) => value(row[c.id])));
  sheet.getRow(1).font = { bold: true };
  if (table.columns.length > 0) {
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: 1, column: table.columns.length },
    };
  }
  table.columns.forEach((c, i) => {
    let longest = c.header.length;
    for (const row of table.rows) {
      const cell = row[c.id];
      if (cell !== null && cell !== undefined) longest = Math.max(longest, String(cell).length);
    }
    sheet.getColumn(i + 1).width = Math.min(60, Math.max(8, longest + 2));
  });
  // A Node Buffer (a Uint8Array) in Node, an ArrayBuffer in browsers: copied either way.
  const buffer: ArrayBuffer | Uint8Array = await workbook.xlsx.writeBuffer();
  return Uint8Array.from(buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer));
}

/** The MIME type of .xlsx files. */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One part of a file name: diacritics stripped, anything but A–Z, a–z, 0–9 becomes `-`. */
function namePart(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '');
}

/**
 * A file name that says what the file holds, e.g.
 * `tableFileName(['FIRS', 'medlemmar'], 'xlsx', date)` →
 * `samverkanskartan-FIRS-medlemmar-2026-12-01.xlsx`. Empty parts are left out; case is kept;
 * the date (default today, UTC) is ISO `YYYY-MM-DD`.
 */
export function tableFileName(
  parts: readonly string[],
  extension: 'csv' | 'xlsx',
  date: Date = new Date(),
): string {
  const middle = parts.map(namePart).filter(Boolean);
  return (
    ['samverkanskartan', ...middle, date.toISOString().slice(0, 10)].join('-') + `.${extension}`
  );
}
