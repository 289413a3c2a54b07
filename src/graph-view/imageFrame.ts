/**
 * The frame of an exported picture, as pure data: the output size in CSS px and where the
 * graph and the caption go — the current view with the caption below, or the whole graph
 * fitted into a slide (16:9 = 1920×1080 with the caption in a right-hand column, 4:3 =
 * 1440×1080 with the caption in a bottom band). Multiplied by the PNG scale on output.
 */
import {
  layoutCaption,
  type CaptionContent,
  type CaptionLayout,
  type MeasureText,
} from './captionLayout';

export const PNG_SCALES = [1, 2, 4] as const;
export type PngScale = (typeof PNG_SCALES)[number];
export const BACKGROUNDS = ['white', 'transparent'] as const;
export type Background = (typeof BACKGROUNDS)[number];
export const SLIDE_PRESETS = ['none', '16:9', '4:3'] as const;
export type SlidePreset = (typeof SLIDE_PRESETS)[number];

/** Slide frames in CSS px (multiplied by the PNG scale). */
export const SLIDE_SIZES: Record<
  Exclude<SlidePreset, 'none'>,
  { width: number; height: number }
> = {
  '16:9': { width: 1920, height: 1080 },
  '4:3': { width: 1440, height: 1080 },
};

/** Width of the caption column beside the graph in a 16:9 slide. */
const SIDE_CAPTION_WIDTH = 480;
/** Space around the fitted graph in a slide frame. */
export const SLIDE_PADDING = 32;

export interface ImageExportOptions {
  /** PNG only; SVG is always at 1. */
  scale: PngScale;
  background: Background;
  preset: SlidePreset;
  /** The caption to draw, or null for none. */
  caption: CaptionContent | null;
  /**
   * Slides only: the nodes to frame (null = the selection and its neighbourhood, or all
   * when nothing is selected) and whether the rest is faded (default) or left out.
   * Comparison, routes and neighbourhood views pass their own node ids here.
   */
  focus?: { ids: ReadonlySet<string> | null; others: 'fade' | 'hide' };
}

export interface FramePlan {
  /** The whole image in CSS px. */
  width: number;
  height: number;
  /** Where the graph goes; `full` = the whole graph fitted in (else the current view). */
  graph: { x: number; y: number; width: number; height: number; full: boolean };
  caption: CaptionLayout | null;
}

/**
 * Where graph and caption go. No preset: the current view at its size, caption below.
 * 16:9: the whole graph on the left, caption in a column on the right. 4:3: caption in a
 * band at the bottom, the graph above. Pure.
 */
export function planFrame(
  view: { width: number; height: number },
  preset: SlidePreset,
  caption: CaptionContent | null,
  measure: MeasureText,
): FramePlan {
  if (preset === 'none') {
    const width = Math.max(1, Math.round(view.width));
    const height = Math.max(1, Math.round(view.height));
    const layout = caption ? layoutCaption(caption, { x: 0, y: height, width }, measure) : null;
    return {
      width,
      height: height + (layout?.height ?? 0),
      graph: { x: 0, y: 0, width, height, full: false },
      caption: layout,
    };
  }
  const { width, height } = SLIDE_SIZES[preset];
  if (!caption) return { width, height, graph: { x: 0, y: 0, width, height, full: true }, caption };
  if (preset === '16:9') {
    const x = width - SIDE_CAPTION_WIDTH;
    return {
      width,
      height,
      graph: { x: 0, y: 0, width: x, height, full: true },
      caption: layoutCaption(
        caption,
        { x, y: 0, width: SIDE_CAPTION_WIDTH, edge: 'left', height },
        measure,
      ),
    };
  }
  const band = Math.min(
    Math.round(height * 0.45),
    layoutCaption(caption, { x: 0, y: 0, width }, measure).height,
  );
  return {
    width,
    height,
    graph: { x: 0, y: 0, width, height: height - band, full: true },
    caption: layoutCaption(caption, { x: 0, y: height - band, width }, measure),
  };
}
