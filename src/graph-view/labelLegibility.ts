/**
 * Legible labels on the live canvas: while something is selected, every label of the focused
 * part (the selection and its neighbourhood) is drawn at least `minPx` screen px high whatever
 * the zoom, and labels that would overlap a more important one are hidden (the selection
 * first, then by number of links). Applied in one cy.batch(); cheap enough to rerun after
 * every zoom or pan (tens of nodes). Reads boxes through cytoscape's public API only.
 */
import type { Core, NodeSingular } from 'cytoscape';

/** Smallest label size on screen, CSS px (the rule of slides, embeds and the app). */
export const MIN_LABEL_PX = 18;
/** Widest label on screen before it is cut with an ellipsis, CSS px. */
const MAX_LABEL_SCREEN_PX = 240;

export interface LabelBoxReport {
  id: string;
  text: string;
  /** Rendered (screen) box of the label, CSS px relative to the canvas. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Font size on screen, CSS px. */
  fontPx: number;
}

const overlaps = (a: LabelBoxReport, b: LabelBoxReport) =>
  a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Label box on screen (labels only, no node body). */
function labelBox(node: NodeSingular, fontPx: number): LabelBoxReport {
  const bb = node.renderedBoundingBox({
    includeNodes: false,
    includeEdges: false,
    includeLabels: true,
    includeOverlays: false,
  });
  return {
    id: node.id(),
    text: String(node.data('label') ?? ''),
    x1: bb.x1,
    y1: bb.y1,
    x2: bb.x2,
    y2: bb.y2,
    fontPx,
  };
}

/**
 * Enlarges the focused labels to at least `minPx` on screen and hides those that would
 * overlap a more important one. The focused part is the selection and its neighbourhood;
 * without a selection, a question's answer (`.q-emph`, its asked nodes `.q-strong` first),
 * so comparison, route and neighbourhood views are legible too. Returns the labels left
 * visible (for tests). With neither it removes what it set and returns [].
 */
export function applyLabelLegibility(cy: Core, minPx = MIN_LABEL_PX): LabelBoxReport[] {
  const zoom = cy.zoom();
  const selection = cy.nodes('.focus, .neighbour').not('.group-label');
  const focused = selection.empty() ? cy.nodes('.q-emph').not('.group-label') : selection;
  // The selection, or an answer's asked nodes, are the most important labels.
  const primary = (node: { hasClass: (name: string) => boolean }) =>
    node.hasClass('focus') || node.hasClass('q-strong');
  const shown: LabelBoxReport[] = [];
  const ranked = focused.sort(
    (a, b) =>
      Number(primary(b)) - Number(primary(a)) ||
      Number(b.data('links') ?? 0) - Number(a.data('links') ?? 0),
  );
  // First batch: the sizes. Label boxes are read after it ends, when the style is current.
  cy.batch(() => {
    cy.$('.legible, .label-dropped').removeClass('legible label-dropped');
    if (focused.empty() || zoom <= 0) return;
    ranked.forEach((node) => {
      // The stylesheet's own sizes for the selection (15) and its neighbours (11), in model
      // px; never read back from the style, which this function itself enlarges.
      const own = primary(node) ? 15 : 11;
      const wanted = (primary(node) ? minPx * 1.2 : minPx) / zoom;
      node.data('legibleFont', Math.round(Math.max(own, wanted) * 100) / 100);
      // Room for about 22 characters on screen before cytoscape's ellipsis.
      node.data('legibleWidth', Math.round(Math.max(260, MAX_LABEL_SCREEN_PX / zoom)));
      node.addClass('legible');
    });
  });
  if (focused.empty() || zoom <= 0) return shown;
  const dropped: NodeSingular[] = [];
  ranked.forEach((node) => {
    if (!node.data('label')) return;
    const fontPx = parseFloat(String(node.style('font-size'))) * zoom;
    const box = labelBox(node, fontPx);
    if (shown.some((s) => overlaps(s, box))) dropped.push(node);
    else shown.push(box);
  });
  cy.batch(() => dropped.forEach((node) => void node.addClass('label-dropped')));
  return shown;
}
