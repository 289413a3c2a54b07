/**
 * Slides in localStorage. A stored list that cannot be read is moved aside to a backup key
 * (never silently dropped), and writes that fail (quota, private mode) are reported.
 */
import {
  SLIDE_FILE_FORMAT,
  SLIDE_FILE_VERSION,
  slideFileSchema,
  type Slide,
} from '../../url/slides';

export const SLIDES_KEY = 'samverkanskartan.slides.v1';

export type LoadResult = {
  slides: Slide[];
  problem: null | 'corrupt' | 'unavailable';
  backupKey?: string;
};

export function loadSlides(storage: Storage | null): LoadResult {
  if (!storage) return { slides: [], problem: 'unavailable' };
  let raw: string | null;
  try {
    raw = storage.getItem(SLIDES_KEY);
  } catch {
    return { slides: [], problem: 'unavailable' };
  }
  if (raw === null) return { slides: [], problem: null };
  try {
    const parsed = slideFileSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return { slides: parsed.data.slides, problem: null };
  } catch {
    // fall through to the backup below
  }
  const backupKey = `${SLIDES_KEY}.unreadable-${Date.now()}`;
  try {
    storage.setItem(backupKey, raw);
    storage.removeItem(SLIDES_KEY);
  } catch {
    return { slides: [], problem: 'corrupt' };
  }
  return { slides: [], problem: 'corrupt', backupKey };
}

export function saveSlides(storage: Storage | null, slides: readonly Slide[]): boolean {
  if (!storage) return false;
  try {
    storage.setItem(
      SLIDES_KEY,
      JSON.stringify({ format: SLIDE_FILE_FORMAT, version: SLIDE_FILE_VERSION, slides }),
    );
    return true;
  } catch {
    return false;
  }
}

/** localStorage, or null where it is blocked (sandboxed iframes, some privacy modes). */
export function browserStorage(): Storage | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    return null;
  }
}
