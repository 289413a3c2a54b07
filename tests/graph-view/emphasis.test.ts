/** A question's answer in the picture (src/graph-view/emphasis.ts) on headless cytoscape. */
import { describe, expect, it } from 'vitest';
import { applyEmphasis } from '../../src/graph-view/emphasis';
import { tinyPicture } from '../fixtures/tinyPicture';

const headless = () => tinyPicture();

const answer = {
  nodes: new Set(['org:region-a', 'col:alfa']),
  strong: new Set(['org:region-a']),
  links: new Set(['e:org:region-a|col:alfa']),
};

describe('applyEmphasis', () => {
  it('marks the answer and dims the rest; null clears it', () => {
    const cy = headless();
    applyEmphasis(cy, answer);
    expect(cy.getElementById('org:region-a').classes().sort()).toEqual(['q-emph', 'q-strong']);
    expect(cy.getElementById('col:alfa').classes()).toEqual(['q-emph']);
    expect(cy.getElementById('e:org:region-a|col:alfa').classes()).toEqual(['q-link']);
    expect(cy.getElementById('org:uni-c').classes()).toEqual(['q-dim']);
    expect(cy.getElementById('e:org:uni-c|col:alfa').classes()).toEqual(['q-dim']);
    applyEmphasis(cy, null);
    expect(cy.$('.q-emph, .q-strong, .q-link, .q-dim').length).toBe(0);
  });

  it('applied again (after every scene and selection), restyles nothing', () => {
    const cy = headless();
    applyEmphasis(cy, answer);
    const restyled = new Set<string>();
    cy.on('style', (event) => restyled.add((event.target as { id: () => string }).id()));
    applyEmphasis(cy, answer);
    expect([...restyled]).toEqual([]);
    // Another answer: only the elements whose classes change.
    applyEmphasis(cy, { ...answer, strong: new Set(), nodes: new Set(['org:region-a']) });
    expect([...restyled].sort()).toEqual(['col:alfa', 'org:region-a']);
  });
});
