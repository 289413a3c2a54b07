/**
 * Typed messages between the metrics client and the metrics workers (or the in-thread
 * fallback). Requests carry a client-chosen numeric id; every response names the id it
 * answers. A compute ends with exactly one `result` or `error` (name 'AbortError' when
 * cancelled or superseded); so does a pool worker's `brandes` job (`brandesResult`).
 *
 * The worker pool (large graphs, several cores): the client sends the finishing worker a
 * `compute` with `pooled: true`; that worker builds the graph and answers `graph` with the
 * CSR and the source nodes left to the pool, computes everything else, and waits for a
 * `partial` request with the pool's merged sums. Meanwhile the client splits those sources
 * into contiguous ranges, one `brandes` job per pool worker, and merges their
 * `brandesResult`s.
 *
 * Analyses (`scenario`, `brokerage`) are answered at once, synchronously, with one
 * `scenarioResult` / `brokerageResult` or `error`; they neither cancel nor are cancelled by
 * a running compute.
 */
import type { BrandesPartial } from './brandes';
import type { BrokerageInput, BrokerageResult } from './brokerage';
import type { Csr } from './csr';
import type { ScenarioInput, ScenarioOptions, ScenarioRemoval, ScenarioResult } from './scenario';
import type { StructuralHoles } from './structuralHoles';
import type { MetricsEdge, MetricsInput, MetricsProgress, MetricsResult } from './types';

/** Starts a computation; a newer compute supersedes (cancels) any running one. */
export interface ComputeRequest {
  type: 'compute';
  id: number;
  input: MetricsInput;
  /** Estimate betweenness/closeness from this many sampled sources (see computeMetrics). */
  sampleSources?: number;
  /** Deliver an estimate first as a progress `partial` when the graph is large. */
  progressive?: boolean;
  /** n·m above which a progressive run estimates first (default 2e7). */
  estimateThreshold?: number;
  /**
   * Leave exact betweenness/closeness to a pool: answer `graph` after building the CSR,
   * then wait for a `partial` request (`sampleSources` is ignored).
   */
  pooled?: boolean;
}

/** Cancels computation or pool job `id` if it is still running; ignored otherwise. */
export interface CancelRequest {
  type: 'cancel';
  id: number;
}

/** A pool worker's job: Brandes from `sources` (node indices) on `graph`; no other metric. */
export interface BrandesRequest {
  type: 'brandes';
  id: number;
  graph: Csr;
  /** Tie length 1/strength (Dijkstra) instead of 1 (BFS). */
  weighted: boolean;
  sources: Int32Array;
}

/** The pool's merged sums for a pooled compute, or why the pool could not produce them. */
export type PoolSums = { partial: BrandesPartial } | { failure: string };

/** Hands the pool's sums to the pooled compute `id` (ignored when it is not running). */
export type PoolSumsRequest = { type: 'partial'; id: number } & PoolSums;

/** "What if?": compare `input` with `input` after `removal` (see `compareScenario`). */
export interface ScenarioRequest {
  type: 'scenario';
  id: number;
  input: ScenarioInput;
  removal: ScenarioRemoval;
  options?: ScenarioOptions;
}

/**
 * Brokerage by group (Gould–Fernandez) and Burt's structural holes on one graph. The
 * structural holes read the ties as undirected, weighted when `input.weighted`.
 */
export interface GroupBrokerageRequest {
  type: 'brokerage';
  id: number;
  input: BrokerageInput & { edges: MetricsEdge[]; weighted: boolean };
  /** Group ("world") of every node id. */
  groups: Record<string, string>;
}

export type MetricsRequest =
  | ComputeRequest
  | CancelRequest
  | BrandesRequest
  | PoolSumsRequest
  | ScenarioRequest
  | GroupBrokerageRequest;

export interface ProgressResponse {
  type: 'progress';
  id: number;
  progress: MetricsProgress;
}

export interface ResultResponse {
  type: 'result';
  id: number;
  result: MetricsResult;
}

export interface ErrorResponse {
  type: 'error';
  /** The request id, or -1 when the request itself was unreadable. */
  id: number;
  error: { name: string; message: string };
}

/** A pooled compute's graph (a copy) and the source nodes, in order, left to the pool. */
export interface GraphResponse {
  type: 'graph';
  id: number;
  graph: Csr;
  sources: Int32Array;
}

/** A pool job has processed `done` of its sources. */
export interface BrandesProgressResponse {
  type: 'brandesProgress';
  id: number;
  done: number;
}

/** A pool job's sums over all its sources. */
export interface BrandesResultResponse {
  type: 'brandesResult';
  id: number;
  partial: BrandesPartial;
}

export interface ScenarioResultResponse {
  type: 'scenarioResult';
  id: number;
  result: ScenarioResult;
}

/** Both analyses of a `brokerage` request, keyed by node id. */
export interface BrokerageAnalysis {
  brokerage: BrokerageResult;
  structuralHoles: Record<string, StructuralHoles>;
}

export interface BrokerageResultResponse {
  type: 'brokerageResult';
  id: number;
  result: BrokerageAnalysis;
}

export type MetricsResponse =
  | ProgressResponse
  | ResultResponse
  | ErrorResponse
  | GraphResponse
  | BrandesProgressResponse
  | BrandesResultResponse
  | ScenarioResultResponse
  | BrokerageResultResponse;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** A structurally consistent CSR (typed arrays of matching lengths). */
export function isCsr(value: unknown): value is Csr {
  if (!isRecord(value) || !isCount(value.n) || !isCount(value.m)) return false;
  const { n, offsets, targets, strengths } = value;
  return (
    offsets instanceof Int32Array &&
    targets instanceof Int32Array &&
    strengths instanceof Float64Array &&
    offsets.length === n + 1 &&
    targets.length === strengths.length &&
    targets.length === 2 * value.m &&
    offsets[n] === targets.length
  );
}

/** Partial Brandes sums with arrays of the stated size. */
export function isBrandesPartial(value: unknown): value is BrandesPartial {
  if (!isRecord(value) || !isCount(value.n) || !isCount(value.sources)) return false;
  const { n, dependency, distanceSum, reached, wasSource } = value;
  return (
    dependency instanceof Float64Array &&
    distanceSum instanceof Float64Array &&
    reached instanceof Float64Array &&
    wasSource instanceof Uint8Array &&
    dependency.length === n &&
    distanceSum.length === n &&
    reached.length === n &&
    wasSource.length === n
  );
}

/** Structural check of an incoming request (shape only; the input is validated by compute). */
export function isMetricsRequest(value: unknown): value is MetricsRequest {
  if (!isRecord(value) || typeof value.id !== 'number') return false;
  switch (value.type) {
    case 'cancel':
      return true;
    case 'compute': {
      if (!isRecord(value.input)) return false;
      const input = value.input;
      return (
        typeof input.key === 'string' &&
        Array.isArray(input.nodes) &&
        Array.isArray(input.edges) &&
        typeof input.weighted === 'boolean'
      );
    }
    case 'brandes':
      return (
        isCsr(value.graph) &&
        typeof value.weighted === 'boolean' &&
        value.sources instanceof Int32Array
      );
    case 'partial':
      return isBrandesPartial(value.partial) || typeof value.failure === 'string';
    case 'scenario':
      return (
        isGraphShape(value.input) &&
        typeof value.input.weighted === 'boolean' &&
        isRecord(value.removal) &&
        (value.options === undefined || isRecord(value.options))
      );
    case 'brokerage':
      return (
        isGraphShape(value.input) &&
        typeof value.input.weighted === 'boolean' &&
        isRecord(value.groups)
      );
    default:
      return false;
  }
}

function isGraphShape(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && Array.isArray(value.nodes) && Array.isArray(value.edges);
}

/** Structural check of an incoming response. */
export function isMetricsResponse(value: unknown): value is MetricsResponse {
  if (!isRecord(value) || typeof value.id !== 'number') return false;
  switch (value.type) {
    case 'progress':
      return isRecord(value.progress);
    case 'result':
      return isRecord(value.result);
    case 'error':
      return isRecord(value.error) && typeof value.error.message === 'string';
    case 'graph':
      return isCsr(value.graph) && value.sources instanceof Int32Array;
    case 'brandesProgress':
      return isCount(value.done);
    case 'brandesResult':
      return isBrandesPartial(value.partial);
    case 'scenarioResult':
    case 'brokerageResult':
      return isRecord(value.result);
    default:
      return false;
  }
}
