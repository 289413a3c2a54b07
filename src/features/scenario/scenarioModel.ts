/**
 * "What if?" on the view graph shown: the worker's input and removal for the removed ids,
 * and which elements of the picture are ghosts (removed, or tied only through removed
 * parts) or marked apart (undated collaborations). Pure; the view graph is never changed.
 */
import type { ViewGraph } from '../../domain/viewGraph';
import type { ScenarioInput, ScenarioOptions, ScenarioRemoval } from '../../metrics/scenario';

/** Rows kept per table of a scenario (betweenness, key collaborators). */
export const SCENARIO_ROW_LIMIT = 200;

/** The view graph as the scenario's input: ties list their collaborations (network view). */
export function scenarioInput(graph: ViewGraph): ScenarioInput {
  return {
    key: graph.signature,
    nodes: graph.nodes.map((n) => n.id),
    edges: graph.links.map((l) => ({
      source: l.source,
      target: l.target,
      weight: l.weight,
      ...(l.kind === 'tie' ? { collaborations: l.collaborations } : {}),
    })),
    weighted: graph.view === 'network',
  };
}

/**
 * What to take out of `graph` for `removed` (`org:…`/`col:…` ids): ids drawn as nodes go as
 * nodes; collaborations not drawn (network view) end on the ties that list them.
 */
export function scenarioRemoval(graph: ViewGraph, removed: readonly string[]): ScenarioRemoval {
  const drawn = new Set(graph.nodes.map((n) => n.id));
  const nodes = removed.filter((id) => drawn.has(id) || !id.startsWith('col:'));
  const collaborations = removed.filter((id) => !drawn.has(id) && id.startsWith('col:'));
  return { nodes, ...(collaborations.length ? { collaborations } : {}) };
}

/** Options for the view: in the affiliation graph collaborations are intermediaries. */
export function scenarioOptions(graph: ViewGraph): ScenarioOptions {
  return {
    subjectPrefixes: ['org:'],
    ...(graph.view === 'affiliation' ? { intermediaryPrefixes: ['col:'] } : {}),
    limit: SCENARIO_ROW_LIMIT,
  };
}

/** Element ids (nodes and links of the view graph) to draw as ghosts or marked apart. */
export interface PictureMarks {
  ghost: ReadonlySet<string>;
  apart: ReadonlySet<string>;
}

export const NO_MARKS: PictureMarks = { ghost: new Set(), apart: new Set() };

/**
 * Ghosts: removed nodes, links touching them, and ties whose collaborations are all removed.
 * Apart (when `undated` is given): undated collaboration nodes, their links, and ties whose
 * collaborations are all undated. A ghost is never also marked apart.
 */
export function pictureMarks(
  graph: ViewGraph,
  removed: readonly string[],
  undated: ReadonlySet<string> | null,
): PictureMarks {
  if (removed.length === 0 && !undated) return NO_MARKS;
  const gone = new Set(removed);
  const ghost = new Set<string>();
  const apart = new Set<string>();
  for (const node of graph.nodes) {
    if (gone.has(node.id)) ghost.add(node.id);
    else if (undated?.has(node.id)) apart.add(node.id);
  }
  for (const link of graph.links) {
    const cols = link.kind === 'tie' ? link.collaborations : [];
    if (
      ghost.has(link.source) ||
      ghost.has(link.target) ||
      (cols.length > 0 && cols.every((c) => gone.has(c)))
    ) {
      ghost.add(link.id);
    } else if (
      undated &&
      (apart.has(link.source) ||
        apart.has(link.target) ||
        (cols.length > 0 && cols.every((c) => undated.has(c))))
    ) {
      apart.add(link.id);
    }
  }
  return { ghost, apart };
}
