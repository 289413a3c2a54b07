/**
 * Problems found while reading or importing a file: a code the UI translates, the row
 * (1-based, as a spreadsheet shows it) and column where known, and an English message
 * for logs. Errors block an import (all-or-nothing); warnings only inform.
 */

export const PROBLEM_CODES = [
  'file-too-large',
  'too-many-rows',
  'too-many-columns',
  'too-many-nodes',
  'too-many-edges',
  'unsupported-format',
  'unreadable-file',
  'encoding-fallback',
  'empty-file',
  'empty-sheet',
  'unknown-sheet',
  'malformed-row',
  'control-characters',
  'cell-too-long',
  'formula-without-value',
  'missing-column',
  'missing-value',
  'unknown-value',
  'invalid-period',
  'duplicate-id',
  'dangling-reference',
  'ignored-content',
  'invalid-xml',
  'invalid-graph',
  'storage-unavailable',
  'not-found',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export type ProblemSeverity = 'error' | 'warning';

export interface ImportProblem {
  severity: ProblemSeverity;
  code: ProblemCode;
  /** 1-based row (spreadsheet row, CSV record, or XML element ordinal) when it applies. */
  row?: number;
  /** Column label (header text or spreadsheet letter) when it applies. */
  column?: string;
  /** The offending value or the limit, for the translated message. */
  value?: string | number;
  /** English explanation for logs and tests; the UI translates `code` instead. */
  message: string;
}

/** Builds a problem; `row`, `column` and `value` are only set when given. */
export function problem(
  severity: ProblemSeverity,
  code: ProblemCode,
  message: string,
  where: { row?: number | undefined; column?: string | undefined; value?: string | number } = {},
): ImportProblem {
  const out: ImportProblem = { severity, code, message };
  if (where.row !== undefined) out.row = where.row;
  if (where.column !== undefined) out.column = where.column;
  if (where.value !== undefined) out.value = where.value;
  return out;
}

/** True when any problem is an error (the import must not go ahead). */
export function hasErrors(problems: readonly ImportProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** Spreadsheet column letter for a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
