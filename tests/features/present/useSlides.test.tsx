// @vitest-environment jsdom
/**
 * Saved slides are read (with the zod schema, imported on demand) only once the first paint
 * is reported, or at once in present mode; nothing stored is written over before that, a
 * slide made before the load is kept after the saved ones, and a present-mode link opens
 * its sequence.
 */
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SLIDES_KEY } from '../../../src/features/present/slideStorage';
import {
  useSavedSlidesLoaded,
  useSlidesPersistence,
  type AfterPaint,
} from '../../../src/features/present/useSlides';
import { INITIAL_STATE, useAppStore } from '../../../src/state/store';
import { DEFAULT_NAV_STATE } from '../../../src/url/navState';
import { slideFileText, slideFromView } from '../../../src/url/slides';

const stored = slideFromView(DEFAULT_NAV_STATE, 'Stored', undefined, 's-stored01');

/** A stand-in for app/afterPaint: holds the callbacks until `paint()`. */
function paintGate(): { afterPaint: AfterPaint; paint: () => void } {
  const waiting = new Set<() => void>();
  return {
    afterPaint: (fn) => {
      waiting.add(fn);
      return () => void waiting.delete(fn);
    },
    paint: () => {
      for (const fn of waiting) fn();
      waiting.clear();
    },
  };
}

beforeEach(() => {
  window.localStorage.clear();
  window.localStorage.setItem(SLIDES_KEY, slideFileText([stored]));
  useAppStore.setState(INITIAL_STATE);
});
afterEach(cleanup);

describe('useSlidesPersistence', () => {
  it('reads the saved slides only after the first paint', async () => {
    const gate = paintGate();
    renderHook(() => useSlidesPersistence(gate.afterPaint));
    // An import the hook had started at mount would have landed before this one does.
    await import('../../../src/features/present/slideStorage');
    await Promise.resolve();
    expect(useSavedSlidesLoaded.getState().loaded).toBe(false);
    expect(useAppStore.getState().slides.saved).toEqual([]);
    gate.paint();
    await waitFor(() => expect(useSavedSlidesLoaded.getState().loaded).toBe(true));
    expect(useAppStore.getState().slides.saved.map((s) => s.id)).toEqual(['s-stored01']);
  });

  it('keeps a slide made before the load, after the saved ones, and stores both', async () => {
    const gate = paintGate();
    renderHook(() => useSlidesPersistence(gate.afterPaint));
    const early = slideFromView(DEFAULT_NAV_STATE, 'Early', undefined, 's-early001');
    useAppStore.getState().addSlide(early);
    expect(window.localStorage.getItem(SLIDES_KEY)).toBe(slideFileText([stored]));
    gate.paint();
    await waitFor(() => expect(useSavedSlidesLoaded.getState().loaded).toBe(true));
    expect(useAppStore.getState().slides.saved.map((s) => s.title)).toEqual(['Stored', 'Early']);
    const written = JSON.parse(window.localStorage.getItem(SLIDES_KEY) ?? '{}') as {
      slides: { title: string }[];
    };
    expect(written.slides.map((s) => s.title)).toEqual(['Stored', 'Early']);
  });

  it('reads them at once in present mode, without waiting for a paint', async () => {
    useAppStore.setState({ nav: { ...DEFAULT_NAV_STATE, mode: 'present' } });
    const gate = paintGate();
    renderHook(() => useSlidesPersistence(gate.afterPaint));
    await waitFor(() => expect(useSavedSlidesLoaded.getState().loaded).toBe(true));
    expect(useAppStore.getState().slides.saved.map((s) => s.id)).toEqual(['s-stored01']);
  });

  it('marks the slides unloaded again when unmounted', async () => {
    const gate = paintGate();
    const { unmount } = renderHook(() => useSlidesPersistence(gate.afterPaint));
    gate.paint();
    await waitFor(() => expect(useSavedSlidesLoaded.getState().loaded).toBe(true));
    unmount();
    expect(useSavedSlidesLoaded.getState().loaded).toBe(false);
  });
});
