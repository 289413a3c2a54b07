/**
 * Builds cytoscape element definitions from the view graph: flat data, stable prefixed ids,
 * size by the chosen measure, colour by type or community, font size by importance so
 * labels appear by importance as the user zooms in.
 */
import type { ElementDefinition } from 'cytoscape';
import type { Dataset } from '../data/dataset';
import { LEADING_ROLES } from '../data/vocabulary';
import type { ViewGraph } from '../domain/viewGraph';
import { communityColour, ORGANISATION_COLOURS } from './palette';
import type { PictureScale } from './pictureScale';

export interface ElementOptions {
  /** Value per node id used for size; nodes missing from it get the smallest size. */
  sizeValues: ReadonlyMap<string, number>;
  /** Community per node id; when given, organisations are coloured by community. */
  communities?: ReadonlyMap<string, number>;
  /**
   * Sizes of a large picture, scaled to its layout (pictureScale.ts); without it the
   * bundled graph's fixed sizes.
   */
  scale?: PictureScale;
}

const MIN_SIZE = 14;
const MAX_SIZE = 64;

export function displayLabel(label: string, shortName?: string): string {
  if (shortName && label.length > 28) return shortName;
  return label.length > 36 ? `${label.slice(0, 34)}…` : label;
}

export function buildElements(
  data: Dataset,
  graph: ViewGraph,
  options: ElementOptions,
): ElementDefinition[] {
  let max = 0;
  for (const v of options.sizeValues.values()) max = Math.max(max, v);
  const maxLinks = Math.max(1, ...graph.nodes.map((n) => n.links));
  const { scale } = options;
  const labelRank = new Map(scale?.labelled.map((id, rank) => [id, rank]));
  const out: ElementDefinition[] = [];
  for (const viewNode of graph.nodes) {
    const node = data.nodeById.get(viewNode.id);
    if (!node) continue;
    const value = options.sizeValues.get(node.id) ?? 0;
    const share = max > 0 ? Math.sqrt(Math.max(0, value) / max) : 0;
    const [low, high] = scale ? [scale.minSize, scale.maxSize] : [MIN_SIZE, MAX_SIZE];
    const size = node.kind === 'person' && !scale ? 12 : low + (high - low) * share;
    const fontSize = scale
      ? labelFontOf(scale, labelRank.get(node.id))
      : Math.round(8 + 16 * Math.sqrt(viewNode.links / maxLinks));
    const community = options.communities?.get(node.id);
    const colour =
      node.kind === 'organisation'
        ? community !== undefined
          ? communityColour(community)
          : ORGANISATION_COLOURS[node.type]
        : '';
    out.push({
      group: 'nodes',
      data: {
        id: node.id,
        kind: node.kind,
        type: node.type,
        label: displayLabel(node.label, 'shortName' in node ? node.shortName : undefined),
        fullLabel: node.label,
        colour,
        size: scale ? round1(size) : Math.round(size),
        fontSize,
        ...(labelRank.has(node.id) ? { labelled: 1 } : {}),
        links: viewNode.links,
      },
    });
  }
  for (const link of graph.links) {
    const base = {
      id: link.id,
      source: link.source,
      target: link.target,
      kind: link.kind,
      weight: link.weight,
    };
    if (link.kind === 'membership') {
      const role = link.roles[0] ?? 'member';
      out.push({
        group: 'edges',
        data: {
          ...base,
          role,
          leading: LEADING_ROLES.has(role) ? 1 : 0,
          implied: link.implied ? 1 : 0,
        },
      });
    } else if (link.kind === 'seat') {
      out.push({ group: 'edges', data: { ...base, role: link.seats[0]?.role ?? 'member' } });
    } else {
      const width = Math.min(12, 1 + Math.log2(link.weight) * 2.2);
      out.push({
        group: 'edges',
        data: {
          ...base,
          // Scaled: a selection's ties are drawn three times as wide (stylesheet.ts).
          ...(scale
            ? {
                width: round2(width * scale.tieWidth),
                focusWidth: round2(3 * width * scale.tieWidth),
              }
            : { width }),
        },
      });
    }
  }
  return out;
}

/**
 * Font size in a scaled picture: the labelled nodes from 1.3× (the most important) down to
 * 1× the label font, every other node the minor font (drawn only once zoomed in).
 */
function labelFontOf(scale: PictureScale, rank: number | undefined): number {
  if (rank === undefined) return round1(scale.minorFont);
  const count = Math.max(1, scale.labelled.length);
  return round1(scale.labelFont * (1 + (0.3 * (count - rank)) / count));
}

/** One decimal: the picture's sizes in model units can be well under 1 in a dense layout. */
function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Where a group name of the grouped layout sits, and how wide its group is (model px). */
export interface GroupLabel {
  key: string;
  x: number;
  y: number;
  width: number;
}

/**
 * Non-interactive label nodes naming the groups of the grouped layout, wrapped to their
 * group's width so neighbouring names do not run together. A zero-width space after each
 * slash lets "Kommunförbund/delregion" wrap there.
 */
export function groupLabelElements(
  groups: readonly GroupLabel[],
  nameOf: (key: string) => string,
): ElementDefinition[] {
  return groups.map((g) => ({
    group: 'nodes',
    data: {
      id: `label:${g.key}`,
      label: nameOf(g.key).replaceAll('/', '/\u200b'),
      labelWidth: Math.max(80, g.width - 12),
    },
    classes: 'group-label',
    selectable: false,
    grabbable: false,
  }));
}

/**
 * The value each node is sized by: the chosen measure once computed for this graph, else
 * the links drawn (network view: the tie strengths, so a strong partner looks strong).
 */
export function nodeSizeValues<M extends object>(
  graph: ViewGraph,
  sizeBy: string,
  measures: Readonly<Record<string, M>> | null,
): Map<string, number> {
  if (sizeBy !== 'links' && measures) {
    return new Map(
      Object.entries(measures).map(([id, m]) => {
        const value = (m as Record<string, unknown>)[sizeBy];
        return [id, typeof value === 'number' ? value : 0];
      }),
    );
  }
  return new Map(graph.nodes.map((n) => [n.id, graph.view === 'network' ? n.strength : n.links]));
}
