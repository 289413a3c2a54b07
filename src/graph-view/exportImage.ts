/**
 * Pictures of the graph for slides and reports, from a live cytoscape instance: PNG at
 * 1×/2×/4× (white or transparent), SVG with text as text (cytoscape-svg), either the
 * current view or the whole graph fitted into a slide frame (16:9 = 1920×1080, 4:3 =
 * 1440×1080, in CSS px before scaling), with an optional caption block (captionLayout.ts)
 * below or beside the graph. Output sizes are exact: frame × scale, rounded. Slides are
 * drawn from a scene (slideScene.ts): the focused nodes framed, the rest faded or left out,
 * labels at least 18 output px and never overlapping; the current view is cytoscape's own.
 */
import type { Core } from 'cytoscape';
import {
  approximateMeasure,
  captionFont,
  captionToSvg,
  drawCaption,
  type MeasureText,
} from './captionLayout';
import { planFrame, type FramePlan, type ImageExportOptions } from './imageFrame';
import { ensureSvg } from './lazyExtensions';
import {
  COLLABORATION_FILL,
  COLLABORATION_SHAPES,
  EDGE_COLOUR,
  HIGHLIGHT,
  LEADING_EDGE_COLOUR,
  PERSON_BORDER,
  PERSON_FILL,
  PERSON_SHAPE,
} from './palette';
import {
  DEFAULT_SCENE_OPTIONS,
  FADED_OPACITY,
  layoutScene,
  sceneToSvg,
  type OthersMode,
  type Scene,
  type SceneEdgeInput,
  type SceneNodeInput,
} from './slideScene';
import './setup';
import type { CollaborationKind } from '../data/vocabulary';

export * from './imageFrame';

declare module 'cytoscape' {
  interface Core {
    /** From cytoscape-svg (registered on first use, lazyExtensions.ts). */
    svg(options?: {
      full?: boolean;
      scale?: number;
      maxWidth?: number;
      maxHeight?: number;
      bg?: string;
    }): string;
  }
}

let measureContext: CanvasRenderingContext2D | null | undefined;

/** Text measurement with a canvas in the caption font (falls back to an estimate). */
function canvasMeasure(): MeasureText {
  if (measureContext === undefined)
    measureContext = document.createElement('canvas').getContext('2d');
  const ctx = measureContext;
  if (!ctx) return approximateMeasure;
  return (text, size, bold) => {
    ctx.font = captionFont(size, bold);
    return ctx.measureText(text).width;
  };
}

/** The pixel size a PNG export with these options will have (SVG: use scale 1). */
export function imageSize(
  cy: Core,
  options: ImageExportOptions,
): { width: number; height: number } {
  const plan = planFrame(
    { width: cy.width(), height: cy.height() },
    options.preset,
    options.caption,
    canvasMeasure(),
  );
  return {
    width: Math.round(plan.width * options.scale),
    height: Math.round(plan.height * options.scale),
  };
}

/** Largest graph image (device px) that fits the plan's graph area at `scale`. */
function graphBounds(plan: FramePlan, scale: number) {
  return {
    maxWidth: Math.max(1, plan.graph.width * scale),
    maxHeight: Math.max(1, plan.graph.height * scale),
  };
}

/**
 * The nodes that matter in the current picture: the selection and its neighbourhood
 * (cytoscape classes `focus` / `neighbour`), or null (everything) when nothing is selected.
 */
export function focusedNodeIds(cy: Core): Set<string> | null {
  const ids = new Set(
    cy
      .nodes('.focus, .neighbour')
      .not('.group-label')
      .map((n) => n.id()),
  );
  return ids.size > 0 ? ids : null;
}

/** The drawn graph as scene input, read through cytoscape's public API. */
export function sceneInput(cy: Core): { nodes: SceneNodeInput[]; edges: SceneEdgeInput[] } {
  const nodes: SceneNodeInput[] = [];
  cy.nodes()
    .not('.group-label')
    .forEach((n) => {
      const kind = n.data('kind') as string;
      const type = n.data('type') as string;
      const p = n.position();
      const shown = String(n.data('label') ?? '');
      const full = String(n.data('fullLabel') ?? shown);
      nodes.push({
        id: n.id(),
        x: p.x,
        y: p.y,
        size: Number(n.data('size')) || 12,
        shape:
          kind === 'organisation'
            ? 'ellipse'
            : kind === 'person'
              ? PERSON_SHAPE
              : (COLLABORATION_SHAPES[type as CollaborationKind] ?? 'ellipse'),
        fill:
          kind === 'organisation'
            ? String(n.data('colour') || '#BBBBBB')
            : kind === 'person'
              ? PERSON_FILL
              : COLLABORATION_FILL,
        stroke: kind === 'organisation' ? '#3b3b3b' : kind === 'person' ? PERSON_BORDER : '#ffffff',
        // The label as on screen (short names like "FIRS" included); abbreviated if crowded.
        label: shown || full,
        importance: Number(n.data('links')) || 0,
        selected: n.hasClass('focus'),
      });
    });
  const edges: SceneEdgeInput[] = [];
  cy.edges().forEach((e) => {
    edges.push({
      id: e.id(),
      source: e.source().id(),
      target: e.target().id(),
      width: Number(e.data('width')) || (e.data('leading') ? 2.5 : 1.5),
      colour: e.data('leading') ? LEADING_EDGE_COLOUR : EDGE_COLOUR,
      highlighted: e.hasClass('focus'),
    });
  });
  return { nodes, edges };
}

/** The slide scene of `cy` in the plan's graph area (see slideScene.ts). */
export function slideScene(
  cy: Core,
  plan: FramePlan,
  focus: { ids: ReadonlySet<string> | null; others: OthersMode } | undefined,
): Scene {
  const input = sceneInput(cy);
  const { x, y, width, height } = plan.graph;
  return layoutScene(input.nodes, input.edges, {
    ...DEFAULT_SCENE_OPTIONS,
    area: { x, y, width, height },
    focused: focus?.ids ?? focusedNodeIds(cy),
    others: focus?.others ?? DEFAULT_SCENE_OPTIONS.others,
    measure: canvasMeasure(),
  });
}

/** Draws a scene on a 2D canvas (same look as sceneToSvg). */
function drawScene(ctx: CanvasRenderingContext2D, scene: Scene): void {
  ctx.save();
  ctx.lineCap = 'round';
  for (const e of scene.edges) {
    ctx.globalAlpha = e.focused ? (e.highlighted ? 1 : 0.75) : FADED_OPACITY * 0.6;
    ctx.strokeStyle = e.highlighted ? HIGHLIGHT : e.colour;
    ctx.lineWidth = e.lineWidth;
    ctx.beginPath();
    ctx.moveTo(e.x1, e.y1);
    ctx.lineTo(e.x2, e.y2);
    ctx.stroke();
  }
  const ordered = [...scene.nodes].sort((a, b) => Number(a.focused) - Number(b.focused));
  for (const n of ordered) {
    ctx.globalAlpha = n.focused ? 1 : FADED_OPACITY;
    ctx.beginPath();
    if (n.shape === 'ellipse') ctx.arc(n.px, n.py, n.diameter / 2, 0, Math.PI * 2);
    else {
      const half = n.diameter / 2;
      for (let i = 0; i + 1 < n.shape.length; i += 2) {
        const x = n.px + (n.shape[i] ?? 0) * half;
        const y = n.py + (n.shape[i + 1] ?? 0) * half;
        if (i === 0) ctx.moveTo(x, y);
        else ctx.lineTo(x, y);
      }
      ctx.closePath();
    }
    ctx.fillStyle = n.fill;
    ctx.fill();
    ctx.strokeStyle = n.selected ? HIGHLIGHT : n.stroke;
    ctx.lineWidth = n.selected ? 4 : 1.5;
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  for (const l of scene.labels) {
    ctx.font = captionFont(l.fontSize, l.bold);
    const x = l.box.x + l.box.width / 2;
    const y = l.box.y + l.box.height / 2;
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = Math.max(3, l.fontSize / 5);
    ctx.strokeText(l.text, x, y);
    ctx.fillStyle = '#1a1a1a';
    ctx.fillText(l.text, x, y);
  }
  ctx.restore();
}

/** Renders a PNG; resolves with its bytes. Rejects when the browser cannot make a canvas. */
export async function exportPng(cy: Core, options: ImageExportOptions): Promise<Blob> {
  const plan = planFrame(
    { width: cy.width(), height: cy.height() },
    options.preset,
    options.caption,
    canvasMeasure(),
  );
  const s = options.scale;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(plan.width * s);
  canvas.height = Math.round(plan.height * s);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas');
  if (options.background === 'white') {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
  }
  if (plan.graph.full) {
    ctx.save();
    ctx.scale(s, s);
    drawScene(ctx, slideScene(cy, plan, options.focus));
    ctx.restore();
  } else if (cy.elements().nonempty()) {
    const blob = await cy.png({
      output: 'blob-promise',
      full: plan.graph.full,
      ...graphBounds(plan, s),
    });
    const bitmap = await createImageBitmap(blob);
    const dx = plan.graph.x * s + (plan.graph.width * s - bitmap.width) / 2;
    const dy = plan.graph.y * s + (plan.graph.height * s - bitmap.height) / 2;
    ctx.drawImage(bitmap, Math.round(dx), Math.round(dy));
    bitmap.close();
  }
  if (plan.caption) {
    ctx.save();
    ctx.scale(s, s);
    drawCaption(ctx, plan.caption.ops);
    ctx.restore();
  }
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Renders an SVG document (as text) that vector editors open with labels as `<text>`:
 * the graph drawn by cytoscape-svg, moved into place, plus the caption as SVG elements.
 * cytoscape-svg is loaded on the first call; rejects when it cannot be.
 */
export async function exportSvg(
  cy: Core,
  options: Omit<ImageExportOptions, 'scale'>,
): Promise<string> {
  await ensureSvg();
  const plan = planFrame(
    { width: cy.width(), height: cy.height() },
    options.preset,
    options.caption,
    canvasMeasure(),
  );
  const parser = new DOMParser();
  const graphSvg = plan.graph.full
    ? `<svg xmlns="${SVG_NS}" width="${plan.graph.width}" height="${plan.graph.height}"><g transform="translate(${-plan.graph.x} ${-plan.graph.y})">${sceneToSvg(slideScene(cy, plan, options.focus), HIGHLIGHT)}</g></svg>`
    : cy.elements().nonempty()
      ? cy.svg({ full: false, ...graphBounds(plan, 1) })
      : `<svg xmlns="${SVG_NS}" width="0" height="0"></svg>`;
  const doc = parser.parseFromString(graphSvg, 'image/svg+xml');
  const root = doc.documentElement;
  const gw = parseFloat(root.getAttribute('width') ?? '0') || 0;
  const gh = parseFloat(root.getAttribute('height') ?? '0') || 0;
  const dx = plan.graph.x + (plan.graph.width - gw) / 2;
  const dy = plan.graph.y + (plan.graph.height - gh) / 2;
  // cytoscape-svg draws every element, also those outside the view: clip to the graph area.
  const clip = doc.createElementNS(SVG_NS, 'clipPath');
  clip.setAttribute('id', 'graph-area');
  const area = doc.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of Object.entries(plan.graph))
    if (k !== 'full') area.setAttribute(k, String(v));
  clip.appendChild(area);
  const group = doc.createElementNS(SVG_NS, 'g');
  group.setAttribute('id', 'graph');
  group.setAttribute('clip-path', 'url(#graph-area)');
  const inner = doc.createElementNS(SVG_NS, 'g');
  inner.setAttribute('transform', `translate(${dx.toFixed(2)} ${dy.toFixed(2)})`);
  while (root.firstChild) inner.appendChild(root.firstChild);
  group.appendChild(inner);
  root.setAttribute('width', String(plan.width));
  root.setAttribute('height', String(plan.height));
  root.setAttribute('viewBox', `0 0 ${plan.width} ${plan.height}`);
  if (options.caption) {
    const title = doc.createElementNS(SVG_NS, 'title');
    title.textContent = options.caption.title;
    root.appendChild(title);
  }
  root.appendChild(clip);
  if (options.background === 'white') {
    const rect = doc.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('width', '100%');
    rect.setAttribute('height', '100%');
    rect.setAttribute('fill', '#ffffff');
    root.appendChild(rect);
  }
  root.appendChild(group);
  if (plan.caption) {
    const fragment = parser.parseFromString(
      `<svg xmlns="${SVG_NS}"><g id="caption">${captionToSvg(plan.caption.ops)}</g></svg>`,
      'image/svg+xml',
    );
    const caption = fragment.documentElement.firstElementChild;
    if (caption) root.appendChild(doc.importNode(caption, true));
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
}

/** Current model positions of the drawn nodes (group labels left out), for graph files. */
export function nodePositions(cy: Core): Record<string, { x: number; y: number }> {
  const out: Record<string, { x: number; y: number }> = {};
  cy.nodes()
    .not('.group-label')
    .forEach((node) => {
      const p = node.position();
      out[node.id()] = { x: p.x, y: p.y };
    });
  return out;
}
