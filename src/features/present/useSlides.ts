/**
 * Loads saved slides once and writes every change back (never over unreadable slides that
 * could not be backed up: those wait in the recovery store for a download); warns once
 * when saved slides name ids the dataset lacks; opens a slide sequence from a link
 * (`?mode=present&slides=…&slide=n`); and applies the current slide's view while
 * presenting. The storage and link readers need zod (url/slideSchemas), so they are
 * imported on demand: the saved slides after the first paint (at once in present mode),
 * a link's sequence when present mode opens it.
 */
import { useEffect, useRef } from 'react';
import { create } from 'zustand';
import { makeTranslate } from '../../i18n';
import { useDataset } from '../../state/DatasetContext';
import { useAppStore } from '../../state/store';
import { mergeImported, slideProblems, viewOfSlide } from '../../url/slides';
import { summariseList } from '../notices/summarise';
import { useRecovery } from './recovery';

/** Whether the saved slides have been read into the app store (features/present only). */
export const useSavedSlidesLoaded = create<{ loaded: boolean }>(() => ({ loaded: false }));

/**
 * Runs `fn` once the first graph has been painted (or at once when it has); returns a
 * function that cancels a pending call. The app passes app/afterPaint's afterGraphPaint.
 */
export type AfterPaint = (fn: () => void) => () => void;

/**
 * Loads the saved slides and then saves every change; reports what cannot be saved. The
 * load waits for `afterPaint`, unless the app is (or turns) in present mode, which needs
 * them for its picture. Slides added before the load finished are kept, after the saved.
 */
export function useSlidesPersistence(afterPaint: AfterPaint): void {
  useEffect(() => {
    let cancelled = false;
    let started = false;
    let stopSaving: (() => void) | null = null;
    const start = () => {
      if (started) return;
      started = true;
      import('./slideStorage').then(
        ({ browserStorage, loadSlides, saveSlides }) => {
          if (cancelled) return;
          const storage = browserStorage();
          const loaded = loadSlides(storage);
          const store = useAppStore.getState();
          const early = store.slides.saved;
          const slides =
            early.length > 0 ? mergeImported(loaded.slides, early).slides : loaded.slides;
          store.setSavedSlides(slides);
          useSavedSlidesLoaded.setState({ loaded: true });
          const t = makeTranslate(store.nav.lang);
          if (loaded.problem === 'corrupt')
            store.notify('warning', t('present.storageCorrupt', { key: loaded.backupKey ?? '' }));
          if (loaded.problem === 'corrupt-kept') {
            useRecovery.getState().setUnreadable(loaded.raw ?? '');
            store.notify('error', t('trust.storageKept'));
          }
          // Early slides merged in are a change to write; the loaded list alone is not.
          let lastSaved = early.length > 0 ? loaded.slides : slides;
          const save = (saved: typeof slides) => {
            if (saved === lastSaved) return;
            lastSaved = saved;
            const result = saveSlides(storage, saved);
            if (result === 'saved') return;
            const tr = makeTranslate(useAppStore.getState().nav.lang);
            useAppStore
              .getState()
              .notify(
                'error',
                tr(result === 'blocked' ? 'trust.saveBlocked' : 'present.storageFailed'),
              );
          };
          save(slides);
          stopSaving = useAppStore.subscribe((state) => save(state.slides.saved));
        },
        (error: unknown) => {
          if (cancelled) return;
          const store = useAppStore.getState();
          const t = makeTranslate(store.nav.lang);
          store.notify('error', t('present.storageUnloaded', { reason: String(error) }));
        },
      );
    };
    const cancelWait = afterPaint(start);
    if (useAppStore.getState().nav.mode === 'present') start();
    const stopWatching = useAppStore.subscribe((state) => {
      if (state.nav.mode === 'present') start();
    });
    return () => {
      cancelled = true;
      cancelWait();
      stopWatching();
      stopSaving?.();
      useSavedSlidesLoaded.setState({ loaded: false });
    };
  }, [afterPaint]);
}

/**
 * Warns once per dataset when saved slides name ids or values the dataset does not have
 * (they would open a different view than the one saved). Call inside the dataset provider.
 */
export function useSavedSlidesCheck(): void {
  const { data } = useDataset();
  const saved = useAppStore((s) => s.slides.saved);
  const warned = useRef<string>('');
  useEffect(() => {
    const found = slideProblems(saved, data);
    const signature = found.map((f) => `${f.index}:${f.problems.join(',')}`).join(';');
    if (signature === '' || signature === warned.current) return;
    warned.current = signature;
    const store = useAppStore.getState();
    const t = makeTranslate(store.nav.lang);
    const parts = found.map(
      (f) => `${f.index + 1} (${f.title || t('present.untitled')}: ${f.problems.join(', ')})`,
    );
    store.notify(
      'warning',
      t('trust.staleSlides', { count: found.length, list: summariseList(parts, t) }),
    );
  }, [saved, data]);
}

/** In present mode: the sequence from the link, or the saved slides. */
export function usePresentation(): void {
  const { data } = useDataset();
  useSavedSlidesCheck();
  const mode = useAppStore((s) => s.nav.mode);
  const sequence = useAppStore((s) => s.slides.sequence);
  const index = useAppStore((s) => s.slides.index);
  const saved = useAppStore((s) => s.slides.saved);

  // Entering present mode from a link: decode the sequence once.
  // A link's sequence is read with the zod schema (loaded here, on demand); the saved slides
  // once they are loaded (useSlidesPersistence starts at once in present mode).
  const linkSequence = useAppStore((s) => s.nav.sequence);
  const linkSlide = useAppStore((s) => s.nav.slide);
  const savedLoaded = useSavedSlidesLoaded((s) => s.loaded);
  const refusedLink = useRef('');
  useEffect(() => {
    if (mode !== 'present' || sequence) return;
    const start = Math.max(0, linkSlide - 1);
    if (!linkSequence || refusedLink.current === linkSequence) {
      // Without a (usable) link: the saved slides, once loaded; from the first after a refusal.
      const from = linkSequence ? 0 : Math.min(start, Math.max(saved.length - 1, 0));
      if (savedLoaded) useAppStore.getState().present(saved, from);
      return;
    }
    let cancelled = false;
    const refuse = (reason: string) => {
      refusedLink.current = linkSequence;
      const store = useAppStore.getState();
      store.notify('error', makeTranslate(store.nav.lang)('present.linkRefused', { reason }));
      if (savedLoaded) store.present(saved, 0);
    };
    import('../../url/slideSchemas').then(
      ({ decodeSlideSequence }) => {
        if (cancelled) return;
        const decoded = decodeSlideSequence(linkSequence, data);
        if (decoded.ok)
          useAppStore
            .getState()
            .present(decoded.slides, Math.min(start, decoded.slides.length - 1));
        else refuse(decoded.reason);
      },
      (error: unknown) => !cancelled && refuse(String(error)),
    );
    return () => {
      cancelled = true;
    };
  }, [mode, sequence, saved, savedLoaded, data, linkSequence, linkSlide]);

  // Apply the current slide's view.
  useEffect(() => {
    if (mode !== 'present' || !sequence) return;
    const slide = sequence[index];
    if (!slide) return;
    const { state } = viewOfSlide(slide, data, 'present');
    const store = useAppStore.getState();
    // The link keeps the sequence and the position, so a reload resumes.
    store.setNav({
      ...state,
      lang: store.nav.lang,
      sequence: store.nav.sequence,
      slide: index + 1,
    });
  }, [mode, sequence, index, data]);
}
