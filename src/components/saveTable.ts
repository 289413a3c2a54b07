/**
 * Saves a table the app shows as .xlsx or CSV: the one call every table's export buttons
 * make. CSV uses the UI language's dialect (Swedish: `;`, decimal comma); xlsx loads exceljs
 * on demand. The file name says what the table holds. Lives in components so the shared
 * TableDownload buttons and every feature's table use it (the one import path).
 */
import type { CsvDialect } from '../domain/csv';
import {
  csvDialectFor,
  tableFileName,
  toCsv,
  toXlsx,
  XLSX_MIME,
  type TableModel,
} from '../domain/tableExport';
import { downloadBlob, downloadText } from './download';

export const TABLE_FORMATS = ['xlsx', 'csv'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

/**
 * Makes and downloads `table` as `format`; `nameParts` say what it holds (e.g.
 * `['FIRS', t('…members')]`). CSV uses `dialect` when given, else the language's.
 * Resolves with the file name; rejects when exceljs fails to load.
 */
export async function saveTable(
  table: TableModel,
  format: TableFormat,
  lang: 'sv' | 'en',
  nameParts: readonly string[],
  dialect: CsvDialect = csvDialectFor(lang),
): Promise<string> {
  const fileName = tableFileName(nameParts, format);
  if (format === 'csv') {
    downloadText(fileName, toCsv(table, dialect), 'text/csv;charset=utf-8');
    return fileName;
  }
  const bytes = await toXlsx(table);
  downloadBlob(fileName, new Blob([bytes], { type: XLSX_MIME }));
  return fileName;
}
