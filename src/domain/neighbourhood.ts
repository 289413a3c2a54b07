/**
 * "Who is close?": the neighbourhood of one node in the graph shown — every node within a
 * depth of links, with its distance, and the links among them (the induced subgraph, as
 * NetworkX's `ego_graph`), returned as a ViewGraph the UI can show as the view. People are
 * reached but only passed through when asked, as in routes. Plain data in and out.
 */
import { indexGraph, type GraphIndex } from './graphIndex';
import { signatureHash, type ViewGraph, type ViewNode } from './viewGraph';

export interface NeighbourhoodOptions {
  /** Whether the walk may continue through people (seat links); default false. */
  throughPeople?: boolean;
}

export type NeighbourhoodResult =
  | {
      kind: 'found';
      centre: string;
      /** Depth asked for, in links (the UI offers 1, 2 and 3). */
      depth: number;
      /** Every node within `depth`, the centre first at 0, then by distance and node order. */
      distances: { id: string; distance: number }[];
      /** The nodes and the links among them, `links`/`strength` recounted, same view kind. */
      graph: ViewGraph;
    }
  | { kind: 'unknown-node'; centre: string };

/**
 * The neighbourhood of `centre` within `depth` links (a non-negative integer; fractions are
 * floored, negative counts as 0). O(size of the neighbourhood) after the index, which may
 * be passed prebuilt (from {@link indexGraph} over the same `graph`). A centre that is not
 * shown gives `unknown-node`.
 */
export function neighbourhood(
  graph: ViewGraph,
  centre: string,
  depth: number,
  options: NeighbourhoodOptions = {},
  prebuilt?: GraphIndex,
): NeighbourhoodResult {
  const index = prebuilt ?? indexGraph(graph);
  const c = index.indexOf.get(centre);
  if (c === undefined) return { kind: 'unknown-node', centre };
  const maxDepth = Math.max(0, Math.floor(depth));
  const throughPeople = options.throughPeople ?? false;
  const n = index.ids.length;
  const dist = new Int32Array(n).fill(-1);
  const queue: number[] = [c];
  dist[c] = 0;
  const { offsets, targets } = index;
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    if (dist[v]! >= maxDepth) continue;
    if (v !== c && !throughPeople && index.isPerson[v]) continue;
    for (let a = offsets[v]!; a < offsets[v + 1]!; a++) {
      const w = targets[a]!;
      if (dist[w]! < 0) {
        dist[w] = dist[v]! + 1;
        queue.push(w);
      }
    }
  }
  const order = [...queue].sort((x, y) => dist[x]! - dist[y]! || x - y);
  const distances = order.map((v) => ({ id: index.ids[v] as string, distance: dist[v]! }));
  const inside = new Set(distances.map((d) => d.id));
  const links = graph.links.filter(
    (l) => inside.has(l.source) && inside.has(l.target) && l.source !== l.target,
  );
  const byId = new Map<string, ViewNode>();
  for (const node of graph.nodes)
    if (inside.has(node.id)) byId.set(node.id, { id: node.id, links: 0, strength: 0 });
  for (const link of links) {
    for (const end of [link.source, link.target]) {
      const node = byId.get(end);
      if (node) {
        node.links += 1;
        node.strength += link.weight;
      }
    }
  }
  const nodes = [...byId.values()];
  const signature = `${graph.view}:ego:${nodes.length}:${links.length}:${signatureHash(
    `${centre}*${maxDepth}*${nodes.map((x) => x.id).join(',')}*${links.map((l) => l.id).join(',')}`,
  )}`;
  return {
    kind: 'found',
    centre,
    depth: maxDepth,
    distances,
    graph: { view: graph.view, nodes, links, signature },
  };
}
