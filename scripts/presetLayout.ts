/**
 * Deterministic preset positions for both views, computed at data-build time so the
 * first paint is instant and identical on every visit: seeded initial positions,
 * a fixed number of ForceAtlas2 iterations, then noverlap, rounded to whole units.
 * The network view's nodes are the actors: organisations and acting collaborations.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import seedrandom from 'seedrandom';
import type { GraphFile } from '../src/data/graphSchema';
import { actorsOf, projectCollaborationNetwork } from '../src/domain/projection';

type Positions = Record<string, [number, number]>;

function layout(graph: Graph, seed: string, size: number): Positions {
  const rng = seedrandom(seed);
  const ids = graph.nodes().sort();
  for (const id of ids) {
    graph.mergeNodeAttributes(id, { x: (rng() - 0.5) * size, y: (rng() - 0.5) * size });
  }
  forceAtlas2.assign(graph, {
    iterations: 800,
    getEdgeWeight: 'weight',
    settings: {
      ...forceAtlas2.inferSettings(graph),
      barnesHutOptimize: false,
      gravity: 1.5,
      scalingRatio: 12,
    },
  });
  noverlap.assign(graph, {
    maxIterations: 300,
    settings: { margin: 4, ratio: 1, expansion: 1.05 },
  });
  // Normalise into a box of `size` so the two views share a scale.
  let minX = Infinity,
    maxX = -Infinity,
    minY = Infinity,
    maxY = -Infinity;
  graph.forEachNode((_, a) => {
    const { x, y } = a as { x: number; y: number };
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  const scale = size / Math.max(maxX - minX, maxY - minY, 1);
  const out: Positions = {};
  for (const id of ids) {
    const { x, y } = graph.getNodeAttributes(id) as { x: number; y: number };
    out[id] = [
      Math.round((x - minX) * scale - size / 2),
      Math.round((y - minY) * scale - size / 2),
    ];
  }
  return out;
}

export function computePresetPositions(file: Omit<GraphFile, 'positions'>): GraphFile['positions'] {
  const affiliation = new Graph({ type: 'undirected' });
  for (const node of file.nodes) affiliation.addNode(node.id, { size: 1 });
  for (const edge of file.edges) {
    if (!affiliation.hasEdge(edge.source, edge.target)) {
      affiliation.addEdge(edge.source, edge.target, { weight: 1 });
    }
  }
  const network = new Graph({ type: 'undirected' });
  const memberships = file.edges.filter((e) => e.kind === 'membership');
  const actors = actorsOf(memberships);
  for (const node of file.nodes)
    if (node.kind === 'organisation' || actors.has(node.id)) network.addNode(node.id, { size: 1 });
  for (const tie of projectCollaborationNetwork(memberships)) {
    network.addEdge(tie.source, tie.target, { weight: tie.weight });
  }
  return {
    affiliation: layout(affiliation, 'samverkanskartan-affiliation', 1600),
    network: layout(network, 'samverkanskartan-network', 1300),
  };
}
