/**
 * The one sort model of the app's sortable tables: which column sorts and in which
 * direction, what a header click does to it, and the rows in that order. Pure; the header
 * component (src/components/SortableHeader.tsx) renders it. Invariants: sorting never
 * mutates its input, and the tie-break always runs in its own (ascending) direction, so
 * equal keys keep a stable, readable order whichever way the column runs.
 */

/** The sorted column and its direction. */
export interface SortState<K extends string> {
  key: K;
  ascending: boolean;
}

/** `aria-sort` of a column header: only the sorted column says a direction. */
export type AriaSort = 'ascending' | 'descending' | 'none';

export function ariaSortOf<K extends string>(state: SortState<K>, key: K): AriaSort {
  if (state.key !== key) return 'none';
  return state.ascending ? 'ascending' : 'descending';
}

/**
 * The state after a click on `key`'s header: the sorted column flips direction; another
 * column becomes the sorted one in its first direction (`firstAscending`, default
 * ascending — e.g. counts start with the largest).
 */
export function nextSort<K extends string>(
  state: SortState<K>,
  key: K,
  firstAscending: (key: K) => boolean = () => true,
): SortState<K> {
  if (state.key === key) return { key, ascending: !state.ascending };
  return { key, ascending: firstAscending(key) };
}

/** One ascending comparator per sortable column. */
export type SortComparators<R, K extends string> = Readonly<Record<K, (a: R, b: R) => number>>;

/**
 * A sorted copy of `rows`: the column's comparator in the state's direction, then
 * `tieBreak` (ascending, not reversed) for rows the column holds equal.
 */
export function sortRows<R, K extends string>(
  rows: readonly R[],
  state: SortState<K>,
  comparators: SortComparators<R, K>,
  tieBreak: (a: R, b: R) => number = () => 0,
): R[] {
  const compare = comparators[state.key];
  const direction = state.ascending ? 1 : -1;
  return [...rows].sort((a, b) => direction * compare(a, b) || tieBreak(a, b));
}
