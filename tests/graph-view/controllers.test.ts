import { describe, expect, it, vi } from 'vitest';
import { applyFilters, DEFAULT_FILTERS } from '../../src/domain/filters';
import { buildViewGraph } from '../../src/domain/viewGraph';
import {
  applyFocus,
  centreOn,
  fallbackPosition,
  fitViewport,
} from '../../src/graph-view/controllers';
import { buildElements } from '../../src/graph-view/elements';
import { tinyDataset } from '../fixtures/tinyDataset';
import { tinyPicture } from '../fixtures/tinyPicture';

const headless = () => tinyPicture();

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

  it('touches only elements whose classes change: a hover under a selection restyles one', () => {
    const cy = headless();
    applyFocus(cy, 'col:beta', null);
    const classesBefore = cy.elements().map((e) => `${e.id()}:${e.classes().join(',')}`);
    // cytoscape emits 'style' on every element addClass/removeClass is called on.
    const restyled = new Set<string>();
    cy.on('style', (event) => restyled.add((event.target as { id: () => string }).id()));
    applyFocus(cy, 'col:beta', 'org:uni-c');
    expect([...restyled]).toEqual(['org:uni-c']);
    restyled.clear();
    applyFocus(cy, 'col:beta', null);
    expect([...restyled]).toEqual(['org:uni-c']);
    expect(cy.elements().map((e) => `${e.id()}:${e.classes().join(',')}`)).toEqual(classesBefore);
    // Another selection: only what changes between the two neighbourhoods.
    restyled.clear();
    applyFocus(cy, 'col:alfa', null);
    expect(restyled.size).toBeGreaterThan(0);
    expect(restyled.size).toBeLessThan(cy.elements().length);
  });

  it('centres a selection below a notice over the top of the canvas (insetTop)', () => {
    const cy = headless();
    Object.defineProperty(cy, 'width', { value: () => 800 });
    Object.defineProperty(cy, 'height', { value: () => 600 });
    cy.nodes().forEach((n, i) => {
      n.position({ x: i * 100, y: i * 50 });
    });
    // The animation's target (headless cytoscape runs no animation frames).
    const animate = vi.spyOn(cy, 'animate');
    centreOn(cy, 'col:beta', 120);
    const target = animate.mock.calls[0]?.[0] as { zoom: number; pan: { x: number; y: number } };
    const area = cy.getElementById('col:beta').closedNeighborhood().boundingBox();
    const { zoom, pan } = target;
    expect(zoom * ((area.x1 + area.x2) / 2) + pan.x).toBeCloseTo(400, 0);
    // Centred in the 480 px under the notice, not in the whole 600.
    expect(zoom * ((area.y1 + area.y2) / 2) + pan.y).toBeCloseTo(360, 0);
  });

  it('places a node without a position beside its placed neighbours', () => {
    const cy = headless();
    const placed = fallbackPosition(cy.getElementById('col:beta'), {
      'org:region-a': { x: 100, y: 50 },
    });
    expect(placed.x).toBeGreaterThan(90);
    expect(fallbackPosition(cy.getElementById('col:beta'), {})).toEqual({ x: 0, y: 0 });
  });

  it('fits the viewport from target positions without asking cytoscape for bounding boxes', () => {
    const cy = headless();
    // Headless cy has no size; give it one.
    Object.assign(cy, { width: () => 800, height: () => 600 });
    const positions = Object.fromEntries(
      cy.nodes().map((n, i) => [n.id(), { x: i * 100, y: i * 50 }] as const),
    );
    const { zoom, pan } = fitViewport(cy, positions, 40);
    expect(zoom).toBeGreaterThan(0);
    // The picture's centre lands on the canvas centre.
    const xs = Object.values(positions).map((p) => p.x);
    const centreX = (Math.min(...xs) + Math.max(...xs)) / 2;
    expect(Math.abs(zoom * centreX + pan.x - 400)).toBeLessThan(zoom * 200);
    // Every node centre is inside the canvas.
    for (const p of Object.values(positions)) {
      expect(zoom * p.x + pan.x).toBeGreaterThan(0);
      expect(zoom * p.x + pan.x).toBeLessThan(800);
      expect(zoom * p.y + pan.y).toBeGreaterThan(0);
      expect(zoom * p.y + pan.y).toBeLessThan(600);
    }
  });

  it('leaves a notice over the top out of the fit (insetTop)', () => {
    const cy = headless();
    Object.defineProperty(cy, 'width', { value: () => 800 });
    Object.defineProperty(cy, 'height', { value: () => 600 });
    const positions = Object.fromEntries(
      cy.nodes().map((n, i) => [n.id(), { x: i * 100, y: i * 50 }] as const),
    );
    const plain = fitViewport(cy, positions, 40);
    const inset = fitViewport(cy, positions, 40, 120);
    // Every node centre lands below the notice (120 px), inside the canvas.
    for (const p of Object.values(positions)) {
      expect(inset.zoom * p.y + inset.pan.y).toBeGreaterThan(120);
      expect(inset.zoom * p.y + inset.pan.y).toBeLessThan(600);
    }
    expect(inset.zoom).toBeLessThanOrEqual(plain.zoom);
  });

  it('sizes a large picture by its scale: the labelled nodes large, the rest small', () => {
    const data = tinyDataset();
    const graph = buildViewGraph(applyFilters(data, DEFAULT_FILTERS), 'affiliation');
    const scale = {
      maxSize: 6,
      minSize: 2,
      labelFont: 20,
      minorFont: 4,
      tieWidth: 0.5,
      labelled: ['org:region-a'],
    };
    const elements = buildElements(data, graph, {
      sizeValues: new Map(graph.nodes.map((n) => [n.id, n.links])),
      scale,
    });
    const nodes = elements.filter((e) => e.group === 'nodes');
    for (const node of nodes) {
      expect(node.data['size']).toBeLessThanOrEqual(6);
      expect(node.data['size']).toBeGreaterThanOrEqual(2);
    }
    const region = nodes.find((n) => n.data.id === 'org:region-a');
    expect(region?.data['fontSize']).toBeGreaterThanOrEqual(20);
    expect(region?.data['labelled']).toBe(1);
    for (const node of nodes.filter((n) => n.data.id !== 'org:region-a')) {
      expect(node.data['fontSize']).toBe(4);
      expect(node.data['labelled']).toBeUndefined();
    }
  });
});
