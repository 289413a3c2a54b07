/**
 * layoutScene on tiny graphs: the focus fills the frame, the rest fades or is left out,
 * labels are at least the minimum size, never overlap, and the least important goes first.
 */
import { describe, expect, it } from 'vitest';
import { approximateMeasure } from '../../src/graph-view/captionLayout';
import {
  DEFAULT_SCENE_OPTIONS,
  layoutScene,
  sceneToSvg,
  type Box,
  type SceneNodeInput,
} from '../../src/graph-view/slideScene';

const node = (id: string, x: number, y: number, extra: Partial<SceneNodeInput> = {}) => ({
  id,
  x,
  y,
  size: 20,
  shape: 'ellipse' as const,
  fill: '#88CCEE',
  stroke: '#333333',
  label: `Organisation ${id}`,
  importance: 1,
  ...extra,
});
const area = { x: 0, y: 0, width: 1440, height: 1080 };
const options = (focused: string[] | null, others: 'fade' | 'hide' = 'fade') => ({
  ...DEFAULT_SCENE_OPTIONS,
  area,
  focused: focused ? new Set(focused) : null,
  others,
  measure: approximateMeasure,
});
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutScene', () => {
  // A cluster of four near (0,0) and a far node at (5000, 5000).
  const nodes = [
    node('a', 0, 0, { selected: true, importance: 5 }),
    node('b', 100, 0),
    node('c', 0, 100),
    node('d', 100, 100),
    node('far', 5000, 5000),
  ];
  const edges = [{ id: 'e1', source: 'a', target: 'far', width: 1, colour: '#888888' }];

  it('frames the focused nodes, not the whole network', () => {
    const scene = layoutScene(nodes, edges, options(['a', 'b', 'c', 'd']));
    const focused = scene.nodes.filter((n) => n.focused);
    const xs = focused.map((n) => n.px);
    const ys = focused.map((n) => n.py);
    // The 100-unit cluster spans a large part of the frame (was a dot beside "far").
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(300);
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(300);
    for (const n of focused) {
      expect(n.px).toBeGreaterThan(area.x);
      expect(n.px).toBeLessThan(area.width);
    }
    // The far node is faded and drawn off-frame, not framed.
    const far = scene.nodes.find((n) => n.id === 'far');
    expect(far?.focused).toBe(false);
    expect(scene.labels.map((l) => l.nodeId)).not.toContain('far');
  });

  it('leaves the rest out on request', () => {
    const scene = layoutScene(nodes, edges, options(['a', 'b'], 'hide'));
    expect(scene.nodes.map((n) => n.id).sort()).toEqual(['a', 'b']);
    expect(scene.edges).toEqual([]);
  });

  it('frames everything when nothing is focused or the focus names no node', () => {
    expect(layoutScene(nodes, edges, options(null)).nodes.every((n) => n.focused)).toBe(true);
    expect(layoutScene(nodes, edges, options(['nope'])).nodes.every((n) => n.focused)).toBe(true);
  });

  it('labels are at least 18 px and never overlap, even in a crowd', () => {
    // 60 nodes on a tight 6×10 grid with long names.
    const crowd = Array.from({ length: 60 }, (_, i) =>
      node(`n${i}`, (i % 6) * 30, Math.floor(i / 6) * 30, {
        label: `Kommunalförbundet för regional samverkan nummer ${i}`,
        importance: 60 - i,
      }),
    );
    const scene = layoutScene(crowd, [], options(null));
    expect(scene.labels.length).toBeGreaterThan(10);
    for (const l of scene.labels) expect(l.fontSize).toBeGreaterThanOrEqual(18);
    for (const [i, a] of scene.labels.entries())
      for (const b of scene.labels.slice(i + 1)) expect(overlap(a.box, b.box)).toBe(false);
    // Every label stays inside the frame.
    for (const l of scene.labels) {
      expect(l.box.x).toBeGreaterThanOrEqual(0);
      expect(l.box.x + l.box.width).toBeLessThanOrEqual(area.width);
    }
    // Least important are the ones dropped or abbreviated: the most important keeps its name.
    expect(scene.labels.find((l) => l.nodeId === 'n0')?.text).toBe(crowd[0]?.label);
    if (scene.dropped.length > 0) {
      const dropped = new Set(scene.dropped);
      const keptImportance = Math.max(
        ...crowd.filter((n) => dropped.has(n.id)).map((n) => n.importance),
      );
      expect(keptImportance).toBeLessThan(crowd[0]?.importance ?? 0);
    }
    expect(scene.labels.length + scene.dropped.length).toBe(60);
  });

  it('falls back to the short name before dropping a label', () => {
    // Two nodes side by side in a narrow frame: the long name cannot fit, the short one can.
    const pair = [
      node('x', 0, 0, {
        label: 'Familjen Helsingborg och Region Skånes gemensamma råd',
        shortLabel: 'FIRS',
        importance: 2,
      }),
    ];
    const narrow = { ...options(null), area: { x: 0, y: 0, width: 300, height: 300 } };
    const scene = layoutScene(pair, [], narrow);
    expect(scene.labels[0]?.text).toBe('FIRS');
  });

  it('writes labels as SVG text', () => {
    const svg = sceneToSvg(layoutScene(nodes, edges, options(['a', 'b'])), '#E8A200');
    expect(svg.match(/<text class="node-label"/g)?.length).toBe(2);
    expect(svg).toContain('>Organisation a</text>');
  });
});
