/**
 * Saved views ("slides") for presentations: the slide and slide-file types, the current
 * view as a slide and a slide as a view, checks against the current dataset, merging and
 * the compact link form of a sequence. Pure and zod-free, so the start of the app does not
 * load zod: reading a slide file or a link (the schemas) lives in url/slideSchemas.ts,
 * loaded when a slide file, stored slides or a sequence link is read. A slide's view is a
 * navState query string, so a slide means exactly what its link would mean.
 */
import type { Dataset } from '../data/dataset';
import { cleanNavState, parseNavState, serializeNavState, type NavState } from './navState';

export const SLIDE_FILE_FORMAT = 'samverkanskartan-slides';
export const SLIDE_FILE_VERSION = 1;
/** Saved slides per browser; a guard against runaway storage. */
export const MAX_SLIDES = 200;
/**
 * Largest slide file read, in characters (UTF-16 code units; ≈ bytes for this JSON).
 * 200 slides with positions for every node of the real data stay far below it.
 */
export const MAX_SLIDE_FILE_CHARS = 2_000_000;

/** One saved view. url/slideSchemas.ts checks its schema against this type at compile time. */
export interface Slide {
  /** `[a-z0-9-]{4,40}`. */
  id: string;
  /** At most 200 characters. */
  title: string;
  /** The view as a query string (see url/navState), without mode; at most 4000 characters. */
  view: string;
  /** Node positions when the slide was saved, so a slide looks exactly as it was made. */
  positions?: Record<string, [number, number]> | undefined;
}

/** A slide file (`slideFileText`), at most MAX_SLIDES slides. */
export interface SlideFile {
  format: typeof SLIDE_FILE_FORMAT;
  version: typeof SLIDE_FILE_VERSION;
  slides: Slide[];
}

export function newSlideId(random: () => number = Math.random): string {
  return `s-${Math.floor(random() * 36 ** 8)
    .toString(36)
    .padStart(8, '0')}`;
}

/** A slide of the current view; the mode is not part of a slide. */
export function slideFromView(
  nav: NavState,
  title: string,
  positions?: Slide['positions'],
  id = newSlideId(),
): Slide {
  return {
    id,
    title: title.trim().slice(0, 200),
    view: serializeNavState({ ...nav, mode: 'explore', title: '', sequence: '', slide: 0 }),
    ...(positions ? { positions } : {}),
  };
}

/** The view a slide opens, in the given mode, or the problems that stop it. */
export function viewOfSlide(
  slide: Slide,
  data: Dataset,
  mode: NavState['mode'],
): { state: NavState; problems: string[] } {
  const parsed = parseNavState(slide.view);
  const cleaned = cleanNavState(parsed.state, data);
  return {
    state: { ...cleaned.state, mode, title: slide.title, sequence: '', slide: 0 },
    problems: [...parsed.ignored, ...cleaned.ignored],
  };
}

export type ImportResult =
  | {
      ok: true;
      slides: Slide[];
      /** Position entries left out because they name no node of the current dataset. */
      droppedPositions: number;
    }
  | { ok: false; reason: string };

/** A saved slide whose view no longer fits the dataset: its 0-based index and the parts. */
export interface SlideProblem {
  index: number;
  title: string;
  problems: string[];
}

/** The saved slides whose views name ids or values the current dataset does not have. */
export function slideProblems(slides: readonly Slide[], data: Dataset): SlideProblem[] {
  const found: SlideProblem[] = [];
  for (const [index, slide] of slides.entries()) {
    const { problems } = viewOfSlide(slide, data, 'explore');
    if (problems.length > 0) found.push({ index, title: slide.title, problems });
  }
  return found;
}

export function slideFileText(slides: readonly Slide[]): string {
  const file: SlideFile = {
    format: SLIDE_FILE_FORMAT,
    version: SLIDE_FILE_VERSION,
    slides: [...slides],
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Imported slides get fresh ids where they clash with saved ones, so an import never
 * overwrites a saved slide; they are appended after the saved ones, up to MAX_SLIDES.
 * `kept` is how many of `imported` made it in (the notice reports this, not the file's
 * count); `left` how many did not fit.
 */
export function mergeImported(
  saved: readonly Slide[],
  imported: readonly Slide[],
  random?: () => number,
): { slides: Slide[]; kept: number; left: number } {
  const ids = new Set(saved.map((s) => s.id));
  const fresh = imported.map((s) => {
    let id = s.id;
    while (ids.has(id)) id = newSlideId(random);
    ids.add(id);
    return { ...s, id };
  });
  const room = Math.max(0, MAX_SLIDES - saved.length);
  const kept = Math.min(room, fresh.length);
  return { slides: [...saved, ...fresh.slice(0, kept)], kept, left: fresh.length - kept };
}

// Link form: base64url of JSON [[title, view], …] (positions are left out to keep links short).
function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Inverse of the link encoding; throws on text that is not base64url. */
export function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function encodeSlideSequence(slides: readonly Slide[]): string {
  return toBase64Url(JSON.stringify(slides.map((s) => [s.title, s.view])));
}
