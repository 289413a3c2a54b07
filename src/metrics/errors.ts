/**
 * Error helpers shared by compute, handler and client. Kept dependency-free so the client
 * (main bundle) does not pull in the compute code.
 */

/** The Error thrown (and rejected with) when a computation is cancelled or superseded. */
export function abortError(message = 'The metrics computation was cancelled.'): Error {
  const error = new Error(message);
  error.name = 'AbortError';
  return error;
}

/** True for errors produced by `abortError` (or DOM AbortErrors). */
export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}
