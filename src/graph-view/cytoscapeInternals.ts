/**
 * The one place that touches cytoscape's private state — core and element `_private`, the
 * canvas renderer, its texture and layer caches — for sceneSync's speed-ups. Written against
 * cytoscape 3.34.4, pinned exactly in package.json. Every hook is feature-checked where it
 * is used and does nothing when missing (cytoscape then does the same work itself, later and
 * in one go); `internalsStatus` reports which hooks were found, and a browser test
 * (tests/e2e/internals.spec.ts) fails when any is missing, so an upgrade cannot slow the
 * picture down silently.
 */
import type { CollectionReturnValue, Core, NodeCollection } from 'cytoscape';

/**
 * The private hooks, by name:
 * - `renderer`: `cy.renderer()`, the renderer instance (headless: a null renderer).
 * - `batchStyleEles`: the core's collection of elements whose style update waits for
 *   `endBatch` (`cy._private.batchStyleEles`).
 * - `styleDirty`: an element's "style must be recomputed on next read" flag
 *   (`ele._private.styleDirty`).
 * - `flushRenderedStyleQueue`: the canvas renderer's step that computes style and rendered
 *   geometry of the elements changed since the last frame.
 * - `pixelRatio`: the canvas renderer's `getPixelRatio()`.
 * - `textureCaches`: the node body and label bitmap caches (`renderer.data.eleTxrCache`,
 *   `lblTxrCache`: `getBoundingBox`, `getElement`).
 * - `zSortedEles`: the renderer's drawing order (`getCachedZSortedEles`).
 * - `layerCache`: the layered bitmap of the whole picture (`renderer.data.lyrTxrCache`:
 *   `getLayers`, `dequeue`, `layersQueue`, `firstGet`, `skipping`, `lastInvalidationTime`).
 * - `offscreenCanvas`: the renderer's bitmap factory `makeOffscreenCanvas(width, height)`.
 */
export const INTERNAL_HOOKS = [
  'renderer',
  'batchStyleEles',
  'styleDirty',
  'flushRenderedStyleQueue',
  'pixelRatio',
  'textureCaches',
  'zSortedEles',
  'layerCache',
  'offscreenCanvas',
] as const;

export type InternalHook = (typeof INTERNAL_HOOKS)[number];
/** Which hooks the cytoscape in use has (true = found with the expected shape). */
export type InternalsStatus = Record<InternalHook, boolean>;

/**
 * The statuses taken by {@link recordInternalsStatus}, by instance. Not in `cy.scratch`:
 * setting the core's scratch restyles every element (cytoscape lets selectors read core
 * data), which cost ~6 s after every scene at 10,000 nodes / 50,000 edges (measured).
 */
const recorded = new WeakMap<Core, InternalsStatus>();

type Obj = Record<string, unknown>;

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null;
}

function hasMethods(value: unknown, ...names: string[]): value is Obj {
  return isObject(value) && names.every((name) => typeof value[name] === 'function');
}

// ---- the shapes relied on -------------------------------------------------------------

interface ElementPrivate {
  styleDirty: boolean;
}
interface TextureCache {
  getBoundingBox(ele: unknown): unknown;
  getElement(ele: unknown, bb: unknown, pxRatio: number, lvl: null, reason: null): unknown;
}
/** The renderer's layered bitmap: the whole picture drawn once, at one zoom level. */
interface LayerCache {
  firstGet: boolean;
  skipping: boolean;
  lastInvalidationTime: number;
  layersQueue: { size(): number };
  getLayers(eles: unknown[], pxRatio: number): unknown;
  dequeue(pxRatio: number): unknown;
}
type ZSorted = unknown[] & { nondrag?: unknown[] };

// ---- feature-checked accessors (null when missing) ---------------------------------------

function rendererOf(cy: Core): Obj | null {
  const get = (cy as unknown as Obj).renderer;
  if (typeof get !== 'function') return null;
  const renderer: unknown = (get as () => unknown).call(cy);
  return isObject(renderer) ? renderer : null;
}

function batchStyleEles(cy: Core): CollectionReturnValue | null {
  const core = (cy as unknown as Obj)._private;
  const pending = isObject(core) ? core.batchStyleEles : undefined;
  return hasMethods(pending, 'has', 'unmerge')
    ? (pending as unknown as CollectionReturnValue)
    : null;
}

function elementPrivate(ele: unknown): ElementPrivate | null {
  const own = isObject(ele) ? ele._private : undefined;
  return isObject(own) && typeof own.styleDirty === 'boolean'
    ? (own as unknown as ElementPrivate)
    : null;
}

/**
 * Like {@link elementPrivate}, for an element that may never have had a style: one added
 * while batching has no `styleDirty` flag yet (cytoscape sets it when the batch ends), so
 * the flag is accepted absent too, on a private that has the renderer's `rscratch`.
 */
function settableElementPrivate(ele: unknown): ElementPrivate | null {
  const own = isObject(ele) ? ele._private : undefined;
  if (!isObject(own) || !isObject(own.rscratch)) return null;
  return own.styleDirty === undefined || typeof own.styleDirty === 'boolean'
    ? (own as unknown as ElementPrivate)
    : null;
}

function pixelRatioOf(renderer: Obj | null): (() => number) | null {
  if (!hasMethods(renderer, 'getPixelRatio')) return null;
  return () => (renderer.getPixelRatio as () => number).call(renderer);
}

function textureCachesOf(renderer: Obj | null): TextureCache[] | null {
  const data = renderer?.data;
  if (!isObject(data)) return null;
  const caches = [data.eleTxrCache, data.lblTxrCache];
  return caches.every((c) => hasMethods(c, 'getBoundingBox', 'getElement'))
    ? (caches as unknown as TextureCache[])
    : null;
}

function zSortedOf(renderer: Obj | null): (() => ZSorted) | null {
  if (!hasMethods(renderer, 'getCachedZSortedEles')) return null;
  return () => {
    const sorted: unknown = (renderer.getCachedZSortedEles as (force: boolean) => unknown).call(
      renderer,
      true,
    );
    return Array.isArray(sorted) ? (sorted as ZSorted) : [];
  };
}

function layerCacheOf(renderer: Obj | null): LayerCache | null {
  const data = renderer?.data;
  const layers = isObject(data) ? data.lyrTxrCache : undefined;
  if (!hasMethods(layers, 'getLayers', 'dequeue')) return null;
  const ok =
    hasMethods(layers.layersQueue, 'size') &&
    typeof layers.firstGet === 'boolean' &&
    typeof layers.skipping === 'boolean' &&
    typeof layers.lastInvalidationTime === 'number';
  return ok ? (layers as unknown as LayerCache) : null;
}

// ---- the hooks ------------------------------------------------------------------------

/**
 * Applies now the style that cytoscape defers to `endBatch` for `eles`: while batching it
 * only collects elements whose style changed (new elements have none yet), so anything
 * computed from their style inside the batch would be stale and be computed again, all at
 * once, in the first frame after it. Same steps as `updateStyle` outside a batch (marks them
 * dirty, emits `style`). Needs `batchStyleEles` and `styleDirty`.
 * @returns false when a hook is missing (nothing is changed; `endBatch` does the work).
 */
export function flushBatchedStyle(cy: Core, eles: CollectionReturnValue | NodeCollection): boolean {
  const pending = batchStyleEles(cy);
  if (!pending) return false;
  const stale = eles.filter((ele) => pending.has(ele));
  if (stale.empty()) return true;
  const flags = stale.map((ele) => settableElementPrivate(ele));
  if (flags.some((flag) => flag === null)) return false;
  pending.unmerge(stale);
  for (const flag of flags) if (flag) flag.styleDirty = true;
  stale.emit('style');
  return true;
}

/**
 * Runs the canvas renderer's pre-frame step: style and rendered geometry (labels, edge end
 * points) of every element changed since it last ran, so its queue never holds the whole
 * graph. Needs `flushRenderedStyleQueue`.
 * @returns false when the hook is missing (headless, or another renderer): nothing is done.
 */
export function flushRenderedStyleQueue(cy: Core): boolean {
  const renderer = rendererOf(cy);
  if (!hasMethods(renderer, 'flushRenderedStyleQueue')) return false;
  (renderer.flushRenderedStyleQueue as () => void).call(renderer);
  return true;
}

/**
 * Draws the body and label bitmaps of `nodes` that the next frame uses at the current zoom.
 * Needs `pixelRatio` and `textureCaches`.
 * @returns false when a hook is missing: the frame draws them instead.
 */
export function warmNodeTextures(cy: Core, nodes: NodeCollection): boolean {
  const renderer = rendererOf(cy);
  const pixelRatio = pixelRatioOf(renderer);
  const caches = textureCachesOf(renderer);
  if (!pixelRatio || !caches) return false;
  const pxRatio = pixelRatio();
  nodes.forEach((node) => {
    for (const cache of caches)
      cache.getElement(node, cache.getBoundingBox(node), pxRatio, null, null);
  });
  return true;
}

/** A layer bitmap being drawn in steps (see {@link startLayerBuild}). */
export interface LayerBuild {
  /** Elements still queued for drawing into the layer. */
  queued(): number;
  /** Draws up to `count` queued elements (at least one when any is queued). */
  drawNext(count: number): void;
  /** Flushes the renderer's queue and ends its post-change pause, so the next frame uses the layer. */
  finish(): void;
}

/**
 * Queues every element, in the order the frame draws them, for the renderer's layer bitmap,
 * so the caller can draw it in steps and the first frame after draws one bitmap instead of
 * every element. The renderer skips layers for a while after any change to elements; the
 * build ends that pause ({@link LayerBuild.finish}). If the layer becomes invalid before the
 * frame, the renderer draws element by element, as without this. Needs `pixelRatio`,
 * `zSortedEles` and `layerCache` (and uses `flushRenderedStyleQueue` when there).
 * @returns null when a hook is missing.
 */
export function startLayerBuild(cy: Core): LayerBuild | null {
  const renderer = rendererOf(cy);
  const pixelRatio = pixelRatioOf(renderer);
  const zSorted = zSortedOf(renderer);
  const layers = layerCacheOf(renderer);
  if (!pixelRatio || !zSorted || !layers) return null;
  const pxRatio = pixelRatio();
  flushRenderedStyleQueue(cy);
  // The frame draws the elements in this order; a layer built in another is thrown away.
  const sorted = zSorted();
  layers.firstGet = false;
  layers.skipping = false;
  layers.getLayers(sorted.nondrag ?? sorted, pxRatio);
  return {
    queued: () => layers.layersQueue.size(),
    drawNext(count) {
      const steps = Math.max(1, count);
      for (let i = 0; i < steps && layers.layersQueue.size() > 0; i++) layers.dequeue(pxRatio);
    },
    finish() {
      flushRenderedStyleQueue(cy);
      layers.lastInvalidationTime = -Infinity;
    },
  };
}

/**
 * Makes the renderer keep its bitmaps in canvas elements instead of OffscreenCanvas: in
 * Chromium without GPU rasterisation, drawing from an OffscreenCanvas onto the page's canvas
 * took ~40x longer per draw (measured: 400 draws 16.6 ms vs 0.4 ms). Needs `offscreenCanvas`
 * and a container in a document.
 * @returns false when the hook or the container is missing (bitmaps stay as cytoscape makes them).
 */
export function keepTexturesInCanvasElements(cy: Core): boolean {
  const renderer = rendererOf(cy);
  const doc = cy.container()?.ownerDocument;
  if (!hasMethods(renderer, 'makeOffscreenCanvas') || !doc) return false;
  renderer.makeOffscreenCanvas = (width: number, height: number) => {
    const canvas = doc.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    return canvas;
  };
  return true;
}

// ---- the report -----------------------------------------------------------------------

/**
 * Which hooks `cy` has, each checked for the shape the functions above rely on, without
 * changing anything. `styleDirty` is read on the first element, so it is false on an empty
 * instance: ask once elements are in. Headless instances have no canvas renderer: only
 * `renderer`, `batchStyleEles` and `styleDirty` can be true there.
 */
export function internalsStatus(cy: Core): InternalsStatus {
  const renderer = rendererOf(cy);
  return {
    renderer: renderer !== null,
    batchStyleEles: batchStyleEles(cy) !== null,
    styleDirty: elementPrivate(cy.elements()[0]) !== null,
    flushRenderedStyleQueue: hasMethods(renderer, 'flushRenderedStyleQueue'),
    pixelRatio: pixelRatioOf(renderer) !== null,
    textureCaches: textureCachesOf(renderer) !== null,
    zSortedEles: zSortedOf(renderer) !== null,
    layerCache: layerCacheOf(renderer) !== null,
    offscreenCanvas: hasMethods(renderer, 'makeOffscreenCanvas'),
  };
}

/** Takes {@link internalsStatus} and keeps it for {@link recordedInternalsStatus}. */
export function recordInternalsStatus(cy: Core): InternalsStatus {
  const status = internalsStatus(cy);
  recorded.set(cy, status);
  return status;
}

/** The status last kept by {@link recordInternalsStatus} for `cy`, or null when none is. */
export function recordedInternalsStatus(cy: Core): InternalsStatus | null {
  return recorded.get(cy) ?? null;
}
