/**
 * Slides in localStorage. Invariant: nothing a user saved is ever lost by the app. A stored
 * list that cannot be read is moved aside to a backup key; when even the backup cannot be
 * written (storage full), the unreadable text is left where it is, returned to the caller
 * so it can be offered as a download, and `saveSlides` refuses to write over it until the
 * user has released it (`releaseUnreadable`). Writes that fail (quota, private mode) are
 * reported, never swallowed. Reads with the zod schema (url/slideSchemas), so the app
 * imports this module on demand (useSlides), not at start.
 */
import { SLIDE_FILE_FORMAT, SLIDE_FILE_VERSION, type Slide } from '../../url/slides';
import { slidesOfFile } from '../../url/slideSchemas';

export const SLIDES_KEY = 'samverkanskartan.slides.v1';

/**
 * What loading found:
 * - `corrupt`: unreadable, moved aside to `backupKey`;
 * - `corrupt-kept`: unreadable and the backup did not fit, so the text stays under
 *   SLIDES_KEY untouched and is returned in `raw` (offer it as a download);
 * - `unavailable`: no storage at all (sandboxed frame, privacy mode).
 */
export type LoadResult = {
  slides: Slide[];
  problem: null | 'corrupt' | 'corrupt-kept' | 'unavailable';
  backupKey?: string;
  raw?: string;
};

/** Reads the saved slides; never throws, never deletes anything it could not copy. */
export function loadSlides(storage: Storage | null, now: () => number = Date.now): LoadResult {
  if (!storage) return { slides: [], problem: 'unavailable' };
  let raw: string | null;
  try {
    raw = storage.getItem(SLIDES_KEY);
  } catch {
    return { slides: [], problem: 'unavailable' };
  }
  if (raw === null) return { slides: [], problem: null };
  const slides = readable(raw);
  if (slides) return { slides, problem: null };
  const backupKey = `${SLIDES_KEY}.unreadable-${now()}`;
  try {
    storage.setItem(backupKey, raw);
  } catch {
    return { slides: [], problem: 'corrupt-kept', raw };
  }
  // Only remove the original once the copy is verified to be there, byte for byte.
  let copied: boolean;
  try {
    copied = storage.getItem(backupKey) === raw;
  } catch {
    copied = false;
  }
  if (!copied) return { slides: [], problem: 'corrupt-kept', raw };
  try {
    storage.removeItem(SLIDES_KEY);
  } catch {
    // The original stays; the copy exists too. Nothing is lost either way.
  }
  return { slides: [], problem: 'corrupt', backupKey };
}

function readable(raw: string): Slide[] | null {
  try {
    return slidesOfFile(JSON.parse(raw));
  } catch {
    return null;
  }
}

/**
 * Why a save did not happen: `blocked` when unreadable slides still sit under SLIDES_KEY
 * (a save would overwrite them), `failed` when the storage refused the write.
 */
export type SaveResult = 'saved' | 'blocked' | 'failed';

/** Writes the slides unless that would overwrite an unreadable list not yet released. */
export function saveSlides(storage: Storage | null, slides: readonly Slide[]): SaveResult {
  if (!storage) return 'failed';
  try {
    const current = storage.getItem(SLIDES_KEY);
    if (current !== null && readable(current) === null) return 'blocked';
    storage.setItem(
      SLIDES_KEY,
      JSON.stringify({ format: SLIDE_FILE_FORMAT, version: SLIDE_FILE_VERSION, slides }),
    );
    return 'saved';
  } catch {
    return 'failed';
  }
}

/**
 * Removes the unreadable list under SLIDES_KEY, but only if it is still exactly `raw`
 * (the text the user downloaded or chose to discard). Returns whether it was removed.
 */
export function releaseUnreadable(storage: Storage | null, raw: string): boolean {
  if (!storage) return false;
  try {
    if (storage.getItem(SLIDES_KEY) !== raw) return false;
    storage.removeItem(SLIDES_KEY);
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
