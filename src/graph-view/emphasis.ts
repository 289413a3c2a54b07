/**
 * The picture's answer to a question: emphasised nodes and links stand out (the strongest
 * ones bordered), the rest fades. Separate from the selection focus (controllers.ts) so the
 * two can be on at once; classes `q-emph`, `q-strong`, `q-link`, `q-dim`, styled in
 * stylesheet.ts. Each call runs in one cy.batch().
 */
import type { Core } from 'cytoscape';

export interface EmphasisSets {
  nodes: ReadonlySet<string>;
  strong: ReadonlySet<string>;
  links: ReadonlySet<string>;
}

const CLASSES = 'q-emph q-strong q-link q-dim';

/** Applies `emphasis` (null clears it). */
export function applyEmphasis(cy: Core, emphasis: EmphasisSets | null): void {
  cy.batch(() => {
    cy.$('.q-emph, .q-strong, .q-link, .q-dim').removeClass(CLASSES);
    if (!emphasis) return;
    cy.nodes().forEach((node) => {
      if (node.hasClass('group-label')) return;
      const id = node.id();
      if (emphasis.strong.has(id)) node.addClass('q-emph q-strong');
      else if (emphasis.nodes.has(id)) node.addClass('q-emph');
      else node.addClass('q-dim');
    });
    cy.edges().forEach((edge) => {
      if (emphasis.links.has(edge.id())) edge.addClass('q-link');
      else edge.addClass('q-dim');
    });
  });
}

/** Fits the emphasised nodes into view (animated), when there are any drawn. */
export function fitEmphasis(cy: Core, emphasis: EmphasisSets | null): void {
  if (!emphasis) return;
  const nodes = cy.nodes().filter((n) => emphasis.nodes.has(n.id()));
  if (nodes.empty()) return;
  cy.stop();
  cy.animate({ fit: { eles: nodes, padding: 50 } }, { duration: 400 });
}
