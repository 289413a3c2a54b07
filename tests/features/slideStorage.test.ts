// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  loadSlides,
  releaseUnreadable,
  saveSlides,
  SLIDES_KEY,
} from '../../src/features/present/slideStorage';
import { DEFAULT_NAV_STATE } from '../../src/url/navState';
import { slideFromView } from '../../src/url/slides';

beforeEach(() => window.localStorage.clear());

/** A Storage of at most `capacity` characters in total (keys + values), like a full quota. */
function tinyStorage(capacity: number, initial: Record<string, string> = {}): Storage {
  const items = new Map(Object.entries(initial));
  const used = () => [...items].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    key: (i: number) => [...items.keys()][i] ?? null,
    getItem: (k: string) => items.get(k) ?? null,
    removeItem: (k: string) => void items.delete(k),
    setItem: (k: string, v: string) => {
      const before = items.get(k);
      items.set(k, v);
      if (used() > capacity) {
        if (before === undefined) items.delete(k);
        else items.set(k, before);
        throw new DOMException('full', 'QuotaExceededError');
      }
    },
  };
}

const BROKEN = '{"format":"samverkanskartan-slides","version":1,"slides":[{"broken":';

describe('slide storage', () => {
  it('saves and loads slides', () => {
    const slides = [slideFromView(DEFAULT_NAV_STATE, 'Ett', undefined, 's-aaaa0001')];
    expect(saveSlides(window.localStorage, slides)).toBe('saved');
    expect(loadSlides(window.localStorage)).toEqual({ slides, problem: null });
  });

  it('moves unreadable stored slides aside instead of losing them', () => {
    window.localStorage.setItem(SLIDES_KEY, BROKEN);
    const result = loadSlides(window.localStorage, () => 42);
    expect(result.problem).toBe('corrupt');
    expect(result.slides).toEqual([]);
    expect(result.backupKey).toBe(`${SLIDES_KEY}.unreadable-42`);
    expect(window.localStorage.getItem(result.backupKey ?? '')).toBe(BROKEN);
    expect(window.localStorage.getItem(SLIDES_KEY)).toBeNull();
  });

  it('keeps unreadable slides in place, returns them and refuses to overwrite them when no backup fits', () => {
    const big = BROKEN + 'x'.repeat(5000);
    // Room for the original once, not for a second copy.
    const storage = tinyStorage(SLIDES_KEY.length + big.length + 100, { [SLIDES_KEY]: big });
    const result = loadSlides(storage);
    expect(result.problem).toBe('corrupt-kept');
    expect(result.backupKey).toBeUndefined();
    expect(result.raw).toBe(big);
    expect(storage.getItem(SLIDES_KEY)).toBe(big);
    // The next save must not write over it.
    const slides = [slideFromView(DEFAULT_NAV_STATE, 'Ny', undefined, 's-aaaa0002')];
    expect(saveSlides(storage, slides)).toBe('blocked');
    expect(storage.getItem(SLIDES_KEY)).toBe(big);
    // Released (after the download): saving works again.
    expect(releaseUnreadable(storage, 'something else')).toBe(false);
    expect(releaseUnreadable(storage, big)).toBe(true);
    expect(saveSlides(storage, slides)).toBe('saved');
    expect(loadSlides(storage).slides).toEqual(slides);
  });

  it('reports a storage that refuses writes', () => {
    const full = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      getItem: () => null,
    } as unknown as Storage;
    expect(saveSlides(full, [])).toBe('failed');
    expect(saveSlides(null, [])).toBe('failed');
    expect(loadSlides(null).problem).toBe('unavailable');
  });
});
