/** applyLabelLegibility on headless cytoscape: the font size rule follows the zoom. */
import { describe, expect, it } from 'vitest';
import { applyFocus } from '../../src/graph-view/controllers';
import { applyEmphasis } from '../../src/graph-view/emphasis';
import { applyLabelLegibility } from '../../src/graph-view/labelLegibility';
import { STYLESHEET } from '../../src/graph-view/stylesheet';
import { tinyPicture } from '../fixtures/tinyPicture';

const headless = () => tinyPicture(STYLESHEET);

describe('applyLabelLegibility', () => {
  it('sizes focused labels to 18 screen px at any zoom and leaves the rest alone', () => {
    const cy = headless();
    applyFocus(cy, 'col:alfa', null);
    cy.zoom(0.5);
    applyLabelLegibility(cy, 18);
    const focused = cy.nodes('.neighbour');
    expect(focused.length).toBeGreaterThan(1);
    focused.forEach((n) => {
      expect(n.hasClass('legible')).toBe(true);
      // 18 screen px at zoom 0.5 = 36 model px (more when the label was bigger already).
      expect(Number(n.data('legibleFont'))).toBeGreaterThanOrEqual(36);
      expect(parseFloat(String(n.style('font-size')))).toBeGreaterThanOrEqual(36);
    });
    expect(cy.nodes('.faded.legible').length).toBe(0);
    cy.zoom(3);
    applyLabelLegibility(cy, 18);
    // At zoom 3 the own size (≥ 8 model px = 24 screen px) already passes: kept.
    focused.forEach((n) => expect(Number(n.data('legibleFont')) * 3).toBeGreaterThanOrEqual(18));
  });

  it('undoes itself when nothing is selected', () => {
    const cy = headless();
    applyFocus(cy, 'col:alfa', null);
    applyLabelLegibility(cy);
    applyFocus(cy, null, null);
    expect(applyLabelLegibility(cy)).toEqual([]);
    expect(cy.$('.legible, .label-dropped').length).toBe(0);
  });

  it("without a selection serves a question's answer, its asked nodes first", () => {
    const cy = headless();
    const ids = cy.nodes().map((n) => n.id());
    const [asked, other, outside] = [ids[0]!, ids[1]!, ids[2]!];
    applyEmphasis(cy, {
      strong: new Set([asked]),
      nodes: new Set([asked, other]),
      links: new Set(),
    });
    cy.zoom(0.5);
    applyLabelLegibility(cy, 18);
    expect(cy.getElementById(asked).hasClass('legible')).toBe(true);
    expect(cy.getElementById(other).hasClass('legible')).toBe(true);
    expect(cy.getElementById(outside).hasClass('legible')).toBe(false);
    // The asked node is primary: 1.2 × 18 screen px at zoom 0.5.
    expect(Number(cy.getElementById(asked).data('legibleFont'))).toBeGreaterThanOrEqual(43);
    expect(Number(cy.getElementById(other).data('legibleFont'))).toBeGreaterThanOrEqual(36);
    // A selection takes over from the answer.
    applyFocus(cy, 'col:alfa', null);
    applyLabelLegibility(cy, 18);
    expect(cy.nodes('.legible').length).toBeGreaterThan(0);
    expect(cy.nodes('.legible').not('.focus, .neighbour').length).toBe(0);
  });
});
