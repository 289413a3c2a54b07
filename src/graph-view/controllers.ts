/**
 * Imperative appliers from view state to a cytoscape instance, as plain functions so they
 * can be unit-tested on `cytoscape({ headless: true })`. Each runs in one cy.batch(). Bringing
 * in a new scene (elements, positions, viewport) is sceneSync.ts's job, in short tasks.
 */
import type {
  CollectionReturnValue,
  Core,
  EdgeSingular,
  LayoutOptions,
  NodeSingular,
} from 'cytoscape';
import { flushBatchedStyle } from './cytoscapeInternals';
import { ensureFcose } from './lazyExtensions';

export type Positions = Readonly<Record<string, { x: number; y: number }>>;

/**
 * Highlights `selected` (node or edge id) with its neighbourhood and fades the rest; marks
 * `hovered`. Returns the elements whose classes changed (their style is to be computed).
 */
export function applyFocus(
  cy: Core,
  selected: string | null,
  hovered: string | null,
): CollectionReturnValue {
  let changed = cy.collection();
  cy.batch(() => {
    changed = setClass(cy, 'hovered', hovered ? cy.getElementById(hovered) : cy.collection());
    let focus = cy.collection();
    let neighbour = cy.collection();
    let faded = cy.collection();
    const target = selected ? cy.getElementById(selected) : cy.collection();
    if (!target.empty()) {
      // isNode() is a type guard that would narrow the other branch to never.
      const edgeEnds = target.isEdge()
        ? (target as unknown as EdgeSingular).connectedNodes()
        : null;
      neighbour = edgeEnds
        ? cy.collection().union(target).union(edgeEnds)
        : (target as unknown as NodeSingular).closedNeighborhood();
      faded = cy.elements().not(neighbour).not('.group-label');
      focus = edgeEnds ? target.union(edgeEnds) : target;
    }
    changed = changed
      .union(setClass(cy, 'faded', faded))
      .union(setClass(cy, 'neighbour', neighbour))
      .union(setClass(cy, 'focus', focus));
  });
  return changed;
}

/**
 * Gives `cls` to exactly `wanted`, touching only the elements whose class changes:
 * cytoscape restyles every element addClass or removeClass is called on, whether or not
 * its classes change, so a hover or a new selection restyles a few elements instead of the
 * whole faded picture (4,000 elements in a 10k overview: a frame of 100–200 ms).
 * Returns the elements changed.
 */
export function setClass(
  cy: Core,
  cls: string,
  wanted: CollectionReturnValue,
): CollectionReturnValue {
  const having = cy.$(`.${cls}`);
  const losing = having.not(wanted);
  const gaining = wanted.not(having);
  losing.removeClass(cls);
  gaining.addClass(cls);
  return losing.union(gaining);
}

/** Position for a node missing from `positions`: the mean of its placed neighbours, else 0,0. */
export function fallbackPosition(
  node: NodeSingular,
  positions: Positions,
): { x: number; y: number } {
  const placed = node
    .neighborhood('node')
    .map((n) => positions[n.id()])
    .filter((p): p is { x: number; y: number } => p !== undefined);
  if (placed.length === 0) return { x: 0, y: 0 };
  return {
    x: placed.reduce((s, p) => s + p.x, 0) / placed.length + 8,
    y: placed.reduce((s, p) => s + p.y, 0) / placed.length + 8,
  };
}

/** Padding (model px at zoom 1, screen px) around the fitted picture. */
const FIT_PADDING = 40;

/**
 * The zoom and pan that fit `positions` into the canvas, computed from the target positions
 * and each node's size and estimated label box instead of cytoscape's `fit`, which forces
 * style and bounding-box calculation of every element in the calling task (~100+ ms on
 * ~1,700 elements). Labels are estimated at 0.6 em per character, capped like the stylesheet.
 */
export function fitViewport(
  cy: Core,
  positions: Positions,
  padding = FIT_PADDING,
  insetTop = 0,
): { zoom: number; pan: { x: number; y: number } } {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  cy.nodes().forEach((node) => {
    const p = positions[node.id()];
    if (!p) return;
    const label = String(node.data('label') ?? '');
    const isGroupLabel = node.hasClass('group-label');
    const size = isGroupLabel ? 1 : Number(node.data('size') ?? 12) + 2;
    const font = isGroupLabel ? 22 : Number(node.data('fontSize') ?? 8);
    const labelHalfWidth = Math.min(label.length * font * 0.6, isGroupLabel ? 400 : 260) / 2;
    const halfWidth = Math.max(size / 2, labelHalfWidth);
    const top = isGroupLabel ? font / 2 : size / 2;
    const bottom = isGroupLabel ? font / 2 : size / 2 + (label ? font * 1.25 + 3 : 0);
    x1 = Math.min(x1, p.x - halfWidth);
    x2 = Math.max(x2, p.x + halfWidth);
    y1 = Math.min(y1, p.y - top);
    y2 = Math.max(y2, p.y + bottom);
  });
  const width = cy.width();
  const height = cy.height();
  // What lies under a notice over the top of the canvas (insetTop px) is not room to fit
  // in: the picture starts a little below it instead of `padding` below the top.
  const top = insetTop > 0 ? Math.min(insetTop + 8, height / 2) : padding;
  const room = height - top - padding;
  if (!Number.isFinite(x1) || width <= 0 || room <= 0) return { zoom: cy.zoom(), pan: cy.pan() };
  const fitted = Math.min(
    (width - 2 * padding) / Math.max(x2 - x1, 1),
    room / Math.max(y2 - y1, 1),
  );
  const zoom = Math.min(Math.max(fitted, cy.minZoom()), cy.maxZoom());
  return {
    zoom,
    pan: { x: (width - zoom * (x1 + x2)) / 2, y: top + (room - zoom * (y1 + y2)) / 2 },
  };
}

/** Fits the picture as it stands (the zoom controls' button), in a short animation. */
export function fitAnimated(cy: Core, insetTop = 0): void {
  const positions: Record<string, { x: number; y: number }> = {};
  cy.nodes().forEach((node) => {
    positions[node.id()] = node.position();
  });
  cy.animate(fitViewport(cy, positions, FIT_PADDING, insetTop), { duration: 300 });
}

/**
 * Runs fcose from the current positions (randomize: false keeps it deterministic). Its code
 * is loaded on the first call, so the layout starts a chunk load later that time; nothing
 * runs when `cy` was destroyed meanwhile. A chunk that fails to load is logged and the
 * positions stay as they are (the next request tries again).
 */
export function runForceLayout(cy: Core): void {
  ensureFcose().then(
    () => {
      if (cy.destroyed()) return;
      cy.layout({
        name: 'fcose',
        randomize: false,
        quality: 'proof',
        animate: true,
        animationDuration: 600,
        fit: true,
        padding: 40,
        nodeRepulsion: () => 6000,
        idealEdgeLength: () => 70,
        nodeSeparation: 60,
        packComponents: true,
      } as unknown as LayoutOptions).run();
    },
    (error: unknown) => console.error(error),
  );
}

/**
 * Brings a selection into view: fits its neighbourhood (zoom capped so a small
 * neighbourhood is not blown up), or centres it when the neighbourhood is the whole graph.
 */
export function centreOn(cy: Core, id: string, insetTop = 0): void {
  const target = cy.getElementById(id);
  if (target.empty()) return;
  const area = target.isNode()
    ? (target as unknown as NodeSingular).closedNeighborhood()
    : cy
        .collection()
        .union(target)
        .union((target as unknown as EdgeSingular).connectedNodes());
  // Apply styles still pending (e.g. the focus classes just set) first: cytoscape's
  // boundingBox() applies them halfway through and caches label bounds measured with the
  // old font size, which later clips those labels' bitmaps. A large picture's selection is
  // styled in slices under a held batch (sceneSync.ts, restyle): take these out of it.
  // (pstyle is public API missing from the type definitions.)
  flushBatchedStyle(cy, area);
  area.forEach(
    (ele) => void (ele as unknown as { pstyle(name: string): unknown }).pstyle('display'),
  );
  const box = area.boundingBox();
  const padding = 60;
  // A notice over the top of the canvas (insetTop px) hides what is under it.
  const top = Math.min(Math.max(insetTop, 0), cy.height() / 2);
  const fitZoom = Math.min(
    (cy.width() - 2 * padding) / Math.max(box.w, 1),
    (cy.height() - top - 2 * padding) / Math.max(box.h, 1),
  );
  const zoom = Math.min(Math.max(fitZoom, cy.minZoom()), 1.8);
  const centre = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
  cy.stop();
  cy.animate(
    {
      zoom,
      pan: {
        x: cy.width() / 2 - zoom * centre.x,
        y: top + (cy.height() - top) / 2 - zoom * centre.y,
      },
    },
    { duration: 450 },
  );
}
