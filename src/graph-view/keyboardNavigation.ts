/**
 * Moving through the picture by keyboard, as pure functions over a cytoscape instance (so
 * they are unit-tested headless): the node to start from, and the neighbour that lies in
 * an arrow key's direction. Directions are in model coordinates (y grows downwards), so
 * zoom and pan do not change the answer. Group-label nodes (`label:`) are never reached.
 */
import type { Core, NodeSingular } from 'cytoscape';

export type Direction = 'left' | 'right' | 'up' | 'down';

/** The arrow keys and the direction each moves in; other keys give undefined. */
export const ARROW_DIRECTIONS: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

const UNIT: Record<Direction, { x: number; y: number }> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

/** Widest angle from the arrow's direction at which a neighbour still counts (radians). */
const MAX_ANGLE = (3 * Math.PI) / 8; // 67.5°: the four cones overlap a little.

function reachable(node: NodeSingular): boolean {
  return !node.id().startsWith('label:') && !node.hasClass('group-label');
}

/**
 * Where keyboard navigation starts: `preferred` (the selection) when it is a drawn node,
 * else the node with most neighbours (ties: the smaller id, so the choice is stable).
 * Null when nothing is drawn.
 */
export function startNode(cy: Core, preferred: string | null): string | null {
  if (preferred) {
    const node = cy.getElementById(preferred);
    if (node.nonempty() && node.isNode() && reachable(node)) return preferred;
  }
  let best: { id: string; degree: number } | null = null;
  cy.nodes().forEach((node) => {
    if (!reachable(node)) return;
    const degree = node.neighborhood('node').filter(reachable).length;
    const id = node.id();
    if (!best || degree > best.degree || (degree === best.degree && id < best.id))
      best = { id, degree };
  });
  return (best as { id: string } | null)?.id ?? null;
}

/**
 * The neighbour of `fromId` (linked by an edge) that lies in `direction`: among those
 * within 67.5° of it, the one with the smallest distance × (1 + angle), so a near node
 * slightly off the axis beats a far one on it. Null when none lies that way or `fromId` is
 * not drawn.
 */
export function neighbourInDirection(
  cy: Core,
  fromId: string,
  direction: Direction,
): string | null {
  const from = cy.getElementById(fromId);
  if (from.empty() || !from.isNode()) return null;
  const origin = from.position();
  const unit = UNIT[direction];
  let best: { id: string; score: number } | null = null;
  from
    .neighborhood('node')
    .filter(reachable)
    .forEach((node) => {
      const p = node.position();
      const dx = p.x - origin.x;
      const dy = p.y - origin.y;
      const distance = Math.hypot(dx, dy);
      if (distance === 0) return;
      const angle = Math.acos(Math.max(-1, Math.min(1, (dx * unit.x + dy * unit.y) / distance)));
      if (angle > MAX_ANGLE) return;
      const score = distance * (1 + angle);
      const id = node.id();
      if (!best || score < best.score || (score === best.score && id < best.id))
        best = { id, score };
    });
  return (best as { id: string } | null)?.id ?? null;
}

/** How many drawn neighbours `id` has (group labels not counted); 0 when not drawn. */
export function neighbourCount(cy: Core, id: string): number {
  const node = cy.getElementById(id);
  return node.nonempty() && node.isNode() ? node.neighborhood('node').filter(reachable).length : 0;
}
