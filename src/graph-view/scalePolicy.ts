/**
 * How the picture is drawn at a given size, decided in one place from the number of nodes
 * and edges: whether the viewport is drawn from a bitmap while panning and zooming, whether
 * the scene job pre-draws the renderer's layer bitmap, and the large-picture stylesheet.
 * Small pictures (the bundled graph, slides, exports) are drawn exactly as before; only
 * pictures of at least {@link LARGE_SCENE_ELEMENTS} elements change. The renderer is
 * cytoscape's canvas renderer at every size: its experimental WebGL mode was slower on this
 * machine (docs/benchmarks.md, "Rendering at scale: canvas vs WebGL"). Pure: no cytoscape.
 */

/**
 * Elements (nodes + edges) from which a picture counts as large. The bundled collaboration
 * network has ~1,700; a 2,000-organisation / 10,000-tie import 12,000.
 */
export const LARGE_SCENE_ELEMENTS = 5_000;

export interface RenderPolicy {
  /** True from {@link LARGE_SCENE_ELEMENTS} elements. */
  large: boolean;
  /**
   * While the user pans or zooms, move a bitmap of the picture instead of redrawing it, and
   * leave the edges out of the moving picture (cytoscape's `textureOnViewport` and
   * `hideEdgesOnViewport`, read when the instance is created). Large pictures only.
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
  /** A stable key of what needs a new cytoscape instance (options read at creation). */
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

/** The policy for a picture of `size`. */
export function renderPolicy(size: SceneSize): RenderPolicy {
  const large = size.nodes + size.edges >= LARGE_SCENE_ELEMENTS;
  return {
    large,
    viewportTexture: large,
    layerBitmap: !large,
    instanceKey: large ? 'large' : 'small',
  };
}

/**
 * The policy for a picture whose elements have `drawn` size and stand for a graph of
 * `standsFor` size (an overview of a larger graph, domain/overview.ts): the larger decides.
 * A cut picture of a large network is drawn as a large one (viewport bitmap and hidden edges
 * while panning, no layer bitmap, larger minimum label size): 10,000 / 50,000 cut to
 * 1,500 / 2,658 painted in 3.9–6.0 s instead of 7.2–8.3 s with the small policy (measured,
 * docs/benchmarks.md).
 */
export function policyFor(drawn: SceneSize, standsFor?: SceneSize): RenderPolicy {
  const whole = standsFor && standsFor.nodes + standsFor.edges > drawn.nodes + drawn.edges;
  return renderPolicy(whole ? standsFor : drawn);
}
