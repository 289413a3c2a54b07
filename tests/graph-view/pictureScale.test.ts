/** Sizes of large pictures scaled to their layout (src/graph-view/pictureScale.ts). */
import { describe, expect, it } from 'vitest';
import { labelledCount, pictureScale } from '../../src/graph-view/pictureScale';

/** `n` nodes on a square grid `step` apart; value = index (the last is the most important). */
function grid(n: number, step: number) {
  const side = Math.ceil(Math.sqrt(n));
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, value: i }));
  const positions: Record<string, { x: number; y: number }> = {};
  nodes.forEach(
    (node, i) => (positions[node.id] = { x: (i % side) * step, y: Math.floor(i / side) * step }),
  );
  return { nodes, positions };
}

describe('pictureScale', () => {
  it('gives a node at most about the room it has in the layout', () => {
    const { nodes, positions } = grid(2500, 10);
    const scale = pictureScale(nodes, positions);
    // 50 × 50 nodes over 490 × 490: ~9.8 units each.
    expect(scale.maxSize).toBeGreaterThan(7);
    expect(scale.maxSize).toBeLessThan(10);
    expect(scale.minSize).toBeLessThan(scale.maxSize);
  });

  it('keeps the bundled sizes as the ceiling in a sparse layout', () => {
    const { nodes, positions } = grid(100, 500);
    const scale = pictureScale(nodes, positions);
    expect(scale.maxSize).toBe(64);
    expect(scale.minSize).toBe(14);
    expect(scale.tieWidth).toBeCloseTo(scale.labelFont / 16, 5);
  });

  it('labels the most important nodes only, with a font that scales with the extent', () => {
    const { nodes, positions } = grid(1600, 40);
    const scale = pictureScale(nodes, positions);
    expect(scale.labelled).toHaveLength(labelledCount(1600));
    expect(scale.labelled[0]).toBe('n1599');
    expect(scale.labelled).not.toContain('n0');
    // Extent 1,560: labels ~26 units, the others a fifth of that.
    expect(scale.labelFont).toBeCloseTo(1560 / 60, 5);
    expect(scale.minorFont).toBeCloseTo(scale.labelFont / 5, 5);
    const doubled = pictureScale(
      nodes,
      Object.fromEntries(
        Object.entries(positions).map(([id, p]) => [id, { x: 2 * p.x, y: 2 * p.y }]),
      ),
    );
    expect(doubled.labelFont).toBeCloseTo(2 * scale.labelFont, 5);
  });

  it('shares the extent among the nodes drawn, and labels by value over the whole graph', () => {
    const { nodes, positions } = grid(10_000, 10);
    const all = pictureScale(nodes, positions);
    const overview = pictureScale(nodes, positions, 1500);
    expect(overview.maxSize).toBeGreaterThan(2 * all.maxSize);
    expect(overview.labelled).toHaveLength(labelledCount(1500));
    expect(overview.labelled.slice(0, 3)).toEqual(['n9999', 'n9998', 'n9997']);
  });

  it('breaks ties in value by id, whatever the order of the nodes', () => {
    const nodes = ['c', 'a', 'b'].map((id) => ({ id, value: 1 }));
    const positions = { a: { x: 0, y: 0 }, b: { x: 10, y: 0 }, c: { x: 0, y: 10 } };
    expect(pictureScale(nodes, positions).labelled).toEqual(['a', 'b', 'c']);
    expect(pictureScale([...nodes].reverse(), positions).labelled).toEqual(['a', 'b', 'c']);
  });

  it('labels a few dozen at most, and every node of a small picture', () => {
    expect(labelledCount(5)).toBe(5);
    expect(labelledCount(100)).toBe(8);
    expect(labelledCount(1500)).toBe(25);
    expect(labelledCount(60_000)).toBe(25);
  });
});
