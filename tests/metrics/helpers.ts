/**
 * Shared builders for metrics tests: inputs from edge lists, seeded random graphs, the 2-D
 * grid and the karate club fixture.
 */
import seedrandom from 'seedrandom';
import { createMetricsHandler } from '../../src/metrics/handler';
import type { MetricsResponse } from '../../src/metrics/protocol';
import type { MetricsEdge, MetricsInput } from '../../src/metrics/types';
import karate from '../fixtures/karate.valid.json';

/** Builds an input from "a-b" or "a-b:3" (strength 3) tie specs; extra isolated nodes allowed. */
export function inputOf(
  ties: string[],
  options: { weighted?: boolean; nodes?: string[] } = {},
): MetricsInput {
  const nodes = new Set(options.nodes ?? []);
  const edges: MetricsEdge[] = ties.map((spec) => {
    const [pair = '', weight] = spec.split(':');
    const [source = '', target = ''] = pair.split('-');
    nodes.add(source);
    nodes.add(target);
    return { source, target, weight: weight === undefined ? 1 : Number(weight) };
  });
  return { key: ties.join(','), nodes: [...nodes], edges, weighted: options.weighted ?? false };
}

/** A seeded G(n, m) random simple graph; node ids "n0".."n{n-1}"; strengths from `strengths`. */
export function randomInput(
  n: number,
  m: number,
  seed: string,
  strengths: number[] = [1],
): MetricsInput {
  const rng = seedrandom(seed);
  const nodes = Array.from({ length: n }, (_, i) => `n${i}`);
  const seen = new Set<number>();
  const edges: MetricsEdge[] = [];
  while (edges.length < m) {
    const a = Math.floor(rng() * n);
    const b = Math.floor(rng() * n);
    if (a === b) continue;
    const code = Math.min(a, b) * n + Math.max(a, b);
    if (seen.has(code)) continue;
    seen.add(code);
    const weight = strengths[Math.floor(rng() * strengths.length)] ?? 1;
    edges.push({ source: `n${a}`, target: `n${b}`, weight });
  }
  return { key: `random:${n}:${m}:${seed}`, nodes, edges, weighted: strengths.length > 1 };
}

/** The rows × cols grid; node ids "r,c". */
export function gridInput(rows: number, cols: number): MetricsInput {
  const nodes: string[] = [];
  const edges: MetricsEdge[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      nodes.push(`${r},${c}`);
      if (r + 1 < rows) edges.push({ source: `${r},${c}`, target: `${r + 1},${c}`, weight: 1 });
      if (c + 1 < cols) edges.push({ source: `${r},${c}`, target: `${r},${c + 1}`, weight: 1 });
    }
  }
  return { key: `grid:${rows}x${cols}`, nodes, edges, weighted: false };
}

/** Zachary's karate club; `weighted` uses Zachary's interaction counts as strengths. */
export function karateInput(weighted = false): MetricsInput {
  return {
    key: `karate:${weighted}`,
    nodes: [...karate.nodes],
    edges: karate.edges.map((e) => ({ ...e })),
    weighted,
  };
}

/** A handler that records its responses, and a promise for "until the responses satisfy …". */
export function collectHandler() {
  const responses: MetricsResponse[] = [];
  let notify = () => {};
  const handler = createMetricsHandler((r) => {
    responses.push(r);
    notify();
  });
  const until = (predicate: (r: MetricsResponse[]) => boolean) =>
    new Promise<void>((resolve) => {
      notify = () => predicate(responses) && resolve();
      notify();
    });
  return { handler, responses, until };
}
