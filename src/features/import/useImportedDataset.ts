/**
 * Which dataset the app shows: the bundled one, or the imported network named by the
 * URL's `ds` (nav.dataset). Loads it (memory, else IndexedDB) and builds it with
 * createDataset exactly as the bundled one; a missing or damaged one falls back to the
 * bundled data with a notice. In a standalone export carrying a network, that network is
 * the page's data and `ds` is ignored. The bundled data is never changed.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { createDataset, type Dataset } from '../../data/dataset';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/useT';
import { parseNavState } from '../../url/navState';
import { openNetwork } from './openedImports';
import { embeddedDatasetName } from './standaloneDataset';

export interface ShownDataset {
  /** The dataset to show: the imported one when open and loaded, else the bundled one. */
  data: Dataset | null;
  /** Name of the imported network shown, null for the bundled data. */
  importedName: string | null;
}

/**
 * The imported network the page's address names at start ('' for none, and in a
 * standalone export carrying a network, whose own data is shown).
 */
export function startDatasetId(): string {
  if (typeof window === 'undefined' || embeddedDatasetName() !== null) return '';
  return parseNavState(window.__SAMVERKAN_VIEW__ ?? window.location.search).state.dataset;
}

/**
 * The dataset id to show: the store's, except at start, before the address is read into
 * the store, when it is the one the address names. Showing the bundled data first would
 * clean the address (sel=, cmp=, rt=…) against the wrong dataset and lose it.
 */
export function shownDatasetId(storeId: string, startId: string, addressRead: boolean): string {
  return addressRead ? storeId : startId;
}

/** The dataset to show given the bundled one (null while it loads). */
export function useImportedDataset(bundled: Dataset | null): ShownDataset {
  const t = useT();
  const storeId = useAppStore((s) => s.nav.dataset);
  // A standalone export of an imported network: the page's own data is that network.
  const embedded = embeddedDatasetName();
  // '' in a standalone export carrying a network (startDatasetId).
  const [startId] = useState(startDatasetId);
  const [addressRead, setAddressRead] = useState(startId === '');
  if (!addressRead && storeId === startId) setAddressRead(true);
  const id = shownDatasetId(storeId, startId, addressRead);
  const failed = useRef('');
  const [loaded, setLoaded] = useState<{ id: string; name: string; data: Dataset } | null>(null);
  useEffect(() => {
    if (embedded !== null || !id || loaded?.id === id) return;
    const store = useAppStore.getState();
    // Already failed once (before the address was read): fall back without a second notice.
    if (failed.current === id) {
      store.openDataset('');
      return;
    }
    let cancelled = false;
    void openNetwork(id).then((network) => {
      if (cancelled) return;
      if (!network) {
        failed.current = id;
        store.notify('warning', t('import.loadFailed'));
        setAddressRead(true);
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
