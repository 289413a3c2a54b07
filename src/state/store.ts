/**
 * The one zustand store, sliced by concern: `nav` mirrors the URL (shareable view state),
 * `ui` holds what is never shared (hover, notices). The graphology graph and the cytoscape
 * instance are not store state; derived data (visible set, legend) is computed, not stored.
 */
import { create } from 'zustand';
import { DEFAULT_FILTERS, type Filters } from '../domain/filters';
import type { Language } from '../i18n';
import type { MetricsResult } from '../metrics/types';
import {
  DEFAULT_NAV_STATE,
  MAX_REMOVED,
  NO_QUESTION,
  type NavState,
  type NavYearRange,
  type NeighbourhoodDepth,
  type QuestionState,
  type TimeTab,
  type WorldScheme,
} from '../url/navState';
import { MAX_SLIDES, type Slide } from '../url/slides';

export interface Notice {
  id: number;
  kind: 'info' | 'warning' | 'error';
  text: string;
}

export interface UiSlice {
  hovered: string | null;
  notices: Notice[];
  /** Id the next notice gets. */
  nextNoticeId: number;
  /** A question being put together (not yet asked, so not in the URL). */
  questionDraft: QuestionDraft | null;
  /**
   * Draw every node and link of a picture over the overview budget (domain/overview.ts),
   * slow at 10,000 nodes. Not in the URL: a link should not make its recipient's browser slow.
   */
  drawAll: boolean;
}

export const QUESTION_KINDS = ['compare', 'routes', 'neighbourhood', 'suggestions'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export interface QuestionDraft {
  kind: QuestionKind;
  /** Nodes chosen so far (compare: the set; routes: from, to; others: the one node). */
  ids: string[];
}

export interface SlidesSlice {
  /** Saved slides (persisted in localStorage by features/present). */
  saved: Slide[];
  /** The sequence being presented: the saved slides, or one opened from a link. */
  sequence: Slide[] | null;
  index: number;
}

/** Network measures of the graph currently shown (computed in the worker). */
export interface MetricsSlice {
  status: 'idle' | 'running' | 'done' | 'error';
  /** Signature of the graph the result (or the running job) belongs to. */
  key: string | null;
  progress: number;
  result: MetricsResult | null;
  error: string | null;
  /** Incremented to ask for a new run after an error. */
  attempt: number;
}

/** How a list against the map is shown in the picture (features/import). */
export type ListFocus = 'off' | 'highlight' | 'only';

/** The list against the map shown in the picture: its organisations and how. */
export interface ImportSlice {
  /** Organisation ids of the list (and home), highlighted in the picture. */
  highlight: string[];
  focus: ListFocus;
}

export interface AppState {
  nav: NavState;
  metrics: MetricsSlice;
  ui: UiSlice;
  slides: SlidesSlice;
  imports: ImportSlice;
  setNav: (nav: NavState) => void;
  updateNav: (patch: Partial<NavState>) => void;
  select: (id: string | null) => void;
  setFilters: (patch: Partial<Filters>) => void;
  resetFilters: () => void;
  setLanguage: (lang: Language) => void;
  hover: (id: string | null) => void;
  notify: (kind: Notice['kind'], text: string) => void;
  dismiss: (id: number) => void;
  setDrawAll: (drawAll: boolean) => void;
  setSavedSlides: (slides: Slide[]) => void;
  addSlide: (slide: Slide) => void;
  updateSlide: (id: string, patch: Partial<Omit<Slide, 'id'>>) => void;
  moveSlide: (id: string, offset: number) => void;
  removeSlide: (id: string) => void;
  present: (sequence: Slide[], index: number) => void;
  goToSlide: (index: number) => void;
  leavePresentation: () => void;
  setMetrics: (patch: Partial<MetricsSlice>) => void;
  retryMetrics: () => void;
  askCompare: (ids: string[]) => void;
  askRoute: (from: string, to: string) => void;
  askNeighbourhood: (id: string, depth?: NeighbourhoodDepth) => void;
  askSuggestions: (id: string) => void;
  setQuestionOptions: (
    patch: Partial<Pick<QuestionState, 'depth' | 'focus' | 'routeRanked' | 'routePeople'>>,
  ) => void;
  clearQuestions: () => void;
  draftQuestion: (draft: QuestionDraft | null) => void;
  openTimeTab: (tab: TimeTab | null) => void;
  setYears: (from: number | null, to: number | null) => void;
  setUndatedMode: (mode: UndatedMode) => void;
  setPeriods: (periods: NavState['periods']) => void;
  toggleRemoved: (id: string) => void;
  restoreRemoved: () => void;
  setWorlds: (worlds: WorldScheme) => void;
  setWorldPair: (pair: NavState['worldPair']) => void;
  openDataset: (id: string, view?: NavState['view']) => void;
  showList: (listId: string, highlight: string[], focus: ListFocus) => void;
  setListFocus: (focus: ListFocus) => void;
  clearList: () => void;
}

/** How undated collaborations are shown: with the dated ones, hidden, or marked apart. */
export type UndatedMode = 'show' | 'hide' | 'apart';

/** The undated mode a nav state stands for. */
export function undatedModeOf(nav: NavState): UndatedMode {
  if (!nav.filters.includeUndated) return 'hide';
  return nav.undatedApart ? 'apart' : 'show';
}

const orderedPeriod = (r: NavYearRange): NavYearRange =>
  r.from <= r.to ? r : { from: r.to, to: r.from };

/** A producer: the change an action makes, as a pure function of the state. */
export type Producer = (state: AppState) => Partial<AppState>;

/** Pure producers, testable without React (tests/state): (args) => (state) => partial state. */
export const producers = {
  setNav:
    (nav: NavState): Producer =>
    () => ({ nav }),
  updateNav:
    (patch: Partial<NavState>): Producer =>
    (s) => ({ nav: { ...s.nav, ...patch } }),
  select:
    (id: string | null): Producer =>
    (s) => ({ nav: { ...s.nav, selected: id } }),
  setFilters:
    (patch: Partial<Filters>): Producer =>
    (s) => ({ nav: { ...s.nav, filters: { ...s.nav.filters, ...patch } } }),
  resetFilters: (): Producer => (s) => ({
    // Showing people is a display choice rather than a filter: keep it.
    nav: { ...s.nav, filters: { ...DEFAULT_FILTERS, showPeople: s.nav.filters.showPeople } },
  }),
  setLanguage:
    (lang: Language): Producer =>
    (s) => ({ nav: { ...s.nav, lang } }),
  hover:
    (id: string | null): Producer =>
    (s) =>
      s.ui.hovered === id ? {} : { ui: { ...s.ui, hovered: id } },
  notify:
    (kind: Notice['kind'], text: string): Producer =>
    (s) => ({
      ui: {
        ...s.ui,
        nextNoticeId: s.ui.nextNoticeId + 1,
        notices: [...s.ui.notices, { id: s.ui.nextNoticeId, kind, text }],
      },
    }),
  dismiss:
    (id: number): Producer =>
    (s) => ({ ui: { ...s.ui, notices: s.ui.notices.filter((n) => n.id !== id) } }),
  setDrawAll:
    (drawAll: boolean): Producer =>
    (s) => ({ ui: { ...s.ui, drawAll } }),
  setSavedSlides:
    (saved: Slide[]): Producer =>
    (s) => ({ slides: { ...s.slides, saved } }),
  addSlide:
    (slide: Slide): Producer =>
    (s) => ({ slides: { ...s.slides, saved: [...s.slides.saved, slide].slice(0, MAX_SLIDES) } }),
  updateSlide:
    (id: string, patch: Partial<Omit<Slide, 'id'>>): Producer =>
    (s) => ({
      slides: {
        ...s.slides,
        saved: s.slides.saved.map((x) => (x.id === id ? { ...x, ...patch } : x)),
      },
    }),
  moveSlide:
    (id: string, offset: number): Producer =>
    (s) => {
      const list = [...s.slides.saved];
      const from = list.findIndex((x) => x.id === id);
      const to = Math.min(Math.max(from + offset, 0), list.length - 1);
      if (from < 0 || from === to) return {};
      const [item] = list.splice(from, 1);
      if (item) list.splice(to, 0, item);
      return { slides: { ...s.slides, saved: list } };
    },
  removeSlide:
    (id: string): Producer =>
    (s) => ({ slides: { ...s.slides, saved: s.slides.saved.filter((x) => x.id !== id) } }),
  present:
    (sequence: Slide[], index: number): Producer =>
    (s) => ({ slides: { ...s.slides, sequence, index } }),
  goToSlide:
    (index: number): Producer =>
    (s) => ({ slides: { ...s.slides, index } }),
  leavePresentation: (): Producer => (s) => ({
    nav: { ...s.nav, mode: 'explore', sequence: '', slide: 0 },
    slides: { ...s.slides, sequence: null, index: 0 },
  }),
  setMetrics:
    (patch: Partial<MetricsSlice>): Producer =>
    (s) => ({ metrics: { ...s.metrics, ...patch } }),
  retryMetrics: (): Producer => (s) => ({
    metrics: { ...s.metrics, attempt: s.metrics.attempt + 1 },
  }),
  /** Compare these (two or more) collaborations or members; replaces any other question. */
  askCompare:
    (ids: string[]): Producer =>
    (s) => ({ nav: { ...s.nav, questions: { ...keptOptions(s), compare: unique(ids) } } }),
  /** Routes between two nodes; suggestions stay open so the user can go on down the list. */
  askRoute:
    (from: string, to: string): Producer =>
    (s) => ({
      nav: {
        ...s.nav,
        questions: { ...keptOptions(s), route: { from, to }, suggest: s.nav.questions.suggest },
      },
    }),
  askNeighbourhood:
    (id: string, depth?: NeighbourhoodDepth): Producer =>
    (s) => ({
      nav: {
        ...s.nav,
        questions: {
          ...keptOptions(s),
          neighbourhood: id,
          depth: depth ?? s.nav.questions.depth,
        },
      },
    }),
  askSuggestions:
    (id: string): Producer =>
    (s) => ({ nav: { ...s.nav, questions: { ...keptOptions(s), suggest: id } } }),
  /** Depth, focus mode and route options, keeping the question itself. */
  setQuestionOptions:
    (
      patch: Partial<Pick<QuestionState, 'depth' | 'focus' | 'routeRanked' | 'routePeople'>>,
    ): Producer =>
    (s) => ({ nav: { ...s.nav, questions: { ...s.nav.questions, ...patch } } }),
  clearQuestions: (): Producer => (s) => ({
    nav: { ...s.nav, questions: { ...keptOptions(s) } },
  }),
  /** Starts (or replaces) the question being put together. */
  draftQuestion:
    (draft: QuestionDraft | null): Producer =>
    (s) => ({
      ui: { ...s.ui, questionDraft: draft ? { ...draft, ids: unique(draft.ids) } : null },
    }),
  /** Opens the time and scenarios panel on `tab`, or closes it (null). */
  openTimeTab:
    (timeTab: TimeTab | null): Producer =>
    (s) => ({ nav: { ...s.nav, timeTab } }),
  /** The year filter: one year (from = to), a range, or none (both null); swapped if reversed. */
  setYears:
    (from: number | null, to: number | null): Producer =>
    (s) => {
      const [yearFrom, yearTo] =
        from !== null && to !== null && from > to ? [to, from] : [from, to];
      return { nav: { ...s.nav, filters: { ...s.nav.filters, yearFrom, yearTo } } };
    },
  setUndatedMode:
    (mode: UndatedMode): Producer =>
    (s) => ({
      nav: {
        ...s.nav,
        undatedApart: mode === 'apart',
        filters: { ...s.nav.filters, includeUndated: mode !== 'hide' },
      },
    }),
  /** The two periods to compare (each range put in order), or null for none. */
  setPeriods:
    (periods: NavState['periods']): Producer =>
    (s) => ({
      nav: {
        ...s.nav,
        periods: periods ? [orderedPeriod(periods[0]), orderedPeriod(periods[1])] : null,
      },
    }),
  /** Takes `id` out of the "what if?" scenario, or puts it back; at most MAX_REMOVED. */
  toggleRemoved:
    (id: string): Producer =>
    (s) => {
      const has = s.nav.removed.includes(id);
      if (!has && s.nav.removed.length >= MAX_REMOVED) return {};
      const removed = has ? s.nav.removed.filter((x) => x !== id) : [...s.nav.removed, id].sort();
      return { nav: { ...s.nav, removed } };
    },
  /** One click: everything taken out is back. */
  restoreRemoved: (): Producer => (s) =>
    s.nav.removed.length ? { nav: { ...s.nav, removed: [] } } : {},
  /** Another grouping into worlds; the pair filter (named in the old worlds) is dropped. */
  setWorlds:
    (worlds: WorldScheme): Producer =>
    (s) =>
      s.nav.worlds === worlds ? {} : { nav: { ...s.nav, worlds, worldPair: null } },
  setWorldPair:
    (pair: NavState['worldPair']): Producer =>
    (s) => ({
      nav: { ...s.nav, worldPair: pair ? (pair[0] <= pair[1] ? pair : [pair[1], pair[0]]) : null },
    }),
  /**
   * Shows an imported network ('' = the bundled data): selection, query and list reset;
   * `view` (default: unchanged) e.g. 'network' for a file of organisation–organisation ties.
   * "Draw all" is a choice for the network it was made on: another one opens as its overview.
   */
  openDataset:
    (id: string, view?: NavState['view']): Producer =>
    (s) =>
      s.nav.dataset === id
        ? {}
        : {
            nav: {
              ...s.nav,
              dataset: id,
              selected: null,
              query: '',
              list: '',
              view: view ?? s.nav.view,
            },
            imports: { highlight: [], focus: 'off' },
            ui: { ...s.ui, drawAll: false },
          },
  /** Shows a list against the map in the picture; `focus` 'off' keeps it open but unmarked. */
  showList:
    (listId: string, highlight: string[], focus: ListFocus): Producer =>
    (s) => ({
      nav: { ...s.nav, list: listId },
      imports: { highlight: [...new Set(highlight)].sort(), focus },
    }),
  setListFocus:
    (focus: ListFocus): Producer =>
    (s) => ({ imports: { ...s.imports, focus } }),
  clearList: (): Producer => (s) => ({
    nav: { ...s.nav, list: '' },
    imports: { highlight: [], focus: 'off' },
  }),
};

/** A question's options the user chose, without the question itself. */
function keptOptions(s: AppState): QuestionState {
  const q = s.nav.questions;
  return {
    ...NO_QUESTION,
    depth: q.depth,
    focus: q.focus,
    routeRanked: q.routeRanked,
    routePeople: q.routePeople,
  };
}

const unique = (ids: readonly string[]) => [...new Set(ids)];

type Actions = Omit<AppState, 'nav' | 'metrics' | 'ui' | 'slides' | 'imports'>;

/** The store's initial state (also the tests' starting point). */
export const INITIAL_STATE: Pick<AppState, 'nav' | 'metrics' | 'ui' | 'slides' | 'imports'> = {
  nav: DEFAULT_NAV_STATE,
  ui: { hovered: null, notices: [], nextNoticeId: 1, questionDraft: null, drawAll: false },
  slides: { saved: [], sequence: null, index: 0 },
  metrics: { status: 'idle', key: null, progress: 0, result: null, error: null, attempt: 0 },
  imports: { highlight: [], focus: 'off' },
};

export const useAppStore = create<AppState>()((set) => {
  // Each action is its producer, bound in one line.
  const bind =
    <A extends unknown[]>(producer: (...args: A) => Producer) =>
    (...args: A) =>
      set(producer(...args));
  const actions: Actions = {
    setNav: bind(producers.setNav),
    updateNav: bind(producers.updateNav),
    select: bind(producers.select),
    setFilters: bind(producers.setFilters),
    resetFilters: bind(producers.resetFilters),
    setLanguage: bind(producers.setLanguage),
    hover: bind(producers.hover),
    notify: bind(producers.notify),
    dismiss: bind(producers.dismiss),
    setDrawAll: bind(producers.setDrawAll),
    setSavedSlides: bind(producers.setSavedSlides),
    addSlide: bind(producers.addSlide),
    updateSlide: bind(producers.updateSlide),
    moveSlide: bind(producers.moveSlide),
    removeSlide: bind(producers.removeSlide),
    present: bind(producers.present),
    goToSlide: bind(producers.goToSlide),
    leavePresentation: bind(producers.leavePresentation),
    setMetrics: bind(producers.setMetrics),
    retryMetrics: bind(producers.retryMetrics),
    askCompare: bind(producers.askCompare),
    askRoute: bind(producers.askRoute),
    askNeighbourhood: bind(producers.askNeighbourhood),
    askSuggestions: bind(producers.askSuggestions),
    setQuestionOptions: bind(producers.setQuestionOptions),
    clearQuestions: bind(producers.clearQuestions),
    draftQuestion: bind(producers.draftQuestion),
    openTimeTab: bind(producers.openTimeTab),
    setYears: bind(producers.setYears),
    setUndatedMode: bind(producers.setUndatedMode),
    setPeriods: bind(producers.setPeriods),
    toggleRemoved: bind(producers.toggleRemoved),
    restoreRemoved: bind(producers.restoreRemoved),
    setWorlds: bind(producers.setWorlds),
    setWorldPair: bind(producers.setWorldPair),
    openDataset: bind(producers.openDataset),
    showList: bind(producers.showList),
    setListFocus: bind(producers.setListFocus),
    clearList: bind(producers.clearList),
  };
  return { ...INITIAL_STATE, ...actions };
});
