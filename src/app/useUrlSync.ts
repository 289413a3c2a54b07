/**
 * Keeps the URL and the store's nav slice in step: the URL is read once at start (unknown
 * parts dropped with a notice), then every nav change is written back with replaceState.
 */
import { useEffect } from 'react';
import type { Dataset } from '../data/dataset';
import { summariseList } from '../features/notices/summarise';
import { makeTranslate } from '../i18n';
import { useAppStore } from '../state/store';
import { cleanNavState, parseNavState, urlForState } from '../url/navState';

declare global {
  interface Window {
    /** Set by a standalone HTML export: the view (a query string) to open. */
    __SAMVERKAN_VIEW__?: string;
  }
}

/** The address the app opens with: a standalone export carries its view in the page. */
export function startSearch(): string {
  return window.__SAMVERKAN_VIEW__ ?? window.location.search;
}

/** Datasets whose start address has been read into the store (once each). */
const startRead = new WeakSet<Dataset>();

/**
 * Reads the start address into the store for `data`, once: called before the shell first
 * renders with `data`, so its first render already has the address's view (reading it in
 * an effect after that render made the whole explorer render twice before the picture).
 */
export function readStartUrlOnce(data: Dataset): void {
  if (startRead.has(data)) return;
  startRead.add(data);
  readUrlIntoStore(data, startSearch());
}

export function readUrlIntoStore(data: Dataset, search: string): void {
  const parsed = parseNavState(search);
  const cleaned = cleanNavState(parsed.state, data);
  const store = useAppStore.getState();
  store.setNav(cleaned.state);
  const ignored = [...parsed.ignored, ...cleaned.ignored];
  if (ignored.length > 0) {
    const t = makeTranslate(cleaned.state.lang);
    store.notify('warning', t('notice.urlIgnored', { parts: summariseList(ignored, t) }));
  }
}

export function useUrlSync(data: Dataset | null): void {
  useEffect(() => {
    if (!data) return;
    // Already read when the data arrived (App), unless this is another dataset.
    readStartUrlOnce(data);
    const write = () => {
      const { nav } = useAppStore.getState();
      const url = urlForState(nav, window.location.pathname, window.location.hash);
      if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
        try {
          window.history.replaceState(null, '', url);
        } catch {
          // Some sandboxed iframes forbid history changes; the view still works.
        }
      }
      document.documentElement.lang = nav.lang;
    };
    write();
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (state.nav !== previous.nav) write();
    });
    const onPop = () => readUrlIntoStore(data, window.location.search);
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPop);
    };
  }, [data]);
}
