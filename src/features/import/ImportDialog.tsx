/**
 * "Bring your own list or network": the header button, the dialog, and dropping a file
 * anywhere on the window. Owns the flow's state (choose → columns → busy → review, or
 * network ready) and the one abort controller of the running step; the pure work is in
 * src/data/import. Nothing is imported half: a network opens only when fully valid.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { Modal } from '../../components/Modal';
import type { GraphFile } from '../../data/graphSchema';
import type { ListColumns, MembershipColumns } from '../../data/import/guessColumns';
import { guessColumns } from '../../data/import/guessColumns';
import { importOffThread, readTableOffThread } from '../../data/import/importWorker';
import { matchOrganisations, type RowMatch } from '../../data/import/matchOrganisations';
import type { ParsedTable } from '../../data/import/parseTable';
import type { ImportProblem } from '../../data/import/problems';
import { removeImport, type StoredList } from '../../data/import/store';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/useT';
import { ListReview } from './ListReview';
import { preferredView, rememberNetwork } from './openedImports';
import { ProblemList } from './ProblemList';
import { SavedImports } from './SavedImports';
import './import.css';
import { useDataset } from '../../state/DatasetContext';

type Kind = 'list' | 'network';

/** A list being reviewed: the table as read and the matches the user decides on. */
export interface ListSession {
  name: string;
  /** Saved id once saved ('' before). */
  id: string;
  table: Pick<ParsedTable, 'columns' | 'rows' | 'rowNumbers'>;
  matches: RowMatch[];
  /** The home organisation chosen ('' for none); undefined: the default. */
  home?: string;
}

type Stage =
  | { step: 'choose' }
  | { step: 'busy'; label: 'reading' | 'matching' | 'building'; progress: number }
  | { step: 'list-columns'; name: string; table: ParsedTable; columns: ListColumns }
  | {
      step: 'network-columns';
      name: string;
      input: File | string;
      columns: MembershipColumns;
      tableColumns: string[];
      problems: ImportProblem[];
    }
  | { step: 'review'; session: ListSession }
  | { step: 'network-ready'; id: string; name: string; file: GraphFile; problems: ImportProblem[] }
  | { step: 'failed'; problems: ImportProblem[] };

const NETWORK_FILE = /\.(gexf|graphml)$/i;
const LIST_KEYS = ['name', 'type', 'country', 'role'] as const;
const MEMBERSHIP_KEYS = [
  'organisation',
  'collaboration',
  'role',
  'type',
  'kind',
  'period',
  'start',
  'end',
  'source',
] as const;

const isAbortError = (error: unknown) =>
  error instanceof DOMException && error.name === 'AbortError';

/** The header button that opens the dialog; also opens it when a file is dropped on the window. */
export function ImportDialog() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [dropped, setDropped] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') === true;
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) {
        setDropped(file);
        setOpen(true);
      }
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);
  const close = () => {
    setOpen(false);
    setDropped(null);
    trigger.current?.focus();
  };
  return (
    <>
      <button ref={trigger} type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('import.open')}
      </button>
      {dragging ? <div className="import-dropzone">{t('import.dropHere')}</div> : null}
      <Modal
        open={open}
        onClose={close}
        title={t('import.title')}
        closeLabel={t('dialog.close')}
        testId="import-dialog"
      >
        <ImportPanel dropped={dropped} onClose={close} />
      </Modal>
    </>
  );
}

/** The dialog's content: source, columns, progress, review or network summary, saved imports. */
function ImportPanel({ dropped, onClose }: { dropped: File | null; onClose: () => void }) {
  const t = useT();
  const { data } = useDataset();
  const openDataset = useAppStore((s) => s.openDataset);
  const [kind, setKind] = useState<Kind>('list');
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [pasted, setPasted] = useState('');
  const [notice, setNotice] = useState('');
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const begin = () => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setNotice('');
    return controller.signal;
  };
  const progress = (label: 'reading' | 'matching' | 'building') => (fraction: number) =>
    setStage({ step: 'busy', label, progress: fraction });
  const fail = (error: unknown) => {
    if (isAbortError(error)) {
      setStage({ step: 'choose' });
      setNotice(t('import.cancelled'));
    } else {
      setStage({
        step: 'failed',
        problems: [
          {
            severity: 'error',
            code: 'unreadable-file',
            message: error instanceof Error ? error.message : String(error),
          },
        ],
      });
    }
  };

  const runNetwork = useCallback(
    async (input: File | string, name: string, columns?: MembershipColumns) => {
      const signal = begin();
      setStage({ step: 'busy', label: 'building', progress: 0 });
      try {
        // Reading, converting, layout and saving run in a worker (importWorker.ts).
        const { result, saved, saveProblems } = await importOffThread(
          { input, options: { fileName: name, ...(columns ? { columns } : {}) }, saveAs: name },
          { signal, onProgress: progress('building') },
        );
        // A cancel that came after the last slice still cancels: nothing is kept.
        if (signal.aborted) {
          if (saved) await removeImport(saved.id);
          signal.throwIfAborted();
        }
        if (!result.ok) {
          if (result.columns && result.tableColumns) {
            setStage({
              step: 'network-columns',
              name,
              input,
              columns: result.columns,
              tableColumns: result.tableColumns,
              problems: result.problems,
            });
          } else setStage({ step: 'failed', problems: result.problems });
          return;
        }
        if (!saved) {
          setStage({ step: 'failed', problems: saveProblems ?? [] });
          return;
        }
        rememberNetwork({ id: saved.id, name, file: result.file });
        setStage({
          step: 'network-ready',
          id: saved.id,
          name,
          file: result.file,
          problems: result.problems,
        });
      } catch (error) {
        fail(error);
      }
    },
    // begin/progress/fail only read refs and setters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  const readList = useCallback(async (input: File | string, name: string) => {
    const signal = begin();
    setStage({ step: 'busy', label: 'reading', progress: 0 });
    try {
      // Read in the worker: a huge file is refused there without blocking the page.
      const table = await readTableOffThread(
        input,
        { fileName: name },
        { signal, onProgress: progress('reading') },
      );
      signal.throwIfAborted();
      if (table.problems.some((p) => p.severity === 'error') || table.columns.length === 0) {
        setStage({ step: 'failed', problems: table.problems });
        return;
      }
      setStage({
        step: 'list-columns',
        name,
        table,
        columns: guessColumns(table.columns, table.rows),
      });
    } catch (error) {
      fail(error);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const take = useCallback(
    (input: File | string, name: string, chosen: Kind) => {
      const asNetwork = chosen === 'network' || NETWORK_FILE.test(name);
      if (asNetwork) setKind('network');
      void (asNetwork ? runNetwork(input, name) : readList(input, name));
    },
    [runNetwork, readList],
  );

  const handled = useRef<File | null>(null);
  useEffect(() => {
    if (dropped && handled.current !== dropped) {
      handled.current = dropped;
      take(dropped, dropped.name, kind);
    }
  }, [dropped, take, kind]);

  const runMatch = async (name: string, table: ParsedTable, columns: ListColumns) => {
    const signal = begin();
    setStage({ step: 'busy', label: 'matching', progress: 0 });
    try {
      const result = await matchOrganisations(table.rows, data, {
        columns,
        rowNumbers: table.rowNumbers,
        signal,
        onProgress: progress('matching'),
      });
      signal.throwIfAborted();
      if (result.problems.some((p) => p.severity === 'error')) {
        setStage({ step: 'failed', problems: result.problems });
        return;
      }
      setStage({
        step: 'review',
        session: {
          name,
          id: '',
          table: { columns: table.columns, rows: table.rows, rowNumbers: table.rowNumbers },
          matches: result.matches,
        },
      });
    } catch (error) {
      fail(error);
    }
  };

  const openList = (id: string, name: string, list: StoredList) =>
    setStage({
      step: 'review',
      session: {
        id,
        name,
        table: { columns: list.columns, rows: list.rows, rowNumbers: list.rowNumbers },
        matches: list.matches,
        home: list.home,
      },
    });

  return (
    <div className="import-panel">
      <p className="small muted">{t('import.privacy')}</p>
      {stage.step === 'choose' || stage.step === 'failed' ? (
        <>
          <fieldset>
            <legend>{t('import.kind')}</legend>
            {(['list', 'network'] as const).map((k) => (
              <label key={k} style={{ display: 'block' }}>
                <input
                  type="radio"
                  name="import-kind"
                  checked={kind === k}
                  onChange={() => setKind(k)}
                />{' '}
                {t(`import.kind.${k}`)}{' '}
                <span className="small muted">{t(`import.kind.${k}.help`)}</span>
              </label>
            ))}
          </fieldset>
          <label>
            {t('import.file')}{' '}
            <input
              type="file"
              data-autofocus
              accept=".csv,.tsv,.txt,.xlsx,.gexf,.graphml"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                if (file) take(file, file.name, kind);
                e.currentTarget.value = '';
              }}
            />
          </label>
          <p className="small muted">{t('import.drop')}</p>
          <label>
            {t('import.paste')}
            <textarea value={pasted} onChange={(e) => setPasted(e.currentTarget.value)} />
          </label>
          <div className="import-actions">
            <button
              type="button"
              disabled={pasted.trim() === ''}
              onClick={() => take(pasted, `${t('import.pastedName')}.csv`, kind)}
            >
              {t('import.pasteRead')}
            </button>
          </div>
          {notice ? <p role="status">{notice}</p> : null}
          {stage.step === 'failed' ? (
            <div role="alert">
              <p>
                <strong>{t('import.failed')}</strong>
              </p>
              <ProblemList problems={stage.problems} />
            </div>
          ) : null}
          <SavedImports
            onOpenList={openList}
            onOpenNetwork={(id, view) => {
              openDataset(id, view);
              onClose();
            }}
          />
        </>
      ) : null}
      {stage.step !== 'choose' && stage.step !== 'failed' && stage.step !== 'busy' ? (
        <div className="import-actions">
          <button type="button" onClick={() => setStage({ step: 'choose' })}>
            {t('import.startOver')}
          </button>
        </div>
      ) : null}
      {stage.step === 'busy' ? (
        <div className="import-actions">
          <span>{t(`import.${stage.label}`)}</span>
          <progress
            aria-label={t('import.progress')}
            max={1}
            value={stage.progress}
            style={{ width: '16em' }}
          />
          <button type="button" onClick={() => abort.current?.abort()}>
            {t('import.cancel')}
          </button>
        </div>
      ) : null}
      {stage.step === 'list-columns' ? (
        <ColumnStep
          table={stage.table}
          keys={LIST_KEYS}
          columns={stage.columns}
          onChange={(columns) => setStage({ ...stage, columns })}
          action={t('import.match')}
          onRun={() => void runMatch(stage.name, stage.table, stage.columns)}
        />
      ) : null}
      {stage.step === 'network-columns' ? (
        <>
          <div role="alert">
            <ProblemList problems={stage.problems} />
          </div>
          <ColumnStep
            table={{ columns: stage.tableColumns, rows: [], totalRows: 0 }}
            keys={MEMBERSHIP_KEYS}
            columns={stage.columns}
            onChange={(columns) => setStage({ ...stage, columns })}
            action={t('import.retry')}
            onRun={() => void runNetwork(stage.input, stage.name, stage.columns)}
          />
        </>
      ) : null}
      {stage.step === 'network-ready' ? (
        <div>
          <p role="status">
            <strong>{stage.name}</strong>:{' '}
            {t('import.networkReady', {
              organisations: stage.file.nodes.filter((n) => n.kind === 'organisation').length,
              collaborations: stage.file.nodes.filter((n) => n.kind === 'collaboration').length,
              memberships: stage.file.edges.filter((e) => e.kind === 'membership').length,
            })}
          </p>
          {stage.problems.length > 0 ? <ProblemList problems={stage.problems} /> : null}
          <div className="import-actions">
            <button
              type="button"
              onClick={() => {
                openDataset(stage.id, preferredView(stage.file));
                onClose();
              }}
            >
              {t('import.openNetwork')}
            </button>
          </div>
        </div>
      ) : null}
      {stage.step === 'review' ? (
        <ListReview
          session={stage.session}
          onChange={(session) => setStage({ step: 'review', session })}
          onClose={onClose}
        />
      ) : null}
    </div>
  );
}

interface ColumnStepProps<K extends string> {
  table: Pick<ParsedTable, 'columns' | 'rows' | 'totalRows'>;
  keys: readonly K[];
  columns: Record<K, number | null>;
  onChange: (columns: Record<K, number | null>) => void;
  action: string;
  onRun: () => void;
}

/** Column mapping (one select per role) and a preview of the first rows. */
function ColumnStep<K extends string>(props: ColumnStepProps<K>) {
  const { table, keys, columns, onChange, action, onRun } = props;
  const t = useT();
  const preview = table.rows.slice(0, 5);
  return (
    <div>
      <fieldset>
        <legend>{t('import.columns')}</legend>
        <div className="import-columns">
          {keys.map((key) => (
            <label key={key}>
              {t(`import.column.${key}` as 'import.column.name')}
              <select
                value={columns[key] ?? ''}
                onChange={(e) =>
                  onChange({
                    ...columns,
                    [key]: e.currentTarget.value === '' ? null : Number(e.currentTarget.value),
                  })
                }
              >
                <option value="">{t('import.column.none')}</option>
                {table.columns.map((label, i) => (
                  <option key={i} value={i}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      </fieldset>
      {preview.length > 0 ? (
        <>
          <h3>{t('import.preview')}</h3>
          <p className="small muted">
            {t('import.previewRows', { shown: preview.length, count: table.totalRows })}
          </p>
          <div className="import-table-wrap">
            <table className="import-table">
              <thead>
                <tr>
                  {table.columns.map((c, i) => (
                    <th key={i}>{c}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.map((row, r) => (
                  <tr key={r}>
                    {row.map((cell, c) => (
                      <td key={c}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      <div className="import-actions" style={{ marginTop: 10 }}>
        <button type="button" className="primary" onClick={onRun}>
          {action}
        </button>
      </div>
    </div>
  );
}
