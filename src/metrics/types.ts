/**
 * The metrics contract shared by the compute code, the worker protocol and the UI.
 * Field names are stable (the UI is written against them); new fields may be added.
 * All centralities are per node, keyed by node id, and never NaN.
 */

/** Metric ids in display order; drives the `MetricId` union. */
export const METRIC_IDS = [
  'degree',
  'weightedDegree',
  'betweenness',
  'closeness',
  'pagerank',
  'eigenvector',
] as const;
export type MetricId = (typeof METRIC_IDS)[number];

/** An undirected tie. `weight` is a strength (e.g. shared collaborations), >= 1. */
export interface MetricsEdge {
  source: string;
  target: string;
  weight: number;
}

/**
 * The graph to measure: an undirected simple graph. `key` is a signature of the graph
 * (used for caching: equal keys must mean equal graphs). With `weighted`, a tie of
 * strength w has distance 1/w for betweenness/closeness and weight w for PageRank,
 * eigenvector and Louvain.
 */
export interface MetricsInput {
  key: string;
  nodes: string[];
  edges: MetricsEdge[];
  weighted: boolean;
}

/** Metric values of one node. */
export interface NodeMetrics {
  /** Number of distinct neighbours. */
  degree: number;
  /** Sum of tie strengths (equals `degree` when every weight is 1). */
  weightedDegree: number;
  /** Brandes betweenness, normalised like NetworkX for undirected graphs; 0..1. */
  betweenness: number;
  /** Closeness with the Wasserman–Faust correction (NetworkX `wf_improved=True`); 0..1. */
  closeness: number;
  /** PageRank (damping 0.85); sums to 1 over the graph. */
  pagerank: number;
  /** Eigenvector centrality (unit Euclidean norm), or null when it failed to converge. */
  eigenvector: number | null;
  /** Louvain community, 0 = largest; ties broken by smallest node id. */
  community: number;
}

/** Whole-graph figures. */
export interface GraphStats {
  nodes: number;
  edges: number;
  /** 2m / (n(n-1)); 0 when n < 2. */
  density: number;
  /** Connected components, isolated nodes included. */
  components: number;
  /**
   * Mean shortest-path length in ties (hops) over all connected ordered pairs; null when
   * n > 3000 or there is no connected pair.
   */
  averagePathLength: number | null;
}

export interface MetricsResult {
  key: string;
  nodes: Record<string, NodeMetrics>;
  stats: GraphStats;
  /** Metrics that failed, with a readable reason; their fields hold safe defaults. */
  failures: Partial<Record<MetricId | 'community', string>>;
  /** True when betweenness/closeness were estimated from a sample of source nodes. */
  estimate: boolean;
  /** Wall-clock milliseconds per phase. */
  timingsMs: Record<string, number>;
  /** Number of source nodes behind betweenness/closeness (n when exact). */
  sources?: number;
  /**
   * Workers of the pool that shared the exact betweenness/closeness sources (besides the
   * worker that finished the result); absent when one worker did all of it.
   */
  workers?: number;
}

export interface MetricsProgress {
  key: string;
  phase: string;
  /** Overall progress 0..1. */
  fraction: number;
  /** An estimated result delivered early while the exact one is still computing. */
  partial?: MetricsResult;
}
