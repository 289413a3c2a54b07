/**
 * The app root: loads and validates the bundled dataset, wires URL state, global keys
 * (Escape clears the selection) and the test hook, and shows a readable error when the
 * data cannot be read.
 */
import { startTransition, useEffect, useMemo, useState } from 'react';
import type { Dataset } from '../data/dataset';
import { buildSearchIndex } from '../domain/search';
import { ImportedBanner } from '../features/import/ImportedBanner';
import { loadShownDataset } from '../features/import/standaloneDataset';
import { useImportedDataset } from '../features/import/useImportedDataset';
import { usePresentation, useSlidesPersistence } from '../features/present/useSlides';
import { DatasetContext } from '../state/DatasetContext';
import { useAppStore } from '../state/store';
import { useT } from '../state/useT';
import { EmbedShell } from './EmbedShell';
import { Explorer } from './Explorer';
import { PresentShell } from './PresentShell';
import { installAppHook } from './testHooks';
import { useUrlSync } from './useUrlSync';

export function App({ load = loadShownDataset }: { load?: () => Promise<Dataset> }) {
  const t = useT();
  const [bundled, setData] = useState<Dataset | null>(null);
  // The bundled data, or an imported network when the URL names one (features/import).
  const { data, importedName } = useImportedDataset(bundled);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    load()
      // A transition: React renders the whole app in short slices instead of one long task.
      .then((d) => !cancelled && startTransition(() => setData(d)))
      .catch((e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      cancelled = true;
    };
  }, [load]);
  useUrlSync(data);
  useSlidesPersistence();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) useAppStore.getState().select(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
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

/** Chooses the shell for the URL's mode: explore (default), embed or present. */
function ModeSwitch() {
  const mode = useAppStore((s) => s.nav.mode);
  usePresentation();
  if (mode === 'embed') return <EmbedShell />;
  if (mode === 'present') return <PresentShell />;
  return <Explorer />;
}
