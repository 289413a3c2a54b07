/**
 * Planning figures shared by the compute code (in the worker) and the client (main thread),
 * kept dependency-free so the client does not pull in the compute code: the progress bar's
 * phase shares, the n·m threshold above which a graph counts as large, and the default size
 * of the worker pool for exact betweenness/closeness.
 */

/** Default n·m above which a graph is large: estimate first, and share the work in a pool. */
export const DEFAULT_ESTIMATE_THRESHOLD = 2e7;

/** True when n·m exceeds `threshold` (about a second of Brandes work at the default). */
export function isLargeGraph(
  n: number,
  m: number,
  threshold = DEFAULT_ESTIMATE_THRESHOLD,
): boolean {
  return n * m > threshold;
}

/** Work phases in order with their share of the progress bar. */
export const PHASES: ReadonlyArray<readonly [string, number]> = [
  ['prepare', 0.02],
  ['pagerank', 0.02],
  ['eigenvector', 0.02],
  ['components', 0.01],
  ['community', 0.03],
  ['betweenness', 0.87],
  ['pathLength', 0.03],
];

/** Progress fraction at which `phase` starts. */
export function phaseStart(phase: string): number {
  let sum = 0;
  for (const [name, share] of PHASES) {
    if (name === phase) return sum;
    sum += share;
  }
  return sum;
}

/** Share of the progress bar taken by `phase` (0 for unknown phases). */
export function phaseShare(phase: string): number {
  return PHASES.find(([name]) => name === phase)?.[1] ?? 0;
}

/** Most workers a pool uses (beyond four the merge and the copies eat the gain). */
export const MAX_POOL_SIZE = 4;
/** Fewest workers for which a pool is worth it; smaller sizes mean one worker. */
export const MIN_POOL_SIZE = 2;

/**
 * Pool size for a machine with `hardwareConcurrency` logical cores: one core is left to the
 * page, at most MAX_POOL_SIZE. A result below MIN_POOL_SIZE means "no pool".
 */
export function defaultPoolSize(hardwareConcurrency: number | undefined): number {
  if (hardwareConcurrency === undefined || !Number.isFinite(hardwareConcurrency)) return 0;
  return Math.max(0, Math.min(MAX_POOL_SIZE, Math.floor(hardwareConcurrency) - 1));
}
