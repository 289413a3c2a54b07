/**
 * The one escaper for text written into XML and HTML (GEXF, GraphML, SVG, the standalone
 * page, the iframe snippet). Output is safe in element text and in single- or double-quoted
 * attribute values, and holds only characters XML 1.0 allows, so a label with a control
 * character or a lone surrogate can never make a file malformed. Pure.
 */

/** Characters XML 1.0 forbids (C0 controls except TAB/LF/CR, U+FFFE, U+FFFF): dropped. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** A surrogate half without its partner: not a character, so replaced by U+FFFD. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // Written as references so attribute-value normalisation cannot turn them into spaces.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * Only the characters XML 1.0 allows: forbidden controls dropped, lone surrogates replaced
 * by U+FFFD. Everything else (including TAB, LF, CR and astral characters) is kept.
 */
export function xmlChars(text: string): string {
  return text.replace(FORBIDDEN, '').replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * `text` escaped for XML or HTML element content and quoted attribute values: `& < > " '`
 * as entities, TAB/LF/CR as character references (so attribute values keep them), and
 * characters XML 1.0 forbids removed (see `xmlChars`). Never throws.
 */
export function escapeMarkup(text: string): string {
  return xmlChars(text).replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c] ?? c);
}
