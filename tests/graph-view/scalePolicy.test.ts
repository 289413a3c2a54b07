import { describe, expect, it } from 'vitest';
import {
  LARGE_SCENE_ELEMENTS,
  policyFor,
  renderPolicy,
  sceneSize,
} from '../../src/graph-view/scalePolicy';
import {
  LARGE_MIN_LABEL_PX,
  PRESENTATION_STYLESHEET,
  STYLESHEET,
  stylesheetFor,
} from '../../src/graph-view/stylesheet';

describe('sceneSize', () => {
  it('counts edges by group and the rest as nodes', () => {
    expect(
      sceneSize([{ group: 'nodes' }, { group: 'edges' }, { group: 'nodes' }, { group: 'edges' }]),
    ).toEqual({ nodes: 2, edges: 2 });
    expect(sceneSize([])).toEqual({ nodes: 0, edges: 0 });
  });
});

describe('renderPolicy', () => {
  it('keeps small pictures (the bundled graph, ~1,700 elements) exactly as before', () => {
    expect(renderPolicy({ nodes: 400, edges: 1300 })).toEqual({
      large: false,
      viewportTexture: false,
      layerBitmap: true,
      instanceKey: 'small',
    });
  });

  it('switches at the threshold of nodes + edges, not of either alone', () => {
    const below = renderPolicy({ nodes: 1000, edges: LARGE_SCENE_ELEMENTS - 1001 });
    const at = renderPolicy({ nodes: 1000, edges: LARGE_SCENE_ELEMENTS - 1000 });
    expect(below.large).toBe(false);
    expect(at).toEqual({
      large: true,
      viewportTexture: true,
      layerBitmap: false,
      instanceKey: 'large',
    });
    // A new instance exactly when the options read at creation differ.
    expect(below.instanceKey).not.toBe(at.instanceKey);
    expect(renderPolicy({ nodes: 10_000, edges: 50_000 }).instanceKey).toBe(at.instanceKey);
  });
});

describe('stylesheetFor', () => {
  const nodeRule = (sheet: ReturnType<typeof stylesheetFor>) => {
    const rule = (sheet as { selector: string; style: Record<string, unknown> }[]).find(
      (r) => r.selector === 'node',
    );
    if (!rule) throw new Error('no node rule');
    return rule.style;
  };

  it('small pictures get the stylesheets they always had (same identities)', () => {
    expect(stylesheetFor(false, false)).toBe(STYLESHEET);
    expect(stylesheetFor(true, false)).toBe(PRESENTATION_STYLESHEET);
  });

  it('large pictures draw labels only from a larger on-screen size, with stable identities', () => {
    expect(nodeRule(stylesheetFor(false, true))['min-zoomed-font-size']).toBe(LARGE_MIN_LABEL_PX);
    expect(nodeRule(stylesheetFor(true, true))['min-zoomed-font-size']).toBe(LARGE_MIN_LABEL_PX);
    expect(nodeRule(STYLESHEET)['min-zoomed-font-size']).toBeLessThan(LARGE_MIN_LABEL_PX);
    expect(stylesheetFor(false, true)).toBe(stylesheetFor(false, true));
  });
});

describe('policyFor', () => {
  it('draws an overview of a large graph as a large picture, and anything else by its own size', () => {
    const cut = { nodes: 1500, edges: 2658 };
    expect(policyFor(cut).large).toBe(false);
    expect(policyFor(cut, { nodes: 10_000, edges: 50_000 })).toEqual(
      renderPolicy({ nodes: 10_000, edges: 50_000 }),
    );
    expect(policyFor(cut, { nodes: 10_000, edges: 50_000 }).large).toBe(true);
    // A smaller or empty "whole" (nothing cut) does not change the drawn picture's policy.
    expect(policyFor(cut, { nodes: 0, edges: 0 })).toEqual(policyFor(cut));
    expect(policyFor({ nodes: 8000, edges: 0 }, { nodes: 10, edges: 0 }).large).toBe(true);
  });
});
