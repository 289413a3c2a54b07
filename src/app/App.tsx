/**
 * The app root: loads and validates the bundled dataset, wires URL state (Escape closes
 * what is open and never clears the selection as a side effect), focus management (focus follows the selection inside the
 * details; skip links do not scroll) and the test hook, and shows a readable error when
 * the data cannot be read.
 */
import { startTransition, useEffect, useMemo, useState } from 'react';
import type { Dataset } from '../data/dataset';
import { buildSearchIndex } from '../domain/search';
import { ImportedBanner } from '../features/import/ImportedBanner';
import { loadShownDataset } from '../features/import/standaloneDataset';
import { startDatasetId, useImportedDataset } from '../features/import/useImportedDataset';
import { usePresentation, useSlidesPersistence } from '../features/present/useSlides';
import { keepFocusInDetails } from '../features/search/focusDetails';
import { DatasetContext } from '../state/DatasetContext';
import { useAppStore } from '../state/store';
import { useT } from '../state/useT';
import { afterGraphPaint } from './afterPaint';
import { EmbedShell } from './EmbedShell';
import { Explorer } from './Explorer';
import { PresentShell } from './PresentShell';
import { installAppHook } from './testHooks';
import { readStartUrlOnce, useUrlSync } from './useUrlSync';

export function App({ load = loadShownDataset }: { load?: () => Promise<Dataset> }) {
  const t = useT();
  const [bundled, setData] = useState<Dataset | null>(null);
  // The bundled data, or an imported network when the URL names one (features/import).
  const { data, importedName } = useImportedDataset(bundled);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    load()
      .then((d) => {
        if (cancelled) return;
        // The address goes into the store before the first render with the data, so the
        // shell renders once with the right view; not when it names an imported network
        // (the address is read against that network once it is loaded).
        if (!startDatasetId()) readStartUrlOnce(d);
        // A transition: React renders the whole app in short slices instead of one long task.
        startTransition(() => setData(d));
      })
      .catch((e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      cancelled = true;
    };
  }, [load]);
  useUrlSync(data);
  useSlidesPersistence(afterGraphPaint);
  useFocusFollowsSelection();
  useSkipLinksWithoutScroll();
  useEffect(() => {
    installAppHook(data !== null);
  }, [data]);
  const context = useMemo(
    () => (data ? { data, searchIndex: buildSearchIndex(data.file.nodes) } : null),
    [data],
  );

  if (error) {
    return (
      <div className="fatal" role="alert">
        <h1>{t('app.title')}</h1>
        <p>{t('app.loadError', { reason: error })}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('app.reload')}
        </button>
      </div>
    );
  }
  if (!context) {
    return (
      <div className="loading" role="status">
        {t('app.loading')}
      </div>
    );
  }
  return (
    <DatasetContext.Provider value={context}>
      {importedName !== null ? <ImportedBanner name={importedName} /> : null}
      <ModeSwitch />
    </DatasetContext.Provider>
  );
}

/** Focus lost by a selection change inside the details panel goes to the new details. */
function useFocusFollowsSelection(): void {
  useEffect(() => {
    const watcher = keepFocusInDetails();
    let selected = useAppStore.getState().nav.selected;
    const unsubscribe = useAppStore.subscribe((state) => {
      if (state.nav.selected === selected) return;
      selected = state.nav.selected;
      watcher.afterSelectionChange();
    });
    return () => {
      unsubscribe();
      watcher.dispose();
    };
  }, []);
}

/**
 * In-page skip links (`a.skip-link[href^="#"]`) move focus to their target without
 * scrolling: the shell is a fixed grid, and the browser's scroll-into-view would push the
 * header out of sight.
 */
function useSkipLinksWithoutScroll(): void {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a.skip-link') : null;
      const href = link?.getAttribute('href') ?? '';
      if (!href.startsWith('#')) return;
      const target = document.getElementById(href.slice(1));
      if (!target) return;
      event.preventDefault();
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
}

/** Chooses the shell for the URL's mode: explore (default), embed or present. */
function ModeSwitch() {
  const mode = useAppStore((s) => s.nav.mode);
  usePresentation();
  if (mode === 'embed') return <EmbedShell />;
  if (mode === 'present') return <PresentShell />;
  return <Explorer />;
}
