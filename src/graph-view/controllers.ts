/**
 * Imperative appliers from view state to a cytoscape instance, as plain functions so they
 * can be unit-tested on `cytoscape({ headless: true })`. Each runs in one cy.batch().
 */
import type { Core, EdgeSingular, LayoutOptions, NodeSingular } from 'cytoscape';

export type Positions = Readonly<Record<string, { x: number; y: number }>>;

/** Highlights `selected` (node or edge id) with its neighbourhood and fades the rest. */
export function applyFocus(cy: Core, selected: string | null, hovered: string | null): void {
  cy.batch(() => {
    cy.elements().removeClass('focus neighbour faded hovered');
    if (hovered) cy.getElementById(hovered).addClass('hovered');
    if (!selected) return;
    const target = cy.getElementById(selected);
    if (target.empty()) return;
    // isNode() is a type guard that would narrow the other branch to never.
    const edgeEnds = target.isEdge() ? (target as unknown as EdgeSingular).connectedNodes() : null;
    const neighbourhood = edgeEnds
      ? cy.collection().union(target).union(edgeEnds)
      : (target as unknown as NodeSingular).closedNeighborhood();
    cy.elements().not(neighbourhood).not('.group-label').addClass('faded');
    neighbourhood.addClass('neighbour');
    target.addClass('focus');
    edgeEnds?.addClass('focus');
  });
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

export function applyPositions(cy: Core, positions: Positions, animate: boolean): void {
  const all: Record<string, { x: number; y: number }> = {};
  cy.nodes().forEach((node) => {
    const target = positions[node.id()] ?? fallbackPosition(node, positions);
    all[node.id()] = target;
    // Nodes that were just added have never been placed: put them at their target at
    // once, so an animation moves the others instead of flying new ones in from 0,0.
    if (animate && node.scratch('_placed') !== true) node.position(target);
    node.scratch('_placed', true);
  });
  cy.layout({
    name: 'preset',
    positions: all,
    fit: true,
    padding: 40,
    animate,
    animationDuration: 450,
    animationEasing: 'ease-in-out-cubic',
  }).run();
}

/** Runs fcose from the current positions (randomize: false keeps it deterministic). */
export function runForceLayout(cy: Core): void {
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
}

/**
 * Brings a selection into view: fits its neighbourhood (zoom capped so a small
 * neighbourhood is not blown up), or centres it when the neighbourhood is the whole graph.
 */
export function centreOn(cy: Core, id: string): void {
  const target = cy.getElementById(id);
  if (target.empty()) return;
  const area = target.isNode()
    ? (target as unknown as NodeSingular).closedNeighborhood()
    : cy
        .collection()
        .union(target)
        .union((target as unknown as EdgeSingular).connectedNodes());
  const box = area.boundingBox();
  const padding = 60;
  const fitZoom = Math.min(
    (cy.width() - 2 * padding) / Math.max(box.w, 1),
    (cy.height() - 2 * padding) / Math.max(box.h, 1),
  );
  const zoom = Math.min(Math.max(fitZoom, cy.minZoom()), 1.8);
  cy.stop();
  cy.animate({ zoom, center: { eles: area } }, { duration: 450 });
}
