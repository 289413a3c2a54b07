/**
 * The download buttons every table shows: Excel (.xlsx) and CSV of the table as it is
 * sorted now, headers in the UI language, the file named after what it holds. The table
 * model is built only when a button is pressed. A saved file is announced as a notice.
 */
import { useState } from 'react';
import type { TableModel } from '../domain/tableExport';
import { useAppStore } from '../state/store';
import { useT } from '../state/useT';
import { saveTable, TABLE_FORMATS, type TableFormat } from './saveTable';
import './tableDownload.css';

export interface TableDownloadProps {
  /** Builds the table to save (called on click, so it can read the current sort). */
  table: () => TableModel;
  /** What the file holds, e.g. `['FIRS', t('table.members')]`; joined into the file name. */
  nameParts: readonly string[];
  /** Accessible name of the button group; defaults to "Ladda ner tabellen". */
  label?: string;
  /** data-testid of the group (buttons get `-xlsx` / `-csv`). */
  testId?: string;
}

/** Two buttons, "Excel (.xlsx)" and "CSV"; a failure shows as an error notice. */
export function TableDownload({ table, nameParts, label, testId }: TableDownloadProps) {
  const t = useT();
  const lang = useAppStore((s) => s.nav.lang);
  const notify = useAppStore((s) => s.notify);
  const [busy, setBusy] = useState(false);
  const save = (format: TableFormat) => {
    setBusy(true);
    saveTable(table(), format, lang, nameParts)
      .then((file) => notify('info', t('export.saved', { file })))
      .catch(() => notify('error', t('table.download.failed')))
      .finally(() => setBusy(false));
  };
  return (
    <div
      className="table-download"
      role="group"
      aria-label={label ?? t('table.download')}
      data-testid={testId}
    >
      {TABLE_FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          disabled={busy}
          onClick={() => save(format)}
          data-testid={testId ? `${testId}-${format}` : undefined}
        >
          {t(`table.download.${format}`)}
        </button>
      ))}
    </div>
  );
}
