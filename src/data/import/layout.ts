/**
 * Preset positions for an imported network when its file has none: ForceAtlas2
 * (graphology-layout-forceatlas2) from seeded initial positions, run in slices with
 * progress and an abort signal. Plain data in and out, so `computeLayout` can run in a
 * worker unchanged (post the request, post the positions back). Deterministic: the same
 * request always gives the same positions.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { pause, type LongTaskOptions } from './progress';
import type { ImportedNetwork, PositionMap } from './toGraphFile';

export interface LayoutRequest {
  /** Node keys. */
  nodes: string[];
  /** Undirected edges between node keys with a weight (default 1). */
  edges: [string, string, number?][];
  /** Seed of the initial positions. Default 'import'. */
  seed?: string;
  /** Side of the square the result is scaled into, in layout units. Default 1300. */
  size?: number;
  /**
   * ForceAtlas2 iterations. Default 300 up to 2,000 nodes, 100 up to 5,000, then 50
   * (10,000 nodes with Barnes–Hut measured ≈ 0.3 s per iteration on a shared 2-core machine).
   */
  iterations?: number;
}

/** Scales positions into a square of side `size` centred on 0, keeping proportions; rounds. */
export function normalisePositions(positions: PositionMap, size: number): PositionMap {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const [x, y] of Object.values(positions)) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const extent = Math.max(maxX - minX, maxY - minY);
  const scale = extent > 0 ? size / extent : 1;
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const out: PositionMap = {};
  for (const [key, [x, y]] of Object.entries(positions)) {
    out[key] = [Math.round((x - cx) * scale) || 0, Math.round((y - cy) * scale) || 0];
  }
  return out;
}

/** mulberry32 seeded by a string hash (FNV-1a): numbers in [0, 1). */
function seededRandom(seed: string): () => number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  let state = h >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SLICE = 10;

/**
 * ForceAtlas2 positions for the request (Barnes–Hut above 1,000 nodes), scaled into
 * `size`. Reports progress per slice of 10 iterations and yields between slices;
 * rejects with the signal's reason when aborted. Edges naming unknown nodes are ignored.
 */
export async function computeLayout(
  request: LayoutRequest,
  options: LongTaskOptions = {},
): Promise<PositionMap> {
  const size = request.size ?? 1300;
  const graph = new Graph({ type: 'undirected' });
  const random = seededRandom(request.seed ?? 'import');
  for (const key of [...request.nodes].sort()) {
    if (!graph.hasNode(key))
      graph.addNode(key, { x: (random() - 0.5) * size, y: (random() - 0.5) * size });
  }
  for (const [source, target, weight] of request.edges) {
    if (source === target || !graph.hasNode(source) || !graph.hasNode(target)) continue;
    const existing = graph.edge(source, target);
    if (existing)
      graph.updateEdgeAttribute(
        existing,
        'weight',
        (w: unknown) => (typeof w === 'number' ? w : 1) + (weight ?? 1),
      );
    else graph.addEdge(source, target, { weight: weight ?? 1 });
  }
  options.onProgress?.(0);
  const iterations =
    request.iterations ?? (graph.order > 5000 ? 50 : graph.order > 2000 ? 100 : 300);
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 1000 };
  for (let done = 0; done < iterations && graph.order > 1; done += SLICE) {
    await pause(options.signal);
    forceAtlas2.assign(graph, {
      iterations: Math.min(SLICE, iterations - done),
      getEdgeWeight: 'weight',
      settings,
    });
    options.onProgress?.(Math.min(1, (done + SLICE) / iterations));
  }
  const raw: PositionMap = {};
  graph.forEachNode((key, attributes) => {
    const { x, y } = attributes as { x: number; y: number };
    raw[key] = [x, y];
  });
  options.onProgress?.(1);
  return normalisePositions(raw, size);
}

/**
 * The layout an imported network needs: the organisation network (ties weighted by
 * shared collaborations) for the `organisations` shape, the bipartite affiliation graph
 * otherwise. toGraphFile derives the other view from it (completePositions).
 */
export function layoutRequestFor(network: ImportedNetwork): {
  view: 'network' | 'affiliation';
  request: LayoutRequest;
} {
  if (network.shape === 'organisations') {
    const members = new Map<string, Set<string>>();
    for (const m of network.memberships) {
      const set = members.get(m.collaboration) ?? new Set<string>();
      set.add(m.organisation);
      members.set(m.collaboration, set);
    }
    const edges: [string, string, number][] = [];
    for (const set of members.values()) {
      const list = [...set].sort();
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) edges.push([list[i] ?? '', list[j] ?? '', 1]);
      }
    }
    return {
      view: 'network',
      request: {
        nodes: network.organisations.map((o) => o.key),
        edges,
        seed: 'import-network',
        size: 1300,
      },
    };
  }
  return {
    view: 'affiliation',
    request: {
      nodes: [
        ...network.organisations.map((o) => o.key),
        ...network.collaborations.map((c) => c.key),
      ],
      edges: network.memberships.map((m): [string, string, number] => [
        m.organisation,
        m.collaboration,
        1,
      ]),
      seed: 'import-affiliation',
      size: 1600,
    },
  };
}

/**
 * The network with computed positions, unless its file brought positions (then no layout
 * runs). `run` computes them: `computeLayout` in this thread by default; the import passes
 * `layoutOffThread` (layoutWorker.ts), which runs it in a worker with progress and abort.
 */
export async function withLayout(
  network: ImportedNetwork,
  options: LongTaskOptions = {},
  run: (request: LayoutRequest, options: LongTaskOptions) => Promise<PositionMap> = computeLayout,
): Promise<ImportedNetwork> {
  if (network.positions?.affiliation || network.positions?.network) {
    options.onProgress?.(1);
    return network;
  }
  const { view, request } = layoutRequestFor(network);
  const positions = await run(request, options);
  return { ...network, positions: { [view]: positions } };
}
