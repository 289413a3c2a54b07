/**
 * CSV for spreadsheet users: RFC 4180 quoting, CRLF line ends, a UTF-8 byte-order mark so
 * Excel shows å/ä/ö, and two dialects — Swedish (semicolon, decimal comma: what Swedish Excel
 * opens by double-click) and English (comma, decimal point). No cell is ever run as a
 * formula: text starting with = + - @ TAB or CR gets a leading ' unless the whole cell is a
 * number (a JS number, or a string that is entirely one).
 */
export const BOM = '\uFEFF';

/** `sv`: `;` and decimal comma; `en`: `,` and decimal point. Both CRLF with a BOM. */
export type CsvDialect = 'sv' | 'en';
export const CSV_DIALECTS: Record<CsvDialect, { separator: string; decimal: string }> = {
  sv: { separator: ';', decimal: ',' },
  en: { separator: ',', decimal: '.' },
};

export type CsvValue = string | number | boolean | null | undefined;

/** A string that is entirely a number, e.g. "-2", "3.5", "3,5", "1e-7" (never "-2+3"). */
const NUMBER = /^[-+]?(\d+([.,]\d*)?|[.,]\d+)([eE][-+]?\d+)?$/;
/** What a spreadsheet may run as a formula when a cell starts with it. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A finite number in plain decimal notation (no exponent), with the dialect's decimal mark. */
export function formatCsvNumber(value: number, dialect: CsvDialect): string {
  if (!Number.isFinite(value)) return '';
  let text = String(value);
  if (/e/i.test(text)) {
    text =
      Math.abs(value) < 1
        ? value.toFixed(20).replace(/0+$/, '')
        : BigInt(Math.round(value)).toString();
  }
  return dialect === 'sv' ? text.replace('.', ',') : text;
}

/**
 * The text of one cell, neutralised and quoted for `dialect`: numbers in the dialect's
 * notation, booleans as true/false, null/undefined as empty.
 */
export function csvCell(value: CsvValue, dialect: CsvDialect = 'en'): string {
  const { separator } = CSV_DIALECTS[dialect];
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (typeof value === 'number') text = formatCsvNumber(value, dialect);
  else if (typeof value === 'boolean') text = String(value);
  else text = FORMULA_START.test(value) && !NUMBER.test(value) ? `'${value}` : value;
  // English files are quoted at ';' too, so Swedish Excel does not split their cells.
  const needsQuotes =
    text.includes(separator) || /["\r\n]/.test(text) || (dialect === 'en' && text.includes(';'));
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text in `dialect`: BOM, separator, CRLF after every row. */
export function formatCsv(
  rows: readonly (readonly CsvValue[])[],
  dialect: CsvDialect = 'en',
): string {
  const { separator } = CSV_DIALECTS[dialect];
  return (
    BOM +
    rows.map((row) => row.map((v) => csvCell(v, dialect)).join(separator)).join('\r\n') +
    '\r\n'
  );
}

/** A header row and data rows as English-dialect CSV (comma, decimal point, BOM). */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return formatCsv([header, ...rows], 'en');
}

/** A file-system-safe file name from a label: lower-case ASCII, dashes. */
export function fileNameFor(label: string, extension: string): string {
  const base = label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${base || 'samverkanskartan'}.${extension}`;
}
