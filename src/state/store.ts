/**
 * The one zustand store, sliced by concern: `nav` mirrors the URL (shareable view state),
 * `ui` holds what is never shared (hover, notices). The graphology graph and the cytoscape
 * instance are not store state; derived data (visible set, legend) is computed, not stored.
 */
import { create } from 'zustand';
import { DEFAULT_FILTERS, type Filters } from '../domain/filters';
import type { Language } from '../i18n';
import { DEFAULT_NAV_STATE, type NavState } from '../url/navState';

export interface Notice {
  id: number;
  kind: 'info' | 'warning' | 'error';
  text: string;
}

export interface UiSlice {
  hovered: string | null;
  notices: Notice[];
}

export interface AppState {
  nav: NavState;
  ui: UiSlice;
  setNav: (nav: NavState) => void;
  updateNav: (patch: Partial<NavState>) => void;
  select: (id: string | null) => void;
  setFilters: (patch: Partial<Filters>) => void;
  resetFilters: () => void;
  setLanguage: (lang: Language) => void;
  hover: (id: string | null) => void;
  notify: (kind: Notice['kind'], text: string) => void;
  dismiss: (id: number) => void;
}

let nextNoticeId = 1;

/** Pure producers, testable without React: (args) => (state) => partial state. */
export const producers = {
  select: (id: string | null) => (s: AppState) => ({ nav: { ...s.nav, selected: id } }),
  setFilters: (patch: Partial<Filters>) => (s: AppState) => ({
    nav: { ...s.nav, filters: { ...s.nav.filters, ...patch } },
  }),
  resetFilters: () => (s: AppState) => ({
    // Showing people is a display choice rather than a filter: keep it.
    nav: { ...s.nav, filters: { ...DEFAULT_FILTERS, showPeople: s.nav.filters.showPeople } },
  }),
};

export const useAppStore = create<AppState>()((set) => ({
  nav: DEFAULT_NAV_STATE,
  ui: { hovered: null, notices: [] },
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
}));
