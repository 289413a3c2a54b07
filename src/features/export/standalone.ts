/**
 * The standalone HTML export: the single-file build (dist/standalone.html, made by
 * vite.standalone.config.ts) with the view to open written into the page, since a file://
 * address carries no query. Pure string work; the JSON is made safe inside <script>.
 */
import { escapeMarkup } from '../../domain/markup';

/** JSON for a string that cannot end a <script> element or an HTML comment. */
export function scriptSafeJson(value: string): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Writes `window.__SAMVERKAN_VIEW__ = "<query>"` before the page's first script (so it
 * runs before the app) and, when given, the view's title into <title>.
 */
export function injectView(html: string, query: string, title?: string): string {
  const tag = `<script>window.__SAMVERKAN_VIEW__ = ${scriptSafeJson(query)};</script>`;
  let out = html;
  const first = out.search(/<script\b/i);
  if (first >= 0) out = out.slice(0, first) + tag + out.slice(first);
  else {
    const head = out.search(/<\/head>/i);
    out = head >= 0 ? out.slice(0, head) + tag + out.slice(head) : tag + out;
  }
  if (title) {
    const open = out.search(/<title>/i);
    const close = out.search(/<\/title>/i);
    if (open >= 0 && close > open) {
      out = `${out.slice(0, open)}<title>${escapeMarkup(title)}</title>${out.slice(close + '</title>'.length)}`;
    }
  }
  return out;
}
