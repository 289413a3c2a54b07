/**
 * "Your own network" end to end, for the UI in one call: a GEXF, GraphML, CSV or .xlsx
 * file → validated GraphFile with preset positions (from the file, else ForceAtlas2).
 * Tables are membership tables; their columns are guessed unless given. Progress is
 * split over reading (0–0.4), building (0.4–0.5) and layout (0.5–1).
 */
import type { GraphFile } from '../graphSchema';
import { guessMembershipColumns, type MembershipColumns } from './guessColumns';
import { withLayout } from './layout';
import { layoutOffThread } from './layoutWorker';
import type { ImportLimits } from './limits';
import { membershipsFromTable } from './membershipTable';
import { parseNetworkFile } from './networkFile';
import { parseTable } from './parseTable';
import type { ImportProblem } from './problems';
import type { LongTaskOptions } from './progress';
import { toGraphFile } from './toGraphFile';

export interface ImportNetworkOptions extends LongTaskOptions {
  /** Decides the reader: .gexf, .graphml, else a table (.csv, .tsv, .txt, .xlsx). */
  fileName: string;
  /** Membership columns of a table; default guessed (guessMembershipColumns). */
  columns?: MembershipColumns;
  /** Sheet of a workbook. */
  sheet?: string;
  year?: number;
  limits?: Partial<ImportLimits>;
}

export type ImportNetworkResult =
  | { ok: true; file: GraphFile; problems: ImportProblem[] }
  | { ok: false; problems: ImportProblem[]; columns?: MembershipColumns; tableColumns?: string[] };

const scaled = (options: LongTaskOptions, from: number, to: number): LongTaskOptions => ({
  signal: options.signal,
  onProgress: (f) => options.onProgress?.(from + (to - from) * f),
});

/**
 * Imports a file as a network GraphFile (all-or-nothing). When a table's columns
 * cannot be guessed, the result carries the guess and the table's column labels so the
 * UI can ask for the mapping and call again with `columns`. Rejects only on abort.
 */
export async function importNetwork(
  input: File | Blob | string,
  options: ImportNetworkOptions,
): Promise<ImportNetworkResult> {
  const name = options.fileName.toLowerCase();
  const title = options.fileName;
  let network;
  let problems: ImportProblem[];
  if (name.endsWith('.gexf') || name.endsWith('.graphml')) {
    const result = await parseNetworkFile(input, {
      ...scaled(options, 0, 0.4),
      fileName: options.fileName,
      title,
      ...(options.year !== undefined ? { year: options.year } : {}),
      ...(options.limits ? { limits: options.limits } : {}),
    });
    if (!result.ok) return result;
    network = result.network;
    problems = result.problems;
  } else {
    const table = await parseTable(input, {
      ...scaled(options, 0, 0.4),
      fileName: options.fileName,
      ...(options.sheet ? { sheet: options.sheet } : {}),
      ...(options.limits ? { limits: options.limits } : {}),
    });
    if (table.problems.some((p) => p.severity === 'error'))
      return { ok: false, problems: table.problems };
    const columns = options.columns ?? guessMembershipColumns(table.columns, table.rows);
    const result = membershipsFromTable(table, columns, {
      title,
      ...(options.year !== undefined ? { year: options.year } : {}),
    });
    if (!result.ok)
      return {
        ok: false,
        problems: [...table.problems, ...result.problems],
        columns,
        tableColumns: table.columns,
      };
    network = result.network;
    problems = [...table.problems, ...result.problems];
  }
  options.onProgress?.(0.45);
  // Files without positions are laid out in a worker (with progress and cancel).
  const placed = await withLayout(network, scaled(options, 0.5, 1), layoutOffThread);
  const built = toGraphFile(placed);
  if (!built.ok) return { ok: false, problems: [...problems, ...built.problems] };
  options.onProgress?.(1);
  return { ok: true, file: built.file, problems };
}
