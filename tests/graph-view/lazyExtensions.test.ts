// @vitest-environment jsdom
/**
 * fcose and svg are not registered at start (setup.ts) and are registered exactly once on
 * first use (lazyExtensions.ts), on a headless cytoscape.
 */
import { describe, expect, it } from 'vitest';
import { ensureFcose, ensureSvg } from '../../src/graph-view/lazyExtensions';
import { cytoscape } from '../../src/graph-view/setup';

function graph() {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      { data: { id: 'a' }, position: { x: 0, y: 0 } },
      { data: { id: 'b' }, position: { x: 1, y: 0 } },
      { data: { id: 'c' }, position: { x: 2, y: 1 } },
      { data: { id: 'ab', source: 'a', target: 'b' } },
      { data: { id: 'bc', source: 'b', target: 'c' } },
    ],
  });
}

describe('lazy cytoscape extensions', () => {
  it('registers nothing at start', () => {
    const cy = graph();
    expect(() => cy.layout({ name: 'fcose' })).toThrow(/fcose/);
    expect((cy as unknown as { svg?: unknown }).svg).toBeUndefined();
  });

  it('registers fcose once on first use, and the layout then moves nodes', async () => {
    const first = ensureFcose();
    expect(ensureFcose()).toBe(first);
    await first;
    await ensureFcose();
    const cy = graph();
    const before = JSON.stringify(cy.nodes().map((n) => n.position()));
    cy.layout({ name: 'fcose', animate: false, randomize: false } as cytoscape.LayoutOptions).run();
    expect(JSON.stringify(cy.nodes().map((n) => n.position()))).not.toBe(before);
  });

  it('registers svg once on first use, and cy.svg() then exists', async () => {
    const first = ensureSvg();
    expect(ensureSvg()).toBe(first);
    await first;
    await ensureSvg();
    const cy = graph();
    expect(typeof cy.svg).toBe('function');
  });
});
