/**
 * Links for sharing a view: the absolute address of the current view (explore or embed
 * mode) and a ready <iframe> snippet. Pure: the page address is passed in.
 */
import { escapeMarkup } from '../../domain/markup';
import { serializeNavState, type Mode, type NavState } from '../../url/navState';

/** Embed sizes offered, in CSS px. */
export const EMBED_SIZES = [
  { width: 800, height: 450 },
  { width: 1280, height: 720 },
  { width: 480, height: 270 },
] as const;

/** The address of `nav` in `mode`, on the page at `href` (its query and hash replaced). */
export function viewUrl(href: string, nav: NavState, mode: Mode): string {
  const base = href.split(/[?#]/)[0] ?? href;
  return `${base}${serializeNavState({ ...nav, mode })}`;
}

/** An <iframe> element for `url`; width and height are clamped to 120–4000 px. */
export function iframeSnippet(url: string, width: number, height: number, title: string): string {
  const clamp = (v: number) => Math.min(4000, Math.max(120, Math.round(v) || 0));
  return `<iframe src="${escapeMarkup(url)}" width="${clamp(width)}" height="${clamp(height)}" title="${escapeMarkup(title)}" style="border:0" loading="lazy" allowfullscreen></iframe>`;
}
