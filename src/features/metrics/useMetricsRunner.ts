/**
 * Computes the network measures of the graph currently shown, in the worker, whenever it
 * changes: latest wins (a new filter supersedes the running job), results are cached by
 * graph signature in the client, progress and errors land in the store's metrics slice.
 */
import { useEffect } from 'react';
import type { ViewGraph } from '../../domain/viewGraph';
import { createMetricsClient, type MetricsClient } from '../../metrics/metricsClient';
import type { MetricsInput } from '../../metrics/types';
import { useAppStore } from '../../state/store';

let client: MetricsClient | null = null;
function metricsClient(): MetricsClient {
  client ??= createMetricsClient();
  return client;
}

/** The worker's input for a view graph; the network view is weighted by shared collaborations. */
export function metricsInput(graph: ViewGraph): MetricsInput {
  return {
    key: graph.signature,
    nodes: graph.nodes.map((n) => n.id),
    edges: graph.links.map((l) => ({ source: l.source, target: l.target, weight: l.weight })),
    weighted: graph.view === 'network',
  };
}

/** Runs `fn` in a task after the next frame (or after a task where frames are not drawn). */
function afterNextFrame(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(fn, 0);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/**
 * Records the job's span as a User Timing measure ("metrics job"), visible in the browser's
 * performance tools and read by the long-task benchmark. Never throws.
 */
function recordJobSpan(start: number, key: string, outcome: string): void {
  try {
    performance.measure('metrics job', { start, end: performance.now(), detail: { key, outcome } });
  } catch {
    // Environments without User Timing Level 3 (older jsdom): nothing to record.
  }
}

export function useMetricsRunner(graph: ViewGraph): void {
  const attempt = useAppStore((s) => s.metrics.attempt);
  useEffect(() => {
    const input = metricsInput(graph);
    const { setMetrics } = useAppStore.getState();
    let current = true;
    let started: number | null = null;
    setMetrics({ status: 'running', key: input.key, progress: 0, error: null });
    // The job is posted after the next frame, from a task of its own: by then the new view
    // is rendered and painted and its picture created, so the worker runs alongside short
    // main-thread tasks only (the picture's scene job), not alongside that work.
    const cancelStart = afterNextFrame(() => {
      started = performance.now();
      const since = started;
      metricsClient()
        .compute(input, (progress) => {
          if (!current) return;
          setMetrics({
            progress: progress.fraction,
            ...(progress.partial ? { result: progress.partial } : {}),
          });
        })
        .then((result) => {
          if (!current) return;
          recordJobSpan(since, input.key, 'done');
          setMetrics({ status: 'done', result, progress: 1 });
        })
        .catch((error: unknown) => {
          if (!current || (error instanceof Error && error.name === 'AbortError')) return;
          recordJobSpan(since, input.key, 'error');
          setMetrics({
            status: 'error',
            error: error instanceof Error ? error.message : String(error),
          });
        });
    });
    return () => {
      cancelStart();
      if (current && started !== null && useAppStore.getState().metrics.status === 'running')
        recordJobSpan(started, input.key, 'superseded');
      current = false;
    };
  }, [graph, attempt]);
}
