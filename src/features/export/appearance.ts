/**
 * How exported graph files colour and size nodes: from the very element data the picture is
 * drawn from (graph-view/elements.ts), so colour-by-community, colour-by-type and size-by-
 * measure in a GEXF/GraphML file are what the screen shows. Pure.
 */
import type { Dataset } from '../../data/dataset';
import type { ViewGraph } from '../../domain/viewGraph';
import { buildElements } from '../../graph-view/elements';
import { COLLABORATION_FILL, PERSON_BORDER } from '../../graph-view/palette';
import type { MetricsResult } from '../../metrics/types';
import type { NavState } from '../../url/navState';

export interface Appearance {
  /** `#rrggbb` per node id. */
  colours: Map<string, string>;
  /** Drawn diameter per node id, px. */
  sizes: Map<string, number>;
}

/**
 * Colours and sizes as the picture draws them for `nav` (colourBy, sizeBy, view): organisations
 * by type or, with `colourBy: 'community'` and metrics of this graph, by community;
 * collaborations dark grey; people by their border colour (their fill is white, invisible on
 * a white canvas). Metrics for another graph are ignored, as the picture does.
 */
export function exportAppearance(
  data: Dataset,
  graph: ViewGraph,
  nav: Pick<NavState, 'colourBy' | 'sizeBy' | 'view'>,
  metrics: MetricsResult | null,
): Appearance {
  const current = metrics && metrics.key === graph.signature ? metrics : null;
  const measure = nav.sizeBy;
  const sizeValues =
    current && measure !== 'links'
      ? new Map(Object.entries(current.nodes).map(([id, m]) => [id, m[measure] ?? 0]))
      : new Map(graph.nodes.map((n) => [n.id, nav.view === 'network' ? n.strength : n.links]));
  const communities =
    current && nav.colourBy === 'community'
      ? new Map(Object.entries(current.nodes).map(([id, m]) => [id, m.community]))
      : undefined;
  const elements = buildElements(data, graph, {
    sizeValues,
    ...(communities ? { communities } : {}),
  });
  const colours = new Map<string, string>();
  const sizes = new Map<string, number>();
  for (const element of elements) {
    if (element.group !== 'nodes') continue;
    const d = element.data as { id?: string; kind?: string; colour?: string; size?: number };
    if (!d.id) continue;
    const colour = d.colour || (d.kind === 'collaboration' ? COLLABORATION_FILL : PERSON_BORDER);
    colours.set(d.id, colour);
    if (typeof d.size === 'number') sizes.set(d.id, d.size);
  }
  return { colours, sizes };
}
