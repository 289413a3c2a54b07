/**
 * Loads saved slides once and writes every change back; opens a slide sequence from a
 * link (`?mode=present&slides=…&slide=n`); and applies the current slide's view while
 * presenting.
 */
import { useEffect } from 'react';
import { makeTranslate } from '../../i18n';
import { useDataset } from '../../state/DatasetContext';
import { useAppStore } from '../../state/store';
import { decodeSlideSequence, viewOfSlide } from '../../url/slides';
import { browserStorage, loadSlides, saveSlides } from './slideStorage';

export function useSlidesPersistence(): void {
  useEffect(() => {
    const storage = browserStorage();
    const loaded = loadSlides(storage);
    const store = useAppStore.getState();
    store.setSavedSlides(loaded.slides);
    const t = makeTranslate(store.nav.lang);
    if (loaded.problem === 'corrupt')
      store.notify('warning', t('present.storageCorrupt', { key: loaded.backupKey ?? '' }));
    let lastSaved = loaded.slides;
    return useAppStore.subscribe((state) => {
      if (state.slides.saved === lastSaved) return;
      lastSaved = state.slides.saved;
      if (!saveSlides(storage, state.slides.saved)) {
        const tr = makeTranslate(useAppStore.getState().nav.lang);
        useAppStore.getState().notify('error', tr('present.storageFailed'));
      }
    });
  }, []);
}

/** In present mode: the sequence from the link, or the saved slides. */
export function usePresentation(): void {
  const { data } = useDataset();
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
