/** Download buttons (Excel, CSV) for a table of an answer, named after what it holds. */
import { useState } from 'react';
import type { TableModel } from '../../domain/tableExport';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/useT';

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

export function TableButtons({
  table,
  nameParts,
}: {
  table: () => TableModel;
  nameParts: string[];
}) {
  const t = useT();
  const lang = useAppStore((s) => s.nav.lang);
  const notify = useAppStore((s) => s.notify);
  const [busy, setBusy] = useState(false);
  const save = (format: 'xlsx' | 'csv') => {
    setBusy(true);
    void import('../export/saveTable')
      .then(({ saveTable }) => saveTable(table(), format, lang, nameParts))
      .catch((e: unknown) => notify('error', e instanceof Error ? e.message : String(e)))
      .finally(() => setBusy(false));
  };
  return (
    <div className="table-buttons" role="group" aria-label={t('questions.export.label')}>
      <button type="button" disabled={busy} onClick={() => save('xlsx')}>
        {t('questions.export.xlsx')}
      </button>
      <button type="button" disabled={busy} onClick={() => save('csv')}>
        {t('questions.export.csv')}
      </button>
    </div>
  );
}
