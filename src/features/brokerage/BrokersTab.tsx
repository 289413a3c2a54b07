/**
 * The Mäklare mellan världar tab: organisations grouped into worlds (type, sector, Swedish
 * or foreign, country), ranked by how many pairs of contacts they link that have no tie of
 * their own (Gould–Fernandez roles, Burt's effective size and constraint), filterable by a
 * pair of worlds ("who links universities to municipalities"). Computed in the worker on the
 * collaboration network of what the filters keep; names and explanations from brokerageText.
 */
import { useMemo, useState } from 'react';
import { NodeLink } from '../../components/NodeLink';
import { saveTable, type TableFormat } from '../../components/saveTable';
import { Select } from '../../components/Select';
import type { Dataset } from '../../data/dataset';
import { labelLookup } from '../../domain/labels';
import type { TableModel } from '../../domain/tableExport';
import { buildViewGraph } from '../../domain/viewGraph';
import { formatNumber, type Language, type Translate } from '../../i18n';
import type { BrokerageRole } from '../../metrics/brokerage';
import {
  BROKERAGE_ROLE_TEXT,
  BROKERAGE_UNDIRECTED_NOTE,
  STRUCTURAL_HOLE_TEXT,
  WORLD_NAME_TEXT,
  WORLD_SCHEME_TEXT,
} from '../../metrics/brokerageText';
import type { BrokerageAnalysis } from '../../metrics/protocol';
import type { WorldScheme } from '../../metrics/worlds';
import { useDataset } from '../../state/DatasetContext';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/useT';
import type { ViewModel } from '../../state/useViewModel';
import { WORLD_SCHEMES } from '../../url/navState';
import { analysisClient } from '../time/analysisClient';
import { useAnalysis } from '../time/useAnalysis';
import {
  BROKERAGE_ROLES,
  brokerageInput,
  brokeredWorldPairs,
  brokerRows,
  type BrokerRow,
} from './brokerageModel';

/** Rows shown before "show more". */
export const BROKER_ROWS_SHOWN = 15;

/** Display name of a world under `scheme`. */
export function worldName(
  world: string,
  scheme: WorldScheme,
  lang: Language,
  t: Translate,
): string {
  if (scheme === 'type') return t(`orgType.${world as 'region'}`);
  if (scheme === 'country') return world;
  const names = WORLD_NAME_TEXT[lang] as Record<string, string>;
  return names[world] ?? world;
}

/** The role an organisation holds most often (ties: the order of BROKERAGE_ROLES). */
function mainRole(row: BrokerRow): BrokerageRole | null {
  let best: BrokerageRole | null = null;
  for (const role of BROKERAGE_ROLES)
    if (row.roles[role] > (best ? row.roles[best] : 0)) best = role;
  return best;
}

export function BrokersTab({ model }: { model: ViewModel }) {
  const { data } = useDataset();
  const t = useT();
  const lang = useAppStore((s) => s.nav.lang);
  const scheme = useAppStore((s) => s.nav.worlds);
  const pair = useAppStore((s) => s.nav.worldPair);
  const { setWorlds, setWorldPair } = useAppStore.getState();
  const [shown, setShown] = useState(BROKER_ROWS_SHOWN);
  const labelOf = useMemo(() => labelLookup(data), [data]);
  const network = useMemo(() => buildViewGraph(model.visible, 'network'), [model.visible]);
  const analysis = useAnalysis<BrokerageAnalysis>(() => {
    const { input, groups } = brokerageInput(data, network, scheme);
    return analysisClient().brokerage(input, groups);
  }, `${network.signature}|${scheme}`);
  const done = analysis.status === 'done' ? analysis.value : null;
  const pairs = useMemo(() => (done ? brokeredWorldPairs(done) : []), [done]);
  const rows = useMemo(() => (done ? brokerRows(done, pair) : []), [done, pair]);
  const world = (w: string) => worldName(w, scheme, lang, t);
  const pairLabel = (p: readonly [string, string]) => `${world(p[0])} – ${world(p[1])}`;
  const hole = STRUCTURAL_HOLE_TEXT[lang];
  const roleText = BROKERAGE_ROLE_TEXT[lang];
  const num = (v: number | null) => (v === null ? '–' : formatNumber(lang, v, 2));

  const save = (format: TableFormat) => {
    const table = brokerTable(data, rows, t, lang, labelOf, world, pair ? pairLabel(pair) : null);
    void saveTable(table, format, lang, [t('brokers.tableTitle'), pair ? pairLabel(pair) : '']);
  };

  return (
    <div className="brokers-tab">
      <p className="small">{t('brokers.intro')}</p>
      <div className="time-row">
        <Select
          label={t('brokers.worlds')}
          className="inline-field"
          options={WORLD_SCHEMES.map((s) => ({ value: s, label: WORLD_SCHEME_TEXT[lang][s].name }))}
          value={scheme}
          onChange={(s) => {
            setShown(BROKER_ROWS_SHOWN);
            setWorlds(s);
          }}
        />
        <Select<string>
          label={t('brokers.pair')}
          className="inline-field"
          options={[
            { value: '', label: t('brokers.allPairs') },
            ...(pair && !pairs.some((p) => p.pair.join() === pair.join())
              ? [{ value: pair.join(','), label: pairLabel(pair) }]
              : []),
            ...pairs.map((p) => ({
              value: p.pair.join(','),
              label: `${pairLabel(p.pair)} (${p.pairs})`,
            })),
          ]}
          value={pair ? pair.join(',') : ''}
          onChange={(value) => {
            setShown(BROKER_ROWS_SHOWN);
            const [a, b] = value.split(',');
            setWorldPair(a && b ? [a, b] : null);
          }}
        />
      </div>
      <p className="small muted">{WORLD_SCHEME_TEXT[lang][scheme].explanation}</p>
      {analysis.status === 'running' ? <p className="small muted">{t('brokers.running')}</p> : null}
      {analysis.status === 'error' ? (
        <p className="small error">{t('time.error', { message: analysis.message })}</p>
      ) : null}
      {done ? (
        rows.length === 0 ? (
          <p className="small">{t('brokers.none')}</p>
        ) : (
          <>
            <div className="time-row">
              <span className="small">
                {t('brokers.showing', { shown: Math.min(shown, rows.length), count: rows.length })}
              </span>
              <button type="button" onClick={() => save('xlsx')}>
                {t('time.export.xlsx')}
              </button>
              <button type="button" onClick={() => save('csv')}>
                {t('time.export.csv')}
              </button>
            </div>
            <div className="time-table-wrap">
              <table className="data-table time-table">
                <caption>
                  {t('brokers.caption')}
                  {pair ? ` · ${pairLabel(pair)}` : ''}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('time.col.organisation')}</th>
                    <th scope="col" className="num">
                      {t('brokers.col.pairs')}
                    </th>
                    <th scope="col">{t('brokers.col.mainRole')}</th>
                    <th scope="col" className="num">
                      {hole.effectiveSize.name}
                    </th>
                    <th scope="col" className="num">
                      {hole.constraint.name}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.slice(0, shown).map((r) => {
                    const role = mainRole(r);
                    return (
                      <tr key={r.id}>
                        <th scope="row">
                          <NodeLink id={r.id} label={labelOf(r.id)} />
                          <span className="time-why small">{world(r.world)}</span>
                        </th>
                        <td className="num">{formatNumber(lang, r.pairs)}</td>
                        <td className="small" title={role ? roleText[role].explanation : undefined}>
                          {role ? roleText[role].name : '–'}
                        </td>
                        <td className="num">{num(r.effectiveSize)}</td>
                        <td className="num">{num(r.constraint)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            {rows.length > shown ? (
              <button type="button" onClick={() => setShown((n) => n + BROKER_ROWS_SHOWN)}>
                {t('brokers.showMore')}
              </button>
            ) : null}
          </>
        )
      ) : null}
      <details className="brokers-explain">
        <summary>{t('brokers.explain')}</summary>
        <dl>
          {BROKERAGE_ROLES.map((role) => (
            <div key={role}>
              <dt>{roleText[role].name}</dt>
              <dd>{roleText[role].explanation}</dd>
            </div>
          ))}
          <div>
            <dt>{hole.effectiveSize.name}</dt>
            <dd>{hole.effectiveSize.explanation}</dd>
          </div>
          <div>
            <dt>{hole.constraint.name}</dt>
            <dd>{hole.constraint.explanation}</dd>
          </div>
        </dl>
        <p className="small muted">{BROKERAGE_UNDIRECTED_NOTE[lang]}</p>
      </details>
    </div>
  );
}

/** The ranking as an export table: all brokers, all five roles and Burt's measures. */
export function brokerTable(
  data: Dataset,
  rows: readonly BrokerRow[],
  t: Translate,
  lang: Language,
  labelOf: (id: string) => string,
  world: (w: string) => string,
  pairLabel: string | null,
): TableModel {
  const hole = STRUCTURAL_HOLE_TEXT[lang];
  return {
    title: t('brokers.tableTitle'),
    columns: [
      { id: 'rank', header: t('time.col.rank') },
      { id: 'organisation', header: t('time.col.organisation') },
      { id: 'id', header: 'id' },
      { id: 'world', header: t('brokers.col.world') },
      {
        id: 'pairs',
        header: pairLabel ? `${t('brokers.col.pairs')} (${pairLabel})` : t('brokers.col.pairs'),
      },
      { id: 'totalPairs', header: t('brokers.col.pairs') },
      ...BROKERAGE_ROLES.map((role) => ({
        id: role,
        header: BROKERAGE_ROLE_TEXT[lang][role].name,
      })),
      { id: 'effectiveSize', header: hole.effectiveSize.name },
      { id: 'constraint', header: hole.constraint.name },
    ],
    rows: rows.map((r, i) => ({
      rank: i + 1,
      organisation: labelOf(r.id),
      id: data.nodeById.get(r.id)?.id ?? r.id,
      world: world(r.world),
      pairs: r.pairs,
      totalPairs: r.totalPairs,
      ...r.roles,
      effectiveSize: r.effectiveSize,
      constraint: r.constraint,
    })),
  };
}
