/**
 * Which dataset the app shows: the bundled one, or the imported network named by the
 * URL's `ds` (nav.dataset). Loads it (memory, else IndexedDB) and builds it with
 * createDataset exactly as the bundled one; a missing or damaged one falls back to the
 * bundled data with a notice. In a standalone export carrying a network, that network is
 * the page's data and `ds` is ignored. The bundled data is never changed.
 */
import { useEffect, useMemo, useState } from 'react';
import { createDataset, type Dataset } from '../../data/dataset';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/useT';
import { openNetwork } from './openedImports';
import { embeddedDatasetName } from './standaloneDataset';

export interface ShownDataset {
  /** The dataset to show: the imported one when open and loaded, else the bundled one. */
  data: Dataset | null;
  /** Name of the imported network shown, null for the bundled data. */
  importedName: string | null;
}

/** The dataset to show given the bundled one (null while it loads). */
export function useImportedDataset(bundled: Dataset | null): ShownDataset {
  const t = useT();
  const id = useAppStore((s) => s.nav.dataset);
  const [loaded, setLoaded] = useState<{ id: string; name: string; data: Dataset } | null>(null);
  // A standalone export of an imported network: the page's own data is that network.
  const embedded = embeddedDatasetName();
  useEffect(() => {
    if (embedded !== null || !id || loaded?.id === id) return;
    let cancelled = false;
    void openNetwork(id).then((network) => {
      if (cancelled) return;
      if (!network) {
        const store = useAppStore.getState();
        store.notify('warning', t('import.loadFailed'));
        store.openDataset('');
        return;
      }
      setLoaded({ id, name: network.name, data: createDataset(network.file) });
    });
    return () => {
      cancelled = true;
    };
  }, [embedded, id, loaded, t]);
  return useMemo(() => {
    if (embedded !== null) return { data: bundled, importedName: embedded };
    if (!id) return { data: bundled, importedName: null };
    // Until the imported one is ready, nothing (the loading screen), not the bundled one:
    // the URL would otherwise be cleaned against the wrong dataset.
    if (!loaded || loaded.id !== id || !bundled) return { data: null, importedName: null };
    return { data: loaded.data, importedName: loaded.name };
  }, [embedded, id, loaded, bundled]);
}
