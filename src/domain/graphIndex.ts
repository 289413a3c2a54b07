/**
 * Typed-array adjacency of the graph shown (a ViewGraph or any plain nodes + links), the one
 * structure routes and neighbourhoods walk. Undirected; node indices follow the order of
 * `nodes`; each node's neighbours are sorted by index, free of self-loops and duplicates
 * (the first link between a pair wins). Links naming a node that is not shown are skipped.
 * Plain data only, so it can be built and used inside a Web Worker.
 */
import type { ViewLink } from './viewGraph';

/** The part of a ViewGraph the index needs. */
export interface LinkedGraph {
  nodes: readonly { id: string }[];
  links: readonly ViewLink[];
}

export interface GraphIndex {
  /** Node ids in index order (as given). */
  readonly ids: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** Length n + 1; the neighbours of v are `targets[offsets[v] .. offsets[v + 1] - 1]`. */
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  /** For each arc, the index in `links` of the link it comes from. */
  readonly arcLink: Int32Array;
  /** 1 for person nodes (ids starting `person:`), which routes only pass through on request. */
  readonly isPerson: Uint8Array;
  readonly links: readonly ViewLink[];
}

/** True when `value` is an already built index rather than a graph. */
export function isGraphIndex(value: LinkedGraph | GraphIndex): value is GraphIndex {
  return 'offsets' in value;
}

/**
 * Builds the index in O(n + m log d). Throws nothing: unknown endpoints and self-loops are
 * dropped silently, since a filtered view may keep a link whose end is hidden.
 */
export function indexGraph(graph: LinkedGraph): GraphIndex {
  const ids = graph.nodes.map((n) => n.id);
  const n = ids.length;
  const indexOf = new Map<string, number>();
  ids.forEach((id, i) => {
    if (!indexOf.has(id)) indexOf.set(id, i);
  });
  const links = graph.links;
  const from = new Int32Array(links.length).fill(-1);
  const to = new Int32Array(links.length).fill(-1);
  const degree = new Int32Array(n);
  for (let i = 0; i < links.length; i++) {
    const link = links[i] as ViewLink;
    const u = indexOf.get(link.source);
    const v = indexOf.get(link.target);
    if (u === undefined || v === undefined || u === v) continue;
    from[i] = u;
    to[i] = v;
    degree[u]!++;
    degree[v]!++;
  }
  const rawOffsets = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) rawOffsets[v + 1] = rawOffsets[v]! + degree[v]!;
  const cursor = rawOffsets.slice(0, n);
  const rawTargets = new Int32Array(rawOffsets[n]!);
  const rawLinks = new Int32Array(rawOffsets[n]!);
  for (let i = 0; i < links.length; i++) {
    const u = from[i]!;
    const v = to[i]!;
    if (u < 0) continue;
    rawTargets[cursor[u]!] = v;
    rawLinks[cursor[u]!++] = i;
    rawTargets[cursor[v]!] = u;
    rawLinks[cursor[v]!++] = i;
  }
  // Sort each neighbour list by (neighbour, link) and drop repeated neighbours.
  const offsets = new Int32Array(n + 1);
  const targets = new Int32Array(rawTargets.length);
  const arcLink = new Int32Array(rawTargets.length);
  let out = 0;
  const order: number[] = [];
  for (let v = 0; v < n; v++) {
    offsets[v] = out;
    order.length = 0;
    for (let a = rawOffsets[v]!; a < rawOffsets[v + 1]!; a++) order.push(a);
    order.sort((x, y) => rawTargets[x]! - rawTargets[y]! || rawLinks[x]! - rawLinks[y]!);
    let last = -1;
    for (const a of order) {
      const w = rawTargets[a]!;
      if (w === last) continue;
      last = w;
      targets[out] = w;
      arcLink[out++] = rawLinks[a]!;
    }
  }
  offsets[n] = out;
  const isPerson = new Uint8Array(n);
  ids.forEach((id, i) => {
    if (id.startsWith('person:')) isPerson[i] = 1;
  });
  return {
    ids,
    indexOf,
    offsets,
    targets: targets.slice(0, out),
    arcLink: arcLink.slice(0, out),
    isPerson,
    links,
  };
}

/** The index of the link between nodes u and v (indices), or -1 when they are not adjacent. */
export function linkBetween(index: GraphIndex, u: number, v: number): number {
  let lo = index.offsets[u]!;
  let hi = index.offsets[u + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = index.targets[mid]!;
    if (w === v) return index.arcLink[mid]!;
    if (w < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
