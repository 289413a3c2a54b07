/** Deterministic layouts: concentric and grouped positions. */
import { describe, expect, it } from 'vitest';
import { concentricPositions, groupedPositions } from '../../src/domain/layouts';

describe('layouts', () => {
  const nodes = [
    { id: 'a', links: 5, group: 'x' },
    { id: 'b', links: 1, group: 'y' },
    { id: 'c', links: 3, group: 'x' },
  ];
  it('puts the most connected node at the centre of the concentric layout', () => {
    expect(concentricPositions(nodes).a).toEqual({ x: 0, y: 0 });
  });
  it('groups nodes by key, in the given order, deterministically', () => {
    const layout = groupedPositions(nodes, ['y', 'x']);
    expect(layout.groups.map((g) => [g.key, g.count])).toEqual([
      ['y', 1],
      ['x', 2],
    ]);
    expect(groupedPositions(nodes, ['y', 'x'])).toEqual(layout);
  });
  it('gives each group a cell width its label can wrap to, without overlapping its row', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({
      id: `n${i}`,
      links: i,
      group: `g${i % 8}`,
    }));
    const { groups, positions } = groupedPositions(many, []);
    for (const g of groups) {
      expect(g.width).toBeGreaterThan(0);
      // Every member lies within its group's cell.
      for (const node of many.filter((n) => n.group === g.key))
        expect(Math.abs((positions[node.id]?.x ?? Infinity) - g.x)).toBeLessThanOrEqual(
          g.width / 2,
        );
    }
    const rows = new Map<number, typeof groups>();
    for (const g of groups) rows.set(g.top, [...(rows.get(g.top) ?? []), g]);
    for (const row of rows.values()) {
      const sorted = [...row].sort((a, b) => a.x - b.x);
      for (let i = 1; i < sorted.length; i++) {
        const [left, right] = [sorted[i - 1], sorted[i]];
        if (!left || !right) continue;
        expect(left.x + left.width / 2).toBeLessThanOrEqual(right.x - right.width / 2);
      }
    }
  });
});
