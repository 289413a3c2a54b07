/**
 * The list against the map as rows a person reads and a table they download: one row
 * per list entry with its standing, the collaborations shared with home, the people on
 * those ties, and for known organisations without a shared collaboration the shortest
 * route from home in the picture shown. Pure: no React; labels and words are injected.
 */
import { formatBytes } from '../../data/import/limits';
import type { ListAgainstMap, ListStanding } from '../../data/import/listAgainstMap';
import type { RowMatch } from '../../data/import/matchOrganisations';
import type { ImportProblem } from '../../data/import/problems';
import type { TableModel } from '../../domain/tableExport';
import type { MessageKey, Translate } from '../../i18n';

/**
 * The home organisation a list is read against: the one saved with it when the data has
 * it ('' when none was chosen), else `fallback` when the data has that, else none ('').
 */
export function listHomeOf(
  saved: string | undefined,
  has: (id: string) => boolean,
  fallback: string,
): string {
  if (saved === '') return '';
  if (saved !== undefined && has(saved)) return saved;
  return has(fallback) ? fallback : '';
}

/** One row of the report, in list order. */
export interface ListReportRow {
  position: number;
  /** Source row number. */
  row: number;
  name: string;
  /** The organisation id in the map, or null for a newcomer. */
  organisation: string | null;
  standing: ListStanding;
  /** Collaboration ids shared with home (sorted). */
  through: string[];
  /** Person ids on the ties between this organisation and home (sorted). */
  people: string[];
  /** A readable route from home, '' when none was asked or found. */
  route: string;
}

/** The order standings are listed in: home, already linked, known, isolated, new. */
export const STANDING_ORDER: readonly ListStanding[] = [
  'home',
  'linked',
  'known',
  'isolated',
  'newcomer',
];

/**
 * Rows of the report. `routeOf(org)` gives a route line for a route target ('' when
 * none). People come from the ties with home; an entry without home has none.
 */
export function listReportRows(
  result: ListAgainstMap,
  routeOf: (organisation: string) => string = () => '',
): ListReportRow[] {
  const peopleWithHome = new Map<string, string[]>();
  for (const tie of result.ties) {
    if (!tie.withHome) continue;
    const other = tie.source === result.home ? tie.target : tie.source;
    peopleWithHome.set(other, tie.people);
  }
  const targets = new Set(result.routeTargets);
  return result.entries.map((e) => ({
    position: e.position,
    row: e.row,
    name: e.name,
    organisation: e.organisation,
    standing: e.standing,
    through: e.sharedWithHome,
    people: e.organisation ? (peopleWithHome.get(e.organisation) ?? []) : [],
    route: e.organisation && targets.has(e.organisation) ? routeOf(e.organisation) : '',
  }));
}

/** Counts per standing (duplicates of an earlier row not counted twice). */
export function standingCounts(result: ListAgainstMap): Record<ListStanding, number> {
  const out: Record<ListStanding, number> = {
    home: 0,
    linked: 0,
    known: 0,
    isolated: 0,
    newcomer: 0,
  };
  for (const e of result.entries) if (e.duplicateOf === undefined) out[e.standing] += 1;
  return out;
}

/** The report as a downloadable table (saveTable), headers and names in the UI language. */
export function listReportTable(
  rows: readonly ListReportRow[],
  labelOf: (id: string) => string,
  t: Translate,
): TableModel {
  return {
    title: t('import.tableTitle'),
    columns: [
      { id: 'row', header: t('import.th.row') },
      { id: 'name', header: t('import.th.name') },
      { id: 'match', header: t('import.th.match') },
      { id: 'standing', header: t('import.th.standing') },
      { id: 'through', header: t('import.th.through') },
      { id: 'people', header: t('import.th.people') },
      { id: 'route', header: t('import.th.route') },
    ],
    rows: rows.map((r) => ({
      row: r.row,
      name: r.name,
      match: r.organisation ? labelOf(r.organisation) : '',
      standing: t(`import.standing.${r.standing}`),
      through: r.through.map(labelOf).join('; '),
      people: r.people.map(labelOf).join('; '),
      route: r.route,
    })),
  };
}

/** The organisation ids a list shows in the picture: the known ones and home. */
export function listHighlight(result: ListAgainstMap): string[] {
  return [...new Set([...result.known, ...(result.home ? [result.home] : [])])].sort();
}

/** Rows still to decide or decided, for the "n waiting" line. */
export function waitingCount(matches: readonly RowMatch[]): number {
  return matches.filter((m) => m.status === 'ambiguous' && m.decision === null).length;
}

/**
 * A problem in the user's language: the code's text, then where (row and column) when
 * known. Unknown placeholders stay visible rather than vanish.
 */
export function problemText(p: ImportProblem, t: Translate): string {
  const value =
    p.code === 'file-too-large' && typeof p.value === 'number'
      ? formatBytes(p.value)
      : typeof p.value === 'number'
        ? p.value.toLocaleString(t('import.open') === 'Import' ? 'en-GB' : 'sv-SE')
        : (p.value ?? '');
  const text = t(`import.problem.${p.code}` as MessageKey, { value });
  const where =
    p.row !== undefined && p.column !== undefined
      ? t('import.rowCol', { row: p.row, column: p.column })
      : p.row !== undefined
        ? t('import.row', { row: p.row })
        : p.column !== undefined
          ? t('import.col', { column: p.column })
          : '';
  return where ? `${where.charAt(0).toUpperCase()}${where.slice(1)}: ${text}` : text;
}
