/** Zoom in / out / fit buttons for the picture (the viewport is never driven by props). */
import type { Core } from 'cytoscape';
import { fitAnimated } from './controllers';

export function ZoomControls({
  cy,
  labels,
  insetTop = 0,
}: {
  cy: Core | null;
  labels: { in: string; out: string; fit: string };
  /** Height (px) of a notice over the top of the picture, left out of the fit. */
  insetTop?: number;
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
        onClick={() => {
          if (cy) fitAnimated(cy, insetTop);
        }}
        aria-label={labels.fit}
        title={labels.fit}
      >
        ⤢
      </button>
    </div>
  );
}
