/**
 * Loads saved slides once and writes every change back (never over unreadable slides that
 * could not be backed up: those wait in the recovery store for a download); warns once
 * when saved slides name ids the dataset lacks; opens a slide sequence from a link
 * (`?mode=present&slides=…&slide=n`); and applies the current slide's view while
 * presenting.
 */
import { useEffect, useRef } from 'react';
import { makeTranslate } from '../../i18n';
import { useDataset } from '../../state/DatasetContext';
import { useAppStore } from '../../state/store';
import { decodeSlideSequence, slideProblems, viewOfSlide } from '../../url/slides';
import { summariseList } from '../notices/summarise';
import { useRecovery } from './recovery';
import { browserStorage, loadSlides, saveSlides } from './slideStorage';

/** Loads the saved slides at start and saves every change; reports what cannot be saved. */
export function useSlidesPersistence(): void {
  useEffect(() => {
    const storage = browserStorage();
    const loaded = loadSlides(storage);
    const store = useAppStore.getState();
    store.setSavedSlides(loaded.slides);
    const t = makeTranslate(store.nav.lang);
    if (loaded.problem === 'corrupt')
      store.notify('warning', t('present.storageCorrupt', { key: loaded.backupKey ?? '' }));
    if (loaded.problem === 'corrupt-kept') {
      useRecovery.getState().setUnreadable(loaded.raw ?? '');
      store.notify('error', t('trust.storageKept'));
    }
    let lastSaved = loaded.slides;
    return useAppStore.subscribe((state) => {
      if (state.slides.saved === lastSaved) return;
      lastSaved = state.slides.saved;
      const result = saveSlides(storage, state.slides.saved);
      if (result === 'saved') return;
      const tr = makeTranslate(useAppStore.getState().nav.lang);
      useAppStore
        .getState()
        .notify('error', tr(result === 'blocked' ? 'trust.saveBlocked' : 'present.storageFailed'));
    });
  }, []);
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
  const linkSequence = useAppStore((s) => s.nav.sequence);
  const linkSlide = useAppStore((s) => s.nav.slide);
  useEffect(() => {
    if (mode !== 'present' || sequence) return;
    const store = useAppStore.getState();
    const t = makeTranslate(store.nav.lang);
    const start = Math.max(0, linkSlide - 1);
    if (linkSequence) {
      const decoded = decodeSlideSequence(linkSequence, data);
      if (decoded.ok) store.present(decoded.slides, Math.min(start, decoded.slides.length - 1));
      else {
        store.notify('error', t('present.linkRefused', { reason: decoded.reason }));
        store.present(saved, 0);
      }
    } else {
      store.present(saved, Math.min(start, Math.max(saved.length - 1, 0)));
    }
  }, [mode, sequence, saved, data, linkSequence, linkSlide]);

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
