/**
 * Reads a user's table — CSV/TSV text (papaparse) or an .xlsx workbook (exceljs, loaded
 * with a dynamic import so it stays out of the start bundle) — into plain rows of cleaned
 * strings. Owns encoding detection (UTF-8, UTF-16 with BOM, Windows-1252 fallback), the
 * delimiter sniff (; , tab), header detection and the size and row limits. Never throws
 * for a bad file: everything wrong is a problem with its row and column.
 */
import Papa from 'papaparse';
import { foldText } from '../normalise';
import { checkSize, resolveLimits, type ImportLimits } from './limits';
import { columnLetter, hasErrors, problem, type ImportProblem } from './problems';
import { pause, throwIfAborted, type LongTaskOptions } from './progress';
import { cleanText } from './text';

export type TableFormat = 'csv' | 'xlsx';
export const CSV_DELIMITERS = [';', ',', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

export interface ParseTableOptions extends LongTaskOptions {
  /** File name, to choose the format when the input is a Blob without one. */
  fileName?: string;
  /** Force a format; default: from the name, else from the first bytes (xlsx is a zip). */
  format?: TableFormat;
  /** Sheet to read (xlsx); default the first sheet with content. */
  sheet?: string;
  /** Whether the first row is a header; default 'auto' (detected). */
  header?: boolean | 'auto';
  /** CSV delimiter; default sniffed from the first lines. */
  delimiter?: CsvDelimiter;
  /** Keep at most this many data rows (a preview); `totalRows` still counts all. */
  preview?: number;
  limits?: Partial<ImportLimits>;
}

export interface ParsedTable {
  format: TableFormat | null;
  /** Sheet names of a workbook, in order (xlsx only). */
  sheets?: string[];
  /** The sheet that was read (xlsx only). */
  sheet?: string;
  delimiter?: CsvDelimiter;
  hasHeader: boolean;
  /** Column labels: the header texts, or spreadsheet letters (A, B, …) without a header. */
  columns: string[];
  /** Data rows, every row as long as `columns`, cells cleaned (see text.ts). */
  rows: string[][];
  /** Source row of each data row, 1-based as the spreadsheet or text editor shows it. */
  rowNumbers: number[];
  /** Data rows in the file (empty rows skipped), even when `preview` cut `rows`. */
  totalRows: number;
  /** Errors mean nothing usable was read; warnings describe what was cleaned. */
  problems: ImportProblem[];
}

const MAX_REPORTED = 50;

function emptyTable(format: TableFormat | null, problems: ImportProblem[]): ParsedTable {
  return {
    format,
    hasHeader: false,
    columns: [],
    rows: [],
    rowNumbers: [],
    totalRows: 0,
    problems,
  };
}

/** Format from the name, then from the zip signature "PK\3\4". Legacy .xls is refused. */
async function detectFormat(
  input: Blob | string,
  options: ParseTableOptions,
): Promise<TableFormat | 'xls'> {
  if (options.format) return options.format;
  if (typeof input === 'string') return 'csv';
  const name = (
    options.fileName ?? ('name' in input && typeof input.name === 'string' ? input.name : '')
  ).toLowerCase();
  if (/\.(xlsx|xlsm)$/.test(name)) return 'xlsx';
  if (/\.xls$/.test(name)) return 'xls';
  if (/\.(csv|tsv|txt)$/.test(name)) return 'csv';
  const head = new Uint8Array(await input.slice(0, 4).arrayBuffer());
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 3 && head[3] === 4 ? 'xlsx' : 'csv';
}

/** Decodes bytes: UTF-16 by BOM, UTF-8 when valid, else Windows-1252 (old Excel "CSV"). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/**
 * The delimiter that splits the first lines most consistently (quotes respected):
 * the candidate present on most lines with the same count, ties broken by ; , tab.
 */
export function sniffDelimiter(text: string): CsvDelimiter {
  const lines = text
    .split(/\r\n|\n|\r/)
    .filter((l) => l.trim() !== '')
    .slice(0, 20);
  let best: CsvDelimiter = ',';
  let bestScore = 0;
  for (const delimiter of CSV_DELIMITERS) {
    const counts = lines.map((line) => {
      let n = 0;
      let quoted = false;
      for (const ch of line) {
        if (ch === '"') quoted = !quoted;
        else if (ch === delimiter && !quoted) n++;
      }
      return n;
    });
    const first = counts[0] ?? 0;
    if (first === 0) continue;
    const consistent = counts.filter((c) => c === first).length;
    const score = consistent * 1000 + first;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

const HEADER_WORDS = new Set(
  [
    'namn',
    'name',
    'organisation',
    'organization',
    'organisationsnamn',
    'org',
    'aktor',
    'partner',
    'partners',
    'typ',
    'type',
    'land',
    'country',
    'roll',
    'role',
    'samarbete',
    'collaboration',
    'projekt',
    'project',
    'natverk',
    'network',
    'period',
    'ar',
    'year',
    'start',
    'slut',
    'end',
    'kalla',
    'source',
    'id',
    'label',
    'medlem',
    'member',
    'deltagare',
    'kommentar',
    'note',
  ].map(foldText),
);

/**
 * Whether the first row looks like a header: it holds a known column word, or (with two
 * or more columns) every cell is non-empty, distinct, free of digits and short.
 */
export function looksLikeHeader(rows: readonly (readonly string[])[]): boolean {
  const first = rows[0];
  if (!first || rows.length < 2) return false;
  if (first.some((cell) => HEADER_WORDS.has(foldText(cell)))) return true;
  if (first.length < 2) return false;
  const distinct = new Set(first.map(foldText));
  return (
    distinct.size === first.length &&
    first.every((cell) => cell !== '' && cell.length <= 40 && !/\d/.test(cell))
  );
}

interface RawRow {
  number: number;
  cells: string[];
}

/** Cleans, drops empty rows, pads to a rectangle, applies header and preview. */
function finishTable(
  raw: RawRow[],
  format: TableFormat,
  options: ParseTableOptions,
  limits: ImportLimits,
  problems: ImportProblem[],
): ParsedTable {
  let reported = 0;
  const report = (p: ImportProblem) => {
    if (reported++ < MAX_REPORTED) problems.push(p);
  };
  const width = Math.max(0, ...raw.map((r) => r.cells.length));
  if (width > limits.maxColumns) {
    problems.push(
      problem(
        'error',
        'too-many-columns',
        `The table has ${width} columns; at most ${limits.maxColumns} can be read.`,
        {
          value: limits.maxColumns,
        },
      ),
    );
    return emptyTable(format, problems);
  }
  const cleaned: RawRow[] = [];
  for (const r of raw) {
    const cells: string[] = [];
    for (let c = 0; c < width; c++) {
      const result = cleanText(r.cells[c] ?? '', limits.maxCellLength);
      if (result.stripped) {
        report(
          problem(
            'warning',
            'control-characters',
            `Control characters were removed from row ${r.number}, column ${columnLetter(c)}.`,
            {
              row: r.number,
              column: columnLetter(c),
            },
          ),
        );
      }
      if (result.truncated) {
        report(
          problem(
            'warning',
            'cell-too-long',
            `Row ${r.number}, column ${columnLetter(c)} was cut to ${limits.maxCellLength} characters.`,
            {
              row: r.number,
              column: columnLetter(c),
              value: limits.maxCellLength,
            },
          ),
        );
      }
      cells.push(result.text);
    }
    if (cells.some((cell) => cell !== '')) cleaned.push({ number: r.number, cells });
  }
  if (reported > MAX_REPORTED) {
    problems.push(
      problem(
        'warning',
        'control-characters',
        `${reported - MAX_REPORTED} more cells were cleaned.`,
        {
          value: reported - MAX_REPORTED,
        },
      ),
    );
  }
  if (cleaned.length === 0) {
    problems.push(problem('error', 'empty-sheet', 'The table has no rows with content.'));
    return emptyTable(format, problems);
  }
  const header =
    options.header === undefined || options.header === 'auto'
      ? looksLikeHeader(cleaned.map((r) => r.cells))
      : options.header;
  const headerCells = header ? (cleaned[0]?.cells ?? []) : [];
  const columns = Array.from({ length: width }, (_, c) => headerCells[c] || columnLetter(c));
  const body = header ? cleaned.slice(1) : cleaned;
  if (body.length > limits.maxRows) {
    problems.push(tooManyRows(limits));
    return emptyTable(format, problems);
  }
  const kept = options.preview === undefined ? body : body.slice(0, Math.max(0, options.preview));
  return {
    format,
    hasHeader: header,
    columns,
    rows: kept.map((r) => r.cells),
    rowNumbers: kept.map((r) => r.number),
    totalRows: body.length,
    problems,
  };
}

function tooManyRows(limits: ImportLimits): ImportProblem {
  return problem(
    'error',
    'too-many-rows',
    `The table has more than ${limits.maxRows.toLocaleString('en')} rows; at most ${limits.maxRows.toLocaleString('en')} can be imported.`,
    { value: limits.maxRows },
  );
}

/**
 * True when a CSV text has at least `limit` records (blank ones included, a trailing line
 * break making one more, as papaparse counts them). A linear scan that stops at the
 * limit, so a huge file is refused before papaparse builds its rows. Quotes open a field
 * only at its start, as in papaparse; `""` inside quotes is an escaped quote.
 */
export function hasAtLeastRecords(text: string, delimiter: string, limit: number): boolean {
  if (limit <= 1) return true;
  const first = delimiter.charCodeAt(0);
  let records = 1;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */ && fieldStart) {
      // Skip the quoted field: to the closing quote that is not doubled.
      let k = i + 1;
      for (; k < text.length; k++) {
        if (text.charCodeAt(k) === 34) {
          if (text.charCodeAt(k + 1) === 34) k++;
          else break;
        }
      }
      i = k;
      fieldStart = false;
    } else if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      if (++records >= limit) return true;
      fieldStart = true;
    } else if (c === first && text.startsWith(delimiter, i)) {
      i += delimiter.length - 1;
      fieldStart = true;
    } else fieldStart = false;
  }
  return false;
}

async function parseCsv(
  input: Blob | string,
  options: ParseTableOptions,
  limits: ImportLimits,
): Promise<ParsedTable> {
  const problems: ImportProblem[] = [];
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    const decoded = decodeText(new Uint8Array(await input.arrayBuffer()));
    text = decoded.text;
    if (decoded.encoding === 'windows-1252') {
      problems.push(
        problem(
          'warning',
          'encoding-fallback',
          'The file is not UTF-8; it was read as Windows-1252 (Western European).',
          {
            value: 'windows-1252',
          },
        ),
      );
    }
  }
  throwIfAborted(options.signal);
  options.onProgress?.(0.3);
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') {
    problems.push(problem('error', 'empty-file', 'The file is empty.'));
    return emptyTable('csv', problems);
  }
  const delimiter = options.delimiter ?? sniffDelimiter(text);
  // +2: a header row and one row past the limit. Counted before parsing, so a huge file
  // is refused in one quick scan (no rows built, no long task).
  if (hasAtLeastRecords(text, delimiter, limits.maxRows + 2)) {
    problems.push(tooManyRows(limits));
    return emptyTable('csv', problems);
  }
  const result = Papa.parse<string[]>(text, { delimiter, preview: limits.maxRows + 2 });
  for (const error of result.errors.slice(0, MAX_REPORTED)) {
    const row = error.row === undefined ? undefined : error.row + 1;
    problems.push(
      problem('warning', 'malformed-row', `Row ${row ?? '?'}: ${error.message}.`, {
        row,
        value: error.code,
      }),
    );
  }
  const raw: RawRow[] = result.data.map((cells, i) => ({ number: i + 1, cells }));
  // Stopped at the preview limit: the file has more records (blank ones included) than
  // can be read, so refuse it rather than import a cut-off table.
  if (result.data.length >= limits.maxRows + 2) {
    problems.push(tooManyRows(limits));
    return emptyTable('csv', problems);
  }
  options.onProgress?.(0.8);
  const table = finishTable(raw, 'csv', options, limits, problems);
  return { ...table, delimiter };
}

/** Plain text of an exceljs cell value: formulas give their cached result, never run. */
function excelCellText(value: unknown, onFormulaWithoutValue: () => void): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) {
      const result = 'result' in value ? value.result : undefined;
      if (result === undefined || result === null) {
        onFormulaWithoutValue();
        return '';
      }
      return excelCellText(result, onFormulaWithoutValue);
    }
    if ('richText' in value && Array.isArray(value.richText)) {
      return (value.richText as unknown[])
        .map((part) =>
          part && typeof part === 'object' && 'text' in part && typeof part.text === 'string'
            ? part.text
            : '',
        )
        .join('');
    }
    if ('text' in value) return excelCellText(value.text, onFormulaWithoutValue);
    if ('error' in value && typeof value.error === 'string') return value.error;
  }
  return '';
}

async function parseXlsx(
  input: Blob | string,
  options: ParseTableOptions,
  limits: ImportLimits,
): Promise<ParsedTable> {
  const problems: ImportProblem[] = [];
  if (typeof input === 'string') {
    problems.push(
      problem('error', 'unsupported-format', 'An .xlsx workbook must be given as a file.'),
    );
    return emptyTable('xlsx', problems);
  }
  const buffer = await input.arrayBuffer();
  options.onProgress?.(0.1);
  const exceljs = await import('exceljs');
  const Workbook =
    exceljs.Workbook ?? (exceljs as unknown as { default: typeof exceljs }).default.Workbook;
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(buffer);
  } catch {
    problems.push(
      problem('error', 'unreadable-file', 'The file could not be read as an .xlsx workbook.'),
    );
    return emptyTable('xlsx', problems);
  }
  throwIfAborted(options.signal);
  options.onProgress?.(0.5);
  const sheets = workbook.worksheets.map((w) => w.name);
  if (sheets.length === 0) {
    problems.push(problem('error', 'empty-sheet', 'The workbook has no sheets.'));
    return { ...emptyTable('xlsx', problems), sheets };
  }
  const worksheet = options.sheet
    ? workbook.worksheets.find((w) => w.name === options.sheet)
    : (workbook.worksheets.find((w) => w.actualRowCount > 0) ?? workbook.worksheets[0]);
  if (!worksheet) {
    problems.push(
      problem(
        'error',
        'unknown-sheet',
        `The workbook has no sheet named "${options.sheet ?? ''}".`,
        {
          value: options.sheet ?? '',
        },
      ),
    );
    return { ...emptyTable('xlsx', problems), sheets };
  }
  if (worksheet.actualRowCount > limits.maxRows + 1) {
    problems.push(tooManyRows(limits));
    return { ...emptyTable('xlsx', problems), sheets, sheet: worksheet.name };
  }
  const raw: RawRow[] = [];
  let formulaWarnings = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    const values = row.values;
    const list: unknown[] = Array.isArray(values) ? values : Object.values(values);
    // exceljs row values are 1-based: index 0 is always empty.
    for (let c = 1; c < list.length; c++) {
      cells.push(
        excelCellText(list[c], () => {
          if (formulaWarnings++ < MAX_REPORTED) {
            problems.push(
              problem(
                'warning',
                'formula-without-value',
                `Row ${rowNumber}, column ${columnLetter(c - 1)} holds a formula without a saved value; it was read as empty.`,
                {
                  row: rowNumber,
                  column: columnLetter(c - 1),
                },
              ),
            );
          }
        }),
      );
    }
    raw.push({ number: rowNumber, cells });
  });
  options.onProgress?.(0.8);
  const table = finishTable(raw, 'xlsx', options, limits, problems);
  return { ...table, sheets, sheet: worksheet.name };
}

/**
 * Reads a CSV/TSV text or file, or an .xlsx workbook, into cleaned rows.
 * Checks the size first (limits.maxBytes, default 20 MB) and refuses more than
 * limits.maxRows data rows (default 50,000). Legacy .xls files are refused with
 * a problem. Resolves even for a hostile file (the problems say why nothing was
 * read); rejects only when `signal` aborts.
 */
export async function parseTable(
  input: File | Blob | string,
  options: ParseTableOptions = {},
): Promise<ParsedTable> {
  const limits = resolveLimits(options.limits);
  options.onProgress?.(0);
  const tooLarge = checkSize(input, limits);
  if (tooLarge) return emptyTable(null, [tooLarge]);
  const format = await detectFormat(input, options);
  if (format === 'xls') {
    return emptyTable(null, [
      problem(
        'error',
        'unsupported-format',
        'Old .xls workbooks cannot be read; save the sheet as .xlsx or CSV.',
        {
          value: 'xls',
        },
      ),
    ]);
  }
  await pause(options.signal);
  const table =
    format === 'xlsx'
      ? await parseXlsx(input, options, limits)
      : await parseCsv(input, options, limits);
  options.onProgress?.(1);
  return table;
}

/** True when the table can be used: it has columns and no error problems. */
export function isUsableTable(table: ParsedTable): boolean {
  return table.columns.length > 0 && !hasErrors(table.problems);
}
