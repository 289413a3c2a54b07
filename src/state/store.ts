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

export interface AppState {
  nav: NavState;
  metrics: MetricsSlice;
  ui: UiSlice;
  slides: SlidesSlice;
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
}

let nextNoticeId = 1;

/** Pure producers, testable without React: (args) => (state) => partial state. */
export const producers = {
  select: (id: string | null) => (s: AppState) => ({ nav: { ...s.nav, selected: id } }),
  setFilters: (patch: Partial<Filters>) => (s: AppState) => ({
    nav: { ...s.nav, filters: { ...s.nav.filters, ...patch } },
  }),
  moveSlide: (id: string, offset: number) => (s: AppState) => {
    const list = [...s.slides.saved];
    const from = list.findIndex((x) => x.id === id);
    const to = Math.min(Math.max(from + offset, 0), list.length - 1);
    if (from < 0 || from === to) return {};
    const [item] = list.splice(from, 1);
    if (item) list.splice(to, 0, item);
    return { slides: { ...s.slides, saved: list } };
  },
  resetFilters: () => (s: AppState) => ({
    // Showing people is a display choice rather than a filter: keep it.
    nav: { ...s.nav, filters: { ...DEFAULT_FILTERS, showPeople: s.nav.filters.showPeople } },
  }),
};

export const useAppStore = create<AppState>()((set) => ({
  nav: DEFAULT_NAV_STATE,
  ui: { hovered: null, notices: [] },
  slides: { saved: [], sequence: null, index: 0 },
  metrics: { status: 'idle', key: null, progress: 0, result: null, error: null, attempt: 0 },
  setNav: (nav) => set({ nav }),
  updateNav: (patch) => set((s) => ({ nav: { ...s.nav, ...patch } })),
  select: (id) => set(producers.select(id)),
  setFilters: (patch) => set(producers.setFilters(patch)),
  resetFilters: () => set(producers.resetFilters()),
  setLanguage: (lang) => set((s) => ({ nav: { ...s.nav, lang } })),
  hover: (id) => set((s) => (s.ui.hovered === id ? s : { ui: { ...s.ui, hovered: id } })),
  notify: (kind, text) =>
    set((s) => ({
      ui: { ...s.ui, notices: [...s.ui.notices, { id: nextNoticeId++, kind, text }] },
    })),
  dismiss: (id) =>
    set((s) => ({ ui: { ...s.ui, notices: s.ui.notices.filter((n) => n.id !== id) } })),
  setSavedSlides: (saved) => set((s) => ({ slides: { ...s.slides, saved } })),
  addSlide: (slide) =>
    set((s) => ({
      slides: { ...s.slides, saved: [...s.slides.saved, slide].slice(0, MAX_SLIDES) },
    })),
  updateSlide: (id, patch) =>
    set((s) => ({
      slides: {
        ...s.slides,
        saved: s.slides.saved.map((x) => (x.id === id ? { ...x, ...patch } : x)),
      },
    })),
  moveSlide: (id, offset) => set(producers.moveSlide(id, offset)),
  removeSlide: (id) =>
    set((s) => ({ slides: { ...s.slides, saved: s.slides.saved.filter((x) => x.id !== id) } })),
  present: (sequence, index) => set((s) => ({ slides: { ...s.slides, sequence, index } })),
  goToSlide: (index) => set((s) => ({ slides: { ...s.slides, index } })),
  setMetrics: (patch) => set((s) => ({ metrics: { ...s.metrics, ...patch } })),
  retryMetrics: () => set((s) => ({ metrics: { ...s.metrics, attempt: s.metrics.attempt + 1 } })),
  leavePresentation: () =>
    set((s) => ({
      nav: { ...s.nav, mode: 'explore' },
      slides: { ...s.slides, sequence: null, index: 0 },
    })),
}));
