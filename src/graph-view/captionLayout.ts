/**
 * The caption block of an exported picture — title, legend of what is drawn, filter
 * summary, data date and sources — laid out once as plain drawing operations in CSS
 * pixels, so the PNG (canvas) and SVG (elements) renderers draw exactly the same thing.
 * Pure: text is measured through the function passed in. System fonts only.
 */
import { escapeMarkup } from '../domain/markup';

/** The font stack of the picture's labels (see stylesheet.ts); never a web font. */
export const CAPTION_FONT = 'system-ui, "DejaVu Sans", sans-serif';

export type CaptionSwatch =
  | { shape: 'circle'; fill: string; stroke: string }
  /** Polygon points in [-1, 1], as in palette.ts. */
  | { shape: 'polygon'; points: readonly number[]; fill: string; stroke?: string };

export interface CaptionLegendGroup {
  heading: string;
  items: { label: string; swatch: CaptionSwatch }[];
}

/** What the caption says; every string already translated. */
export interface CaptionContent {
  title: string;
  /** One line under the title, e.g. the view and what it counts. */
  subtitle: string;
  legend: CaptionLegendGroup[];
  /** One-line summary of the active filters ('' for none). */
  filters: string;
  /** e.g. "Data per 2022". */
  dataAsOf: string;
  /** e.g. "Källor: A; B". */
  sources: string;
}

export type CaptionOp =
  | {
      op: 'text';
      x: number;
      /** Alphabetic baseline. */
      y: number;
      text: string;
      size: number;
      bold: boolean;
      colour: string;
    }
  | { op: 'circle'; cx: number; cy: number; r: number; fill: string; stroke: string }
  | { op: 'polygon'; points: [number, number][]; fill: string; stroke?: string }
  | { op: 'rule'; x1: number; y1: number; x2: number; y2: number; colour: string };

/** Width in CSS px of `text` in the caption font at `size` px. */
export type MeasureText = (text: string, size: number, bold: boolean) => number;

export interface CaptionLayout {
  ops: CaptionOp[];
  /** Height of the block in CSS px, padding included. */
  height: number;
}

/** A font shorthand for canvas/SVG measurement. */
export function captionFont(size: number, bold: boolean): string {
  return `${bold ? 'bold ' : ''}${size}px ${CAPTION_FONT}`;
}

/** Rough measure (no canvas): 0.56 em per character; for tests and headless use. */
export const approximateMeasure: MeasureText = (text, size, bold) =>
  text.length * size * (bold ? 0.6 : 0.56);

/**
 * Splits `text` into lines no wider than `width`; a single word wider than `width` is cut
 * with an ellipsis. Never returns an empty list for non-empty text.
 */
export function wrapText(
  text: string,
  width: number,
  size: number,
  bold: boolean,
  measure: MeasureText,
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, size, bold) <= width || !line) {
      line = candidate;
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.map((l) => fitLine(l, width, size, bold, measure));
}

function fitLine(
  line: string,
  width: number,
  size: number,
  bold: boolean,
  measure: MeasureText,
): string {
  if (measure(line, size, bold) <= width) return line;
  let cut = line;
  while (cut.length > 1 && measure(`${cut}…`, size, bold) > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

const INK = '#1a1a1a';
const MUTED = '#5c5c5c';

export interface CaptionBox {
  x: number;
  y: number;
  width: number;
  /** Where the dividing rule goes: along the top (default) or the left side. */
  edge?: 'top' | 'left';
  /** Height of the box, for a left rule (defaults to the caption's own height). */
  height?: number;
}

/**
 * Lays out the caption in a box of the given width (CSS px) from its top-left corner.
 * Sizes: title 22 px bold, subtitle 13, legend 12, filters 12, data and sources 11.
 */
export function layoutCaption(
  content: CaptionContent,
  box: CaptionBox,
  measure: MeasureText,
): CaptionLayout {
  const pad = 16;
  const ops: CaptionOp[] = [];
  const left = box.x + pad;
  const inner = Math.max(40, box.width - 2 * pad);
  let y = box.y + pad;

  const paragraph = (text: string, size: number, bold: boolean, colour: string, gap = 0) => {
    if (!text) return;
    const lineHeight = Math.round(size * 1.3);
    for (const line of wrapText(text, inner, size, bold, measure)) {
      y += lineHeight;
      ops.push({
        op: 'text',
        x: left,
        y: y - Math.round(size * 0.28),
        text: line,
        size,
        bold,
        colour,
      });
    }
    y += gap;
  };

  const rule = '#d9d9d6';
  if (box.edge !== 'left') {
    ops.push({
      op: 'rule',
      x1: box.x,
      y1: box.y + 0.5,
      x2: box.x + box.width,
      y2: box.y + 0.5,
      colour: rule,
    });
  }
  paragraph(content.title, 22, true, INK, 2);
  paragraph(content.subtitle, 13, false, MUTED, 8);

  const swatch = 12;
  const rowHeight = 18;
  for (const group of content.legend) {
    if (group.items.length === 0) continue;
    paragraph(group.heading, 12, true, INK, 2);
    let x = left;
    let rowTop = y;
    for (const item of group.items) {
      const label = fitLine(item.label, inner - swatch - 6, 12, false, measure);
      const w = swatch + 6 + measure(label, 12, false);
      if (x > left && x + w > left + inner) {
        x = left;
        rowTop += rowHeight;
      }
      const cx = x + swatch / 2;
      const cy = rowTop + rowHeight / 2;
      if (item.swatch.shape === 'circle') {
        ops.push({
          op: 'circle',
          cx,
          cy,
          r: swatch / 2 - 0.5,
          fill: item.swatch.fill,
          stroke: item.swatch.stroke,
        });
      } else {
        const half = swatch / 2;
        const pts: [number, number][] = [];
        const p = item.swatch.points;
        for (let i = 0; i + 1 < p.length; i += 2) {
          pts.push([cx + (p[i] ?? 0) * half, cy + (p[i + 1] ?? 0) * half]);
        }
        ops.push({
          op: 'polygon',
          points: pts,
          fill: item.swatch.fill,
          ...(item.swatch.stroke ? { stroke: item.swatch.stroke } : {}),
        });
      }
      ops.push({
        op: 'text',
        x: x + swatch + 6,
        y: cy + 4,
        text: label,
        size: 12,
        bold: false,
        colour: INK,
      });
      x += w + 16;
    }
    y = rowTop + rowHeight + 6;
  }

  paragraph(content.filters, 12, false, INK, 4);
  paragraph(content.dataAsOf, 11, false, MUTED);
  paragraph(content.sources, 11, false, MUTED);
  const height = Math.ceil(y + pad - box.y);
  if (box.edge === 'left') {
    const bottom = box.y + (box.height ?? height);
    ops.unshift({
      op: 'rule',
      x1: box.x + 0.5,
      y1: box.y,
      x2: box.x + 0.5,
      y2: bottom,
      colour: rule,
    });
  }
  return { ops, height };
}

const n = (v: number) => String(Math.round(v * 100) / 100);

/** The caption's operations as SVG elements (text stays text), one per line. */
export function captionToSvg(ops: readonly CaptionOp[]): string {
  const out: string[] = [];
  for (const o of ops) {
    if (o.op === 'text') {
      out.push(
        `<text x="${n(o.x)}" y="${n(o.y)}" font-family="${escapeMarkup(CAPTION_FONT)}" font-size="${o.size}"${o.bold ? ' font-weight="bold"' : ''} fill="${o.colour}">${escapeMarkup(o.text)}</text>`,
      );
    } else if (o.op === 'circle') {
      out.push(
        `<circle cx="${n(o.cx)}" cy="${n(o.cy)}" r="${n(o.r)}" fill="${o.fill}" stroke="${o.stroke}" stroke-width="1"/>`,
      );
    } else if (o.op === 'polygon') {
      const points = o.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ');
      out.push(
        `<polygon points="${points}" fill="${o.fill}"${o.stroke ? ` stroke="${o.stroke}" stroke-width="1"` : ''}/>`,
      );
    } else {
      out.push(
        `<line x1="${n(o.x1)}" y1="${n(o.y1)}" x2="${n(o.x2)}" y2="${n(o.y2)}" stroke="${o.colour}" stroke-width="1"/>`,
      );
    }
  }
  return out.join('\n');
}

/** Draws the caption's operations on a 2D canvas context (in its current transform). */
export function drawCaption(
  ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  ops: readonly CaptionOp[],
): void {
  for (const o of ops) {
    if (o.op === 'text') {
      ctx.font = captionFont(o.size, o.bold);
      ctx.fillStyle = o.colour;
      ctx.textBaseline = 'alphabetic';
      ctx.fillText(o.text, o.x, o.y);
    } else if (o.op === 'circle') {
      ctx.beginPath();
      ctx.arc(o.cx, o.cy, o.r, 0, 2 * Math.PI);
      ctx.fillStyle = o.fill;
      ctx.fill();
      ctx.lineWidth = 1;
      ctx.strokeStyle = o.stroke;
      ctx.stroke();
    } else if (o.op === 'polygon') {
      ctx.beginPath();
      o.points.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
      ctx.closePath();
      ctx.fillStyle = o.fill;
      ctx.fill();
      if (o.stroke) {
        ctx.lineWidth = 1;
        ctx.strokeStyle = o.stroke;
        ctx.stroke();
      }
    } else {
      ctx.beginPath();
      ctx.moveTo(o.x1, o.y1);
      ctx.lineTo(o.x2, o.y2);
      ctx.lineWidth = 1;
      ctx.strokeStyle = o.colour;
      ctx.stroke();
    }
  }
}
