/**
 * The shareable view state and its URL form. The URL is the source of truth: parse() never
 * throws (unknown or invalid parts are dropped and reported), serialize() omits defaults,
 * and clean() drops references the dataset does not know. Round-trip: parse(serialize(s)) = s.
 */
import type { Dataset } from '../data/dataset';
import {
  COLLABORATION_KINDS,
  MEMBERSHIP_ROLES,
  ORGANISATION_TYPES,
  type CollaborationKind,
  type MembershipRole,
  type OrganisationType,
} from '../data/vocabulary';
import { DEFAULT_FILTERS, type Filters } from '../domain/filters';
import { VIEW_KINDS, type ViewKind } from '../domain/viewGraph';
import { LANGUAGES, type Language } from '../i18n';
import { METRIC_IDS } from '../metrics/types';

export const VIEWS = VIEW_KINDS;
export type GraphViewKind = ViewKind;
export const DISPLAYS = ['graph', 'table'] as const;
export type Display = (typeof DISPLAYS)[number];
export const LAYOUTS = ['force', 'concentric', 'grouped'] as const;
export type LayoutKind = (typeof LAYOUTS)[number];
export const MODES = ['explore', 'embed', 'present'] as const;
export type Mode = (typeof MODES)[number];
/** 'links' = number of visible connections; the others are metric ids from src/metrics. */
export const SIZE_MEASURES = ['links', ...METRIC_IDS] as const;
export type SizeMeasure = (typeof SIZE_MEASURES)[number];
export const COLOUR_MODES = ['type', 'community'] as const;
export type ColourMode = (typeof COLOUR_MODES)[number];

export interface NavState {
  view: GraphViewKind;
  display: Display;
  layout: LayoutKind;
  /** Selected node id (`org:…`, `col:…`, `person:…`) or collaboration tie (`tie:a|b`). */
  selected: string | null;
  query: string;
  lang: Language;
  filters: Filters;
  sizeBy: SizeMeasure;
  colourBy: ColourMode;
  mode: Mode;
  /** Optional title shown above embeds, presentations and exports. */
  title: string;
  /** Present mode: a slide sequence carried in the link (url/slides encoding); '' = none. */
  sequence: string;
  /** Present mode: the slide shown, 1-based; 0 = the first (not written). */
  slide: number;
  /** Id of an imported network (IndexedDB, features/import) shown instead of the bundled data; '' = bundled. */
  dataset: string;
  /** Id of a saved list against the map shown in the picture; '' = none. */
  list: string;
}

export const DEFAULT_NAV_STATE: NavState = {
  view: 'affiliation',
  display: 'graph',
  layout: 'force',
  selected: null,
  query: '',
  lang: 'sv',
  filters: DEFAULT_FILTERS,
  sizeBy: 'links',
  colourBy: 'type',
  mode: 'explore',
  title: '',
  sequence: '',
  slide: 0,
  dataset: '',
  list: '',
};

export interface ParseResult {
  state: NavState;
  /** URL parts that were not understood, as `key=value`, for a notice. */
  ignored: string[];
}

const KNOWN_KEYS = [
  'v',
  'd',
  'l',
  'sel',
  'q',
  'lang',
  'ot',
  'ck',
  'src',
  'fund',
  'role',
  'y',
  'ud',
  'ppl',
  'size',
  'col',
  'mode',
  'title',
  // Presentation sequence and position (present mode only).
  'slides',
  'slide',
  // An imported network and a saved list (ids of the user's own IndexedDB entries).
  'ds',
  'list',
] as const;

/** Ids the import store makes (base-36 time, dash, random): short, lower-case, URL-safe. */
const IMPORT_ID = /^[a-z0-9-]{1,40}$/;

/** Longest slide sequence a link may carry (characters of its encoded form). */
export const MAX_SEQUENCE_LENGTH = 200_000;

function oneOf<T extends string>(values: readonly T[], raw: string | null): T | undefined {
  return raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : undefined;
}

function listOf<T extends string>(
  values: readonly T[] | null,
  raw: string | null,
  bad: (part: string) => void,
): T[] {
  if (!raw) return [];
  const out: T[] = [];
  for (const part of raw.split(',')) {
    if (!part) continue;
    if (values === null || (values as readonly string[]).includes(part)) {
      if (!out.includes(part as T)) out.push(part as T);
    } else bad(part);
  }
  return out;
}

const YEAR = /^(\d{4})?-(\d{4})?$/;

/** Parses a query string (with or without '?'). Never throws. */
export function parseNavState(search: string): ParseResult {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const ignored: string[] = [];
  for (const key of new Set(params.keys())) {
    if (!(KNOWN_KEYS as readonly string[]).includes(key)) ignored.push(key);
  }
  const get = (key: (typeof KNOWN_KEYS)[number]) => params.get(key);
  const pick = <T extends string>(
    key: (typeof KNOWN_KEYS)[number],
    values: readonly T[],
    fallback: T,
  ): T => {
    const raw = get(key);
    const value = oneOf(values, raw);
    if (raw !== null && value === undefined) ignored.push(`${key}=${raw}`);
    return value ?? fallback;
  };
  const list = <T extends string>(key: (typeof KNOWN_KEYS)[number], values: readonly T[] | null) =>
    listOf(values, get(key), (part) => ignored.push(`${key}=${part}`));

  let yearFrom: number | null = null;
  let yearTo: number | null = null;
  const years = get('y');
  if (years !== null) {
    const match = YEAR.exec(years);
    if (match && (match[1] || match[2])) {
      yearFrom = match[1] ? Number(match[1]) : null;
      yearTo = match[2] ? Number(match[2]) : null;
      if (yearFrom !== null && yearTo !== null && yearFrom > yearTo)
        [yearFrom, yearTo] = [yearTo, yearFrom];
    } else ignored.push(`y=${years}`);
  }
  const selected = get('sel');
  const validSelection =
    selected !== null &&
    /^(org|col|person):[a-z0-9-]+$|^tie:org:[a-z0-9-]+\|org:[a-z0-9-]+$/.test(selected);
  if (selected !== null && !validSelection) ignored.push(`sel=${selected}`);
  const flag = (key: 'ud' | 'ppl', fallback: boolean) => {
    const raw = get(key);
    if (raw === null) return fallback;
    if (raw === '1' || raw === '0') return raw === '1';
    ignored.push(`${key}=${raw}`);
    return fallback;
  };

  let sequence = '';
  const rawSequence = get('slides');
  if (rawSequence !== null) {
    // Kept as text even when garbled: the presentation decodes it and says why it cannot
    // open it; written back encoded, it can never turn into other parameters.
    if (rawSequence.length <= MAX_SEQUENCE_LENGTH) sequence = rawSequence;
    else ignored.push(`slides=${rawSequence.slice(0, 40)}`);
  }
  let slide = 0;
  const rawSlide = get('slide');
  if (rawSlide !== null) {
    if (/^[1-9]\d{0,3}$/.test(rawSlide)) slide = Number(rawSlide);
    else ignored.push(`slide=${rawSlide.slice(0, 40)}`);
  }

  const importId = (key: 'ds' | 'list') => {
    const raw = get(key);
    if (raw === null) return '';
    if (IMPORT_ID.test(raw)) return raw;
    ignored.push(`${key}=${raw.slice(0, 40)}`);
    return '';
  };

  const filters: Filters = {
    organisationTypes: list<OrganisationType>('ot', ORGANISATION_TYPES),
    collaborationKinds: list<CollaborationKind>('ck', COLLABORATION_KINDS),
    sources: list('src', null),
    funding: list('fund', null),
    roles: list<MembershipRole>('role', MEMBERSHIP_ROLES),
    yearFrom,
    yearTo,
    includeUndated: flag('ud', DEFAULT_FILTERS.includeUndated),
    showPeople: flag('ppl', DEFAULT_FILTERS.showPeople),
  };
  return {
    ignored,
    state: {
      view: pick('v', VIEWS, DEFAULT_NAV_STATE.view),
      display: pick('d', DISPLAYS, DEFAULT_NAV_STATE.display),
      layout: pick('l', LAYOUTS, DEFAULT_NAV_STATE.layout),
      selected: validSelection ? selected : null,
      query: (get('q') ?? '').slice(0, 200),
      lang: pick('lang', LANGUAGES, DEFAULT_NAV_STATE.lang),
      filters,
      sizeBy: pick('size', SIZE_MEASURES, DEFAULT_NAV_STATE.sizeBy),
      colourBy: pick('col', COLOUR_MODES, DEFAULT_NAV_STATE.colourBy),
      mode: pick('mode', MODES, DEFAULT_NAV_STATE.mode),
      title: (get('title') ?? '').slice(0, 120),
      sequence,
      slide,
      dataset: importId('ds'),
      list: importId('list'),
    },
  };
}

/** The query string for a state, defaults omitted, keys in a fixed order ('' for defaults). */
export function serializeNavState(state: NavState): string {
  const params = new URLSearchParams();
  const d = DEFAULT_NAV_STATE;
  const f = state.filters;
  if (state.mode !== d.mode) params.set('mode', state.mode);
  if (state.view !== d.view) params.set('v', state.view);
  if (state.display !== d.display) params.set('d', state.display);
  if (state.layout !== d.layout) params.set('l', state.layout);
  if (state.selected) params.set('sel', state.selected);
  if (state.query) params.set('q', state.query);
  if (f.organisationTypes.length) params.set('ot', f.organisationTypes.join(','));
  if (f.collaborationKinds.length) params.set('ck', f.collaborationKinds.join(','));
  if (f.sources.length) params.set('src', f.sources.join(','));
  if (f.funding.length) params.set('fund', f.funding.join(','));
  if (f.roles.length) params.set('role', f.roles.join(','));
  if (f.yearFrom !== null || f.yearTo !== null)
    params.set('y', `${f.yearFrom ?? ''}-${f.yearTo ?? ''}`);
  if (f.includeUndated !== DEFAULT_FILTERS.includeUndated)
    params.set('ud', f.includeUndated ? '1' : '0');
  if (f.showPeople !== DEFAULT_FILTERS.showPeople) params.set('ppl', f.showPeople ? '1' : '0');
  if (state.sizeBy !== d.sizeBy) params.set('size', state.sizeBy);
  if (state.colourBy !== d.colourBy) params.set('col', state.colourBy);
  if (state.lang !== d.lang) params.set('lang', state.lang);
  if (state.title) params.set('title', state.title);
  if (state.dataset) params.set('ds', state.dataset);
  if (state.list) params.set('list', state.list);
  if (state.mode === 'present') {
    if (state.sequence) params.set('slides', state.sequence);
    if (state.slide > 0) params.set('slide', String(state.slide));
  }
  const text = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%7C/g, '|');
  return text ? `?${text}` : '';
}

/**
 * The address for a state: the page's path and hash kept, the query replaced by
 * `serializeNavState(state)` (so nothing outside the state survives a write).
 */
export function urlForState(state: NavState, pathname: string, hash = ''): string {
  return `${pathname}${serializeNavState(state)}${hash}`;
}

/** Drops references the dataset does not know (selection, sources, funding programmes). */
export function cleanNavState(state: NavState, data: Dataset): ParseResult {
  const ignored: string[] = [];
  let selected = state.selected;
  if (selected?.startsWith('tie:')) {
    const [a, b] = selected.slice(4).split('|');
    if (!a || !b || !data.nodeById.has(a) || !data.nodeById.has(b)) {
      ignored.push(`sel=${selected}`);
      selected = null;
    }
  } else if (selected && !data.nodeById.has(selected)) {
    ignored.push(`sel=${selected}`);
    selected = null;
  }
  const sourceIds = new Set(data.file.sources.map((s) => s.id));
  const fundingIds = new Set(data.file.fundingProgrammes.map((f) => f.id));
  const keep = (key: string, ids: readonly string[], known: Set<string>) =>
    ids.filter((id) => known.has(id) || (ignored.push(`${key}=${id}`), false));
  return {
    ignored,
    state: {
      ...state,
      selected,
      filters: {
        ...state.filters,
        sources: keep('src', state.filters.sources, sourceIds),
        funding: keep('fund', state.filters.funding, fundingIds),
      },
    },
  };
}
