/**
 * A Vite plugin that lets the browser fetch the bundled data while it is still compiling
 * the app's scripts: it adds `<link rel="preload" as="fetch" crossorigin>` for the data
 * asset (data/graph.json, emitted as `assets/graph-<hash>.json`) to the built index.html.
 * Without it the fetch starts only after the scripts have run and React has rendered the
 * loading screen. `crossorigin` (anonymous) matches the credentials of the app's plain
 * same-origin `fetch()`, so the browser reuses the preloaded response instead of fetching
 * twice. Builds without the asset (the single-file standalone page, which carries the data
 * inline) get no tag.
 */
import type { Plugin } from 'vite';

/** The emitted data asset's file name in a bundle, or null. */
export function dataAssetName(fileNames: readonly string[]): string | null {
  return fileNames.find((name) => /(^|\/)graph-[\w-]+\.json$/.test(name)) ?? null;
}

export function preloadData(): Plugin {
  return {
    name: 'samverkan:preload-data',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const asset = ctx.bundle ? dataAssetName(Object.keys(ctx.bundle)) : null;
        if (!asset) return [];
        return [
          {
            tag: 'link',
            attrs: { rel: 'preload', href: `./${asset}`, as: 'fetch', crossorigin: 'anonymous' },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
