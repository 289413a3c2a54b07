/**
 * Marks on picture elements as flat data flags (`ghost`, `apart`), styled in stylesheet.ts:
 * ghosts are the actors a "what if?" scenario takes out (faint, dashed), "apart" marks
 * undated collaborations. Every element gets both flags (true or false), so the scene diff
 * also clears a flag that is no longer wanted.
 */
import type { ElementDefinition } from 'cytoscape';

/** Element ids to flag; ids not among the elements are ignored. */
export interface ElementMarks {
  ghost: ReadonlySet<string>;
  apart: ReadonlySet<string>;
}

/** `elements` with `data.ghost` and `data.apart` set on each (new objects; input unchanged). */
export function markElements(
  elements: readonly ElementDefinition[],
  marks: ElementMarks,
): ElementDefinition[] {
  return elements.map((def) => {
    const id = def.data.id;
    if (!id || id.startsWith('label:')) return def;
    return {
      ...def,
      data: { ...def.data, ghost: marks.ghost.has(id), apart: marks.apart.has(id) },
    };
  });
}
