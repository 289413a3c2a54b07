import { describe, expect, it } from 'vitest';
import {
  isRendererName,
  LARGE_SCENE_ELEMENTS,
  LARGE_SCENE_RENDERER,
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
    const policy = renderPolicy({ nodes: 400, edges: 1300 });
    expect(policy).toEqual({
      large: false,
      renderer: 'canvas',
      viewportTexture: false,
      layerBitmap: true,
      instanceKey: 'canvas',
    });
  });

  it('switches at the threshold of nodes + edges, not of either alone', () => {
    const below = renderPolicy({ nodes: 1000, edges: LARGE_SCENE_ELEMENTS - 1001 });
    const at = renderPolicy({ nodes: 1000, edges: LARGE_SCENE_ELEMENTS - 1000 });
    expect(below.large).toBe(false);
    expect(at.large).toBe(true);
    expect(at.layerBitmap).toBe(false);
    expect(at.renderer).toBe(LARGE_SCENE_RENDERER);
  });

  it('an override forces the renderer; the size still decides the rest', () => {
    const big = { nodes: 10_000, edges: 50_000 };
    const canvas = renderPolicy(big, 'canvas');
    expect(canvas).toMatchObject({ renderer: 'canvas', large: true, viewportTexture: true });
    expect(canvas.instanceKey).toBe('canvas+texture');
    const webgl = renderPolicy(big, 'webgl');
    // The viewport bitmap is a canvas-renderer option.
    expect(webgl).toMatchObject({ renderer: 'webgl', viewportTexture: false, layerBitmap: false });
    expect(renderPolicy({ nodes: 5, edges: 4 }, 'webgl')).toMatchObject({
      renderer: 'webgl',
      large: false,
      layerBitmap: true,
    });
    // A new instance is needed exactly when the renderer or its options differ.
    expect(
      new Set([canvas, webgl, renderPolicy({ nodes: 5, edges: 4 })].map((p) => p.instanceKey)).size,
    ).toBe(3);
  });

  it('accepts only known renderer names from outside', () => {
    expect(isRendererName('webgl')).toBe(true);
    expect(isRendererName('canvas')).toBe(true);
    expect(isRendererName('svg')).toBe(false);
    expect(isRendererName(undefined)).toBe(false);
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
