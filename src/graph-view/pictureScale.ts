/**
 * Node and label sizes for a large picture (scalePolicy.ts: an imported network, or the
 * overview of one), in model units scaled to its layout. The bundled graph's sizes (14–64,
 * fonts 8–24) suit its few hundred nodes; drawn over a layout of thousands of nodes they
 * overlap each other and every name is drawn at the fitted zoom, a grey mat of text. Here
 * the nodes get at most about the room each has in the layout, and only the most important
 * ones (by the size measure) get a label large enough to be drawn when the picture is fitted;
 * the other labels are small in model units, so cytoscape's `min-zoomed-font-size` leaves
 * them out until the user zooms in on them. Pure: no cytoscape.
 */

export interface PictureScale {
  /** Node diameter for the largest / smallest value, model units. */
  maxSize: number;
  minSize: number;
  /** Font size of the labelled nodes (the first of them largest), model units. */
  labelFont: number;
  /** Font size of every other node, model units: drawn only once zoomed in. */
  minorFont: number;
  /**
   * Width of a single tie, model units: about 0.7 px on screen when fitted, like the
   * bundled graph's 1-unit ties at its fitted zoom (heavier ties are wider, as there).
   */
  tieWidth: number;
  /** The nodes labelled at the fitted zoom, most important first. */
  labelled: readonly string[];
}

/** Largest and smallest node of the bundled graph's mapping (elements.ts). */
const BUNDLED_MAX_SIZE = 64;
const BUNDLED_MIN_SIZE = 14;

/**
 * How many nodes are labelled at the fitted zoom: about the square root of the number
 * drawn, within 8..25 (a fitted picture has room for a few dozen names, not hundreds).
 */
export function labelledCount(nodes: number): number {
  return Math.max(Math.min(nodes, 8), Math.min(25, Math.round(0.65 * Math.sqrt(nodes))));
}

/**
 * The scale for a picture of `drawn` nodes out of `nodes` (id and size value) placed at
 * `positions`: the layout's extent is that of every placed node, the room of one node that
 * extent shared by `drawn`, and the labelled nodes the most important of `nodes`. Taken over
 * the whole graph rather than what an overview draws at the moment, it does not change when
 * a selection brings a few more nodes into the overview (which would restyle every node).
 * Ties in value are broken by id, so the labelled set does not depend on the order of `nodes`.
 */
export function pictureScale(
  nodes: readonly { id: string; value: number }[],
  positions: Readonly<Record<string, { x: number; y: number }>>,
  drawn: number = nodes.length,
): PictureScale {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  let placed = 0;
  for (const { id } of nodes) {
    const p = positions[id];
    if (!p) continue;
    placed += 1;
    x1 = Math.min(x1, p.x);
    x2 = Math.max(x2, p.x);
    y1 = Math.min(y1, p.y);
    y2 = Math.max(y2, p.y);
  }
  const width = placed > 0 ? Math.max(x2 - x1, 1) : 1000;
  const height = placed > 0 ? Math.max(y2 - y1, 1) : 1000;
  // The room of one node if the layout spread them evenly.
  const spacing = Math.sqrt((width * height) / Math.max(Math.min(drawn, placed), 1));
  const maxSize = Math.min(0.9 * spacing, BUNDLED_MAX_SIZE);
  const minSize = Math.min(0.3 * spacing, BUNDLED_MIN_SIZE);
  // About 11 px on screen when a picture of this extent is fitted into ~700 px of canvas,
  // the smallest the explorer gives it (1280×720); larger screens draw it larger.
  const extent = Math.max(width, height);
  const labelFont = extent / 60;
  const ranked = [...nodes].sort((a, b) => b.value - a.value || (a.id < b.id ? -1 : 1));
  return {
    maxSize,
    minSize,
    labelFont,
    // A fifth of it: cytoscape compares the font size with the zoom rounded up to a power
    // of two, so this stays under the 10 px from which labels are drawn
    // (stylesheet.ts, LARGE_MIN_LABEL_PX) at the fitted zoom of canvases up to ~1,500 px
    // wide; the names appear as the user zooms in on them.
    minorFont: labelFont / 5,
    tieWidth: labelFont / 16,
    labelled: ranked.slice(0, labelledCount(Math.min(drawn, nodes.length))).map((n) => n.id),
  };
}
