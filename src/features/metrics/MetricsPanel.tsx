/**
 * Network measures in plain words: size and colour choices with one-line explanations,
 * progress and errors (with retry), a ranking table of organisations by a chosen measure
 * (filterable by type, linked to the picture, CSV export), and the communities with the
 * collaborations that hold them together.
 */
import { useMemo, useState, type ReactNode } from 'react';
import { NodeLink } from '../../components/NodeLink';
import { Select } from '../../components/Select';
import { OrganisationSwatch } from '../../components/Swatch';
import { TableDownload } from '../../components/TableDownload';
import { ORGANISATION_TYPES, type OrganisationType } from '../../data/vocabulary';
import { compareSv } from '../../domain/collate';
import {
  hasCommunityOfTwo,
  summariseCommunities,
  type CommunitySummary,
} from '../../domain/communities';
import { labelLookup } from '../../domain/labels';
import { sortRows } from '../../domain/sortModel';
import type { TableModel } from '../../domain/tableExport';
import { communityColour } from '../../graph-view/palette';
import { formatNumber } from '../../i18n';
import { METRIC_IDS, type MetricId, type NodeMetrics } from '../../metrics/types';
import { useDataset } from '../../state/DatasetContext';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/useT';
import { COLOUR_MODES, SIZE_MEASURES } from '../../url/navState';

/** A metric's value for display (integers for degree, 3–4 significant digits otherwise). */
export function metricValue(metrics: NodeMetrics, metric: MetricId): number | null {
  return metrics[metric];
}

function format(lang: 'sv' | 'en', metric: MetricId, value: number | null): string {
  if (value === null) return '–';
  if (metric === 'degree' || metric === 'weightedDegree') return formatNumber(lang, value);
  return formatNumber(lang, value, value < 0.01 ? 4 : 3);
}

export function MetricsPanel() {
  const { data } = useDataset();
  const t = useT();
  const nav = useAppStore((s) => s.nav);
  const metrics = useAppStore((s) => s.metrics);
  const { updateNav, retryMetrics } = useAppStore.getState();
  const [rankBy, setRankBy] = useState<MetricId>('betweenness');
  const [typeFilter, setTypeFilter] = useState<OrganisationType | ''>('');
  const [limit, setLimit] = useState(10);
  const labelOf = labelLookup(data);
  const result = metrics.result && metrics.result.key === metrics.key ? metrics.result : null;

  const ranking = useMemo(() => {
    if (!result) return [];
    const rows = Object.entries(result.nodes)
      .filter(([id]) => {
        const node = data.nodeById.get(id);
        return node?.kind === 'organisation' && (typeFilter === '' || node.type === typeFilter);
      })
      .map(([id, m]) => ({ id, value: metricValue(m, rankBy) }));
    // Largest value first (no value last), ties in Swedish name order: the shared sort model.
    return sortRows(
      rows,
      { key: 'value', ascending: false },
      { value: (a, b) => (a.value ?? -1) - (b.value ?? -1) },
      (a, b) => compareSv(labelOf(a.id), labelOf(b.id)),
    );
  }, [result, rankBy, typeFilter, data, labelOf]);

  // Summarised only when the list is opened (CommunityList): for a 10k network the sorting
  // took ~110 ms of the task that delivered the measures.
  const communityOf = useMemo(
    () =>
      result ? new Map(Object.entries(result.nodes).map(([id, m]) => [id, m.community])) : null,
    [result],
  );
  const hasCommunities = useMemo(
    () => communityOf !== null && hasCommunityOfTwo(communityOf),
    [communityOf],
  );

  const communityName = (namedAfter: string | null, community: number) => {
    const node = namedAfter ? data.nodeById.get(namedAfter) : undefined;
    const short = node?.kind === 'collaboration' ? (node.shortName ?? node.label) : null;
    return short
      ? t('community.circle', { name: short })
      : t('metrics.community', { number: community + 1 });
  };
  const viewName = t(nav.view === 'network' ? 'view.network.short' : 'view.affiliation.short');
  const rankingTable = (): TableModel => ({
    title: `${t('metrics.ranking')} ${t(`metrics.${rankBy}`)}`,
    columns: [
      { id: 'rank', header: t('metrics.rank') },
      { id: 'organisation', header: t('table.organisation') },
      { id: 'measure', header: t('metrics.rankingBy') },
      { id: 'view', header: t('view.label') },
      { id: 'value', header: t('metrics.value') },
    ],
    rows: ranking.map((r, i) => ({
      rank: i + 1,
      organisation: labelOf(r.id),
      measure: t(`metrics.${rankBy}`),
      view: viewName,
      value: r.value ?? null,
    })),
  });

  const sizeHelp =
    nav.sizeBy === 'links' ? t('metrics.links.help') : t(`metrics.${nav.sizeBy}.help`);
  const stats = result?.stats;
  const failures = Object.entries(result?.failures ?? {});

  return (
    <section className="metrics-panel" aria-labelledby="metrics-title">
      <h2 id="metrics-title">{t('metrics.title')}</h2>
      <Select
        label={t('metrics.sizeBy')}
        options={SIZE_MEASURES.map((m) => ({
          value: m,
          label: m === 'links' ? t('metrics.links') : t(`metrics.${m}`),
        }))}
        value={nav.sizeBy}
        onChange={(sizeBy) => updateNav({ sizeBy })}
        describedBy="size-help"
      />
      <p id="size-help" className="small muted help">
        {sizeHelp}
      </p>
      <Select
        label={t('metrics.colourBy')}
        options={COLOUR_MODES.map((c) => ({ value: c, label: t(`metrics.colour.${c}`) }))}
        value={nav.colourBy}
        onChange={(colourBy) => updateNav({ colourBy })}
      />

      <div className="metrics-status" aria-live="polite" data-testid="metrics-status">
        {metrics.status === 'running' ? (
          <p className="small">
            {t('metrics.running', { percent: Math.round(metrics.progress * 100) })}
          </p>
        ) : null}
        {result?.estimate ? <p className="small warning">{t('metrics.estimate')}</p> : null}
        {metrics.status === 'error' ? (
          <div className="small error-box" role="alert">
            <p>{t('metrics.failed', { reason: metrics.error ?? '' })}</p>
            <button type="button" onClick={retryMetrics}>
              {t('metrics.retry')}
            </button>
          </div>
        ) : null}
        {failures.map(([metric, reason]) => (
          <p key={metric} className="small warning">
            {t('metrics.metricFailed', {
              metric:
                metric === 'community'
                  ? t('metrics.communities')
                  : t(`metrics.${metric as MetricId}`),
              reason,
            })}
          </p>
        ))}
        {stats ? (
          <p className="small muted">
            {t('metrics.stats', {
              nodes: stats.nodes,
              edges: stats.edges,
              density: formatNumber(nav.lang, stats.density, 3),
              components: stats.components,
            })}
            {stats.averagePathLength !== null
              ? `, ${t('metrics.avgPath', { value: formatNumber(nav.lang, stats.averagePathLength, 2) })}`
              : ''}{' '}
            <span data-testid="metrics-view">
              ({t(nav.view === 'network' ? 'figure.viewNetwork' : 'figure.viewAffiliation')})
            </span>
          </p>
        ) : null}
      </div>

      <details className="filter-group" open>
        <summary>{t('metrics.ranking')}</summary>
        <div className="ranking-controls">
          <Select
            label={t('metrics.rankingBy')}
            options={METRIC_IDS.map((m) => ({ value: m, label: t(`metrics.${m}`) }))}
            value={rankBy}
            onChange={setRankBy}
            describedBy="rank-help"
          />
          <p id="rank-help" className="small muted help">
            {t(`metrics.${rankBy}.help`)}
          </p>
          <Select<OrganisationType | ''>
            label={t('metrics.rankingType')}
            options={[
              { value: '', label: t('metrics.rankingAll') },
              ...ORGANISATION_TYPES.map((ty) => ({ value: ty, label: t(`orgType.${ty}`) })),
            ]}
            value={typeFilter}
            onChange={setTypeFilter}
          />
          <Select
            label={t('metrics.rankingShow')}
            className="field inline"
            options={[10, 25, 100].map((n) => ({ value: n, label: n }))}
            value={limit}
            onChange={setLimit}
          />
        </div>
        {ranking.length === 0 ? (
          <p className="small muted">{t('metrics.none')}</p>
        ) : (
          <>
            <table className="data-table compact" data-testid="ranking-table">
              <caption className="visually-hidden">
                {t('metrics.ranking')}: {t(`metrics.${rankBy}`)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('metrics.rank')}</th>
                  <th scope="col">{t('table.organisation')}</th>
                  <th scope="col" className="num">
                    {t('metrics.value')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {ranking.slice(0, limit).map((r, i) => (
                  <tr key={r.id} className={nav.selected === r.id ? 'selected' : ''}>
                    <td className="num">{i + 1}</td>
                    <td>
                      <NodeLink id={r.id} label={labelOf(r.id)} />
                    </td>
                    <td className="num">{format(nav.lang, rankBy, r.value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <TableDownload
              table={rankingTable}
              nameParts={[t('metrics.ranking'), t(`metrics.${rankBy}`), viewName]}
              testId="ranking-download"
            />
          </>
        )}
      </details>

      {hasCommunities && communityOf ? (
        <LazyDetails className="filter-group" summary={t('metrics.communities')}>
          {() => (
            <CommunityList communityOf={communityOf}>
              {(communities) =>
                communities.map((c) => (
                  <li key={c.community}>
                    <LazyDetails
                      summary={
                        <>
                          <OrganisationSwatch colour={communityColour(c.community)} size={12} />{' '}
                          {communityName(c.namedAfter, c.community)} ·{' '}
                          {t('metrics.communityMembers', { count: c.organisations.length })}
                        </>
                      }
                    >
                      {() => (
                        <>
                          <ul className="inline-list small">
                            {c.organisations.map((id) => (
                              <li key={id}>
                                <NodeLink id={id} label={labelOf(id)} />
                              </li>
                            ))}
                          </ul>
                          {c.collaborations.length > 0 ? (
                            <>
                              <p className="small muted">{t('metrics.heldTogetherBy')}</p>
                              <ul className="inline-list small">
                                {c.collaborations.slice(0, 6).map((col) => (
                                  <li key={col.id}>
                                    <NodeLink id={col.id} label={labelOf(col.id)} /> ({col.members})
                                  </li>
                                ))}
                              </ul>
                            </>
                          ) : null}
                        </>
                      )}
                    </LazyDetails>
                  </li>
                ))
              }
            </CommunityList>
          )}
        </LazyDetails>
      ) : null}
    </section>
  );
}

/** The communities' list, summarised when it is mounted (the disclosure opened). */
function CommunityList({
  communityOf,
  children,
}: {
  communityOf: ReadonlyMap<string, number>;
  children: (communities: CommunitySummary[]) => ReactNode;
}) {
  const t = useT();
  const { data } = useDataset();
  const communities = useMemo(
    () =>
      summariseCommunities(communityOf, data.memberships, labelLookup(data)).filter(
        (c) => c.organisations.length > 1,
      ),
    [communityOf, data],
  );
  return (
    <>
      <p className="small muted">{t('metrics.communities.help')}</p>
      <ol className="community-list" data-testid="community-list">
        {children(communities)}
      </ol>
    </>
  );
}

/**
 * A disclosure whose content is rendered only while it is open: the communities of a large
 * imported network list thousands of members, which would otherwise be rendered (hidden)
 * again on every change of the panel.
 */
function LazyDetails({
  summary,
  className,
  children,
}: {
  summary: ReactNode;
  className?: string;
  children: () => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details className={className} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open ? children() : null}
    </details>
  );
}
