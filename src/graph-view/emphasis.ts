/**
 * The picture's answer to a question: emphasised nodes and links stand out (the strongest
 * ones bordered), the rest fades. Separate from the selection focus (controllers.ts) so the
 * two can be on at once; classes `q-emph`, `q-strong`, `q-link`, `q-dim`, styled in
 * stylesheet.ts. Each call runs in one cy.batch().
 */
import type { Core } from 'cytoscape';
import { setClass } from './controllers';

export interface EmphasisSets {
  nodes: ReadonlySet<string>;
  strong: ReadonlySet<string>;
  links: ReadonlySet<string>;
}

/** Applies `emphasis` (null clears it). */
export function applyEmphasis(cy: Core, emphasis: EmphasisSets | null): void {
  // Only the elements whose classes change are touched (setClass): this runs again after
  // every scene and selection, and re-adding `q-dim` restyled the whole picture each time.
  cy.batch(() => {
    let emph = cy.collection();
    let strong = cy.collection();
    let link = cy.collection();
    let dim = cy.collection();
    if (emphasis) {
      const nodes = cy.nodes().not('.group-label');
      emph = nodes.filter(
        (node) => emphasis.nodes.has(node.id()) || emphasis.strong.has(node.id()),
      );
      strong = nodes.filter((node) => emphasis.strong.has(node.id()));
      link = cy.edges().filter((edge) => emphasis.links.has(edge.id()));
      dim = nodes.not(emph).union(cy.edges().not(link));
    }
    setClass(cy, 'q-emph', emph);
    setClass(cy, 'q-strong', strong);
    setClass(cy, 'q-link', link);
    setClass(cy, 'q-dim', dim);
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
