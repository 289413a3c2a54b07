/**
 * Compare two periods: each period's measures computed in the worker on that period's view
 * graph, then the organisations whose measure rose or fell most, with the collaborations
 * that started or ended behind each change; exported with saveTable.
 */
import { useMemo, useState } from 'react';
import { NodeLink } from '../../components/NodeLink';
import { saveTable, type TableFormat } from '../../components/saveTable';
import { Select } from '../../components/Select';
import { labelLookup } from '../../domain/labels';
import {
  comparePeriods,
  yearSpan,
  type PeriodComparison as Comparison,
} from '../../domain/periods';
import type { TableModel } from '../../domain/tableExport';
import { formatNumber, type Translate } from '../../i18n';
import { useDataset } from '../../state/DatasetContext';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/useT';
import type { NavYearRange } from '../../url/navState';
import { analysisClient, graphInput } from './analysisClient';
import {
  countedCollaborations,
  PERIOD_MEASURES,
  periodGraph,
  periodValues,
  type PeriodMeasure,
} from './periodModel';
import { useAnalysis } from './useAnalysis';

/** Rows shown in the panel (the export has them all). */
export const PERIOD_ROWS_SHOWN = 15;
/** Collaboration names listed per cell before "and N more". */
const NAMES_SHOWN = 3;

const rangeText = (r: NavYearRange) => (r.from === r.to ? String(r.from) : `${r.from}–${r.to}`);

function defaultPeriods(max: number): [NavYearRange, NavYearRange] {
  return [
    { from: max - 5, to: max - 3 },
    { from: max - 2, to: max },
  ];
}

export function PeriodComparison() {
  const { data } = useDataset();
  const t = useT();
  const nav = useAppStore((s) => s.nav);
  const setPeriods = useAppStore((s) => s.setPeriods);
  const span = useMemo(() => yearSpan(data.collaborations), [data]);
  const [draft, setDraft] = useState<[NavYearRange, NavYearRange]>(
    () => nav.periods ?? defaultPeriods(Math.min(span?.max ?? 2023, 2023)),
  );
  const [sortBy, setSortBy] = useState<PeriodMeasure>('betweenness');
  const labelOf = useMemo(() => labelLookup(data), [data]);
  const periods = nav.periods;
  const view = nav.view;
  const filters = nav.filters;

  // The periods set their own years: the year filter is not part of the analysis.
  const otherFilters = JSON.stringify({
    ...filters,
    yearFrom: null,
    yearTo: null,
    includeUndated: null,
  });
  const key = periods
    ? `${rangeText(periods[0])}|${rangeText(periods[1])}|${view}|${otherFilters}`
    : '';
  const analysis = useAnalysis<Comparison>(
    periods
      ? async () => {
          const [a, b] = periods;
          const client = analysisClient();
          const ga = periodGraph(data, filters, a, view);
          const gb = periodGraph(data, filters, b, view);
          const ra = await client.compute(graphInput(ga));
          const rb = await client.compute(graphInput(gb));
          return comparePeriods(data, a, b, periodValues(data, ra), periodValues(data, rb), {
            measures: PERIOD_MEASURES,
            collaborations: countedCollaborations(data, filters),
          });
        }
      : null,
    key,
  );

  const rows = useMemo(() => {
    if (analysis.status !== 'done') return [];
    return analysis.value.rows
      .filter((r) => data.nodeById.get(r.id)?.kind === 'organisation')
      .filter((r) => r.measures[sortBy]!.change !== 0)
      .sort(
        (x, y) =>
          x.measures[sortBy]!.rank - y.measures[sortBy]!.rank ||
          y.measures[sortBy]!.change - x.measures[sortBy]!.change ||
          (x.id < y.id ? -1 : 1),
      );
  }, [analysis, sortBy, data]);

  const digits = sortBy === 'betweenness' ? 3 : 0;
  const num = (v: number) => formatNumber(nav.lang, v, digits);
  const signed = (v: number) => (v > 0 ? `+${num(v)}` : v < 0 ? `−${num(-v)}` : num(0));
  const names = (ids: readonly string[]) =>
    ids.length <= NAMES_SHOWN
      ? ids.map(labelOf).join(', ')
      : `${ids.slice(0, NAMES_SHOWN).map(labelOf).join(', ')} ${t('time.more', { count: ids.length - NAMES_SHOWN })}`;

  const save = (format: TableFormat) => {
    if (!periods) return;
    const table = comparisonTable(rows, sortBy, t, labelOf, periods);
    void saveTable(table, format, nav.lang, [
      t('time.compare.title'),
      rangeText(periods[0]),
      rangeText(periods[1]),
    ]);
  };

  const yearInput = (which: 0 | 1, end: 'from' | 'to') => (
    <input
      type="number"
      inputMode="numeric"
      min={span?.min}
      max={span?.max}
      aria-label={`${t(which === 0 ? 'time.compare.a' : 'time.compare.b')}, ${t(end === 'from' ? 'time.from' : 'time.to')}`}
      value={draft[which][end]}
      onChange={(e) => {
        const y = Number(e.target.value);
        if (!Number.isInteger(y)) return;
        const next: [NavYearRange, NavYearRange] = [{ ...draft[0] }, { ...draft[1] }];
        next[which][end] = y;
        setDraft(next);
      }}
    />
  );

  return (
    <section className="time-compare" aria-labelledby="time-compare-title">
      <h3 id="time-compare-title">{t('time.compare.title')}</h3>
      <form
        className="time-row"
        onSubmit={(e) => {
          e.preventDefault();
          setPeriods(draft);
        }}
      >
        <span className="time-period">
          {t('time.compare.a')} {yearInput(0, 'from')}–{yearInput(0, 'to')}
        </span>
        <span className="time-period">
          {t('time.compare.b')} {yearInput(1, 'from')}–{yearInput(1, 'to')}
        </span>
        <button type="submit">{t('time.compare.run')}</button>
        {periods ? (
          <button type="button" onClick={() => setPeriods(null)}>
            {t('time.compare.clear')}
          </button>
        ) : null}
      </form>
      {analysis.status === 'running' ? (
        <p className="small muted">{t('time.compare.running')}</p>
      ) : null}
      {analysis.status === 'error' ? (
        <p className="small error">{t('time.error', { message: analysis.message })}</p>
      ) : null}
      {analysis.status === 'done' && periods ? (
        <>
          <p className="small">
            {t('time.compare.totals', {
              started: analysis.value.started.length,
              ended: analysis.value.ended.length,
              undated: analysis.value.undated,
            })}{' '}
            {t('time.compare.view', { view: t(`view.${view}.short`) })}
          </p>
          <div className="time-row">
            <Select
              label={t('time.compare.sort')}
              className="inline-field"
              options={PERIOD_MEASURES.map((m) => ({ value: m, label: t(`time.measure.${m}`) }))}
              value={sortBy}
              onChange={setSortBy}
            />
            <button type="button" onClick={() => save('xlsx')} disabled={!rows.length}>
              {t('time.export.xlsx')}
            </button>
            <button type="button" onClick={() => save('csv')} disabled={!rows.length}>
              {t('time.export.csv')}
            </button>
          </div>
          {rows.length === 0 ? (
            <p className="small muted">{t('time.noRows')}</p>
          ) : (
            <div className="time-table-wrap">
              <table className="data-table time-table">
                <caption>
                  {t('time.compare.caption', {
                    a: rangeText(periods[0]),
                    b: rangeText(periods[1]),
                  })}
                  {' · '}
                  {t(`time.measure.${sortBy}`)}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('time.col.organisation')}</th>
                    <th scope="col" className="num">
                      {rangeText(periods[0])}
                    </th>
                    <th scope="col" className="num">
                      {rangeText(periods[1])}
                    </th>
                    <th scope="col" className="num">
                      {t('time.col.change')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.slice(0, PERIOD_ROWS_SHOWN).map((r) => {
                    const m = r.measures[sortBy]!;
                    return (
                      <tr key={r.id}>
                        <th scope="row">
                          <NodeLink id={r.id} label={labelOf(r.id)} />
                          {r.started.length ? (
                            <span className="time-why small">
                              {t('time.col.started')}: {names(r.started)}
                            </span>
                          ) : null}
                          {r.ended.length ? (
                            <span className="time-why small">
                              {t('time.col.ended')}: {names(r.ended)}
                            </span>
                          ) : null}
                        </th>
                        <td className="num">{num(m.a)}</td>
                        <td className="num">{num(m.b)}</td>
                        <td className={`num ${m.change > 0 ? 'time-up' : 'time-down'}`}>
                          {signed(m.change)}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : null}
    </section>
  );
}

/** The comparison as an export table: every changed organisation, all three measures. */
export function comparisonTable(
  rows: Comparison['rows'],
  sortBy: PeriodMeasure,
  t: Translate,
  labelOf: (id: string) => string,
  periods: readonly [NavYearRange, NavYearRange],
): TableModel {
  const [a, b] = periods.map(rangeText) as [string, string];
  const columns = [
    { id: 'rank', header: t('time.col.rank') },
    { id: 'organisation', header: t('time.col.organisation') },
    ...PERIOD_MEASURES.flatMap((m) => [
      { id: `${m}:a`, header: `${t(`time.measure.${m}`)} ${a}` },
      { id: `${m}:b`, header: `${t(`time.measure.${m}`)} ${b}` },
      { id: `${m}:change`, header: `${t(`time.measure.${m}`)}, ${t('time.col.change')}` },
    ]),
    { id: 'started', header: t('time.col.started') },
    { id: 'ended', header: t('time.col.ended') },
  ];
  return {
    title: t('time.compare.title'),
    columns,
    rows: rows.map((r) => {
      const row: Record<string, string | number> = {
        rank: r.measures[sortBy]!.rank,
        organisation: labelOf(r.id),
        started: r.started.map(labelOf).join('; '),
        ended: r.ended.map(labelOf).join('; '),
      };
      for (const m of PERIOD_MEASURES) {
        const v = r.measures[m]!;
        row[`${m}:a`] = v.a;
        row[`${m}:b`] = v.b;
        row[`${m}:change`] = v.change;
      }
      return row;
    }),
  };
}
