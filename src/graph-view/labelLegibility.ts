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
 * overlap a more important one. Returns the labels left visible (for tests). Without a
 * selection it removes what it set and returns [].
 */
export function applyLabelLegibility(cy: Core, minPx = MIN_LABEL_PX): LabelBoxReport[] {
  const zoom = cy.zoom();
  const focused = cy.nodes('.focus, .neighbour').not('.group-label');
  const shown: LabelBoxReport[] = [];
  cy.batch(() => {
    cy.$('.legible, .label-dropped').removeClass('legible label-dropped');
    if (focused.empty() || zoom <= 0) return;
    const ranked = focused.sort(
      (a, b) =>
        Number(b.hasClass('focus')) - Number(a.hasClass('focus')) ||
        Number(b.data('links') ?? 0) - Number(a.data('links') ?? 0),
    );
    ranked.forEach((node) => {
      const base = parseFloat(String(node.style('font-size'))) || 11;
      const modelPx = Math.max(base, minPx / zoom);
      node.data('legibleFont', Math.round(modelPx * 100) / 100);
      node.addClass('legible');
    });
    ranked.forEach((node) => {
      if (!node.data('label')) return;
      const fontPx = Number(node.data('legibleFont')) * zoom;
      const box = labelBox(node, fontPx);
      if (shown.some((s) => overlaps(s, box))) node.addClass('label-dropped');
      else shown.push(box);
    });
  });
  return shown;
}
