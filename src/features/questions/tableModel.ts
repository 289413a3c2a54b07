/** An answer's header + rows table as the TableModel the shared TableDownload saves. */
import type { TableModel } from '../../domain/tableExport';

/** A plain header + rows table (as the domain's table builders give) as a TableModel. */
export function tableModel(
  title: string,
  table: { header: string[]; rows: string[][] },
): TableModel {
  const columns = table.header.map((header, i) => ({ id: `c${i}`, header }));
  return {
    title,
    columns,
    rows: table.rows.map((row) => Object.fromEntries(row.map((cell, i) => [`c${i}`, cell]))),
  };
}
