/**
 * Derives what is shown from the dataset and the URL state — visible set, view graph,
 * node sizes and positions — memoised, never stored.
 */
import { useMemo } from 'react';
import { COLLABORATION_KINDS, ORGANISATION_TYPES } from '../data/vocabulary';
import { compareSv } from '../domain/collate';
import { applyFilters, type VisibleSet } from '../domain/filters';
import { labelLookup } from '../domain/labels';
import {
  concentricPositions,
  groupedPositions,
  type LayoutNode,
  type PositionMap,
} from '../domain/layouts';
import { answerQuestions, type QuestionView } from '../domain/questionView';
import { buildViewGraph, type ViewGraph } from '../domain/viewGraph';
import { useDataset } from './DatasetContext';
import { useAppStore } from './store';

export interface ViewModel {
  visible: VisibleSet;
  /** The graph drawn: the filtered view, or the part of it a question shows. */
  graph: ViewGraph;
  /** The filtered view before any question narrowed it. */
  fullGraph: ViewGraph;
  /** Answers to the questions asked, and what to emphasise. */
  question: QuestionView;
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
  const questions = useAppStore((s) => s.nav.questions);
  const fullGraph = useMemo(() => buildViewGraph(visible, view), [visible, view]);
  const question = useMemo(() => {
    const labelOf = labelLookup(data);
    return answerQuestions(data, visible, fullGraph, questions, labelOf, (a, b) =>
      compareSv(labelOf(a), labelOf(b)),
    );
  }, [data, visible, fullGraph, questions]);
  const graph = question.graph;
  const { positions, groupLabels } = useMemo(() => {
    if (question.positions) return { positions: question.positions, groupLabels: [] };
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
  }, [data, graph, layout, view, question]);
  return useMemo(
    () => ({ visible, graph, fullGraph, question, positions, groupLabels }),
    [visible, graph, fullGraph, question, positions, groupLabels],
  );
}
