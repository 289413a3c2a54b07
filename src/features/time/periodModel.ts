/**
 * The two periods compared: each period's view graph (the current filters restricted to the
 * period, undated collaborations out, as `comparePeriods` counts) and the measures read
 * from its metrics. Pure.
 */
import type { Dataset } from '../../data/dataset';
import { applyFilters, type Filters } from '../../domain/filters';
import {
  COLLABORATION_COUNT,
  filtersForPeriod,
  type PeriodValues,
  type YearRange,
} from '../../domain/periods';
import { buildViewGraph, type ViewGraph, type ViewKind } from '../../domain/viewGraph';
import type { MetricsResult } from '../../metrics/types';

/** Measures the comparison offers, in menu order. */
export const PERIOD_MEASURES = ['betweenness', 'degree', COLLABORATION_COUNT] as const;
export type PeriodMeasure = (typeof PERIOD_MEASURES)[number];

/** The view graph of one period under the other filters. */
export function periodGraph(
  data: Dataset,
  filters: Filters,
  range: YearRange,
  view: ViewKind,
): ViewGraph {
  return buildViewGraph(applyFilters(data, filtersForPeriod(filters, range)), view);
}

/** Collaborations the other filters keep, whatever their years (the ones `comparePeriods` counts). */
export function countedCollaborations(data: Dataset, filters: Filters): ReadonlySet<string> {
  return applyFilters(data, { ...filters, yearFrom: null, yearTo: null, includeUndated: true })
    .collaborations;
}

/** Degree and betweenness of the organisations in a period's metrics. */
export function periodValues(data: Dataset, result: MetricsResult): PeriodValues {
  const out: Record<string, Record<string, number>> = {};
  for (const [id, m] of Object.entries(result.nodes)) {
    if (data.nodeById.get(id)?.kind !== 'organisation') continue;
    out[id] = { betweenness: m.betweenness, degree: m.degree };
  }
  return out;
}
