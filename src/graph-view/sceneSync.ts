/**
 * Brings a cytoscape instance to a target scene (element definitions + positions) in short
 * tasks, so that changing the graph shown never blocks the main thread for long: removing,
 * adding and updating elements, placing nodes, fitting the viewport, then computing style,
 * geometry and node bitmaps, each in slices of about {@link SLICE_BUDGET_MS} under one held
 * `cy` batch (cytoscape draws nothing while batching). A new target supersedes the running
 * job; the diff is always taken against what `cy` holds, so an interrupted job leaves
 * nothing inconsistent behind. cytoscape's private state is touched only through
 * cytoscapeInternals.ts; where a hook is missing (headless, or after an upgrade) the job still
 * brings the scene in, and the first frame after it does the skipped work.
 */
import type {
  CollectionReturnValue,
  Core,
  ElementDefinition,
  NodeCollection,
  NodeSingular,
  SingularElementReturnValue,
} from 'cytoscape';
import { fallbackPosition, fitViewport, type Positions } from './controllers';
import {
  flushBatchedStyle,
  flushRenderedStyleQueue,
  keepTexturesInCanvasElements,
  startLayerBuild,
  warmNodeTextures,
} from './cytoscapeInternals';

/** Time budget of one task, ms: well under the 50 ms of a long task. */
export const SLICE_BUDGET_MS = 16;
/** What one step (one chunk of elements) should take, ms. */
const STEP_TARGET_MS = 4;

export interface SceneTarget {
  elements: readonly ElementDefinition[];
  positions: Positions;
  /** Move kept nodes to their new positions in an animation after the job, not at once. */
  animate: boolean;
  /**
   * Place every node at its target position and fit the viewport (a new graph, view or
   * layout). When false only new nodes are placed: nodes already drawn stay where they are
   * (moved by the user or a force layout) and the viewport is left alone, as when only the
   * sizes, colours or labels change. Default true.
   */
  place?: boolean;
  /** Height (px) of a notice over the top of the canvas, left out when fitting. */
  insetTop?: number;
  /**
   * Draw every node's bitmaps in the job, so the frames after it do not (default true).
   */
  warmTextures?: boolean;
  /**
   * Then draw the renderer's layer bitmap of the whole picture in the job, so the first
   * frame draws one bitmap (scalePolicy.ts: small pictures). Default true; needs warmTextures.
   */
  buildLayer?: boolean;
}

/** What must change in `cy` to show `elements`: computed without touching `cy`. */
export interface SceneDiff {
  /** Ids of elements to remove (absent from the target, or an edge whose ends changed). */
  remove: string[];
  /** Definitions of nodes, then edges, to add. */
  add: ElementDefinition[];
  /** Kept elements whose data differs from the target's. */
  update: { id: string; data: Record<string, unknown> }[];
}

function sameData(ele: SingularElementReturnValue, data: Record<string, unknown>): boolean {
  for (const [key, value] of Object.entries(data)) {
    if (ele.data(key) !== value) return false;
  }
  return true;
}

/** The diff from what `cy` holds to `elements`, read-only: `cy` is not changed. */
export function diffScene(cy: Core, elements: readonly ElementDefinition[]): SceneDiff {
  const wanted = new Map<string, ElementDefinition>();
  for (const def of elements) if (def.data.id) wanted.set(def.data.id, def);
  const remove: string[] = [];
  const kept = new Set<string>();
  cy.elements().forEach((ele) => {
    const def = wanted.get(ele.id());
    const sameShape =
      def !== undefined &&
      (def.group === 'edges') === ele.isEdge() &&
      (!ele.isEdge() ||
        (ele.data('source') === def.data.source && ele.data('target') === def.data.target));
    if (sameShape) kept.add(ele.id());
    else remove.push(ele.id());
  });
  const nodes: ElementDefinition[] = [];
  const edges: ElementDefinition[] = [];
  const update: SceneDiff['update'] = [];
  for (const [id, def] of wanted) {
    if (!kept.has(id)) {
      (def.group === 'edges' ? edges : nodes).push(def);
      continue;
    }
    const data = def.data as Record<string, unknown>;
    if (!sameData(cy.getElementById(id), data)) update.push({ id, data });
  }
  return { remove, add: [...nodes, ...edges], update };
}

/**
 * Style and rendered geometry (labels, edge end points) of `eles` and of the edges of moved
 * nodes, computed the way the canvas renderer does before a frame: its queue of changed
 * elements is flushed after every chunk, so it never holds the whole graph, and the frame
 * after the job only draws. Without the renderer's hook, bounding boxes do the same for `eles`.
 */
function prepare(cy: Core, eles: CollectionReturnValue | NodeCollection): void {
  flushBatchedStyle(cy, eles);
  if (!flushRenderedStyleQueue(cy)) eles.boundingBox();
}

/**
 * Draws the whole picture into the renderer's layer bitmap in steps (cytoscapeInternals.ts,
 * `startLayerBuild`), so that the first frame after the job draws one bitmap instead of
 * every element (~60 ms for the ~1,700 elements of the collaboration network in software
 * rendering). Does nothing without the renderer's hooks.
 */
function* buildLayer(cy: Core, chunker: Chunker): Generator<void, void, undefined> {
  const layer = startLayerBuild(cy);
  if (!layer) return;
  yield;
  chunker.startPhase();
  while (layer.queued() > 0) {
    const started = performance.now();
    const size = chunker.size;
    layer.drawNext(size);
    chunker.record(performance.now() - started, size);
    yield;
  }
  layer.finish();
}

/**
 * Chunk sizes that adapt to what an element costs, which differs by phase (placing a node
 * is cheap, drawing its bitmaps is not) and falls as caches warm up (styles and fonts are
 * set up on first use). Each phase starts with a small chunk; the next chunk is sized so it
 * takes about {@link STEP_TARGET_MS}, at most twice the last.
 */
class Chunker {
  size = 2;
  startPhase(): void {
    this.size = 2;
  }
  record(elapsedMs: number, count: number): void {
    const perElement = Math.max(elapsedMs, 0.01) / Math.max(count, 1);
    const fitting = Math.floor(STEP_TARGET_MS / perElement);
    this.size = Math.max(1, Math.min(fitting, this.size * 2, 500));
  }
}

/** Runs `work` over `items` in adaptive chunks, one step per chunk. */
function* inChunks<T>(
  items: { length: number; slice(start: number, end: number): T },
  chunker: Chunker,
  work: (chunk: T) => void,
): Generator<void, void, undefined> {
  chunker.startPhase();
  for (let i = 0; i < items.length;) {
    const size = chunker.size;
    const started = performance.now();
    work(items.slice(i, i + size));
    chunker.record(performance.now() - started, size);
    i += size;
    yield;
  }
}

/** The job as a sequence of small steps; the runner decides when to pause between them. */
function* sceneSteps(cy: Core, target: SceneTarget): Generator<void, void, undefined> {
  const chunker = new Chunker();
  const diff = diffScene(cy, target.elements);
  yield;
  const removing = cy.collection();
  for (const id of diff.remove) removing.merge(cy.getElementById(id));
  // Edges first: removing a node removes its edges too, all in one step.
  yield* inChunks(removing.edges().union(removing.nodes()), chunker, (chunk) => cy.remove(chunk));
  const { positions } = target;
  // Nodes this job added at their target position: the place step has nothing to do for
  // them (placing and preparing them again was ~25 ms of the first scene's ~330).
  const addedAtTarget = new Set<string>();
  yield* inChunks(diff.add, chunker, (defs) => {
    const added = cy.add(
      defs.map((def) => {
        const p = def.group === 'nodes' && def.data.id ? positions[def.data.id] : undefined;
        if (!p) return def;
        addedAtTarget.add(def.data.id as string);
        return { ...def, position: { x: p.x, y: p.y } };
      }),
    );
    // Nodes without a target position go beside their placed neighbours.
    added.nodes().forEach((node) => {
      if (!positions[node.id()]) node.position(fallbackPosition(node, positions));
    });
    prepare(cy, added);
  });
  yield* inChunks(diff.update, chunker, (updates) => {
    let updated = cy.collection();
    for (const { id, data } of updates) {
      const ele = cy.getElementById(id);
      ele.data(data);
      updated = updated.union(ele);
    }
    prepare(cy, updated);
  });
  // Kept nodes: moved now, or by the animation after the job.
  const nodes = cy.nodes();
  const all: Record<string, { x: number; y: number }> = {};
  const place = target.place !== false;
  const animate = place && target.animate;
  if (place) {
    const moving = cy.collection();
    nodes.forEach((node: NodeSingular) => {
      const target = addedAtTarget.has(node.id()) ? positions[node.id()] : undefined;
      if (target) all[node.id()] = target;
      else moving.merge(node);
    });
    yield* inChunks(moving, chunker, (chunk) => {
      chunk.forEach((node: NodeSingular) => {
        const p = positions[node.id()] ?? fallbackPosition(node, positions);
        all[node.id()] = p;
        if (!animate) node.position(p);
      });
      prepare(cy, chunk);
    });
  }
  const viewport = fitViewport(cy, all, undefined, target.insetTop ?? 0);
  if (place && !animate) cy.viewport(viewport);
  yield;
  const warm = target.warmTextures !== false;
  if (warm) {
    yield* inChunks(nodes, chunker, (chunk) => {
      warmNodeTextures(cy, chunk);
      // The first drawing of a node restyles it (cytoscape notes whether its background
      // images are loaded): take that in here too, not in the frame.
      prepare(cy, chunk);
    });
  }
  // Nodes about to move in an animation would invalidate the layer at once.
  if (animate) {
    cy.layout({
      name: 'preset',
      positions: all,
      fit: false,
      zoom: viewport.zoom,
      pan: viewport.pan,
      animate: true,
      animationDuration: 450,
      animationEasing: 'ease-in-out-cubic',
    }).run();
  } else if (warm && target.buildLayer !== false) {
    yield* buildLayer(cy, chunker);
  }
}

/**
 * Schedules `fn` as a new task and returns a function that cancels it. `scheduler.postTask`
 * where the browser has it: `setTimeout(fn, 0)` is clamped to 4 ms per hop after the fifth
 * nested one, which left ~4 ms idle between every two slices of a scene job (about 60 ms
 * of the ~350 ms first scene). Elsewhere (jsdom, older browsers) setTimeout.
 */
export function nextTask(fn: () => void): () => void {
  if (typeof scheduler !== 'undefined' && typeof scheduler.postTask === 'function') {
    const controller = new AbortController();
    scheduler
      .postTask(fn, { priority: 'user-visible', signal: controller.signal })
      // An aborted task rejects; nothing to report.
      .catch(() => undefined);
    return () => controller.abort();
  }
  const timer = setTimeout(fn, 0);
  return () => clearTimeout(timer);
}

export interface SceneSync {
  /** Starts bringing `cy` to `target`, superseding any job still running. */
  update(target: SceneTarget): void;
  /**
   * Runs `change` (class changes, returning the elements it changed) under the held batch
   * and computes their style in slices, then calls `onDone`: a large picture's selection
   * fades thousands of elements, whose style cytoscape would otherwise compute in one frame
   * (130–180 ms at 10k). Not a scene job: `busy()` stays false and `completed()` unchanged.
   * A scene job started meanwhile takes over (what is left is styled when its batch closes,
   * and `onDone` is not called).
   */
  restyle(change: () => CollectionReturnValue, onDone: () => void): void;
  /** True while a job runs (the picture is not yet the target). */
  busy(): boolean;
  /** How many jobs have run to the end. */
  completed(): number;
  /** Stops the running job and closes its batch. */
  dispose(): void;
}

/**
 * Runs scene jobs on `cy` in slices of {@link SLICE_BUDGET_MS}. `onSettled` is called after
 * each job that ran to the end, once its batch is closed (the next frame draws it).
 */
export function createSceneSync(
  cy: Core,
  onSettled?: () => void,
  budgetMs = SLICE_BUDGET_MS,
): SceneSync {
  let job: Generator<void, void, undefined> | null = null;
  let running: SceneTarget | null = null;
  let completed = 0;
  let cancelNext: (() => void) | undefined;
  let batching = false;
  /** The running job is a restyle (see restyle), not a scene job. */
  let restyling = false;
  let restyleQueue: SingularElementReturnValue[] = [];
  let restyleDone: (() => void) | null = null;
  keepTexturesInCanvasElements(cy);

  const closeBatch = () => {
    if (!batching) return;
    batching = false;
    if (!cy.destroyed()) cy.endBatch();
  };
  const run = () => {
    cancelNext = undefined;
    if (!job || cy.destroyed()) return;
    const started = performance.now();
    let finished: boolean;
    // At least one step per task, however small the budget.
    do {
      finished = job.next().done === true;
    } while (!finished && performance.now() - started < budgetMs);
    if (!finished) {
      cancelNext = nextTask(run);
      return;
    }
    job = null;
    if (restyling) {
      restyling = false;
      closeBatch();
      const done = restyleDone;
      restyleDone = null;
      done?.();
      return;
    }
    completed += 1;
    // An animation started inside the job runs once the batch is closed.
    closeBatch();
    onSettled?.();
  };
  /** Styles the queued elements in adaptive chunks (the queue may grow meanwhile). */
  function* restyleSteps(): Generator<void, void, undefined> {
    const chunker = new Chunker();
    while (restyleQueue.length > 0) {
      const chunk = cy.collection();
      for (const ele of restyleQueue.splice(0, chunker.size)) chunk.merge(ele);
      const started = performance.now();
      prepare(cy, chunk);
      chunker.record(performance.now() - started, chunk.length);
      yield;
    }
  }

  return {
    update(target) {
      if (cy.destroyed()) return;
      cancelNext?.();
      if (!batching) {
        cy.startBatch();
        batching = true;
      }
      // A running animation would fight the new positions.
      cy.stop(true, false);
      cy.nodes().stop(true, false);
      // A restyle still running: what it has not styled yet is styled when the batch closes.
      if (restyling) {
        restyling = false;
        restyleQueue = [];
        restyleDone = null;
        job = null;
      }
      // A superseded job that was to place the nodes and fit the view hands that on.
      const next =
        job !== null && running?.place !== false && target.place === false
          ? { ...target, place: true, animate: running?.animate ?? false }
          : target;
      running = next;
      job = sceneSteps(cy, next);
      cancelNext = nextTask(run);
    },
    restyle(change, onDone) {
      if (cy.destroyed()) return;
      if (job !== null && !restyling) {
        // A scene job holds the batch: its end styles everything.
        change();
        return;
      }
      if (!batching) {
        cy.startBatch();
        batching = true;
      }
      const changed = change();
      changed.forEach((ele) => {
        restyleQueue.push(ele);
      });
      restyleDone = onDone;
      if (restyling) return;
      if (restyleQueue.length === 0) {
        closeBatch();
        restyleDone = null;
        onDone();
        return;
      }
      restyling = true;
      job = restyleSteps();
      cancelNext = nextTask(run);
    },
    busy: () => job !== null && !restyling,
    completed: () => completed,
    dispose() {
      cancelNext?.();
      cancelNext = undefined;
      job = null;
      restyling = false;
      restyleQueue = [];
      restyleDone = null;
      closeBatch();
    },
  };
}
