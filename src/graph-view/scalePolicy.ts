/**
 * How the picture is drawn at a given size, decided in one place from the number of nodes
 * and edges: which cytoscape renderer (canvas, or its experimental WebGL mode), whether the
 * viewport is drawn from a bitmap while panning and zooming, and whether the scene job
 * pre-draws node bitmaps and the layer bitmap. Small pictures (the bundled graph, slides,
 * exports) keep the canvas renderer and the scene job's warm-up exactly as before; only
 * pictures of at least {@link LARGE_SCENE_ELEMENTS} elements change. Pure: no cytoscape.
 */

export const RENDERERS = ['canvas', 'webgl'] as const;
export type RendererName = (typeof RENDERERS)[number];

/**
 * Elements (nodes + edges) from which a picture counts as large. The bundled collaboration
 * network has ~1,700; a 2,000-organisation / 10,000-tie import 12,000.
 */
export const LARGE_SCENE_ELEMENTS = 5_000;

/** Which renderer large pictures use (measured: docs/benchmarks.md, "canvas vs WebGL"). */
export const LARGE_SCENE_RENDERER: RendererName = 'canvas';

export interface RenderPolicy {
  /** True from {@link LARGE_SCENE_ELEMENTS} elements. */
  large: boolean;
  renderer: RendererName;
  /**
   * While the user pans or zooms, move a bitmap of the picture instead of redrawing it, and
   * leave the edges out of the moving picture (cytoscape's `textureOnViewport` and
   * `hideEdgesOnViewport`; canvas renderer only). Large pictures only.
   */
  viewportTexture: boolean;
  /**
   * Let the scene job draw the renderer's layer bitmap (the whole picture at the current
   * zoom) in steps before the first frame (sceneSync.ts), so that frame draws one bitmap.
   * Worth it for small pictures; for large ones it costs more than it saves (10,000 nodes /
   * 50,000 edges: ~20 s of slices, measured) and the first hover invalidates it anyway.
   * Node bitmaps are drawn in the job at every size: left to the frames, the renderer
   * draws them a few per frame and redraws the whole picture each time (~1 s per frame at
   * that size, measured).
   */
  layerBitmap: boolean;
  /** A stable key of what needs a new cytoscape instance (the renderer and its options). */
  instanceKey: string;
}

/** Counts of a scene, as the element definitions give them. */
export interface SceneSize {
  nodes: number;
  edges: number;
}

/** Nodes and edges among element definitions (`group` set on every definition). */
export function sceneSize(elements: readonly { group?: string }[]): SceneSize {
  let edges = 0;
  for (const def of elements) if (def.group === 'edges') edges += 1;
  return { nodes: elements.length - edges, edges };
}

/**
 * The policy for a picture of `size`. `override` forces a renderer whatever the size (for
 * the renderer benchmark and tests); the other choices still follow the size.
 */
export function renderPolicy(size: SceneSize, override?: RendererName): RenderPolicy {
  const large = size.nodes + size.edges >= LARGE_SCENE_ELEMENTS;
  const renderer = override ?? (large ? LARGE_SCENE_RENDERER : 'canvas');
  const viewportTexture = large && renderer === 'canvas';
  return {
    large,
    renderer,
    viewportTexture,
    layerBitmap: !large,
    instanceKey: `${renderer}${viewportTexture ? '+texture' : ''}`,
  };
}

/** True when `value` names a renderer (for overrides read from outside the program). */
export function isRendererName(value: unknown): value is RendererName {
  return (RENDERERS as readonly unknown[]).includes(value);
}
