/**
 * Node positions for the non-force layouts, computed as pure functions so they are
 * deterministic and testable: concentric rings by number of links, and groups by type
 * laid out in a grid of sunflower spirals.
 */
export interface LayoutNode {
  id: string;
  links: number;
  /** Group key for the grouped layout (organisation type or collaboration kind). */
  group: string;
}

export type PositionMap = Record<string, { x: number; y: number }>;

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

const byImportance = (a: LayoutNode, b: LayoutNode) => b.links - a.links || (a.id < b.id ? -1 : 1);

/** Rings: the most connected nodes in the centre, ring capacity growing outwards. */
export function concentricPositions(nodes: readonly LayoutNode[], spacing = 46): PositionMap {
  const sorted = [...nodes].sort(byImportance);
  const out: PositionMap = {};
  let ring = 0;
  let index = 0;
  while (index < sorted.length) {
    const radius = ring === 0 ? 0 : ring * spacing * 2.2;
    const capacity = ring === 0 ? 1 : Math.max(6, Math.floor((2 * Math.PI * radius) / spacing));
    const members = sorted.slice(index, index + capacity);
    members.forEach((node, i) => {
      const angle = (2 * Math.PI * i) / members.length - Math.PI / 2 + ring * 0.3;
      out[node.id] = {
        x: Math.round(radius * Math.cos(angle)) || 0, // no -0
        y: Math.round(radius * Math.sin(angle)) || 0,
      };
    });
    index += capacity;
    ring += 1;
  }
  return out;
}

export interface GroupedLayout {
  positions: PositionMap;
  /** Centre, top edge and width of each group's cell, to place and wrap its label. */
  groups: { key: string; x: number; y: number; top: number; width: number; count: number }[];
}

/** Groups in the order given by `groupOrder`, each a sunflower spiral, wrapped in rows. */
export function groupedPositions(
  nodes: readonly LayoutNode[],
  groupOrder: readonly string[],
  spacing = 40,
): GroupedLayout {
  const byGroup = new Map<string, LayoutNode[]>();
  for (const node of nodes) {
    const list = byGroup.get(node.group) ?? [];
    list.push(node);
    byGroup.set(node.group, list);
  }
  const keys = [
    ...groupOrder.filter((k) => byGroup.has(k)),
    ...[...byGroup.keys()].filter((k) => !groupOrder.includes(k)).sort(),
  ];
  const radii = keys.map((k) => spacing * 0.6 * Math.sqrt(byGroup.get(k)?.length ?? 1) + spacing);
  const total = radii.reduce((sum, r) => sum + (2 * r) ** 2, 0);
  const rowWidth = Math.max(Math.sqrt(total) * 1.5, (radii[0] ?? spacing) * 2);
  const positions: PositionMap = {};
  const groups: GroupedLayout['groups'] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  keys.forEach((key, i) => {
    const r = radii[i] ?? spacing;
    if (x > 0 && x + 2 * r > rowWidth) {
      x = 0;
      y += rowHeight + spacing * 1.5;
      rowHeight = 0;
    }
    const cx = x + r;
    const cy = y + r + spacing;
    const members = [...(byGroup.get(key) ?? [])].sort(byImportance);
    members.forEach((node, j) => {
      const dist = spacing * 0.6 * Math.sqrt(j);
      positions[node.id] = {
        x: Math.round(cx + dist * Math.cos(j * GOLDEN_ANGLE)),
        y: Math.round(cy + dist * Math.sin(j * GOLDEN_ANGLE)),
      };
    });
    groups.push({
      key,
      x: Math.round(cx),
      y: Math.round(cy),
      top: Math.round(cy - r - spacing * 0.2),
      width: Math.round(2 * r),
      count: members.length,
    });
    x += 2 * r + spacing;
    rowHeight = Math.max(rowHeight, 2 * r + spacing);
  });
  return { positions, groups };
}
