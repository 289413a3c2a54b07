/**
 * The Tänk om tab: take out organisations or end collaborations (search-as-you-type), read
 * what changes — a written summary and tables of parts that split off, organisations left
 * without a link, betweenness and key-collaborator changes — and restore all in one click.
 * The scenario lives in the URL (`nav.removed`); computed in the worker on the view shown.
 */
import { useMemo, useState } from 'react';
import { NodeLink } from '../../components/NodeLink';
import { labelLookup } from '../../domain/labels';
import { buildSearchIndex, search } from '../../domain/search';
import { formatNumber } from '../../i18n';
import type { ScenarioResult } from '../../metrics/scenario';
import { describeScenario } from '../../metrics/scenarioText';
import { useDataset } from '../../state/DatasetContext';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/useT';
import type { ViewModel } from '../../state/useViewModel';
import { MAX_REMOVED } from '../../url/navState';
import { analysisClient } from '../time/analysisClient';
import { useAnalysis } from '../time/useAnalysis';
import { scenarioInput, scenarioOptions, scenarioRemoval } from './scenarioModel';

/** Rows shown per table. */
export const SCENARIO_ROWS_SHOWN = 10;

export function WhatIfTab({ model }: { model: ViewModel }) {
  const { data } = useDataset();
  const t = useT();
  const lang = useAppStore((s) => s.nav.lang);
  const removed = useAppStore((s) => s.nav.removed);
  const { toggleRemoved, restoreRemoved } = useAppStore.getState();
  const [query, setQuery] = useState('');
  const labelOf = useMemo(() => labelLookup(data), [data]);
  const index = useMemo(
    () => buildSearchIndex(data.file.nodes.filter((n) => n.kind !== 'person')),
    [data],
  );
  const hits = useMemo(
    () => search(index, query, 8).filter((h) => !removed.includes(h.id)),
    [index, query, removed],
  );
  const graph = model.graph;
  const analysis = useAnalysis<ScenarioResult>(
    removed.length
      ? () =>
          analysisClient().scenario(
            scenarioInput(graph),
            scenarioRemoval(graph, removed),
            scenarioOptions(graph),
          )
      : null,
    `${graph.view}|${graph.signature}|${removed.join(',')}`,
  );
  const num = (v: number) => formatNumber(lang, v, v !== 0 && Math.abs(v) < 0.001 ? 5 : 3);
  const signed = (v: number) => (v > 0 ? `+${num(v)}` : `−${num(-v)}`);
  const isOrg = (id: string) => id.startsWith('org:');

  return (
    <div className="whatif-tab">
      <p className="small">{t('whatif.intro')}</p>
      <label className="whatif-search">
        <span>{t('whatif.search')}</span>
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            const first = hits[0];
            if (e.key === 'Enter' && first) {
              e.preventDefault();
              toggleRemoved(first.id);
              setQuery('');
            }
          }}
        />
      </label>
      {hits.length ? (
        <ul className="whatif-hits" aria-label={t('whatif.search')}>
          {hits.map((h) => (
            <li key={h.id}>
              <button
                type="button"
                disabled={removed.length >= MAX_REMOVED}
                aria-label={t('whatif.removeNamed', { name: h.label })}
                onClick={() => {
                  toggleRemoved(h.id);
                  setQuery('');
                }}
              >
                {t('whatif.remove')}
              </button>{' '}
              {h.label}
              {h.matched ? <span className="small muted"> ({h.matched})</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {removed.length >= MAX_REMOVED ? (
        <p className="small">{t('whatif.limit', { max: MAX_REMOVED })}</p>
      ) : null}

      <h3>{t('whatif.removed')}</h3>
      {removed.length === 0 ? (
        <p className="small muted">{t('whatif.none')}</p>
      ) : (
        <div className="whatif-removed">
          <ul>
            {removed.map((id) => (
              <li key={id}>
                <button
                  type="button"
                  className="whatif-chip"
                  aria-label={t('whatif.putBack', { name: labelOf(id) })}
                  title={t('whatif.putBack', { name: labelOf(id) })}
                  onClick={() => toggleRemoved(id)}
                >
                  {labelOf(id)} <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="whatif-restore" onClick={restoreRemoved}>
            {t('whatif.restore')}
          </button>
        </div>
      )}

      {analysis.status === 'running' ? <p className="small muted">{t('whatif.running')}</p> : null}
      {analysis.status === 'error' ? (
        <p className="small error">{t('time.error', { message: analysis.message })}</p>
      ) : null}
      {analysis.status === 'done' ? (
        <ScenarioReport
          result={analysis.value}
          summary={describeScenario(analysis.value, lang, labelOf)}
          labelOf={labelOf}
          isOrg={isOrg}
          num={num}
          signed={signed}
        />
      ) : null}
    </div>
  );
}

function ScenarioReport(props: {
  result: ScenarioResult;
  summary: string[];
  labelOf: (id: string) => string;
  isOrg: (id: string) => boolean;
  num: (v: number) => string;
  signed: (v: number) => string;
}) {
  const { result, summary, labelOf, isOrg, num, signed } = props;
  const t = useT();
  const unknown = [...result.unknown.nodes, ...result.unknown.collaborations];
  const parts = result.splits.flatMap((s) => s.parts.slice(1));
  const isolated = result.newlyIsolated.filter(isOrg);
  const betweenness = result.betweenness.filter((b) => isOrg(b.id)).slice(0, SCENARIO_ROWS_SHOWN);
  const partners = result.keyCollaborators
    .filter((k) => k.lost.length > 0 || k.gained.length > 0)
    .slice(0, SCENARIO_ROWS_SHOWN);
  const link = (id: string) => <NodeLink key={id} id={id} label={labelOf(id)} />;
  const links = (ids: readonly string[]) =>
    ids.map((id, i) => (
      <span key={id}>
        {i > 0 ? ', ' : ''}
        {link(id)}
      </span>
    ));
  return (
    <section className="whatif-report" aria-label={t('whatif.summary')}>
      <h3>{t('whatif.summary')}</h3>
      <div className="whatif-summary" aria-live="polite">
        {summary.map((s) => (
          <p key={s}>{s}</p>
        ))}
      </div>
      {unknown.length ? (
        <p className="small muted">
          {t('whatif.unknown', { names: unknown.map(labelOf).join(', ') })}
        </p>
      ) : null}
      {parts.length ? (
        <>
          <h4>{t('whatif.splits')}</h4>
          <table className="data-table time-table">
            <thead>
              <tr>
                <th scope="col">{t('whatif.col.part')}</th>
                <th scope="col" className="num">
                  {t('whatif.col.size')}
                </th>
              </tr>
            </thead>
            <tbody>
              {parts.slice(0, SCENARIO_ROWS_SHOWN).map((part) => (
                <tr key={part.join()}>
                  <td>
                    {links(part.filter(isOrg).slice(0, 6))}
                    {part.filter(isOrg).length > 6 ? ' …' : ''}
                  </td>
                  <td className="num">{part.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {isolated.length ? (
        <>
          <h4>{t('whatif.isolated')}</h4>
          <p>{links(isolated)}</p>
        </>
      ) : null}
      {betweenness.length ? (
        <>
          <h4>{t('whatif.betweenness')}</h4>
          <table className="data-table time-table">
            <thead>
              <tr>
                <th scope="col">{t('time.col.organisation')}</th>
                <th scope="col" className="num">
                  {t('whatif.col.before')}
                </th>
                <th scope="col" className="num">
                  {t('whatif.col.after')}
                </th>
                <th scope="col" className="num">
                  {t('time.col.change')}
                </th>
              </tr>
            </thead>
            <tbody>
              {betweenness.map((b) => (
                <tr key={b.id}>
                  <th scope="row">{link(b.id)}</th>
                  <td className="num">{num(b.before)}</td>
                  <td className="num">{num(b.after)}</td>
                  <td className={`num ${b.change > 0 ? 'time-up' : 'time-down'}`}>
                    {signed(b.change)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {partners.length ? (
        <>
          <h4>{t('whatif.keyCollaborators')}</h4>
          <table className="data-table time-table">
            <thead>
              <tr>
                <th scope="col">{t('time.col.organisation')}</th>
                <th scope="col">{t('whatif.col.lost')}</th>
                <th scope="col">{t('whatif.col.gained')}</th>
              </tr>
            </thead>
            <tbody>
              {partners.map((k) => (
                <tr key={k.id}>
                  <th scope="row">{link(k.id)}</th>
                  <td className="small">{links(k.lost)}</td>
                  <td className="small">{links(k.gained)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
