/**
 * A list against the map, reviewed: every row with its best match, confidence and
 * reason, to confirm, correct (search the map) or reject; then what the list means for
 * the home organisation (linked, known, new, routes), shown in the picture, downloaded
 * as a table, and saved on this computer. Decisions go through the pure producers of
 * data/import/matchOrganisations.
 */
import { useMemo, useState } from 'react';
import { saveTable } from '../../components/saveTable';
import { listAgainstMap } from '../../data/import/listAgainstMap';
import {
  confirmAllMatched,
  confirmMatch,
  correctMatch,
  rejectMatch,
  resetMatch,
  type RowMatch,
} from '../../data/import/matchOrganisations';
import { saveImport } from '../../data/import/store';
import { compareSv } from '../../domain/collate';
import { labelLookup } from '../../domain/labels';
import { findRoutes, routeChain } from '../../domain/routes';
import { useDataset } from '../../state/DatasetContext';
import { useAppStore, type ListFocus } from '../../state/store';
import { useT } from '../../state/useT';
import { useViewModel } from '../../state/useViewModel';
import type { ListSession } from './ImportDialog';
import {
  listHighlight,
  listHomeOf,
  listReportRows,
  listReportTable,
  standingCounts,
} from './listReport';

/** The home organisation chosen by default when the dataset has it. */
export const DEFAULT_HOME = 'org:region-skane';

export interface ListReviewProps {
  session: ListSession;
  onChange: (session: ListSession) => void;
  onClose: () => void;
}

export function ListReview({ session, onChange, onClose }: ListReviewProps) {
  const t = useT();
  const { data } = useDataset();
  const model = useViewModel();
  const lang = useAppStore((s) => s.nav.lang);
  const focus = useAppStore((s) => s.imports.focus);
  const showList = useAppStore((s) => s.showList);
  const notify = useAppStore((s) => s.notify);
  const labelOf = labelLookup(data);
  const [home, setHome] = useState(() =>
    listHomeOf(session.home, (id) => data.nodeById.has(id), DEFAULT_HOME),
  );
  const [saveName, setSaveName] = useState(session.name);
  const organisations = useMemo(
    () =>
      data.file.nodes
        .filter((n) => n.kind === 'organisation')
        .map((n) => ({ id: n.id, label: n.label }))
        .sort((a, b) => compareSv(a.label, b.label)),
    [data],
  );
  const byLabel = useMemo(
    () => new Map(organisations.map((o) => [o.label, o.id])),
    [organisations],
  );
  const result = useMemo(
    () => listAgainstMap(session.matches, data, home || undefined),
    [session.matches, data, home],
  );
  const rows = useMemo(
    () =>
      listReportRows(result, (org) => {
        if (!result.home) return '';
        const found = findRoutes(model.graph, result.home, org, { maxRoutes: 1 });
        const route = found.kind === 'found' ? found.routes[0] : undefined;
        return route ? routeChain(route, labelOf) : t('import.noRoute');
      }),
    [result, model.graph, labelOf, t],
  );
  const counts = standingCounts(result);
  const apply = (producer: (m: readonly RowMatch[]) => RowMatch[]) =>
    onChange({ ...session, matches: producer(session.matches) });
  const showInPicture = (next: ListFocus) => showList(session.id, listHighlight(result), next);

  return (
    <div>
      <div className="import-actions">
        <label>
          {t('import.home')}{' '}
          <select value={home} onChange={(e) => setHome(e.currentTarget.value)}>
            <option value="">{t('import.home.none')}</option>
            {organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <h3>{t('import.result')}</h3>
      <p role="status" data-testid="import-summary">
        {result.home
          ? t('import.summary', {
              known: result.known.filter((o) => o !== result.home).length,
              linked: counts.linked,
              home: labelOf(result.home),
              newcomers: counts.newcomer,
            })
          : t('import.summaryNoHome', {
              known: result.known.length,
              newcomers: counts.newcomer,
            })}{' '}
        {result.undecided > 0 ? t('import.undecided', { count: result.undecided }) : ''}
      </p>
      <div className="import-table-wrap">
        <table className="import-table" aria-label={t('import.review')}>
          <thead>
            <tr>
              <th scope="col">{t('import.th.row')}</th>
              <th scope="col">{t('import.th.name')}</th>
              <th scope="col">{t('import.th.match')}</th>
              <th scope="col">{t('import.th.confidence')}</th>
              <th scope="col">{t('import.th.standing')}</th>
              <th scope="col">{t('import.th.through')}</th>
              <th scope="col">{t('import.th.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {session.matches.map((m, position) => {
              const row = rows[position];
              const best = m.candidates[0];
              const shown = row?.organisation ?? null;
              const candidate = m.candidates.find((c) => c.organisation === shown) ?? best;
              return (
                <tr key={position} data-standing={row?.standing}>
                  <td>{m.row}</td>
                  <th scope="row">{m.name}</th>
                  <td>
                    {shown ? labelOf(shown) : best ? <s>{labelOf(best.organisation)}</s> : '—'}
                    {candidate && !m.decision ? (
                      <div className="small muted">
                        {t(`import.reason.${candidate.reason}`)}: {candidate.matchedText}
                      </div>
                    ) : null}
                  </td>
                  <td>
                    {m.decision
                      ? t(`import.decision.${m.decision.kind}`)
                      : best
                        ? `${t('import.confidence', { value: Math.round(best.confidence * 100) })} · ${t(`import.status.${m.status}`)}`
                        : t('import.status.unmatched')}
                  </td>
                  <td className={`import-standing-${row?.standing ?? ''}`}>
                    {row ? t(`import.standing.${row.standing}`) : ''}
                  </td>
                  <td className="small">
                    {row && row.through.length > 0 ? (
                      <details>
                        <summary>
                          {t('import.throughCount', {
                            count: row.through.length,
                            people: row.people.length,
                          })}
                        </summary>
                        <p>{row.through.map(labelOf).join(', ')}</p>
                        {row.people.length > 0 ? (
                          <p className="muted">{row.people.map(labelOf).join(', ')}</p>
                        ) : null}
                      </details>
                    ) : null}
                    {row?.route ? <div className="muted">{row.route}</div> : null}
                  </td>
                  <td>
                    {m.decision ? (
                      <button type="button" onClick={() => apply(resetMatch(position))}>
                        {t('import.reset')}
                      </button>
                    ) : (
                      <>
                        {best ? (
                          <button type="button" onClick={() => apply(confirmMatch(position))}>
                            {t('import.confirm')}
                          </button>
                        ) : null}{' '}
                        <button type="button" onClick={() => apply(rejectMatch(position))}>
                          {t('import.reject')}
                        </button>
                      </>
                    )}{' '}
                    <input
                      type="search"
                      list="import-organisations"
                      placeholder={t('import.correct')}
                      aria-label={t('import.correctLabel', { row: m.row })}
                      size={14}
                      onChange={(e) => {
                        const id = byLabel.get(e.currentTarget.value);
                        if (id) {
                          apply(correctMatch(position, id));
                          e.currentTarget.value = '';
                        }
                      }}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <datalist id="import-organisations">
          {organisations.map((o) => (
            <option key={o.id} value={o.label} />
          ))}
        </datalist>
      </div>
      <div className="import-actions" style={{ marginTop: 10 }}>
        <button type="button" onClick={() => apply(confirmAllMatched())}>
          {t('import.confirmAll')}
        </button>
      </div>
      <fieldset style={{ marginTop: 10 }}>
        <legend>{t('import.picture')}</legend>
        {(['off', 'highlight', 'only'] as const).map((f) => (
          <label key={f} style={{ marginRight: 14 }}>
            <input
              type="radio"
              name="import-focus"
              checked={focus === f}
              onChange={() => showInPicture(f)}
            />{' '}
            {t(`import.focus.${f}`)}
          </label>
        ))}
      </fieldset>
      <div className="import-actions" style={{ marginTop: 10 }}>
        <span>{t('import.export')}:</span>
        {(['xlsx', 'csv'] as const).map((format) => (
          <button
            key={format}
            type="button"
            onClick={() =>
              void saveTable(listReportTable(rows, labelOf, t), format, lang, [
                session.name,
                t('import.tableTitle'),
              ])
            }
          >
            {format === 'xlsx' ? t('import.exportXlsx') : t('import.exportCsv')}
          </button>
        ))}
      </div>
      <div className="import-actions" style={{ marginTop: 10 }}>
        <label>
          {t('import.saveName')}{' '}
          <input value={saveName} onChange={(e) => setSaveName(e.currentTarget.value)} />
        </label>
        <button
          type="button"
          onClick={() => {
            const name = saveName.trim() || session.name;
            void saveImport(
              name,
              {
                kind: 'list',
                columns: session.table.columns,
                rows: session.table.rows,
                rowNumbers: session.table.rowNumbers,
                matches: session.matches,
                home,
              },
              session.id ? { id: session.id } : {},
            ).then((saved) => {
              if (!saved.ok) {
                notify('error', t('import.problem.storage-unavailable'));
                return;
              }
              onChange({ ...session, id: saved.value.id, name, home });
              notify('info', t('import.saved', { name }));
              if (focus !== 'off') showList(saved.value.id, listHighlight(result), focus);
            });
          }}
        >
          {t('import.save')}
        </button>
        <button type="button" onClick={onClose}>
          {t('dialog.close')}
        </button>
      </div>
    </div>
  );
}
