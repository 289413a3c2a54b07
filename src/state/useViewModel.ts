/**
 * Derives what is shown from the dataset and the URL state — visible set, view graph,
 * node sizes and positions — memoised, never stored.
 */
import { useMemo } from 'react';
import { COLLABORATION_KINDS, ORGANISATION_TYPES } from '../data/vocabulary';
import { applyFilters, type VisibleSet } from '../domain/filters';
import {
  concentricPositions,
  groupedPositions,
  type LayoutNode,
  type PositionMap,
} from '../domain/layouts';
import { buildViewGraph, type ViewGraph } from '../domain/viewGraph';
import { useDataset } from './DatasetContext';
import { useAppStore } from './store';

export interface ViewModel {
  visible: VisibleSet;
  graph: ViewGraph;
  positions: PositionMap;
  /** Group label anchors for the grouped layout. */
  groupLabels: { key: string; x: number; y: number; width: number }[];
}

const GROUP_ORDER = [
  ...ORGANISATION_TYPES.map((t) => `org:${t}`),
  ...COLLABORATION_KINDS.map((k) => `col:${k}`),
  'person',
];

export function useViewModel(): ViewModel {
  const { data } = useDataset();
  const filters = useAppStore((s) => s.nav.filters);
  const view = useAppStore((s) => s.nav.view);
  const layout = useAppStore((s) => s.nav.layout);
  const visible = useMemo(() => applyFilters(data, filters), [data, filters]);
  const graph = useMemo(() => buildViewGraph(visible, view), [visible, view]);
  const { positions, groupLabels } = useMemo(() => {
    if (layout === 'force') {
      const preset = data.file.positions[view];
      const out: PositionMap = {};
      for (const node of graph.nodes) {
        const p = preset[node.id];
        if (p) out[node.id] = { x: p[0], y: p[1] };
      }
      return { positions: out, groupLabels: [] };
    }
    const nodes: LayoutNode[] = graph.nodes.map((n) => {
      const node = data.nodeById.get(n.id);
      const group = !node
        ? 'other'
        : node.kind === 'person'
          ? 'person'
          : `${node.kind === 'organisation' ? 'org' : 'col'}:${node.type}`;
      return { id: n.id, links: n.links, group };
    });
    if (layout === 'concentric') return { positions: concentricPositions(nodes), groupLabels: [] };
    const grouped = groupedPositions(nodes, GROUP_ORDER);
    return {
      positions: grouped.positions,
      groupLabels: grouped.groups.map((g) => ({ key: g.key, x: g.x, y: g.top, width: g.width })),
    };
  }, [data, graph, layout, view]);
  return useMemo(
    () => ({ visible, graph, positions, groupLabels }),
    [visible, graph, positions, groupLabels],
  );
}
