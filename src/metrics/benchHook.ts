/**
 * Benchmark hook for bench/pool.mjs, installed by metricsClient.ts only when the page URL
 * has `?bench=1`: `window.__metricsBench(input, poolSize)` computes every metric of `input`
 * with a fresh client of that pool size (1 = one worker) and reports wall-clock times and
 * the betweenness/closeness values (node ids in sorted order) for comparison.
 */
import type { createMetricsClient, MetricsClientOptions } from './metricsClient';
import type { MetricsInput } from './types';

export interface MetricsBenchRun {
  /** From compute() to the exact result. */
  totalMs: number;
  /** From compute() to the early estimate, or null when none was delivered. */
  estimateMs: number | null;
  /** Pool workers that shared betweenness/closeness (1 when none). */
  workers: number;
  hardwareConcurrency: number;
  timingsMs: Record<string, number>;
  betweenness: number[];
  closeness: number[];
}

declare global {
  interface Window {
    /** Present only with `?bench=1` (see src/metrics/benchHook.ts). */
    __metricsBench?: (input: MetricsInput, poolSize: number) => Promise<MetricsBenchRun>;
  }
}

export function installBenchHook(create: typeof createMetricsClient): void {
  window.__metricsBench = async (input, poolSize) => {
    const options: MetricsClientOptions = { poolSize, cacheSize: 0 };
    const client = create(options);
    const started = performance.now();
    let estimateMs: number | null = null;
    try {
      const result = await client.compute(input, (progress) => {
        if (progress.partial && estimateMs === null) estimateMs = performance.now() - started;
      });
      const totalMs = performance.now() - started;
      const ids = Object.keys(result.nodes).sort();
      return {
        totalMs,
        estimateMs,
        workers: result.workers ?? 1,
        hardwareConcurrency: navigator.hardwareConcurrency,
        timingsMs: result.timingsMs,
        betweenness: ids.map((id) => result.nodes[id]!.betweenness),
        closeness: ids.map((id) => result.nodes[id]!.closeness),
      };
    } finally {
      client.dispose();
    }
  };
}
