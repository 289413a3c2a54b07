/**
 * The large-network overview: which nodes and links of a view graph the picture draws when
 * the graph is over a budget (docs/benchmarks.md, "Overview of large networks"). The canvas
 * renderer costs per element drawn, so a picture of 10,000 organisations and 50,000 ties
 * draws the ones the user is looking at, then the most important nodes, then the strongest
 * links among them. Only the picture is cut: search, tables, panels and metrics read the full
 * graph. Pure and deterministic: same inputs, same overview; under the budget the input
 * graph itself is returned, untouched.
 */
import { signatureHash, type ViewGraph, type ViewLink } from './viewGraph';

export interface OverviewBudget {
  /** Most nodes drawn, unless more must be kept. */
  nodes: number;
  /** Most links drawn, unless more must be kept. */
  links: number;
}

/**
 * About the element count of the bundled graph's pictures (1,100–1,700) times three: 4,500
 * elements. A cut picture is drawn with the large-picture policy of the graph it stands for
 * (scalePolicy.ts `policyFor`). A budget of 1,000 / 2,000 painted sooner (3.2–3.7 s vs
 * 3.9–4.8 s at 10,000 / 50,000) but left as many long tasks while panning, so the richer
 * picture was kept. Measured in docs/benchmarks.md.
 */
export const OVERVIEW_BUDGET: OverviewBudget = { nodes: 1_500, links: 3_000 };

export interface OverviewOptions {
  budget?: OverviewBudget;
  /** Nodes drawn together with all their neighbours and links (the selection). */
  focus?: Iterable<string>;
  /** Nodes always drawn (question answers, comparisons, route steps). */
  keep?: Iterable<string>;
  /** Links always drawn, with their ends (route steps, a selected tie). */
  keepLinks?: Iterable<string>;
  /**
   * Importance per node id, higher first (the active size measure). Nodes missing from it
   * count 0. Without it: the sum of link weights, then the number of links.
   */
  score?: ReadonlyMap<string, number>;
}

export interface OverviewCounts {
  nodes: number;
  links: number;
}

export interface Overview {
  /** The graph to draw: the input graph when nothing is cut. */
  graph: ViewGraph;
  /** True when some nodes or links are left out. */
  cut: boolean;
  shown: OverviewCounts;
  total: OverviewCounts;
}

/**
 * The nodes and links to draw of `graph` within `budget` (default {@link OVERVIEW_BUDGET}):
 * the focus nodes with their neighbours, the kept nodes and the ends of kept links, then the
 * highest-scored nodes (ties broken by id) up to the node budget; among the drawn nodes the
 * links touching a focus node and the kept links, then the heaviest links (ties broken by the
 * summed score of their ends, then by id) up to the link budget. Ids not in the graph are
 * ignored. Nodes keep their full-graph `links` and `strength`, so sizes and label importance
 * do not change when the picture is cut. Nodes and links keep the input order.
 */
export function overviewGraph(graph: ViewGraph, options: OverviewOptions = {}): Overview {
  const budget = options.budget ?? OVERVIEW_BUDGET;
  const total = { nodes: graph.nodes.length, links: graph.links.length };
  if (total.nodes <= budget.nodes && total.links <= budget.links) {
    return { graph, cut: false, shown: total, total };
  }
  const exists = new Set(graph.nodes.map((n) => n.id));
  const focus = new Set([...(options.focus ?? [])].filter((id) => exists.has(id)));
  const keepLinks = new Set(options.keepLinks ?? []);
  const nodes = new Set<string>(focus);
  for (const id of options.keep ?? []) if (exists.has(id)) nodes.add(id);
  for (const link of graph.links) {
    const touches = focus.has(link.source) || focus.has(link.target);
    if (touches || keepLinks.has(link.id)) {
      nodes.add(link.source);
      nodes.add(link.target);
    }
  }

  const score = scoreOf(graph, options.score);
  if (nodes.size < budget.nodes) {
    const ranked = graph.nodes
      .filter((n) => !nodes.has(n.id))
      .sort((a, b) => score(b.id) - score(a.id) || compareIds(a.id, b.id));
    for (const n of ranked) {
      if (nodes.size >= budget.nodes) break;
      nodes.add(n.id);
    }
  }

  const must: ViewLink[] = [];
  const rest: ViewLink[] = [];
  for (const link of graph.links) {
    if (!nodes.has(link.source) || !nodes.has(link.target)) continue;
    const touches = focus.has(link.source) || focus.has(link.target);
    (touches || keepLinks.has(link.id) ? must : rest).push(link);
  }
  const links = new Set(must.map((l) => l.id));
  if (links.size < budget.links) {
    const linkScore = (l: ViewLink) => score(l.source) + score(l.target);
    rest.sort(
      (a, b) => b.weight - a.weight || linkScore(b) - linkScore(a) || compareIds(a.id, b.id),
    );
    for (const link of rest) {
      if (links.size >= budget.links) break;
      links.add(link.id);
    }
  }

  const shownNodes = graph.nodes.filter((n) => nodes.has(n.id));
  const shownLinks = graph.links.filter((l) => links.has(l.id));
  const shown = { nodes: shownNodes.length, links: shownLinks.length };
  const cut = shown.nodes < total.nodes || shown.links < total.links;
  if (!cut) return { graph, cut, shown, total };
  return {
    graph: {
      view: graph.view,
      nodes: shownNodes,
      links: shownLinks,
      signature: `${graph.signature}~${signatureHash(shownNodes.map((n) => n.id).join('\n'))}`,
    },
    cut,
    shown,
    total,
  };
}

/** Code-unit order: deterministic and locale-free. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function scoreOf(
  graph: ViewGraph,
  given: ReadonlyMap<string, number> | undefined,
): (id: string) => number {
  if (given) return (id) => given.get(id) ?? 0;
  // Weighted degree, the number of links as the finer tie-break (both small integers).
  const byId = new Map(graph.nodes.map((n) => [n.id, n.strength * 1e6 + n.links]));
  return (id) => byId.get(id) ?? 0;
}
