/**
 * The one zustand store, sliced by concern: `nav` mirrors the URL (shareable view state),
 * `ui` holds what is never shared (hover, notices). The graphology graph and the cytoscape
 * instance are not store state; derived data (visible set, legend) is computed, not stored.
 */
import { create } from 'zustand';
import { DEFAULT_FILTERS, type Filters } from '../domain/filters';
import type { Language } from '../i18n';
import type { MetricsResult } from '../metrics/types';
import { DEFAULT_NAV_STATE, type NavState } from '../url/navState';
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
  openDataset: (id: string, view?: NavState['view']) => void;
  showList: (listId: string, highlight: string[], focus: ListFocus) => void;
  setListFocus: (focus: ListFocus) => void;
  clearList: () => void;
}

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
  /**
   * Shows an imported network ('' = the bundled data): selection, query and list reset;
   * `view` (default: unchanged) e.g. 'network' for a file of organisation–organisation ties.
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

type Actions = Omit<AppState, 'nav' | 'metrics' | 'ui' | 'slides' | 'imports'>;

/** The store's initial state (also the tests' starting point). */
export const INITIAL_STATE: Pick<AppState, 'nav' | 'metrics' | 'ui' | 'slides' | 'imports'> = {
  nav: DEFAULT_NAV_STATE,
  ui: { hovered: null, notices: [], nextNoticeId: 1 },
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
    openDataset: bind(producers.openDataset),
    showList: bind(producers.showList),
    setListFocus: bind(producers.setListFocus),
    clearList: bind(producers.clearList),
  };
  return { ...INITIAL_STATE, ...actions };
});
