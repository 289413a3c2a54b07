/**
 * Which column of a user's table holds what: first by header words (Swedish and
 * English, folded), then by content (country codes, organisation types, years, long
 * distinct texts). A column is used for one role at most; null means "not found".
 */
import { foldText } from '../normalise';
import {
  collaborationKindFromText,
  countryFromText,
  membershipRoleFromText,
  organisationTypeFromText,
} from './vocabularyText';

/** Column indexes (0-based) of a list of organisations. */
export interface ListColumns {
  name: number | null;
  type: number | null;
  country: number | null;
  role: number | null;
}

/** Column indexes (0-based) of a membership table. */
export interface MembershipColumns {
  organisation: number | null;
  collaboration: number | null;
  role: number | null;
  /** Organisation type. */
  type: number | null;
  /** Collaboration kind. */
  kind: number | null;
  /** A period like "2018–2022" or a single year. */
  period: number | null;
  start: number | null;
  end: number | null;
  source: number | null;
}

const words = (list: string[]) => new Set(list.map(foldText));

const LIST_HEADERS: Record<keyof ListColumns, Set<string>> = {
  name: words([
    'namn',
    'name',
    'organisation',
    'organization',
    'organisationsnamn',
    'organisation name',
    'organization name',
    'org',
    'aktör',
    'aktörer',
    'partner',
    'partners',
    'partnerorganisation',
    'företag',
    'company',
    'deltagare',
    'participant',
    'institution',
    'kandidat',
    'candidate',
  ]),
  type: words([
    'typ',
    'type',
    'organisationstyp',
    'organisation type',
    'kategori',
    'category',
    'sort',
  ]),
  country: words(['land', 'country', 'landkod', 'country code', 'nation']),
  role: words(['roll', 'role', 'funktion', 'partnerroll', 'partner role']),
};

const MEMBERSHIP_HEADERS: Record<keyof MembershipColumns, Set<string>> = {
  organisation: words([
    'organisation',
    'organization',
    'org',
    'organisationsnamn',
    'aktör',
    'medlem',
    'member',
    'partner',
    'deltagare',
    'participant',
    'namn',
    'name',
  ]),
  collaboration: words([
    'samarbete',
    'collaboration',
    'projekt',
    'project',
    'nätverk',
    'network',
    'råd',
    'council',
    'initiativ',
    'initiative',
    'samverkan',
    'konsortium',
    'consortium',
  ]),
  role: words(['roll', 'role', 'funktion']),
  type: words(['typ', 'type', 'organisationstyp', 'organisation type', 'org type']),
  kind: words([
    'slag',
    'kind',
    'samarbetstyp',
    'collaboration type',
    'collaboration kind',
    'projekttyp',
  ]),
  period: words(['period', 'år', 'year', 'years', 'tid', 'tidsperiod', 'löptid', 'projektperiod']),
  start: words(['start', 'från', 'from', 'startår', 'start year', 'begin']),
  end: words(['slut', 'till', 'to', 'end', 'slutår', 'end year']),
  source: words(['källa', 'source', 'referens', 'reference', 'dokument', 'document', 'evidence']),
};

function byHeader<K extends string>(
  columns: readonly string[],
  headers: Record<K, Set<string>>,
  order: readonly K[],
): Record<K, number | null> {
  const out = Object.fromEntries(order.map((k) => [k, null])) as Record<K, number | null>;
  const used = new Set<number>();
  for (const key of order) {
    const index = columns.findIndex((c, i) => !used.has(i) && headers[key].has(foldText(c)));
    if (index >= 0) {
      out[key] = index;
      used.add(index);
    }
  }
  return out;
}

/** Share (0..1) of the column's non-empty cells that pass the test. */
function share(
  rows: readonly (readonly string[])[],
  column: number,
  test: (cell: string) => boolean,
): number {
  let n = 0;
  let hits = 0;
  for (const row of rows.slice(0, 200)) {
    const cell = row[column] ?? '';
    if (cell === '') continue;
    n++;
    if (test(cell)) hits++;
  }
  return n === 0 ? 0 : hits / n;
}

/** How much a column looks like names: texts, mostly distinct, not numbers. */
function nameScore(rows: readonly (readonly string[])[], column: number): number {
  const cells = rows
    .slice(0, 200)
    .map((r) => r[column] ?? '')
    .filter((c) => c !== '');
  if (cells.length === 0) return 0;
  const distinct = new Set(cells.map(foldText)).size / cells.length;
  const texty =
    cells.filter((c) => /\p{L}/u.test(c) && !/^[\d\s.,:/-]+$/.test(c)).length / cells.length;
  const length = Math.min(1, cells.reduce((s, c) => s + c.length, 0) / cells.length / 12);
  return distinct * texty * length;
}

function firstFree(
  width: number,
  used: ReadonlySet<number>,
  score: (column: number) => number,
  minimum: number,
): number | null {
  let best: number | null = null;
  let bestScore = minimum;
  for (let c = 0; c < width; c++) {
    if (used.has(c)) continue;
    const s = score(c);
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}

const usedOf = (columns: Record<string, number | null>) =>
  new Set(Object.values(columns).filter((v): v is number => v !== null));

/**
 * Guesses the columns of a list of organisations: name (required for matching), and
 * optional type, country and role. Header words win; without them the content decides
 * (≥ 60 % country codes/names, ≥ 60 % organisation types, ≥ 60 % roles, the most
 * name-like text column). Deterministic; reads at most 200 rows.
 */
export function guessColumns(
  columns: readonly string[],
  rows: readonly (readonly string[])[],
): ListColumns {
  const out = byHeader(columns, LIST_HEADERS, ['name', 'type', 'country', 'role']);
  const width = columns.length;
  const used = usedOf({ ...out });
  const fill = (key: keyof ListColumns, score: (c: number) => number, minimum: number) => {
    if (out[key] !== null) return;
    out[key] = firstFree(width, used, score, minimum);
    if (out[key] !== null) used.add(out[key]);
  };
  fill('country', (c) => share(rows, c, (cell) => countryFromText(cell) !== null), 0.6);
  fill('type', (c) => share(rows, c, (cell) => organisationTypeFromText(cell) !== null), 0.6);
  fill('role', (c) => share(rows, c, (cell) => membershipRoleFromText(cell) !== null), 0.6);
  fill('name', (c) => nameScore(rows, c), 0);
  return out;
}

const YEAR_OR_PERIOD = /^\s*(1[89]|20)\d\d(\s*[-–—/]\s*((1[89]|20)\d\d)?)?\s*$/;

/**
 * Guesses the columns of a membership table (organisation, collaboration, role,
 * organisation type, collaboration kind, period or start/end years, source). Header
 * words win; otherwise roles, kinds, types and years are recognised by content, and the
 * two most name-like columns become organisation (more distinct) and collaboration.
 */
export function guessMembershipColumns(
  columns: readonly string[],
  rows: readonly (readonly string[])[],
): MembershipColumns {
  const order = [
    'organisation',
    'collaboration',
    'role',
    'type',
    'kind',
    'period',
    'start',
    'end',
    'source',
  ] as const;
  const out = byHeader(columns, MEMBERSHIP_HEADERS, order);
  const width = columns.length;
  const used = usedOf({ ...out });
  const fill = (key: keyof MembershipColumns, score: (c: number) => number, minimum: number) => {
    if (out[key] !== null) return;
    out[key] = firstFree(width, used, score, minimum);
    if (out[key] !== null) used.add(out[key]);
  };
  fill('role', (c) => share(rows, c, (cell) => membershipRoleFromText(cell) !== null), 0.6);
  fill('kind', (c) => share(rows, c, (cell) => collaborationKindFromText(cell) !== null), 0.6);
  fill('type', (c) => share(rows, c, (cell) => organisationTypeFromText(cell) !== null), 0.6);
  if (out.start === null && out.end === null) {
    fill('period', (c) => share(rows, c, (cell) => YEAR_OR_PERIOD.test(cell)), 0.6);
  }
  if (out.organisation === null || out.collaboration === null) {
    const distinct = (c: number) => new Set(rows.map((r) => foldText(r[c] ?? ''))).size;
    const candidates: number[] = [];
    for (let c = 0; c < width; c++) if (!used.has(c) && nameScore(rows, c) > 0) candidates.push(c);
    candidates.sort((a, b) => nameScore(rows, b) - nameScore(rows, a));
    const pair = candidates.slice(0, 2).sort((a, b) => distinct(b) - distinct(a) || a - b);
    for (const c of pair) {
      if (out.organisation === null) out.organisation = c;
      else if (out.collaboration === null && c !== out.organisation) out.collaboration = c;
    }
  }
  return out;
}
