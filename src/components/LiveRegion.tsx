/**
 * A visually hidden polite live region: screen readers announce `text` whenever it
 * changes. An identical repeated message is re-announced (a counter in a key remounts
 * the text node).
 */
export interface LiveRegionProps {
  text: string;
  /** Changes to re-announce the same text (e.g. a move counter). */
  announcement?: number;
}

/** Mount once near the control whose changes it announces. */
export function LiveRegion({ text, announcement = 0 }: LiveRegionProps) {
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      <span key={announcement}>{text}</span>
    </div>
  );
}
