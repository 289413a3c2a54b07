// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { loadSlides, saveSlides, SLIDES_KEY } from '../../src/features/present/slideStorage';
import { DEFAULT_NAV_STATE } from '../../src/url/navState';
import { slideFromView } from '../../src/url/slides';

beforeEach(() => window.localStorage.clear());

describe('slide storage', () => {
  it('saves and loads slides', () => {
    const slides = [slideFromView(DEFAULT_NAV_STATE, 'Ett', undefined, 's-aaaa0001')];
    expect(saveSlides(window.localStorage, slides)).toBe(true);
    expect(loadSlides(window.localStorage)).toEqual({ slides, problem: null });
  });

  it('moves unreadable stored slides aside instead of losing them', () => {
    window.localStorage.setItem(
      SLIDES_KEY,
      '{"format":"samverkanskartan-slides","version":1,"slides":[{"broken":',
    );
    const result = loadSlides(window.localStorage);
    expect(result.problem).toBe('corrupt');
    expect(result.slides).toEqual([]);
    expect(window.localStorage.getItem(result.backupKey ?? '')).toContain('"broken"');
    expect(window.localStorage.getItem(SLIDES_KEY)).toBeNull();
  });

  it('reports a storage that refuses writes', () => {
    const full = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      getItem: () => null,
    } as unknown as Storage;
    expect(saveSlides(full, [])).toBe(false);
    expect(loadSlides(null).problem).toBe('unavailable');
  });
});
