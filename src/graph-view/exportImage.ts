/**
 * Pictures of the graph for slides and reports, from a live cytoscape instance: PNG at
 * 1×/2×/4× (white or transparent), SVG with text as text (cytoscape-svg), either the
 * current view or the whole graph fitted into a slide frame (16:9 = 1920×1080, 4:3 =
 * 1440×1080, in CSS px before scaling), with an optional caption block (captionLayout.ts)
 * below or beside the graph. Output sizes are exact: frame × scale, rounded.
 */
import type { Core } from 'cytoscape';
import {
  approximateMeasure,
  captionFont,
  captionToSvg,
  drawCaption,
  type MeasureText,
} from './captionLayout';
import { planFrame, SLIDE_PADDING, type FramePlan, type ImageExportOptions } from './imageFrame';
import './setup';

export * from './imageFrame';

declare module 'cytoscape' {
  interface Core {
    /** From cytoscape-svg (registered in setup.ts). */
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
  const pad = plan.graph.full ? SLIDE_PADDING : 0;
  return {
    maxWidth: Math.max(1, (plan.graph.width - 2 * pad) * scale),
    maxHeight: Math.max(1, (plan.graph.height - 2 * pad) * scale),
  };
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
  if (cy.elements().nonempty()) {
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
 */
export function exportSvg(cy: Core, options: Omit<ImageExportOptions, 'scale'>): string {
  const plan = planFrame(
    { width: cy.width(), height: cy.height() },
    options.preset,
    options.caption,
    canvasMeasure(),
  );
  const parser = new DOMParser();
  const graphSvg = cy.elements().nonempty()
    ? cy.svg({ full: plan.graph.full, ...graphBounds(plan, 1) })
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
