/**
 * Keeps a notice readable however much it reports: a list of parts is cut to the first
 * few plus "and N more", and a whole text to a character budget. Pure.
 */
import type { Translate } from '../../i18n';

/** How many parts a notice lists before "and N more". */
export const MAX_NOTICE_PARTS = 10;
/** Longest notice text shown, in characters; longer text is cut with an ellipsis. */
export const MAX_NOTICE_CHARS = 600;

/**
 * Joins `parts` with ", ", listing at most `max` (default MAX_NOTICE_PARTS) and then
 * "and N more" in the language of `t`. An empty list gives "".
 */
export function summariseList(
  parts: readonly string[],
  t: Translate,
  max: number = MAX_NOTICE_PARTS,
): string {
  if (parts.length <= max) return parts.join(', ');
  const rest = parts.length - max;
  return `${parts.slice(0, max).join(', ')} ${t('trust.andMore', { count: rest })}`;
}

/** Cuts `text` to at most `max` characters (default MAX_NOTICE_CHARS), ending in "…". */
export function clampNotice(text: string, max: number = MAX_NOTICE_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
