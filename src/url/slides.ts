/**
 * Saved views ("slides") for presentations: the schema of a slide and of a slide file,
 * validation against the current dataset, and the compact link form of a sequence.
 * Pure: storage and UI live in features/present. A slide's view is a navState query
 * string, so a slide means exactly what its link would mean.
 */
// First: zod jitless before this module builds its schemas, whichever chunk it lands in.
import '../data/zodConfig';
import { z } from 'zod';
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

const slideSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{4,40}$/),
  title: z.string().max(200),
  /** The view as a query string (see url/navState), without mode. */
  view: z.string().max(4000),
  /** Node positions when the slide was saved, so a slide looks exactly as it was made. */
  positions: z.record(z.string(), z.tuple([z.number(), z.number()])).optional(),
});
export type Slide = z.infer<typeof slideSchema>;

export const slideFileSchema = z.strictObject({
  format: z.literal(SLIDE_FILE_FORMAT),
  version: z.literal(SLIDE_FILE_VERSION),
  slides: z.array(slideSchema).max(MAX_SLIDES),
});
export type SlideFile = z.infer<typeof slideFileSchema>;

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

/**
 * Validates a slide file's text against the schema and the current dataset. Refuses the
 * whole file (with a reason naming the slide) rather than importing part of it: text
 * longer than MAX_SLIDE_FILE_CHARS (`too-large`), not JSON, off-schema, or a slide whose
 * view names unknown ids. Positions are kept only for nodes of `data`; the others are
 * counted in `droppedPositions`, so a file of invented keys cannot fill the storage.
 */
export function parseSlideFile(text: string, data: Dataset): ImportResult {
  if (text.length > MAX_SLIDE_FILE_CHARS) return { ok: false, reason: 'too-large' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  const result = slideFileSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    return {
      ok: false,
      reason: `schema: ${issue ? `${issue.path.join('.')} ${issue.message}` : ''}`.trim(),
    };
  }
  for (const [index, slide] of result.data.slides.entries()) {
    const { problems } = viewOfSlide(slide, data, 'explore');
    if (problems.length > 0) {
      return {
        ok: false,
        reason: `slide ${index + 1} (${slide.title || slide.id}): ${problems.join(', ')}`,
      };
    }
  }
  let droppedPositions = 0;
  const slides = result.data.slides.map((slide) => {
    if (!slide.positions) return slide;
    const kept: NonNullable<Slide['positions']> = {};
    for (const [id, point] of Object.entries(slide.positions)) {
      if (data.nodeById.has(id)) kept[id] = point;
      else droppedPositions += 1;
    }
    return { ...slide, positions: kept };
  });
  return { ok: true, slides, droppedPositions };
}

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
const linkSchema = z
  .array(z.tuple([z.string().max(200), z.string().max(4000)]))
  .min(1)
  .max(50);

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function encodeSlideSequence(slides: readonly Slide[]): string {
  return toBase64Url(JSON.stringify(slides.map((s) => [s.title, s.view])));
}

export function decodeSlideSequence(param: string, data: Dataset): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(fromBase64Url(param));
  } catch {
    return { ok: false, reason: 'not-a-sequence' };
  }
  const parsed = linkSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: 'not-a-sequence' };
  const slides = parsed.data.map(([title, view], i) => ({ id: `link-${i + 1}`, title, view }));
  for (const [index, slide] of slides.entries()) {
    const { problems } = viewOfSlide(slide, data, 'present');
    if (problems.length > 0)
      return { ok: false, reason: `slide ${index + 1}: ${problems.join(', ')}` };
  }
  return { ok: true, slides, droppedPositions: 0 };
}
