/**
 * Typed messages between the metrics client and the metrics worker (or its in-thread
 * fallback). Requests carry a client-chosen numeric id; every response names the id it
 * answers. A compute ends with exactly one `result` or `error` (name 'AbortError' when
 * cancelled or superseded).
 */
import type { MetricsInput, MetricsProgress, MetricsResult } from './types';

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
}

/** Cancels computation `id` if it is still running; ignored otherwise. */
export interface CancelRequest {
  type: 'cancel';
  id: number;
}

export type MetricsRequest = ComputeRequest | CancelRequest;

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

export type MetricsResponse = ProgressResponse | ResultResponse | ErrorResponse;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Structural check of an incoming request (shape only; the input is validated by compute). */
export function isMetricsRequest(value: unknown): value is MetricsRequest {
  if (!isRecord(value) || typeof value.id !== 'number') return false;
  if (value.type === 'cancel') return true;
  if (value.type !== 'compute' || !isRecord(value.input)) return false;
  const input = value.input;
  return (
    typeof input.key === 'string' &&
    Array.isArray(input.nodes) &&
    Array.isArray(input.edges) &&
    typeof input.weighted === 'boolean'
  );
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
    default:
      return false;
  }
}
