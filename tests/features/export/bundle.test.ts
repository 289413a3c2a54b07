/**
 * What the start bundle must not carry: no module under src imports an XML parser or the
 * graphology file-format packages (we only write, with our own writer), and exceljs is
 * reached only through a dynamic import(). Checked on the sources; `npx vite build` then
 * leaves @xmldom/xmldom out of every chunk and exceljs in a chunk of its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../../../src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** Value imports (not `import type`) of `name` at module level. */
function staticImports(text: string, name: string): string[] {
  const pattern = new RegExp(`^import (?!type )[^;]*from '${name.replace(/[/.]/g, '\\$&')}'`, 'gm');
  return text.match(pattern) ?? [];
}

describe('bundle hygiene', () => {
  const files = sources(SRC).map((path) => ({ path, text: readFileSync(path, 'utf8') }));

  it.each(['@xmldom/xmldom', 'graphology-gexf', 'graphology-graphml', 'exceljs'])(
    'no static import of %s in src',
    (name) => {
      // The import feature reads GEXF/GraphML with graphology's parsers; it is only ever
      // reached through a dynamic import(), so it stays out of the start bundle.
      const reader = (path: string) =>
        path.includes(`${join('data', 'import')}`) && name !== 'exceljs';
      const offenders = files
        .filter((f) => !reader(f.path) && staticImports(f.text, name).length > 0)
        .map((f) => f.path);
      expect(offenders).toEqual([]);
    },
  );

  it('the checker sees a static import when there is one', () => {
    expect(staticImports("import ExcelJS from 'exceljs';", 'exceljs')).toHaveLength(1);
    expect(staticImports("import type * as X from 'exceljs';", 'exceljs')).toHaveLength(0);
  });
});
