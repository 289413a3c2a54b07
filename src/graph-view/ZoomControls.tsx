/** Zoom in / out / fit buttons for the picture (the viewport is never driven by props). */
import type { Core } from 'cytoscape';

export function ZoomControls({
  cy,
  labels,
}: {
  cy: Core | null;
  labels: { in: string; out: string; fit: string };
}) {
  const zoomBy = (factor: number) => {
    if (!cy) return;
    const centre = { x: cy.width() / 2, y: cy.height() / 2 };
    cy.animate(
      { zoom: { level: cy.zoom() * factor, renderedPosition: centre } },
      { duration: 200 },
    );
  };
  return (
    <div className="zoom-controls">
      <button type="button" onClick={() => zoomBy(1.4)} aria-label={labels.in} title={labels.in}>
        +
      </button>
      <button
        type="button"
        onClick={() => zoomBy(1 / 1.4)}
        aria-label={labels.out}
        title={labels.out}
      >
        −
      </button>
      <button
        type="button"
        onClick={() =>
          cy?.animate({ fit: { eles: cy.elements(), padding: 40 } }, { duration: 300 })
        }
        aria-label={labels.fit}
        title={labels.fit}
      >
        ⤢
      </button>
    </div>
  );
}
