import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { applyFilters, DEFAULT_FILTERS } from '../../src/domain/filters';
import { buildViewGraph } from '../../src/domain/viewGraph';
import { applyFocus, applyPositions, fallbackPosition } from '../../src/graph-view/controllers';
import { buildElements } from '../../src/graph-view/elements';
import { tinyDataset } from '../fixtures/tinyDataset';

function headless() {
  const data = tinyDataset();
  const graph = buildViewGraph(applyFilters(data, DEFAULT_FILTERS), 'affiliation');
  const elements = buildElements(data, graph, {
    sizeValues: new Map(graph.nodes.map((n) => [n.id, n.links])),
  });
  return cytoscape({ headless: true, elements, styleEnabled: true });
}

describe('graph-view controllers on headless cytoscape', () => {
  it('builds elements with stable prefixed ids and role data', () => {
    const cy = headless();
    expect(
      cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual(['col:alfa', 'col:beta', 'col:gamma', 'org:kommun-b', 'org:region-a', 'org:uni-c']);
    expect(cy.getElementById('e:org:region-a|col:alfa').data('leading')).toBe(1);
    expect(cy.getElementById('e:org:region-a|col:gamma').data('implied')).toBe(1);
    expect(cy.getElementById('org:region-a').data('size')).toBeGreaterThan(
      cy.getElementById('org:kommun-b').data('size') as number,
    );
  });

  it('focuses a node: it, its neighbours and their links stand out, the rest fades', () => {
    const cy = headless();
    applyFocus(cy, 'col:beta', null);
    expect(cy.getElementById('col:beta').hasClass('focus')).toBe(true);
    expect(cy.getElementById('org:region-a').hasClass('neighbour')).toBe(true);
    expect(cy.getElementById('org:uni-c').hasClass('faded')).toBe(true);
    expect(cy.getElementById('e:org:uni-c|col:alfa').hasClass('faded')).toBe(true);
    applyFocus(cy, null, 'org:uni-c');
    expect(cy.$('.faded').length).toBe(0);
    expect(cy.getElementById('org:uni-c').hasClass('hovered')).toBe(true);
  });

  it('applies preset positions, placing unknown nodes beside their neighbours', () => {
    const cy = headless();
    applyPositions(cy, { 'org:region-a': { x: 100, y: 50 }, 'col:alfa': { x: 0, y: 0 } }, false);
    expect(cy.getElementById('org:region-a').position()).toEqual({ x: 100, y: 50 });
    const placed = fallbackPosition(cy.getElementById('col:beta'), {
      'org:region-a': { x: 100, y: 50 },
    });
    expect(placed.x).toBeGreaterThan(90);
  });
});
