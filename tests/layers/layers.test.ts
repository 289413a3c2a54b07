/**
 * The layer rule (.dependency-cruiser.cjs) on small trees made for the test: an import that
 * runs up fails `npm run lint`, one that runs down passes, and the real src/ has none.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');

/** Runs the layer check on a tree of files; returns the exit code and output. */
function cruise(files: Record<string, string>): { code: number; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'layers-'));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true } }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  try {
    const output = execFileSync(process.execPath, [CLI, 'src', '--config', CONFIG], {
      cwd: dir,
      encoding: 'utf8',
    });
    return { code: 0, output };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, output: `${e.stdout}${e.stderr}` };
  }
}

describe('layer rule', () => {
  it('fails an import from domain up to app', () => {
    const result = cruise({
      'src/app/shell.ts': 'export const shell = 1;\n',
      'src/domain/upward.ts': "import { shell } from '../app/shell';\nexport const x = shell;\n",
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('domain-imports-upward');
  });

  it('fails a metrics module that imports from the rest of src (metrics is a leaf)', () => {
    const result = cruise({
      'src/data/dataset.ts': 'export const d = 1;\n',
      'src/metrics/compute.ts': "import { d } from '../data/dataset';\nexport const m = d;\n",
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('metrics-is-a-leaf');
  });

  it('fails graph-view importing state (siblings)', () => {
    const result = cruise({
      'src/state/store.ts': 'export const store = 1;\n',
      'src/graph-view/canvas.ts':
        "import { store } from '../state/store';\nexport const c = store;\n",
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('graph-view-imports-upward');
  });

  it('passes imports that run down', () => {
    const result = cruise({
      'src/data/dataset.ts': 'export const d = 1;\n',
      'src/domain/filters.ts': "import { d } from '../data/dataset';\nexport const f = d;\n",
      'src/features/panel.ts': "import { f } from '../domain/filters';\nexport const p = f;\n",
      'src/app/app.ts': "import { p } from '../features/panel';\nexport const a = p;\n",
    });
    expect(result.output).toContain('no dependency violations');
    expect(result.code).toBe(0);
  });

  it('finds no upward import in src/', () => {
    const output = execFileSync(process.execPath, [CLI, 'src', '--config', CONFIG], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(output).toContain('no dependency violations');
  });
});
