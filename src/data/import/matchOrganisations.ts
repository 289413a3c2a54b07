/**
 * Matches the rows of a user's list to the organisations of the dataset by name, short
 * name, alias and former name — exact, then folded (case, diacritics, punctuation,
 * "kommun"/"stad", genitive s), then by weighted token similarity — each candidate with
 * a confidence 0..1 and its reason. Generic words (region, kommun, universitet, AB …)
 * weigh little and a clash of such words halves the score, so "Region Skåne" never
 * matches "Region Blekinge" and "Lunds kommun" never matches "Lunds universitet".
 * Also owns the pure producers that record the user's confirm/correct/reject decisions.
 */
import type { Dataset } from '../dataset';
import type { OrganisationNode } from '../graphSchema';
import { foldText, organisationNameKeys } from '../normalise';
import type { ListColumns } from './guessColumns';
import { problem, type ImportProblem } from './problems';
import { pause, type LongTaskOptions } from './progress';
import { countryFromText, organisationTypeFromText } from './vocabularyText';

export type NameField = 'name' | 'short-name' | 'alias' | 'former-name';
export type MatchReason = NameField | 'folded' | 'municipal-variant' | 'token-similarity';
export type MatchStatus = 'matched' | 'ambiguous' | 'unmatched';

export interface MatchCandidate {
  /** Organisation node id (`org:…`). */
  organisation: string;
  /** 0..1; ≥ `matchThreshold` and clearly ahead of the next means "matched". */
  confidence: number;
  /** How it matched: exactly on a name field, folded, municipal variant or by tokens. */
  reason: MatchReason;
  /** The field of the organisation whose text matched. */
  field: NameField;
  /** That text, for the UI ("matched alias Malmö högskola"). */
  matchedText: string;
  /** The row's type or country disagrees with the organisation's (confidence lowered). */
  typeMismatch?: true;
  countryMismatch?: true;
}

export type MatchDecision =
  | { kind: 'confirmed'; organisation: string }
  | { kind: 'corrected'; organisation: string }
  | { kind: 'rejected' };

export interface RowMatch {
  /** Index of the row in the input rows. */
  index: number;
  /** Source row number (1-based, as the spreadsheet shows it). */
  row: number;
  name: string;
  type?: string;
  country?: string;
  role?: string;
  /** Best first, at most `maxCandidates`, all ≥ `candidateThreshold`. */
  candidates: MatchCandidate[];
  status: MatchStatus;
  /** The user's decision, if any (see confirmMatch, correctMatch, rejectMatch). */
  decision: MatchDecision | null;
}

export interface MatchOptions extends LongTaskOptions {
  columns: Pick<ListColumns, 'name'> & Partial<Omit<ListColumns, 'name'>>;
  /** Source row numbers of the rows (ParsedTable.rowNumbers); default index + 2. */
  rowNumbers?: readonly number[];
  /** Confidence needed for "matched". Default 0.8. */
  matchThreshold?: number;
  /** Lowest confidence kept as a candidate. Default 0.6. */
  candidateThreshold?: number;
  /** The best must lead the next organisation by this much for "matched". Default 0.05. */
  margin?: number;
  /** Candidates kept per row. Default 5. */
  maxCandidates?: number;
}

export interface MatchResult {
  matches: RowMatch[];
  /** Rows skipped (no name) as warnings with their row numbers; an error when no name column is chosen. */
  problems: ImportProblem[];
}

interface MatchSettings {
  matchThreshold: number;
  candidateThreshold: number;
  margin: number;
  maxCandidates: number;
}

export const MATCH_DEFAULTS: Readonly<MatchSettings> = Object.freeze({
  matchThreshold: 0.8,
  candidateThreshold: 0.6,
  margin: 0.05,
  maxCandidates: 5,
});

/** Confidence of an exact (whitespace-normalised, case-sensitive) hit per field. */
const EXACT: Record<NameField, number> = {
  name: 1,
  alias: 0.98,
  'former-name': 0.97,
  'short-name': 0.96,
};
/** Confidence of a folded hit per field (case, diacritics, punctuation). */
const FOLDED: Record<NameField, number> = {
  name: 0.95,
  alias: 0.94,
  'former-name': 0.93,
  'short-name': 0.92,
};
const MUNICIPAL_VARIANT = 0.9;
/** A bare place name ("Helsingborg") against a municipality ("Helsingborgs stad"). */
const PLACE_NAME = 0.86;
/** Ceiling of token-similarity confidence: a reordered name is never "exact". */
const TOKEN_CEILING = 0.88;
const MISMATCH_FACTOR = 0.85;
const GENERIC_WEIGHT = 0.25;

/** Words that say what kind of organisation it is; they disagree between near-misses. */
const CATEGORY_WORDS: ReadonlyMap<string, string> = new Map(
  (
    [
      [
        'municipal',
        ['kommun', 'kommune', 'kommuner', 'stad', 'municipality', 'city', 'kommunen', 'staden'],
      ],
      [
        'university',
        [
          'universitet',
          'universitetet',
          'university',
          'hogskola',
          'hogskolan',
          'college',
          'universitat',
          'hochschule',
          'larosate',
        ],
      ],
      ['region', ['region', 'regionen', 'regione', 'landsting', 'county', 'lan']],
      ['county-board', ['lansstyrelsen', 'lansstyrelse']],
      ['company', ['ab', 'as', 'aps', 'gmbh', 'ltd', 'inc', 'oy', 'bolag']],
      ['agency', ['myndighet', 'myndigheten', 'verket', 'agency']],
    ] as const
  ).flatMap(([category, list]) => list.map((w) => [w, category] as const)),
);
const STOP_WORDS = new Set([
  'i',
  'och',
  'for',
  'of',
  'the',
  'and',
  'in',
  'de',
  'la',
  'du',
  'der',
  'und',
  'af',
  'pa',
  'eric',
  'syd',
  'sverige',
  'sweden',
]);

const weightOf = (token: string) =>
  CATEGORY_WORDS.has(token) || STOP_WORDS.has(token) ? GENERIC_WEIGHT : 1;

function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(
        Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Similarity of two folded tokens: 1 equal, 0.95 genitive s, edit distance on long ones. */
export function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a === `${b}s` || b === `${a}s`) return 0.95;
  const longest = Math.max(a.length, b.length);
  if (Math.min(a.length, b.length) < 5) return 0;
  const distance = levenshtein(a, b);
  if (distance > (longest >= 9 ? 2 : 1)) return 0;
  return 1 - distance / longest;
}

const tokensOf = (folded: string) => folded.split(' ').filter((t) => t !== '');

/**
 * Weighted Dice similarity of two folded names, 0..1: tokens paired greedily (heaviest
 * first, similarity ≥ 0.75), generic words weighing 0.25; halved when both names carry
 * category words (kommun, universitet, region, AB …) and none agree.
 */
export function nameSimilarity(a: string, b: string): number {
  const ta = tokensOf(a);
  const tb = tokensOf(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  const total = ta.reduce((s, t) => s + weightOf(t), 0) + tb.reduce((s, t) => s + weightOf(t), 0);
  const free = new Set(tb.map((_, i) => i));
  let matched = 0;
  for (const token of [...ta].sort((x, y) => weightOf(y) - weightOf(x))) {
    let best = -1;
    let bestSim = 0.75;
    for (const j of free) {
      const sim = tokenSimilarity(token, tb[j] ?? '');
      if (sim >= bestSim) {
        best = j;
        bestSim = sim;
      }
    }
    if (best >= 0) {
      free.delete(best);
      matched += bestSim * (weightOf(token) + weightOf(tb[best] ?? ''));
    }
  }
  let score = matched / total;
  const ca = new Set(ta.map((t) => CATEGORY_WORDS.get(t)).filter((c) => c !== undefined));
  const cb = new Set(tb.map((t) => CATEGORY_WORDS.get(t)).filter((c) => c !== undefined));
  if (ca.size > 0 && cb.size > 0 && ![...ca].some((c) => cb.has(c))) score *= 0.5;
  return score;
}

interface NameEntry {
  organisation: OrganisationNode;
  field: NameField;
  text: string;
  folded: string;
}

/** Former names when the dataset carries them (a `formerNames` field may appear). */
function formerNamesOf(organisation: OrganisationNode): string[] {
  if (!('formerNames' in organisation)) return [];
  const value: unknown = organisation.formerNames;
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

const exactKey = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

export interface OrganisationIndex {
  exact: Map<string, NameEntry[]>;
  folded: Map<string, NameEntry[]>;
  tokens: Map<string, NameEntry[]>;
  prefixes: Map<string, NameEntry[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Name index of the dataset's organisations; build once per dataset and reuse. */
export function indexOrganisations(dataset: Dataset): OrganisationIndex {
  const index: OrganisationIndex = {
    exact: new Map(),
    folded: new Map(),
    tokens: new Map(),
    prefixes: new Map(),
  };
  for (const organisation of dataset.organisations) {
    const names: [NameField, string][] = [
      ['name', organisation.label],
      ...(organisation.shortName
        ? [['short-name', organisation.shortName] as [NameField, string]]
        : []),
      ...organisation.aliases.map((a): [NameField, string] => ['alias', a]),
      ...formerNamesOf(organisation).map((a): [NameField, string] => ['former-name', a]),
    ];
    for (const [field, text] of names) {
      const entry: NameEntry = { organisation, field, text, folded: foldText(text) };
      push(index.exact, exactKey(text), entry);
      for (const key of organisationNameKeys(text)) push(index.folded, key, entry);
      for (const token of new Set(tokensOf(entry.folded))) {
        if (weightOf(token) < 1) continue;
        push(index.tokens, token.replace(/s$/, ''), entry);
        if (token.length >= 5) push(index.prefixes, token.slice(0, 3), entry);
      }
    }
  }
  return index;
}

interface RowContext {
  type: string | null;
  country: string | null;
}

function candidatesFor(
  name: string,
  context: RowContext,
  index: OrganisationIndex,
): MatchCandidate[] {
  const best = new Map<string, MatchCandidate>();
  const offer = (entry: NameEntry, confidence: number, reason: MatchReason) => {
    const candidate: MatchCandidate = {
      organisation: entry.organisation.id,
      confidence,
      reason,
      field: entry.field,
      matchedText: entry.text,
    };
    if (context.type && context.type !== entry.organisation.type) {
      candidate.confidence *= MISMATCH_FACTOR;
      candidate.typeMismatch = true;
    }
    if (
      context.country &&
      entry.organisation.country &&
      context.country !== entry.organisation.country
    ) {
      candidate.confidence *= MISMATCH_FACTOR;
      candidate.countryMismatch = true;
    }
    candidate.confidence = Math.round(candidate.confidence * 1000) / 1000;
    const previous = best.get(candidate.organisation);
    if (!previous || previous.confidence < candidate.confidence)
      best.set(candidate.organisation, candidate);
  };
  for (const entry of index.exact.get(exactKey(name)) ?? [])
    offer(entry, EXACT[entry.field], entry.field);
  const keys = organisationNameKeys(name);
  const [foldedName, ...municipal] = keys;
  for (const entry of index.folded.get(foldedName ?? '') ?? []) {
    offer(
      entry,
      entry.folded === foldedName ? FOLDED[entry.field] : MUNICIPAL_VARIANT,
      entry.folded === foldedName ? 'folded' : 'municipal-variant',
    );
  }
  for (const key of municipal) {
    for (const entry of index.folded.get(key) ?? [])
      offer(entry, MUNICIPAL_VARIANT, 'municipal-variant');
  }
  if (foldedName && municipal.length === 0 && !foldedName.includes(' ')) {
    // A bare place name: "Helsingborg" or "Helsingborgs" for Helsingborgs stad.
    for (const place of new Set([foldedName, foldedName.replace(/s$/, '')])) {
      for (const entry of index.folded.get(`${place} ~municipal`) ?? [])
        offer(entry, PLACE_NAME, 'municipal-variant');
    }
  }
  if (best.size === 0 && foldedName) {
    const pool = new Set<NameEntry>();
    for (const token of tokensOf(foldedName)) {
      if (weightOf(token) < 1) continue;
      for (const entry of index.tokens.get(token.replace(/s$/, '')) ?? []) pool.add(entry);
      if (token.length >= 5)
        for (const entry of index.prefixes.get(token.slice(0, 3)) ?? []) pool.add(entry);
    }
    for (const entry of pool) {
      const score = nameSimilarity(foldedName, entry.folded);
      if (score > 0) offer(entry, TOKEN_CEILING * score, 'token-similarity');
    }
  }
  return [...best.values()].sort(
    (a, b) => b.confidence - a.confidence || (a.organisation < b.organisation ? -1 : 1),
  );
}

function statusOf(candidates: readonly MatchCandidate[], o: MatchSettings): MatchStatus {
  const [first, second] = candidates;
  if (!first) return 'unmatched';
  if (
    first.confidence >= o.matchThreshold &&
    (!second || first.confidence - second.confidence >= o.margin)
  ) {
    return 'matched';
  }
  return 'ambiguous';
}

/**
 * Matches every row's name (options.columns.name) to the dataset's organisations.
 * Optional type and country columns lower the confidence of candidates that disagree
 * (×0.85 each). Rows without a name are skipped with a warning naming the row.
 * Yields every 500 rows; rejects only when `signal` aborts.
 */
export async function matchOrganisations(
  rows: readonly (readonly string[])[],
  dataset: Dataset | OrganisationIndex,
  options: MatchOptions,
): Promise<MatchResult> {
  const settings: MatchSettings = {
    matchThreshold: options.matchThreshold ?? MATCH_DEFAULTS.matchThreshold,
    candidateThreshold: options.candidateThreshold ?? MATCH_DEFAULTS.candidateThreshold,
    margin: options.margin ?? MATCH_DEFAULTS.margin,
    maxCandidates: options.maxCandidates ?? MATCH_DEFAULTS.maxCandidates,
  };
  const index = 'exact' in dataset ? dataset : indexOrganisations(dataset);
  const { columns } = options;
  const cell = (row: readonly string[], column: number | null | undefined) =>
    column === null || column === undefined ? '' : (row[column] ?? '').trim();
  const matches: RowMatch[] = [];
  const problems: ImportProblem[] = [];
  options.onProgress?.(0);
  if (columns.name === null) {
    problems.push(
      problem(
        'error',
        'missing-column',
        'Choose the column that holds the names of the organisations.',
        {
          value: 'name',
        },
      ),
    );
    options.onProgress?.(1);
    return { matches, problems };
  }
  for (let i = 0; i < rows.length; i++) {
    if (i > 0 && i % 500 === 0) {
      options.onProgress?.(i / rows.length);
      await pause(options.signal);
    }
    const row = rows[i] ?? [];
    const rowNumber = options.rowNumbers?.[i] ?? i + 2;
    const name = cell(row, columns.name);
    if (name === '') {
      problems.push(
        problem('warning', 'missing-value', `Row ${rowNumber} has no name and was skipped.`, {
          row: rowNumber,
        }),
      );
      continue;
    }
    const type = cell(row, columns.type);
    const country = cell(row, columns.country);
    const role = cell(row, columns.role);
    const candidates = candidatesFor(
      name,
      {
        type: type ? organisationTypeFromText(type) : null,
        country: country ? countryFromText(country) : null,
      },
      index,
    )
      .filter((c) => c.confidence >= settings.candidateThreshold)
      .slice(0, settings.maxCandidates);
    const match: RowMatch = {
      index: i,
      row: rowNumber,
      name,
      candidates,
      status: statusOf(candidates, settings),
      decision: null,
    };
    if (type) match.type = type;
    if (country) match.country = country;
    if (role) match.role = role;
    matches.push(match);
  }
  options.onProgress?.(1);
  return { matches, problems };
}

/**
 * The organisation a row stands for after the user's decision: the confirmed or
 * corrected one, the best candidate of a "matched" row, else null (a new organisation,
 * or an ambiguous row still waiting for a decision).
 */
export function resolvedOrganisation(match: RowMatch): string | null {
  if (match.decision)
    return match.decision.kind === 'rejected' ? null : match.decision.organisation;
  return match.status === 'matched' ? (match.candidates[0]?.organisation ?? null) : null;
}

/** True when the row is ambiguous and the user has not decided yet. */
export function needsDecision(match: RowMatch): boolean {
  return match.status === 'ambiguous' && match.decision === null;
}

type Producer = (matches: readonly RowMatch[]) => RowMatch[];

const update =
  (position: number, change: (m: RowMatch) => RowMatch): Producer =>
  (matches) =>
    matches.map((m, i) => (i === position ? change(m) : m));

/**
 * Confirms row `position` (index in the matches array) as `organisation`, default its
 * best candidate; no change when there is neither.
 */
export function confirmMatch(position: number, organisation?: string): Producer {
  return update(position, (m) => {
    const chosen = organisation ?? m.candidates[0]?.organisation;
    return chosen ? { ...m, decision: { kind: 'confirmed', organisation: chosen } } : m;
  });
}

/** Sets row `position` to another organisation of the dataset (`org:…`), chosen by the user. */
export function correctMatch(position: number, organisation: string): Producer {
  return update(position, (m) => ({ ...m, decision: { kind: 'corrected', organisation } }));
}

/** Rejects every candidate of row `position`: it is kept as a new organisation. */
export function rejectMatch(position: number): Producer {
  return update(position, (m) => ({ ...m, decision: { kind: 'rejected' } }));
}

/** Forgets the user's decision on row `position`. */
export function resetMatch(position: number): Producer {
  return update(position, (m) => ({ ...m, decision: null }));
}

/** Confirms every "matched" row without a decision (the "accept all" button). */
export function confirmAllMatched(): Producer {
  return (matches) =>
    matches.map((m) =>
      m.status === 'matched' && !m.decision && m.candidates[0]
        ? { ...m, decision: { kind: 'confirmed', organisation: m.candidates[0].organisation } }
        : m,
    );
}
