/**
 * Cleaning of imported text: every cell and attribute passes through `cleanText`, which
 * strips control and bidirectional-override characters, folds line breaks and tabs to
 * spaces and collapses whitespace. Markup stays literal text (the app never renders
 * imported text as HTML); formulas are text too and are never evaluated.
 */
import { foldText } from '../normalise';

// C0 controls except tab/line feed/carriage return, DEL, C1 controls, and the bidi
// embedding/override/isolate characters that can disguise a name.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export interface CleanText {
  text: string;
  /** True when control characters were removed. */
  stripped: boolean;
  /** True when the text was cut to the length limit. */
  truncated: boolean;
}

/**
 * Cleans one value: NFC, no control characters, single spaces, trimmed, at most
 * `maxLength` characters (default unlimited).
 */
export function cleanText(raw: string, maxLength = Infinity): CleanText {
  const withoutControls = raw.replace(CONTROL, '');
  const stripped = withoutControls.length !== raw.length;
  let text = withoutControls.normalize('NFC').replace(/\s+/g, ' ').trim();
  const truncated = text.length > maxLength;
  if (truncated) text = text.slice(0, maxLength).trimEnd();
  return { text, stripped, truncated };
}

/** A URL- and id-safe slug: lower-case ASCII letters, digits and '-', at most 60 long. */
export function slugify(text: string): string {
  return foldText(text).replace(/ /g, '-').slice(0, 60).replace(/-+$/g, '');
}
