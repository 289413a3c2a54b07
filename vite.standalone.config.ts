/**
 * The standalone build: the same app (index.html → src/main.tsx) as ONE self-contained
 * HTML file, dist/standalone.html, that opens offline by double-click (file://). It runs
 * after the main build and leaves dist/ as that build wrote it. The export dialog fetches
 * this file and writes the view to open into it. Code that would load a separate file
 * (a Web Worker) checks import.meta.env.VITE_STANDALONE and stays in-thread; the build
 * fails if anything but the one HTML file would be written.
 */
import { defineConfig, mergeConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import base from './vite.config.ts';

export const STANDALONE_FILE = 'standalone.html';

/**
 * Keeps the output to the one HTML page. Worker chunks are dropped: Vite emits them for
 * every `new Worker(new URL(…))` it sees, but behind the VITE_STANDALONE flag that call is
 * dead code and minified away, which is checked here: the build fails if the page could
 * still start a worker, or if any other file would be written.
 */
function onlyOneFile(): Plugin {
  return {
    name: 'samverkan:only-one-file',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const name of Object.keys(bundle)) {
          if (/\.worker-[\w-]+\.js$/.test(name)) delete bundle[name];
        }
        const page = bundle[STANDALONE_FILE];
        const html = page?.type === 'asset' ? String(page.source) : '';
        if (/new (Shared)?Worker\(/.test(html)) {
          this.error(
            'The standalone page would start a Web Worker from a separate file, which a ' +
              'single file cannot carry: skip it when import.meta.env.VITE_STANDALONE is set.',
          );
        }
        const extra = Object.keys(bundle).filter((name) => name !== STANDALONE_FILE);
        if (!page || extra.length > 0) {
          this.error(
            `The standalone build must write only ${STANDALONE_FILE}, but would write: ` +
              `${Object.keys(bundle).join(', ')}.`,
          );
        }
      },
    },
  };
}

export default mergeConfig(
  base,
  defineConfig({
    plugins: [viteSingleFile({ outputFileName: STANDALONE_FILE }), onlyOneFile()],
    define: { 'import.meta.env.VITE_STANDALONE': JSON.stringify('true') },
    build: { outDir: 'dist', emptyOutDir: false, copyPublicDir: false },
  }),
);
