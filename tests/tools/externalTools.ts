/**
 * External readers for export tests: xmllint (schema validation) and python3 + NetworkX.
 * When a tool is missing the tests that need it skip with a loud message — except under CI
 * (`process.env.CI`), where they fail, so a missing tool can never pass silently.
 * `scripts/ensure-test-tools.sh` installs both.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const SCHEMAS = resolve(__dirname, '../fixtures/schemas');
const NX_SCRIPT = resolve(__dirname, 'nx_measures.py');

function works(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return result.status === 0;
}

export const HAS_XMLLINT = works('xmllint', ['--version']);
/**
 * The first Python that has NetworkX: the one on PATH (it may be a pyenv build with its
 * own packages) or Debian's, where ensure-test-tools.sh installs python3-networkx.
 */
export const PYTHON =
  ['python3', '/usr/bin/python3'].find((py) => works(py, ['-c', 'import networkx'])) ?? null;
export const HAS_NETWORKX = PYTHON !== null;

/**
 * Whether tests needing `tool` should run: true when present; false (with a warning) when
 * missing locally; throws under CI.
 */
export function requireTool(tool: 'xmllint' | 'networkx'): boolean {
  const present = tool === 'xmllint' ? HAS_XMLLINT : HAS_NETWORKX;
  if (present) return true;
  const message = `\n*** ${tool} is missing: export tests that need it are SKIPPED. Run 'bash scripts/ensure-test-tools.sh'. ***\n`;
  if (process.env.CI) throw new Error(message);
  console.warn(message);
  return false;
}

let dir: string | null = null;
/** Writes `text` to a fresh temporary file named `name`; returns its path. */
export function tempFile(name: string, text: string): string {
  dir ??= mkdtempSync(join(tmpdir(), 'samverkan-export-'));
  const path = join(dir, name);
  writeFileSync(path, text, 'utf8');
  return path;
}

export interface Validation {
  valid: boolean;
  output: string;
}

/** Validates `xml` with xmllint against a schema (`.rng` RELAX NG, else XSD). */
export function validate(xml: string, schema: string, name = 'export.xml'): Validation {
  const path = tempFile(name, xml);
  const flag = schema.endsWith('.rng') ? '--relaxng' : '--schema';
  const result = spawnSync('xmllint', ['--noout', '--nonet', flag, schema, path], {
    encoding: 'utf8',
  });
  return { valid: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

/** What NetworkX reads from a file and computes on it (see nx_measures.py). */
export interface NetworkxReading {
  directed: boolean;
  nodes: number;
  edges: number;
  attributes: Record<string, Record<string, unknown>>;
  edge_weights: number[];
  betweenness: Record<string, number>;
  closeness: Record<string, number>;
  pagerank: Record<string, number>;
}

/**
 * Reads `path` with NetworkX (`gexf`, `graphml`, or `csv`: an edge list with its node list
 * at `path + '.nodes'`); path lengths: the `distance` attribute (floating point), 1/weight as
 * exact fractions (`exact`), or steps (`none`).
 */
export function readWithNetworkx(
  format: 'gexf' | 'graphml' | 'csv',
  path: string,
  pathWeight: 'distance' | 'exact' | 'none',
): NetworkxReading {
  const out = execFileSync(PYTHON ?? 'python3', [NX_SCRIPT, format, path, pathWeight], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out) as NetworkxReading;
}
