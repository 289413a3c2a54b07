/**
 * The picture of a slide or embed frame as pure data: what matters (the focused nodes — a
 * selection and its neighbourhood, or whatever set a comparison, route or neighbourhood view
 * hands in) fitted into the frame, everything else faded or left out, and labels sized for
 * the output (at least `minLabelPx` in output px) and placed so that no two overlap: the most
 * important label is placed first, each tries positions around its node, then its short
 * name, then an abbreviation, and is dropped only when nothing fits. No DOM, no cytoscape.
 */
import { CAPTION_FONT, type MeasureText } from './captionLayout';

/** A node as drawn, in model coordinates (cytoscape positions and sizes). */
export interface SceneNodeInput {
  id: string;
  x: number;
  y: number;
  /** Diameter in model px. */
  size: number;
  /** 'ellipse' or polygon points in [-1, 1] (cytoscape `shape-polygon-points`). */
  shape: 'ellipse' | readonly number[];
  fill: string;
  stroke: string;
  /** Label as shown; '' for none. */
  label: string;
  /** A shorter name to fall back on (e.g. "FIRS"), when there is one. */
  shortLabel?: string;
  /** Higher is placed first; the selected node should be highest. */
  importance: number;
  /** The selected node(s): drawn with the highlight ring and a bold label. */
  selected?: boolean;
}

export interface SceneEdgeInput {
  id: string;
  source: string;
  target: string;
  /** Line width in model px. */
  width: number;
  colour: string;
  /** Drawn with the highlight colour (edges of the selection). */
  highlighted?: boolean;
}

export type OthersMode = 'fade' | 'hide';

export interface SceneOptions {
  /** Where the picture goes, in output px. */
  area: { x: number; y: number; width: number; height: number };
  /** Node ids that matter; null or empty = every node. */
  focused: ReadonlySet<string> | null;
  /** What happens to the rest: faded (default) or left out. */
  others: OthersMode;
  /** Smallest label font in output px (default 18). */
  minLabelPx: number;
  /** Largest label font in output px (default 26), for the most important labels. */
  maxLabelPx: number;
  /** Space kept free inside the area, in output px (default 24). */
  padding: number;
  /** Largest node diameter in output px (default 72), so a tiny focus is not blown up. */
  maxNodePx: number;
  /** Smallest node diameter in output px (default 10). */
  minNodePx: number;
  measure: MeasureText;
}

export const DEFAULT_SCENE_OPTIONS: Omit<SceneOptions, 'area' | 'focused' | 'measure'> = {
  others: 'fade',
  minLabelPx: 18,
  maxLabelPx: 26,
  padding: 24,
  maxNodePx: 72,
  minNodePx: 10,
};

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SceneNode extends SceneNodeInput {
  /** Centre and diameter in output px. */
  px: number;
  py: number;
  diameter: number;
  focused: boolean;
}

export interface SceneEdge extends SceneEdgeInput {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  lineWidth: number;
  focused: boolean;
}

export interface SceneLabel {
  nodeId: string;
  text: string;
  /** Font size in output px. */
  fontSize: number;
  bold: boolean;
  /** Where the text's box is (output px); text is drawn centred in it, baseline inside. */
  box: Box;
}

export interface Scene {
  nodes: SceneNode[];
  edges: SceneEdge[];
  labels: SceneLabel[];
  /** Focused nodes whose label did not fit anywhere, least important last. */
  dropped: string[];
  /** Output px per model px. */
  scale: number;
}

/** Faded elements' opacity in the picture (as on screen). */
export const FADED_OPACITY = 0.15;

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const inside = (a: Box, area: Box) =>
  a.x >= area.x &&
  a.y >= area.y &&
  a.x + a.width <= area.x + area.width &&
  a.y + a.height <= area.y + area.height;

/** An abbreviation of `text` to at most `max` characters, ending in "…". */
function abbreviate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, Math.max(1, max - 1)).replace(/[\s,–-]+\S*$/, '');
  return `${(cut.length >= 4 ? cut : text.slice(0, max - 1)).trimEnd()}…`;
}

/** Box around a node's disc in output px (a little margin so labels do not touch it). */
const discBox = (n: SceneNode): Box => ({
  x: n.px - n.diameter / 2 - 1,
  y: n.py - n.diameter / 2 - 1,
  width: n.diameter + 2,
  height: n.diameter + 2,
});

/**
 * Lays out the scene. Failure modes: an empty graph gives an empty scene; a focus set
 * naming no drawn node falls back to every node.
 */
export function layoutScene(
  nodesIn: readonly SceneNodeInput[],
  edgesIn: readonly SceneEdgeInput[],
  options: SceneOptions,
): Scene {
  const { area, padding } = options;
  const known = new Set(nodesIn.map((n) => n.id));
  const focusIds =
    options.focused && [...options.focused].some((id) => known.has(id)) ? options.focused : null;
  const isFocused = (id: string) => (focusIds ? focusIds.has(id) : true);
  const drawn = nodesIn.filter((n) => options.others === 'fade' || isFocused(n.id));
  const framed = drawn.filter((n) => isFocused(n.id));
  if (framed.length === 0) return { nodes: [], edges: [], labels: [], dropped: [], scale: 1 };

  // Fit the focused nodes, leaving room for a label line below the lowest ones.
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const n of framed) {
    minX = Math.min(minX, n.x - n.size / 2);
    maxX = Math.max(maxX, n.x + n.size / 2);
    minY = Math.min(minY, n.y - n.size / 2);
    maxY = Math.max(maxY, n.y + n.size / 2);
  }
  const labelRoom = options.maxLabelPx * 1.4;
  const innerW = Math.max(1, area.width - 2 * padding - 2 * labelRoom);
  const innerH = Math.max(1, area.height - 2 * padding - 2 * labelRoom);
  const bw = Math.max(1, maxX - minX);
  const bh = Math.max(1, maxY - minY);
  const biggest = Math.max(...framed.map((n) => n.size), 1);
  const scale = Math.min(innerW / bw, innerH / bh, options.maxNodePx / biggest);
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const ox = area.x + area.width / 2;
  const oy = area.y + area.height / 2;
  const toX = (x: number) => ox + (x - cx) * scale;
  const toY = (y: number) => oy + (y - cy) * scale;

  const nodes: SceneNode[] = drawn.map((n) => ({
    ...n,
    px: toX(n.x),
    py: toY(n.y),
    diameter: Math.min(options.maxNodePx, Math.max(options.minNodePx, n.size * scale)),
    focused: isFocused(n.id),
  }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges: SceneEdge[] = [];
  for (const e of edgesIn) {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (!s || !t) continue;
    edges.push({
      ...e,
      x1: s.px,
      y1: s.py,
      x2: t.px,
      y2: t.py,
      lineWidth: Math.min(14, Math.max(1.5, e.width * Math.min(scale, 2))),
      focused: s.focused && t.focused,
    });
  }

  // Labels: the focused nodes inside the frame, most important first.
  const order = nodes
    .filter((n) => n.focused && n.label)
    .sort(
      (a, b) =>
        Number(b.selected ?? false) - Number(a.selected ?? false) || b.importance - a.importance,
    );
  const maxImportance = Math.max(...order.map((n) => n.importance), 0);
  const placed: Box[] = [];
  const labels: SceneLabel[] = [];
  const dropped: string[] = [];
  const discs = nodes.filter((n) => n.focused).map((n) => ({ id: n.id, box: discBox(n) }));
  const frameBox: Box = { x: area.x, y: area.y, width: area.width, height: area.height };
  for (const n of order) {
    const share = maxImportance > 0 ? n.importance / maxImportance : 0;
    const fontSize = Math.round(
      n.selected
        ? options.maxLabelPx
        : options.minLabelPx + (options.maxLabelPx - options.minLabelPx) * share * 0.6,
    );
    const bold = n.selected ?? false;
    const texts = [n.label];
    if (n.shortLabel && n.shortLabel !== n.label) texts.push(n.shortLabel);
    for (const max of [22, 14]) {
      const short = abbreviate(n.label, max);
      if (!texts.includes(short)) texts.push(short);
    }
    const result = placeLabel(n, texts, fontSize, bold, options.measure, placed, discs, frameBox);
    if (result) {
      placed.push(result.box);
      labels.push(result);
    } else dropped.push(n.id);
  }
  return { nodes, edges, labels, dropped, scale };
}

function placeLabel(
  n: SceneNode,
  texts: readonly string[],
  fontSize: number,
  bold: boolean,
  measure: MeasureText,
  placed: readonly Box[],
  discs: readonly { id: string; box: Box }[],
  frame: Box,
): SceneLabel | null {
  const h = Math.ceil(fontSize * 1.25);
  const r = n.diameter / 2;
  const gap = 3;
  // Two passes: first keep clear of other nodes too, then only of other labels.
  for (const avoidNodes of [true, false]) {
    for (const text of texts) {
      const w = Math.ceil(measure(text, fontSize, bold)) + 4;
      const candidates: Box[] = [
        { x: n.px - w / 2, y: n.py + r + gap, width: w, height: h },
        { x: n.px - w / 2, y: n.py - r - gap - h, width: w, height: h },
        { x: n.px + r + gap, y: n.py - h / 2, width: w, height: h },
        { x: n.px - r - gap - w, y: n.py - h / 2, width: w, height: h },
        { x: n.px + r * 0.7, y: n.py + r * 0.7, width: w, height: h },
        { x: n.px - r * 0.7 - w, y: n.py + r * 0.7, width: w, height: h },
        { x: n.px + r * 0.7, y: n.py - r * 0.7 - h, width: w, height: h },
        { x: n.px - r * 0.7 - w, y: n.py - r * 0.7 - h, width: w, height: h },
      ];
      for (const box of candidates) {
        if (!inside(box, frame)) continue;
        if (placed.some((p) => overlaps(p, box))) continue;
        if (avoidNodes && discs.some((d) => d.id !== n.id && overlaps(d.box, box))) continue;
        return { nodeId: n.id, text, fontSize, bold, box };
      }
    }
  }
  return null;
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Polygon points (output px) for a node's shape. */
export function shapePoints(n: SceneNode): string {
  if (n.shape === 'ellipse') return '';
  const half = n.diameter / 2;
  const out: string[] = [];
  for (let i = 0; i + 1 < n.shape.length; i += 2) {
    out.push(
      `${(n.px + (n.shape[i] ?? 0) * half).toFixed(1)},${(n.py + (n.shape[i + 1] ?? 0) * half).toFixed(1)}`,
    );
  }
  return out.join(' ');
}

/**
 * The scene as SVG elements (no outer <svg>): faded and edge layers first, then nodes, then
 * labels as `<text>` (class "node-label", one per label, white halo via paint-order).
 * `highlight` colours the selection's ring and edges.
 */
export function sceneToSvg(scene: Scene, highlight: string): string {
  const parts: string[] = [];
  for (const e of scene.edges) {
    const colour = e.highlighted ? highlight : e.colour;
    const opacity = e.focused ? (e.highlighted ? 1 : 0.75) : FADED_OPACITY * 0.6;
    parts.push(
      `<line x1="${e.x1.toFixed(1)}" y1="${e.y1.toFixed(1)}" x2="${e.x2.toFixed(1)}" y2="${e.y2.toFixed(1)}" stroke="${esc(colour)}" stroke-width="${e.lineWidth.toFixed(1)}" stroke-opacity="${opacity}" stroke-linecap="round"/>`,
    );
  }
  const ordered = [...scene.nodes].sort((a, b) => Number(a.focused) - Number(b.focused));
  for (const n of ordered) {
    const opacity = n.focused ? '' : ` opacity="${FADED_OPACITY}"`;
    const stroke = n.selected ? highlight : n.stroke;
    const sw = n.selected ? 4 : 1.5;
    const common = `fill="${esc(n.fill)}" stroke="${esc(stroke)}" stroke-width="${sw}"${opacity}`;
    parts.push(
      n.shape === 'ellipse'
        ? `<circle cx="${n.px.toFixed(1)}" cy="${n.py.toFixed(1)}" r="${(n.diameter / 2).toFixed(1)}" ${common}><title>${esc(n.label)}</title></circle>`
        : `<polygon points="${shapePoints(n)}" ${common}><title>${esc(n.label)}</title></polygon>`,
    );
  }
  for (const l of scene.labels) {
    const x = l.box.x + l.box.width / 2;
    const y = l.box.y + l.box.height / 2;
    parts.push(
      `<text class="node-label" x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-family="${esc(CAPTION_FONT)}" font-size="${l.fontSize}"${l.bold ? ' font-weight="bold"' : ''} text-anchor="middle" dominant-baseline="central" fill="#1a1a1a" stroke="#ffffff" stroke-width="${Math.max(3, l.fontSize / 5).toFixed(1)}" stroke-linejoin="round" paint-order="stroke">${esc(l.text)}</text>`,
    );
  }
  return parts.join('');
}
