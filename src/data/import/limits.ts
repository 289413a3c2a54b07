/**
 * Size limits for everything a user can import, resolved in one place. They are set so a
 * browser tab stays responsive: files are refused by size before anything is parsed,
 * tables by row count while parsing, networks by node and edge count.
 */
import { problem, type ImportProblem } from './problems';

export interface ImportLimits {
  /** Largest file accepted, in bytes. Default 20 MiB. */
  maxBytes: number;
  /** Most data rows in a table (CSV or sheet). Default 50,000. */
  maxRows: number;
  /** Most columns in a table. Default 200. */
  maxColumns: number;
  /** Longest cell text kept, in characters; longer cells are cut. Default 1,000. */
  maxCellLength: number;
  /** Most nodes in an imported network (GEXF/GraphML). Default 20,000. */
  maxNodes: number;
  /** Most edges in an imported network (GEXF/GraphML). Default 100,000. */
  maxEdges: number;
}

export const DEFAULT_IMPORT_LIMITS: Readonly<ImportLimits> = Object.freeze({
  maxBytes: 20 * 1024 * 1024,
  maxRows: 50_000,
  maxColumns: 200,
  maxCellLength: 1_000,
  maxNodes: 20_000,
  maxEdges: 100_000,
});

/** The defaults with any given overrides (tests use small limits). */
export function resolveLimits(overrides: Partial<ImportLimits> = {}): ImportLimits {
  return { ...DEFAULT_IMPORT_LIMITS, ...overrides };
}

const MIB = 1024 * 1024;

/** Human size: "20 MB" for limits, one decimal below 10 MB. */
export function formatBytes(bytes: number): string {
  const mb = bytes / MIB;
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}

/** The size of a file or text in bytes (text counted as UTF-8 would be at most). */
export function sizeOf(input: Blob | string): number {
  return typeof input === 'string' ? input.length : input.size;
}

/** An error problem when the input is larger than the limit, else null. Reads nothing. */
export function checkSize(input: Blob | string, limits: ImportLimits): ImportProblem | null {
  const size = sizeOf(input);
  if (size <= limits.maxBytes) return null;
  return problem(
    'error',
    'file-too-large',
    `The file is ${formatBytes(size)}; files up to ${formatBytes(limits.maxBytes)} can be imported.`,
    { value: limits.maxBytes },
  );
}
