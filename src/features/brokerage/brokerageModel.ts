/**
 * Who bridges which worlds: the brokerage input (organisations of the network view and the
 * ties between them, each organisation in its world) and the ranked rows of a brokerage
 * analysis, optionally for one pair of worlds. Pure.
 */
import type { Dataset } from '../../data/dataset';
import type { ViewGraph } from '../../domain/viewGraph';
import { BROKERAGE_ROLES, type RoleCounts } from '../../metrics/brokerage';
import type { BrokerageAnalysis, GroupBrokerageRequest } from '../../metrics/protocol';
import { worldOf, type WorldScheme } from '../../metrics/worlds';

export { BROKERAGE_ROLES };

/** The worker's input: organisations only (undirected, weighted by shared collaborations). */
export function brokerageInput(
  data: Dataset,
  network: ViewGraph,
  scheme: WorldScheme,
): { input: GroupBrokerageRequest['input']; groups: Record<string, string> } {
  const groups: Record<string, string> = {};
  for (const n of network.nodes) {
    const node = data.nodeById.get(n.id);
    if (node?.kind === 'organisation') groups[n.id] = worldOf(node, scheme);
  }
  const edges = network.links
    .filter((l) => l.source in groups && l.target in groups)
    .map((l) => ({ source: l.source, target: l.target, weight: l.weight }));
  return {
    input: { nodes: Object.keys(groups), edges, weighted: true, directed: false },
    groups,
  };
}

export interface BrokerRow {
  id: string;
  world: string;
  /** Brokered pairs (unordered) in the chosen pair of worlds, or in all. */
  pairs: number;
  /** All brokered pairs. */
  totalPairs: number;
  roles: RoleCounts;
  effectiveSize: number | null;
  constraint: number | null;
}

/**
 * Brokers (pairs > 0), most pairs first, then most pairs overall, then id. `pair` (sorted,
 * as `GroupPairCount` names it) restricts `pairs` to that pair of worlds.
 */
export function brokerRows(
  analysis: BrokerageAnalysis,
  pair: readonly [string, string] | null,
): BrokerRow[] {
  const rows: BrokerRow[] = [];
  for (const [id, node] of Object.entries(analysis.brokerage.nodes)) {
    const pairs = pair
      ? node.groupPairs
          .filter((g) => g.from === pair[0] && g.to === pair[1])
          .reduce((sum, g) => sum + g.pairs, 0)
      : node.brokeredPairs;
    if (pairs <= 0) continue;
    const holes = analysis.structuralHoles[id];
    rows.push({
      id,
      world: node.group,
      pairs,
      totalPairs: node.brokeredPairs,
      roles: node.roles,
      effectiveSize: holes?.effectiveSize ?? null,
      constraint: holes?.constraint ?? null,
    });
  }
  return rows.sort(
    (a, b) =>
      b.pairs - a.pairs || b.totalPairs - a.totalPairs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Pairs of worlds somebody brokers, with the pairs brokered in all; most first. */
export function brokeredWorldPairs(
  analysis: BrokerageAnalysis,
): Array<{ pair: [string, string]; pairs: number }> {
  const sums = new Map<string, { pair: [string, string]; pairs: number }>();
  for (const node of Object.values(analysis.brokerage.nodes)) {
    for (const g of node.groupPairs) {
      const key = `${g.from}\u0000${g.to}`;
      const entry = sums.get(key) ?? { pair: [g.from, g.to], pairs: 0 };
      entry.pairs += g.pairs;
      sums.set(key, entry);
    }
  }
  return [...sums.values()].sort(
    (a, b) => b.pairs - a.pairs || (a.pair.join() < b.pair.join() ? -1 : 1),
  );
}
