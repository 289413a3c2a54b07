import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  neighbourCount,
  neighbourInDirection,
  startNode,
} from '../../src/graph-view/keyboardNavigation';

/**
 * A hand-drawn star: c in the middle, e east, w west, n north (y up is negative), s south,
 * ne to the north-east but far; x is east too but not linked to c; a group label sits
 * right next to c and must never be reached.
 *
 *            n(0,-10)      ne(40,-30)
 *   w(-10,0)  c(0,0)  e(10,0)   x(20,0)
 *            s(0,10)
 */
function star() {
  const node = (id: string, x: number, y: number) => ({ data: { id }, position: { x, y } });
  return cytoscape({
    headless: true,
    layout: { name: 'preset' },
    elements: [
      node('c', 0, 0),
      node('e', 10, 0),
      node('w', -10, 0),
      node('n', 0, -10),
      node('s', 0, 10),
      node('ne', 40, -30),
      node('x', 20, 0),
      node('label:org:region', 1, 0),
      ...['e', 'w', 'n', 's', 'ne', 'label:org:region'].map((t) => ({
        data: { id: `c-${t}`, source: 'c', target: t },
      })),
      { data: { id: 'e-x', source: 'e', target: 'x' } },
    ],
  });
}

describe('keyboard navigation of the picture', () => {
  it('moves to the linked neighbour in the arrow direction', () => {
    const cy = star();
    expect(neighbourInDirection(cy, 'c', 'right')).toBe('e');
    expect(neighbourInDirection(cy, 'c', 'left')).toBe('w');
    expect(neighbourInDirection(cy, 'c', 'up')).toBe('n');
    expect(neighbourInDirection(cy, 'c', 'down')).toBe('s');
    // From e: x is right (linked), c is left; nothing lies up or down.
    expect(neighbourInDirection(cy, 'e', 'right')).toBe('x');
    expect(neighbourInDirection(cy, 'e', 'left')).toBe('c');
    expect(neighbourInDirection(cy, 'e', 'up')).toBeNull();
  });

  it('prefers a near neighbour slightly off the axis to a far one, and skips group labels', () => {
    const cy = star();
    // ne is at 36.9° from "right" and 53.1° from "up", both inside the cone, but e and n
    // are nearer; the group label at (1,0) is nearest of all and must be skipped.
    expect(neighbourInDirection(cy, 'c', 'right')).toBe('e');
    cy.getElementById('e').remove();
    expect(neighbourInDirection(cy, 'c', 'right')).toBe('ne');
  });

  it('starts at the selection, else at the best-connected node', () => {
    const cy = star();
    expect(startNode(cy, 's')).toBe('s');
    expect(startNode(cy, 'gone')).toBe('c');
    expect(startNode(cy, 'label:org:region')).toBe('c');
    expect(startNode(cytoscape({ headless: true }), null)).toBeNull();
    expect(neighbourCount(cy, 'c')).toBe(5);
    expect(neighbourCount(cy, 'x')).toBe(1);
  });
});
