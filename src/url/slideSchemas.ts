/**
 * The zod schemas of slides, slide files and sequence links, and the readers that use them:
 * a slide file's text, stored slides and a `?slides=` link are checked here. Split from
 * url/slides.ts so zod is loaded only when one of these is read (after the first paint, or
 * at once in present mode), never for the first picture.
 */
// First: zod jitless before this module builds its schemas, whichever chunk it lands in.
import '../data/zodConfig';
import { z } from 'zod';
import type { Dataset } from '../data/dataset';
import {
  fromBase64Url,
  MAX_SLIDE_FILE_CHARS,
  MAX_SLIDES,
  SLIDE_FILE_FORMAT,
  SLIDE_FILE_VERSION,
  viewOfSlide,
  type ImportResult,
  type Slide,
  type SlideFile,
} from './slides';

const slideSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{4,40}$/),
  title: z.string().max(200),
  /** The view as a query string (see url/navState), without mode. */
  view: z.string().max(4000),
  /** Node positions when the slide was saved, so a slide looks exactly as it was made. */
  positions: z.record(z.string(), z.tuple([z.number(), z.number()])).optional(),
});

export const slideFileSchema = z.strictObject({
  format: z.literal(SLIDE_FILE_FORMAT),
  version: z.literal(SLIDE_FILE_VERSION),
  slides: z.array(slideSchema).max(MAX_SLIDES),
});

// The schemas and the zod-free types of url/slides.ts describe the same values.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameSlide: Same<z.infer<typeof slideSchema>, Slide> = true;
const sameFile: Same<z.infer<typeof slideFileSchema>, SlideFile> = true;
void sameSlide;
void sameFile;

/** The slides of a parsed stored or saved slide file, or null when it is off-schema. */
export function slidesOfFile(json: unknown): Slide[] | null {
  const parsed = slideFileSchema.safeParse(json);
  return parsed.success ? parsed.data.slides : null;
}

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

// Link form: base64url of JSON [[title, view], …] (positions are left out to keep links short).
const linkSchema = z
  .array(z.tuple([z.string().max(200), z.string().max(4000)]))
  .min(1)
  .max(50);

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
