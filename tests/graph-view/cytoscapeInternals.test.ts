// cytoscapeInternals: what headless cytoscape has, that each hook is reported missing when its
// piece is absent (on a stand-in canvas renderer of the shape cytoscape 3.34 has), that the
// batched-style flush really applies a style change inside a batch, and that the layer build
// and texture warm-up drive the renderer's caches as intended. The real canvas renderer is
// checked in Chromium (tests/e2e/internals.spec.ts).
import { readFileSync } from 'node:fs';
import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  flushBatchedStyle,
  flushRenderedStyleQueue,
  INTERNAL_HOOKS,
  internalsStatus,
  keepTexturesInCanvasElements,
  recordedInternalsStatus,
  recordInternalsStatus,
  startLayerBuild,
  warmNodeTextures,
  type InternalHook,
} from '../../src/graph-view/cytoscapeInternals';
import { createSceneSync } from '../../src/graph-view/sceneSync';

const STYLE = [
  { selector: 'node', style: { width: 10 } },
  { selector: 'node.big', style: { width: 50 } },
];

function headless(ids: string[] = ['a', 'b']): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: STYLE,
    elements: ids.map((id) => ({ group: 'nodes' as const, data: { id } })),
  });
}

/** A stand-in for cytoscape's canvas renderer with the parts the hooks use, and a log. */
function standInRenderer(queued = 5) {
  const log = {
    flushes: 0,
    textures: [] as string[],
    layersFor: null as { eles: unknown[]; pxRatio: number } | null,
    dequeued: [] as number[],
  };
  const queue = Array.from({ length: queued }, (_, i) => i);
  const cache = (name: string) => ({
    getBoundingBox: () => ({ w: 1, h: 1 }),
    getElement: (ele: { id(): string }, _bb: unknown, pxRatio: number) =>
      log.textures.push(`${name}:${ele.id()}@${pxRatio}`),
  });
  const layers: Record<string, unknown> = {
    firstGet: true,
    skipping: true,
    lastInvalidationTime: 0,
    layersQueue: { size: () => queue.length },
    getLayers: (eles: unknown[], pxRatio: number) => (log.layersFor = { eles, pxRatio }),
    dequeue: (pxRatio: number) => log.dequeued.push(pxRatio, queue.shift() ?? -1),
  };
  const renderer: Record<string, unknown> = {
    notify: () => undefined,
    data: { eleTxrCache: cache('body'), lblTxrCache: cache('label'), lyrTxrCache: layers },
    flushRenderedStyleQueue: () => (log.flushes += 1),
    getPixelRatio: () => 2,
    getCachedZSortedEles: () => Object.assign(['e1', 'n1', 'n2'], { nondrag: ['n1', 'n2'] }),
    makeOffscreenCanvas: () => ({ offscreen: true }),
  };
  return { renderer, layers, log, queue };
}

/** A headless instance whose `renderer()` answers with `renderer`. */
function withRenderer(cy: Core, renderer: Record<string, unknown>): Core {
  (cy as unknown as { renderer: () => unknown }).renderer = () => renderer;
  return cy;
}

const missing = (cy: Core) =>
  Object.entries(internalsStatus(cy))
    .filter(([, found]) => !found)
    .map(([hook]) => hook)
    .sort();

describe('the cytoscape these hooks are written against', () => {
  it('is pinned in package.json to exactly the installed version', () => {
    const read = (path: string) =>
      JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as {
        version: string;
        dependencies: Record<string, string>;
      };
    const pinned = read('../../package.json').dependencies.cytoscape;
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pinned).toBe(read('../../node_modules/cytoscape/package.json').version);
    expect(pinned).toBe((cytoscape as unknown as { version: string }).version);
  });
});

describe('internalsStatus', () => {
  it('headless cytoscape has the core and element hooks but no canvas renderer', () => {
    expect(internalsStatus(headless())).toEqual({
      renderer: true,
      batchStyleEles: true,
      styleDirty: true,
      flushRenderedStyleQueue: false,
      pixelRatio: false,
      textureCaches: false,
      zSortedEles: false,
      layerCache: false,
      offscreenCanvas: false,
    });
    // styleDirty is read on an element: an empty instance cannot show it.
    expect(internalsStatus(headless([])).styleDirty).toBe(false);
  });

  it('reports every hook on a renderer of the expected shape, and exactly the one whose piece is gone', () => {
    expect(missing(withRenderer(headless(), standInRenderer().renderer))).toEqual([]);
    const removals: Array<[InternalHook, (r: Record<string, unknown>) => void]> = [
      ['flushRenderedStyleQueue', (r) => delete r.flushRenderedStyleQueue],
      ['pixelRatio', (r) => (r.getPixelRatio = 2)],
      ['textureCaches', (r) => delete (r.data as Record<string, unknown>).lblTxrCache],
      ['zSortedEles', (r) => delete r.getCachedZSortedEles],
      [
        'layerCache',
        (r) => delete (r.data as { lyrTxrCache: Record<string, unknown> }).lyrTxrCache.layersQueue,
      ],
      ['offscreenCanvas', (r) => delete r.makeOffscreenCanvas],
    ];
    // Every renderer hook is covered by one removal.
    expect(removals.map(([hook]) => hook).sort()).toEqual(
      INTERNAL_HOOKS.filter(
        (h) => !['renderer', 'batchStyleEles', 'styleDirty'].includes(h),
      ).sort(),
    );
    for (const [hook, remove] of removals) {
      const { renderer } = standInRenderer();
      remove(renderer);
      expect(missing(withRenderer(headless(), renderer))).toEqual([hook]);
    }
    // A layer cache whose flags changed type is not the one the build knows how to drive.
    const { renderer, layers } = standInRenderer();
    layers.lastInvalidationTime = 'now';
    expect(missing(withRenderer(headless(), renderer))).toEqual(['layerCache']);
  });

  it('is kept per instance and read back, without restyling any element', () => {
    const cy = headless();
    expect(recordedInternalsStatus(cy)).toBeNull();
    cy.elements().forEach((ele) => void ele.numericStyle('width'));
    let restyled = 0;
    cy.on('style', () => (restyled += 1));
    const status = recordInternalsStatus(cy);
    expect(recordedInternalsStatus(cy)).toEqual(status);
    expect(recordedInternalsStatus(headless())).toBeNull();
    // Setting the core's scratch would restyle every element (cytoscape 3.34).
    expect(restyled).toBe(0);
  });
});

describe('flushBatchedStyle', () => {
  it('applies a class change inside a batch, where cytoscape would defer it to endBatch', () => {
    const cy = headless();
    const a = cy.getElementById('a');
    const b = cy.getElementById('b');
    expect(a.numericStyle('width')).toBe(10);
    expect(b.numericStyle('width')).toBe(10);
    let styleEvents: string[] = [];
    cy.on('style', 'node', (event) => styleEvents.push((event.target as { id(): string }).id()));
    cy.startBatch();
    a.addClass('big');
    b.addClass('big');
    // Without the flush the style read inside the batch is stale.
    expect(a.numericStyle('width')).toBe(10);
    styleEvents = [];
    expect(flushBatchedStyle(cy, a)).toBe(true);
    expect(a.numericStyle('width')).toBe(50);
    expect(b.numericStyle('width')).toBe(10); // not asked for: still waits for endBatch
    expect(styleEvents).toEqual(['a']);
    // Nothing left to flush for a: a second call changes nothing.
    styleEvents = [];
    expect(flushBatchedStyle(cy, a)).toBe(true);
    expect(styleEvents).toEqual([]);
    cy.endBatch();
    expect(b.numericStyle('width')).toBe(50);
  });

  it('applies the style of elements added inside the batch (they have no style flag yet)', () => {
    const cy = headless();
    cy.startBatch();
    const added = cy.add([
      { group: 'nodes', data: { id: 'n1' }, classes: 'big' },
      { group: 'nodes', data: { id: 'n2' } },
      { group: 'edges', data: { id: 'n1n2', source: 'n1', target: 'n2' } },
    ]);
    const pending = (cy as unknown as { _private: { batchStyleEles: { length: number } } })._private
      .batchStyleEles;
    expect(pending.length).toBe(3);
    expect(flushBatchedStyle(cy, added)).toBe(true);
    // Nothing of them is left for endBatch, and their style is there inside the batch.
    expect(pending.length).toBe(0);
    expect(cy.getElementById('n1').numericStyle('width')).toBe(50);
    cy.endBatch();
    expect(cy.getElementById('n2').numericStyle('width')).toBe(10);
  });

  it('does nothing and says so when the core has no batch collection', () => {
    const eles = headless().nodes();
    expect(flushBatchedStyle({ _private: {} } as unknown as Core, eles)).toBe(false);
  });
});

describe('renderer hooks', () => {
  it('are no-ops that return false on headless cytoscape', () => {
    const cy = headless();
    expect(flushRenderedStyleQueue(cy)).toBe(false);
    expect(warmNodeTextures(cy, cy.nodes())).toBe(false);
    expect(startLayerBuild(cy)).toBeNull();
    expect(keepTexturesInCanvasElements(cy)).toBe(false);
  });

  it('warm the body and label bitmaps of each node at the pixel ratio', () => {
    const { renderer, log } = standInRenderer();
    const cy = withRenderer(headless(), renderer);
    expect(warmNodeTextures(cy, cy.nodes())).toBe(true);
    expect(log.textures).toEqual(['body:a@2', 'label:a@2', 'body:b@2', 'label:b@2']);
  });

  it('build the layer in the drawing order, in steps, and end the pause after changes', () => {
    const { renderer, layers, log, queue } = standInRenderer(5);
    const cy = withRenderer(headless(), renderer);
    const layer = startLayerBuild(cy);
    if (!layer) throw new Error('the stand-in has every hook');
    expect(log.layersFor).toEqual({ eles: ['n1', 'n2'], pxRatio: 2 });
    expect(layers.firstGet).toBe(false);
    expect(layers.skipping).toBe(false);
    expect(log.flushes).toBe(1);
    expect(layer.queued()).toBe(5);
    layer.drawNext(2);
    expect(log.dequeued).toEqual([2, 0, 2, 1]);
    layer.drawNext(0); // at least one
    expect(layer.queued()).toBe(2);
    layer.drawNext(10);
    expect(queue).toEqual([]);
    expect(layers.lastInvalidationTime).toBe(0);
    layer.finish();
    expect(layers.lastInvalidationTime).toBe(-Infinity);
    expect(log.flushes).toBe(2);
  });

  it('make the bitmap factory create canvas elements in the container document', () => {
    const { renderer } = standInRenderer();
    const cy = withRenderer(headless(), renderer);
    const made: string[] = [];
    const doc = { createElement: (tag: string) => (made.push(tag), { width: 0, height: 0 }) };
    (cy as unknown as { container: () => unknown }).container = () => ({ ownerDocument: doc });
    expect(keepTexturesInCanvasElements(cy)).toBe(true);
    const make = renderer.makeOffscreenCanvas as (w: number, h: number) => unknown;
    expect(make(30, 20)).toEqual({ width: 30, height: 20 });
    expect(made).toEqual(['canvas']);
  });
});

describe('sceneSync through the hooks', () => {
  it('a job on a canvas-like renderer warms every node and builds the layer to the end', async () => {
    const { renderer, layers, log, queue } = standInRenderer(40);
    const cy = withRenderer(headless([]), renderer);
    let resolve: () => void = () => undefined;
    const settled = new Promise<void>((r) => (resolve = r));
    const sync = createSceneSync(cy, () => resolve(), 0);
    const elements = ['x', 'y', 'z'].map((id) => ({ group: 'nodes' as const, data: { id } }));
    sync.update({ elements, positions: { x: { x: 0, y: 0 } }, animate: false });
    await settled;
    for (const id of ['x', 'y', 'z']) {
      expect(log.textures).toContain(`body:${id}@2`);
      expect(log.textures).toContain(`label:${id}@2`);
    }
    expect(queue).toEqual([]);
    expect(layers.lastInvalidationTime).toBe(-Infinity);
    sync.dispose();
  });
});
