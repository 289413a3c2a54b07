/** "How are these two connected?": every shortest route (or the next-shortest ones too) as a readable chain, with the evidence of each step and a table to download. */
import { Fragment } from 'react';
import { NodeLink } from '../../components/NodeLink';
import { TableDownload } from '../../components/TableDownload';
import { labelLookup, shortLabel } from '../../domain/labels';
import {
  routesTable,
  stepEvidence,
  stepLabel,
  type ChainWords,
  type RouteResult,
} from '../../domain/routes';
import { useDataset } from '../../state/DatasetContext';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/useT';
import { Evidence } from '../details/Evidence';
import { tableModel } from './tableModel';

export function RoutesAnswer({ result }: { result: RouteResult }) {
  const { data } = useDataset();
  const t = useT();
  const labelOf = labelLookup(data);
  const options = useAppStore((s) => s.nav.questions);
  const setOptions = useAppStore((s) => s.setQuestionOptions);
  const words: ChainWords = {
    role: (r) => (r in ROLE_KEYS ? t(`role.${r as 'member'}`) : t(`seatRole.${r as 'member'}`)),
    body: (b) => t(`seatBody.${b}`),
  };
  const title =
    result.kind === 'unknown-node' ||
    result.kind === 'found' ||
    result.kind === 'no-route' ||
    result.kind === 'too-long'
      ? `${labelOf(result.from)} – ${labelOf(result.to)}`
      : '';
  return (
    <section className="answer" aria-labelledby="answer-title">
      <h3 id="answer-title">{title}</h3>
      <div className="answer-options">
        <label>
          <input
            type="checkbox"
            checked={options.routeRanked}
            onChange={(e) => setOptions({ routeRanked: e.target.checked })}
          />{' '}
          {t('questions.routes.ranked')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={options.routePeople}
            onChange={(e) => setOptions({ routePeople: e.target.checked })}
          />{' '}
          {t('questions.routes.people')}
        </label>
      </div>
      {result.kind === 'unknown-node' ? (
        <p className="answer-summary" role="status">
          {t('questions.routes.unknown', { names: result.missing.map(labelOf).join(', ') })}
        </p>
      ) : result.kind === 'no-route' ? (
        <p className="answer-summary" role="status">
          {t('questions.routes.noRoute', { from: labelOf(result.from), to: labelOf(result.to) })}
        </p>
      ) : result.kind === 'too-long' ? (
        <p className="answer-summary" role="status">
          {t('questions.routes.tooLong', { length: result.shortestLength, limit: result.limit })}
        </p>
      ) : (
        <>
          <p className="answer-summary" data-testid="answer-summary">
            {t('questions.routes.found', {
              count: result.shortestCount,
              length: result.shortestLength,
            })}
            {result.truncated
              ? ` ${t('questions.routes.truncated', { shown: result.routes.length })}`
              : ''}
          </p>
          <TableDownload
            nameParts={[
              shortLabel(data, result.from),
              shortLabel(data, result.to),
              t('questions.routes.tableTitle'),
            ]}
            table={() =>
              tableModel(
                t('questions.routes.tableTitle'),
                routesTable(
                  result,
                  data,
                  labelOf,
                  {
                    route: t('questions.col.route'),
                    length: t('questions.col.length'),
                    chain: t('questions.col.chain'),
                    evidence: t('questions.col.evidence'),
                  },
                  words,
                ),
              )
            }
          />
          <ol className="routes" data-testid="routes">
            {result.routes.map((route, i) => (
              <li key={route.nodes.join('>')} className="route">
                <p className="route-chain">
                  <span className="visually-hidden">
                    {t('questions.routes.route', { index: i + 1 })},{' '}
                    {t('questions.routes.length', { length: route.length })}:{' '}
                  </span>
                  <NodeLink id={route.nodes[0] ?? ''} label={labelOf(route.nodes[0] ?? '')} />
                  {route.steps.map((step, s) => (
                    <Fragment key={s}>
                      <span className="route-link"> —({stepLabel(step, labelOf, words)})— </span>
                      <NodeLink id={step.to} label={labelOf(step.to)} />
                    </Fragment>
                  ))}
                </p>
                <details>
                  <summary>{t('questions.routes.evidence')}</summary>
                  <ul className="route-evidence">
                    {route.steps.map((step, s) => (
                      <li key={s}>
                        {labelOf(step.from)} → {labelOf(step.to)}:{' '}
                        {stepEvidence(data, step).map((fact) => (
                          <Evidence key={fact.edgeId} evidence={fact.evidence} />
                        ))}
                      </li>
                    ))}
                  </ul>
                </details>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

const ROLE_KEYS = {
  lead: 1,
  convener: 1,
  chair: 1,
  host: 1,
  funder: 1,
  partner: 1,
  member: 1,
  part: 1,
} as const;
