/**
 * The metrics client of the time and scenarios panel: one worker of its own, so period
 * computes and analyses never supersede the measures of the picture (useMetricsRunner).
 */
import type { ViewGraph } from '../../domain/viewGraph';
import { createMetricsClient, type MetricsClient } from '../../metrics/metricsClient';
import type { MetricsInput } from '../../metrics/types';

let client: MetricsClient | null = null;

/** The shared client, created on first use. */
export function analysisClient(): MetricsClient {
  client ??= createMetricsClient({ progressive: false });
  return client;
}

/** Metrics input of a view graph (the network view weighted by shared collaborations). */
export function graphInput(graph: ViewGraph): MetricsInput {
  return {
    key: `${graph.view}:${graph.signature}`,
    nodes: graph.nodes.map((n) => n.id),
    edges: graph.links.map((l) => ({ source: l.source, target: l.target, weight: l.weight })),
    weighted: graph.view === 'network',
  };
}
