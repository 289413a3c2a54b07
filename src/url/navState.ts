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
import { WORLD_SCHEMES, type WorldScheme } from '../metrics/worlds';

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
/** Tabs of the "time and scenarios" panel (features/time). */
export const TIME_TABS = ['time', 'whatif', 'brokers'] as const;
export type TimeTab = (typeof TIME_TABS)[number];
export { WORLD_SCHEMES, type WorldScheme };

/** An inclusive year range (as domain/periods `YearRange`). */
export interface NavYearRange {
  from: number;
  to: number;
}

/** Most ids a "what if?" scenario may take out (longer lists are cut, with a notice). */
export const MAX_REMOVED = 30;

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
  /** Questions across the network (url keys cmp, rt, rk, rp, nb, nd, sg, fm). */
  questions: QuestionState;
  /** The open tab of the time and scenarios panel; null = closed. */
  timeTab: TimeTab | null;
  /** Undated collaborations, when included, are marked apart in the picture and tables. */
  undatedApart: boolean;
  /** The two periods compared (both or neither). */
  periods: [NavYearRange, NavYearRange] | null;
  /** "What if?": organisations/collaborations taken out (`org:…`, `col:…`), sorted. */
  removed: string[];
  /** Brokerage: how organisations are grouped into worlds. */
  worlds: WorldScheme;
  /** Brokerage: the pair of worlds the ranking is filtered to (sorted), or null for all. */
  worldPair: [string, string] | null;
  /** Id of an imported network (IndexedDB, features/import) shown instead of the bundled data; '' = bundled. */
  dataset: string;
  /** Id of a saved list against the map shown in the picture; '' = none. */
  list: string;
}

export const NEIGHBOURHOOD_DEPTHS = [1, 2, 3] as const;
export type NeighbourhoodDepth = (typeof NEIGHBOURHOOD_DEPTHS)[number];
/** How the rest of the network is drawn while a question is answered: faded or left out. */
export const FOCUS_MODES = ['dim', 'only'] as const;
export type FocusMode = (typeof FOCUS_MODES)[number];

/** The question being asked, as shareable state. Empty = none. */
export interface QuestionState {
  /** Two or more collaborations, or two or more members (organisations), to compare. */
  compare: string[];
  /** Routes between two nodes. */
  route: { from: string; to: string } | null;
  /** Also the next-shortest routes, not only the shortest. */
  routeRanked: boolean;
  /** Routes may pass through people (seats). */
  routePeople: boolean;
  /** The node whose neighbourhood becomes the view. */
  neighbourhood: string | null;
  depth: NeighbourhoodDepth;
  /** The organisation to suggest new partners for. */
  suggest: string | null;
  focus: FocusMode;
}

export const NO_QUESTION: QuestionState = {
  compare: [],
  route: null,
  routeRanked: false,
  routePeople: false,
  neighbourhood: null,
  depth: 1,
  suggest: null,
  focus: 'dim',
};

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
  questions: NO_QUESTION,
  timeTab: null,
  undatedApart: false,
  periods: null,
  removed: [],
  worlds: 'type',
  worldPair: null,
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
  // Questions across the network.
  'cmp',
  'rt',
  'rk',
  'rp',
  'nb',
  'nd',
  'sg',
  'fm',
  // Time and scenarios panel: tab, undated apart, periods, removed ids, worlds, world pair.
  'tp',
  'ua',
  'pc',
  'wi',
  'bw',
  'bp',
  // An imported network and a saved list (ids of the user's own IndexedDB entries).
  'ds',
  'list',
] as const;

const NODE_ID = /^(org|col|person):[a-z0-9-]+$/;
/** At most this many entities are compared at once. */
export const MAX_COMPARED = 12;

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
const PERIODS = /^(\d{4})-(\d{4})_(\d{4})-(\d{4})$/;
const REMOVABLE = /^(org|col):[a-z0-9-]+$/;
const WORLD = /^[A-Za-z][A-Za-z0-9-]{0,40}$/;

function orderedRange(from: number, to: number): NavYearRange {
  return from <= to ? { from, to } : { from: to, to: from };
}

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
  const nodeParam = (key: 'nb' | 'sg'): string | null => {
    const raw = get(key);
    if (raw === null) return null;
    if (NODE_ID.test(raw)) return raw;
    ignored.push(`${key}=${raw.slice(0, 60)}`);
    return null;
  };
  const compare = list('cmp', null).filter(
    (id) => NODE_ID.test(id) || (ignored.push(`cmp=${id.slice(0, 60)}`), false),
  );
  if (compare.length > MAX_COMPARED) ignored.push(`cmp=${compare.splice(MAX_COMPARED).join(',')}`);
  let route: QuestionState['route'] = null;
  const rawRoute = get('rt');
  if (rawRoute !== null) {
    const [from, to, ...rest] = rawRoute.split('~');
    if (from && to && rest.length === 0 && NODE_ID.test(from) && NODE_ID.test(to))
      route = { from, to };
    else ignored.push(`rt=${rawRoute.slice(0, 60)}`);
  }
  const depthRaw = get('nd');
  const depth = NEIGHBOURHOOD_DEPTHS.find((d) => String(d) === depthRaw);
  if (depthRaw !== null && depth === undefined) ignored.push(`nd=${depthRaw.slice(0, 20)}`);
  const flag = (key: 'ud' | 'ppl' | 'rk' | 'rp' | 'ua', fallback: boolean) => {
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

  let periods: NavState['periods'] = null;
  const rawPeriods = get('pc');
  if (rawPeriods !== null) {
    const m = PERIODS.exec(rawPeriods);
    if (m) {
      const [a1, a2, b1, b2] = m.slice(1).map(Number) as [number, number, number, number];
      periods = [orderedRange(a1, a2), orderedRange(b1, b2)];
    } else ignored.push(`pc=${rawPeriods.slice(0, 40)}`);
  }
  const removed = listOf(null, get('wi'), (part) => ignored.push(`wi=${part}`))
    .filter((id) => REMOVABLE.test(id) || (ignored.push(`wi=${id.slice(0, 40)}`), false))
    .sort();
  if (removed.length > MAX_REMOVED) ignored.push(`wi=${removed.splice(MAX_REMOVED).join(',')}`);
  let worldPair: NavState['worldPair'] = null;
  const rawPair = get('bp');
  if (rawPair !== null) {
    const parts = rawPair.split(',');
    const [x, y] = parts;
    if (parts.length === 2 && x && y && WORLD.test(x) && WORLD.test(y))
      worldPair = x <= y ? [x, y] : [y, x];
    else ignored.push(`bp=${rawPair.slice(0, 40)}`);
  }
  const rawTab = get('tp');
  const timeTab = oneOf(TIME_TABS, rawTab) ?? null;
  if (rawTab !== null && timeTab === null) ignored.push(`tp=${rawTab.slice(0, 40)}`);
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
      questions: {
        compare,
        route,
        routeRanked: flag('rk', false),
        routePeople: flag('rp', false),
        neighbourhood: nodeParam('nb'),
        depth: depth ?? NO_QUESTION.depth,
        suggest: nodeParam('sg'),
        focus: pick('fm', FOCUS_MODES, NO_QUESTION.focus),
      },
      timeTab,
      undatedApart: flag('ua', DEFAULT_NAV_STATE.undatedApart),
      periods,
      removed,
      worlds: pick('bw', WORLD_SCHEMES, DEFAULT_NAV_STATE.worlds),
      worldPair,
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
  const q = state.questions;
  if (q.compare.length) params.set('cmp', q.compare.join(','));
  if (q.route) params.set('rt', `${q.route.from}~${q.route.to}`);
  if (q.routeRanked) params.set('rk', '1');
  if (q.routePeople) params.set('rp', '1');
  if (q.neighbourhood) params.set('nb', q.neighbourhood);
  if (q.depth !== NO_QUESTION.depth) params.set('nd', String(q.depth));
  if (q.suggest) params.set('sg', q.suggest);
  if (q.focus !== NO_QUESTION.focus) params.set('fm', q.focus);
  if (state.timeTab) params.set('tp', state.timeTab);
  if (state.undatedApart) params.set('ua', '1');
  if (state.periods) {
    const [a, b] = state.periods;
    params.set('pc', `${a.from}-${a.to}_${b.from}-${b.to}`);
  }
  if (state.removed.length) params.set('wi', state.removed.join(','));
  if (state.worlds !== d.worlds) params.set('bw', state.worlds);
  if (state.worldPair) params.set('bp', state.worldPair.join(','));
  if (state.dataset) params.set('ds', state.dataset);
  if (state.list) params.set('list', state.list);
  if (state.mode === 'present') {
    if (state.sequence) params.set('slides', state.sequence);
    if (state.slide > 0) params.set('slide', String(state.slide));
  }
  const text = params
    .toString()
    .replace(/%2C/g, ',')
    .replace(/%3A/g, ':')
    .replace(/%7C/g, '|')
    .replace(/%7E/g, '~');
  return text ? `?${text}` : '';
}

/**
 * The address for a state: the page's path and hash kept, the query replaced by
 * `serializeNavState(state)` (so nothing outside the state survives a write).
 */
export function urlForState(state: NavState, pathname: string, hash = ''): string {
  return `${pathname}${serializeNavState(state)}${hash}`;
}

/**
 * Drops references the dataset does not know (selection, sources, funding programmes,
 * removed organisations and collaborations).
 */
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
  const known = (key: string, id: string) =>
    data.nodeById.has(id) || (ignored.push(`${key}=${id}`), false);
  const q = state.questions;
  const route = q.route && known('rt', q.route.from) && known('rt', q.route.to) ? q.route : null;
  const questions: QuestionState = {
    ...q,
    compare: q.compare.filter((id) => known('cmp', id)),
    route,
    neighbourhood: q.neighbourhood && known('nb', q.neighbourhood) ? q.neighbourhood : null,
    suggest: q.suggest && known('sg', q.suggest) ? q.suggest : null,
  };
  const sourceIds = new Set(data.file.sources.map((s) => s.id));
  const fundingIds = new Set(data.file.fundingProgrammes.map((f) => f.id));
  const keep = (key: string, ids: readonly string[], known: Set<string>) =>
    ids.filter((id) => known.has(id) || (ignored.push(`${key}=${id}`), false));
  const removed = state.removed.filter(
    (id) => data.nodeById.has(id) || (ignored.push(`wi=${id}`), false),
  );
  return {
    ignored,
    state: {
      ...state,
      selected,
      questions,
      removed,
      filters: {
        ...state.filters,
        sources: keep('src', state.filters.sources, sourceIds),
        funding: keep('fund', state.filters.funding, fundingIds),
      },
    },
  };
}
