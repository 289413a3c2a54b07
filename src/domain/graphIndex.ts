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
  // Sort each neighbour list by (neighbour, link) and drop repeated neighbours: insertion
  // sort in place for short lists (most), Array#sort for long ones (hubs).
  const offsets = new Int32Array(n + 1);
  const targets = new Int32Array(rawTargets.length);
  const arcLink = new Int32Array(rawTargets.length);
  const before = (x: number, y: number) =>
    rawTargets[x]! < rawTargets[y]! ||
    (rawTargets[x] === rawTargets[y] && rawLinks[x]! < rawLinks[y]!);
  let out = 0;
  for (let v = 0; v < n; v++) {
    offsets[v] = out;
    const lo = rawOffsets[v]!;
    const hi = rawOffsets[v + 1]!;
    if (hi - lo <= 32) {
      for (let a = lo + 1; a < hi; a++) {
        const t = rawTargets[a]!;
        const l = rawLinks[a]!;
        let b = a - 1;
        while (b >= lo && (rawTargets[b]! > t || (rawTargets[b] === t && rawLinks[b]! > l))) {
          rawTargets[b + 1] = rawTargets[b]!;
          rawLinks[b + 1] = rawLinks[b]!;
          b--;
        }
        rawTargets[b + 1] = t;
        rawLinks[b + 1] = l;
      }
    } else {
      const order = Array.from({ length: hi - lo }, (_, i) => lo + i).sort((x, y) =>
        before(x, y) ? -1 : before(y, x) ? 1 : 0,
      );
      const ts = order.map((a) => rawTargets[a]!);
      const ls = order.map((a) => rawLinks[a]!);
      rawTargets.set(ts, lo);
      rawLinks.set(ls, lo);
    }
    let last = -1;
    for (let a = lo; a < hi; a++) {
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
