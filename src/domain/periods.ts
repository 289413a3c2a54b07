/**
 * Change over time: the year span of the data, how many dated collaborations are active in
 * each year (and how many have no year at all), which collaborations a year range keeps, and
 * the comparison of two periods per organisation. "Active in a range" is exactly the year
 * filter's rule (`collaborationInPeriod`), so tables, counts and the picture agree.
 * Undated collaborations are never active in a range here; callers show them apart.
 */
import type { Dataset } from '../data/dataset';
import type { CollaborationNode } from '../data/graphSchema';
import { collaborationInPeriod, DEFAULT_FILTERS, type Filters } from './filters';

/** An inclusive range of calendar years, `from <= to`. */
export interface YearRange {
  from: number;
  to: number;
}

/** active: overlaps the range; inactive: dated, no overlap; undated: no stated year. */
export type PeriodStatus = 'active' | 'inactive' | 'undated';

/** The part of a collaboration the period rule reads. */
export type DatedCollaboration = Pick<CollaborationNode, 'id' | 'start' | 'end'>;

/** True when the collaboration states a start or an end year. */
export function isDated(col: DatedCollaboration): boolean {
  return col.start !== undefined || col.end !== undefined;
}

/**
 * @throws RangeError unless `from` and `to` are integers with from <= to.
 */
export function checkYearRange(range: YearRange): YearRange {
  if (!Number.isInteger(range.from) || !Number.isInteger(range.to) || range.from > range.to) {
    throw new RangeError(`Not a year range: ${String(range.from)}–${String(range.to)}.`);
  }
  return range;
}

/**
 * `filters` restricted to `range` with undated collaborations hidden: the graph of one
 * period, as `comparePeriods` counts it (build it with applyFilters + buildViewGraph, then
 * computeMetrics, to get that period's values).
 * @throws RangeError on an invalid range.
 */
export function filtersForPeriod(filters: Filters, range: YearRange): Filters {
  checkYearRange(range);
  return { ...filters, yearFrom: range.from, yearTo: range.to, includeUndated: false };
}

/** Smallest and largest stated year (start or end) of the collaborations; null if none. */
export function yearSpan(
  collaborations: Iterable<DatedCollaboration>,
): { min: number; max: number } | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const col of collaborations) {
    for (const year of [col.start, col.end]) {
      if (year === undefined) continue;
      min = Math.min(min, year);
      max = Math.max(max, year);
    }
  }
  return min <= max ? { min, max } : null;
}

/**
 * Whether `col` is active in `range`: the year filter's overlap rule (a missing end means
 * still running; a missing start means the end year alone).
 * @throws RangeError on an invalid range.
 */
export function periodStatus(col: DatedCollaboration, range: YearRange): PeriodStatus {
  checkYearRange(range);
  if (!isDated(col)) return 'undated';
  // collaborationInPeriod reads only start and end.
  const filters = filtersForPeriod(DEFAULT_FILTERS, range);
  return collaborationInPeriod(col as CollaborationNode, filters) ? 'active' : 'inactive';
}

/** Collaboration ids by status in `range`, each list in input order. */
export function classifyCollaborations(
  collaborations: Iterable<DatedCollaboration>,
  range: YearRange,
): Record<PeriodStatus, string[]> {
  const out: Record<PeriodStatus, string[]> = { active: [], inactive: [], undated: [] };
  for (const col of collaborations) out[periodStatus(col, range)].push(col.id);
  return out;
}

/** Active dated collaborations per year, and the undated count beside them. */
export interface YearActivity {
  /** One entry per year of the span, ascending; empty when nothing is dated. */
  years: Array<{ year: number; active: number }>;
  /** Collaborations with a stated year. */
  dated: number;
  /** Collaborations without any stated year (never counted in `years`). */
  undated: number;
}

/**
 * Per-year counts of active dated collaborations over `span` (default: `yearSpan` of the
 * collaborations). O(collaborations · years).
 */
export function activityByYear(
  collaborations: readonly DatedCollaboration[],
  span: { min: number; max: number } | null = yearSpan(collaborations),
): YearActivity {
  const dated = collaborations.filter(isDated);
  const years: YearActivity['years'] = [];
  if (span) {
    for (let year = span.min; year <= span.max; year++) {
      const range = { from: year, to: year };
      years.push({ year, active: dated.filter((c) => periodStatus(c, range) === 'active').length });
    }
  }
  return { years, dated: dated.length, undated: collaborations.length - dated.length };
}

/** Per node id, measure id → value in one period (e.g. from computeMetrics on that graph). */
export type PeriodValues = Readonly<Record<string, Readonly<Record<string, number>>>>;

/** The measure computed here: collaborations an organisation is a member of in the period. */
export const COLLABORATION_COUNT = 'collaborations';

export interface ComparePeriodsOptions {
  /**
   * Measures to compare (ids in the values, plus `COLLABORATION_COUNT`); default every
   * measure found in either period's values, then `COLLABORATION_COUNT`.
   */
  measures?: readonly string[];
  /**
   * Only these collaborations count (e.g. those the other filters keep); default all. Used
   * for the collaboration count and for started/ended.
   */
  collaborations?: Iterable<string>;
}

export interface MeasureChange {
  /** Value in period A and B; 0 where the node has no value (absent from that graph). */
  a: number;
  b: number;
  /** b − a. */
  change: number;
  /** 1 = largest |change| among the rows; equal |change| share a rank (1, 2, 2, 4 …). */
  rank: number;
}

export interface PeriodComparisonRow {
  /** Node id (an organisation, or any node the values name). */
  id: string;
  measures: Record<string, MeasureChange>;
  /** Its collaborations active in B but not in A, and the reverse; ids sorted. */
  started: string[];
  ended: string[];
}

export interface PeriodComparison {
  a: YearRange;
  b: YearRange;
  measures: string[];
  /** One row per node; ordered by rank of the first measure, then id. */
  rows: PeriodComparisonRow[];
  /** Counted collaborations active in B not A / in A not B, sorted. */
  started: string[];
  ended: string[];
  /** Counted collaborations with no stated year (in neither period). */
  undated: number;
}

/**
 * Compares two periods per node: each measure's value in A and B, the change and its rank,
 * and the node's collaborations that started (active in B, not A) or ended. Rows cover
 * every node in either `values` and every organisation with a counted membership.
 * @throws RangeError on an invalid range.
 */
export function comparePeriods(
  data: Dataset,
  a: YearRange,
  b: YearRange,
  valuesA: PeriodValues,
  valuesB: PeriodValues,
  options: ComparePeriodsOptions = {},
): PeriodComparison {
  checkYearRange(a);
  checkYearRange(b);
  const counted = options.collaborations ? new Set(options.collaborations) : null;
  const cols = data.collaborations.filter((c) => !counted || counted.has(c.id));
  const inA = new Set<string>();
  const inB = new Set<string>();
  let undated = 0;
  for (const col of cols) {
    const sa = periodStatus(col, a);
    if (sa === 'undated') {
      undated++;
      continue;
    }
    if (sa === 'active') inA.add(col.id);
    if (periodStatus(col, b) === 'active') inB.add(col.id);
  }

  const measures =
    options.measures ??
    [...new Set([valuesA, valuesB].flatMap((v) => Object.values(v).flatMap((m) => Object.keys(m))))]
      .filter((m) => m !== COLLABORATION_COUNT)
      .sort()
      .concat(COLLABORATION_COUNT);

  // Per member: its counted collaborations in A and in B.
  const membersA = new Map<string, Set<string>>();
  const membersB = new Map<string, Set<string>>();
  const ids = new Set([...Object.keys(valuesA), ...Object.keys(valuesB)]);
  for (const m of data.memberships) {
    const active = [inA.has(m.target) ? membersA : null, inB.has(m.target) ? membersB : null];
    if (!active[0] && !active[1]) continue;
    if (data.nodeById.get(m.source)?.kind === 'organisation') ids.add(m.source);
    for (const map of active) {
      if (!map) continue;
      const set = map.get(m.source) ?? new Set<string>();
      set.add(m.target);
      map.set(m.source, set);
    }
  }

  const valueOf = (
    values: PeriodValues,
    members: Map<string, Set<string>>,
    id: string,
    m: string,
  ) => (m === COLLABORATION_COUNT ? (members.get(id)?.size ?? 0) : (values[id]?.[m] ?? 0));

  const rows: PeriodComparisonRow[] = [...ids].sort().map((id) => {
    const row: PeriodComparisonRow = { id, measures: {}, started: [], ended: [] };
    for (const m of measures) {
      const va = valueOf(valuesA, membersA, id, m);
      const vb = valueOf(valuesB, membersB, id, m);
      row.measures[m] = { a: va, b: vb, change: vb - va, rank: 0 };
    }
    const colsA = membersA.get(id) ?? new Set<string>();
    const colsB = membersB.get(id) ?? new Set<string>();
    row.started = [...colsB].filter((c) => !colsA.has(c)).sort();
    row.ended = [...colsA].filter((c) => !colsB.has(c)).sort();
    return row;
  });

  for (const m of measures) {
    const sorted = [...rows].sort(
      (x, y) => Math.abs(y.measures[m]!.change) - Math.abs(x.measures[m]!.change),
    );
    sorted.forEach((row, i) => {
      const prev = sorted[i - 1];
      const same = prev && Math.abs(prev.measures[m]!.change) === Math.abs(row.measures[m]!.change);
      row.measures[m]!.rank = same ? prev.measures[m]!.rank : i + 1;
    });
  }
  const first = measures[0];
  if (first !== undefined) {
    rows.sort(
      (x, y) => x.measures[first]!.rank - y.measures[first]!.rank || (x.id < y.id ? -1 : 1),
    );
  }

  return {
    a,
    b,
    measures: [...measures],
    rows,
    started: [...inB].filter((c) => !inA.has(c)).sort(),
    ended: [...inA].filter((c) => !inB.has(c)).sort(),
    undated,
  };
}
