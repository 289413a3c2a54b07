/**
 * What the picture shows while a question is asked: the answer (comparison, routes,
 * neighbourhood or partner suggestions, computed on the graph shown, so filters apply), the
 * nodes and links to emphasise, and — for a neighbourhood, or when the user chose to leave
 * the rest out — the smaller graph that becomes the view, with fresh positions where the
 * preset ones would not be legible. Pure: same inputs, same answer.
 */
import type { Dataset } from '../data/dataset';
import {
  compareCollaborations,
  compareMembers,
  type CollaborationComparison,
  type MemberComparison,
} from './compare';
import type { VisibleSet } from './filters';
import { indexGraph } from './graphIndex';
import type { PositionMap } from './layouts';
import { neighbourhood, type NeighbourhoodResult } from './neighbourhood';
import { findRoutes, type RouteResult } from './routes';
import { suggestPartners, type Suggestion } from './suggestions';
import type { ViewGraph, ViewNode } from './viewGraph';

/** The question part of the view state (mirrors url/navState's QuestionState). */
export interface QuestionInput {
  compare: readonly string[];
  route: { from: string; to: string } | null;
  routeRanked: boolean;
  routePeople: boolean;
  neighbourhood: string | null;
  depth: number;
  suggest: string | null;
  focus: 'dim' | 'only';
}

export type QuestionAnswer =
  | { kind: 'none' }
  | { kind: 'compare-collaborations'; ids: string[]; result: CollaborationComparison }
  | { kind: 'compare-members'; ids: string[]; result: MemberComparison }
  | { kind: 'routes'; result: RouteResult }
  | { kind: 'neighbourhood'; result: NeighbourhoodResult }
  | { kind: 'suggestions'; focus: string; result: Suggestion[] };

export interface Emphasis {
  /** Nodes drawn emphasised; the rest are faded (or left out with focus 'only'). */
  nodes: ReadonlySet<string>;
  /** Nodes drawn strongest (e.g. members of every compared collaboration, route ends). */
  strong: ReadonlySet<string>;
  /** Links drawn emphasised (route steps; links among emphasised nodes otherwise). */
  links: ReadonlySet<string>;
}

export interface QuestionView {
  /** The answers, one per question asked (the picture follows the first). */
  answers: QuestionAnswer[];
  /** The graph to draw: the one shown, or its neighbourhood / focused part. */
  graph: ViewGraph;
  /** Fresh positions for a graph that replaced the view (null: keep the layout's). */
  positions: PositionMap | null;
  emphasis: Emphasis | null;
}

/** Suggestions listed per organisation. */
export const SUGGESTIONS_SHOWN = 10;

/** Members of any compared collaboration (or the compared members and what they share). */
function compareEmphasis(answer: QuestionAnswer, graph: ViewGraph): Emphasis | null {
  const nodes = new Set<string>();
  const strong = new Set<string>();
  if (answer.kind === 'compare-collaborations') {
    for (const id of answer.ids) nodes.add(id);
    for (const row of answer.result.members.rows) nodes.add(row.id);
    for (const row of answer.result.people.rows) nodes.add(row.id);
    for (const id of answer.result.members.inAll) strong.add(id);
  } else if (answer.kind === 'compare-members') {
    for (const id of answer.ids) {
      nodes.add(id);
      strong.add(id);
    }
    for (const id of answer.result.collaborations.inAll) nodes.add(id);
    for (const id of answer.result.partners.inAll) nodes.add(id);
  } else return null;
  return { nodes, strong, links: linksAmong(graph, nodes) };
}

function linksAmong(graph: ViewGraph, nodes: ReadonlySet<string>): Set<string> {
  return new Set(
    graph.links.filter((l) => nodes.has(l.source) && nodes.has(l.target)).map((l) => l.id),
  );
}

/** The part of `graph` on `nodes`, links and counts recomputed. */
export function inducedGraph(graph: ViewGraph, nodes: ReadonlySet<string>, tag: string): ViewGraph {
  const links = graph.links.filter((l) => nodes.has(l.source) && nodes.has(l.target));
  const byId = new Map<string, ViewNode>();
  for (const n of graph.nodes)
    if (nodes.has(n.id)) byId.set(n.id, { id: n.id, links: 0, strength: 0 });
  for (const l of links) {
    for (const end of [l.source, l.target]) {
      const node = byId.get(end);
      if (node) {
        node.links += 1;
        node.strength += l.weight;
      }
    }
  }
  return {
    view: graph.view,
    nodes: [...byId.values()],
    links,
    signature: `${graph.signature}#${tag}:${byId.size}:${links.length}`,
  };
}

/**
 * Rings around a centre: distance d on a circle of radius d·`ring` (wider when many nodes
 * share it, so neighbours stay `spacing` apart along the ring), each ring in the given
 * order starting at the top. Deterministic.
 */
export function ringPositions(
  distances: readonly { id: string; distance: number }[],
  order: (a: string, b: string) => number,
  ring = 240,
  spacing = 110,
): PositionMap {
  const byDistance = new Map<number, string[]>();
  for (const { id, distance } of distances) {
    const list = byDistance.get(distance) ?? [];
    list.push(id);
    byDistance.set(distance, list);
  }
  const out: PositionMap = {};
  let radius = 0;
  for (const distance of [...byDistance.keys()].sort((a, b) => a - b)) {
    const ids = (byDistance.get(distance) ?? []).sort(order);
    if (distance === 0) {
      ids.forEach((id, i) => (out[id] = { x: i * spacing, y: 0 }));
      continue;
    }
    radius = Math.max(radius + ring, (ids.length * spacing) / (2 * Math.PI));
    ids.forEach((id, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / ids.length;
      out[id] = {
        x: Math.round(radius * Math.cos(angle) * 10) / 10,
        y: Math.round(radius * Math.sin(angle) * 10) / 10,
      };
    });
  }
  return out;
}

/**
 * Answers the questions in `input` on the graph shown. `visible` is the filtered data behind
 * `graph` (comparisons read its memberships); `labelOf` orders rows and rings.
 */
export function answerQuestions(
  data: Dataset,
  visible: Pick<VisibleSet, 'memberships'>,
  graph: ViewGraph,
  input: QuestionInput,
  labelOf: (id: string) => string,
  compareLabels: (a: string, b: string) => number,
): QuestionView {
  const answers: QuestionAnswer[] = [];
  const index = input.neighbourhood || input.route ? indexGraph(graph) : undefined;
  if (input.neighbourhood) {
    answers.push({
      kind: 'neighbourhood',
      result: neighbourhood(
        graph,
        input.neighbourhood,
        input.depth,
        { throughPeople: input.routePeople },
        index,
      ),
    });
  }
  if (input.route) {
    answers.push({
      kind: 'routes',
      result: findRoutes(index ?? graph, input.route.from, input.route.to, {
        mode: input.routeRanked ? 'ranked' : 'shortest',
        throughPeople: input.routePeople,
      }),
    });
  }
  if (input.compare.length > 0) {
    const ids = [...input.compare];
    const seats = data.seats;
    if (ids.every((id) => data.nodeById.get(id)?.kind === 'collaboration')) {
      answers.push({
        kind: 'compare-collaborations',
        ids,
        result: compareCollaborations({ memberships: visible.memberships, seats }, ids, labelOf),
      });
    } else {
      answers.push({
        kind: 'compare-members',
        ids,
        result: compareMembers({ memberships: visible.memberships }, ids, labelOf),
      });
    }
  }
  if (input.suggest) {
    answers.push({
      kind: 'suggestions',
      focus: input.suggest,
      result: suggestPartners(graph, input.suggest, {
        limit: SUGGESTIONS_SHOWN,
        isCandidate: (id) => data.nodeById.get(id)?.kind === 'organisation',
        labelOf,
      }),
    });
  }

  const first = answers[0];
  if (!first) return { answers, graph, positions: null, emphasis: null };
  if (first.kind === 'neighbourhood') {
    if (first.result.kind !== 'found') return { answers, graph, positions: null, emphasis: null };
    const centre = new Set([first.result.centre]);
    return {
      answers,
      graph: first.result.graph,
      positions: ringPositions(first.result.distances, compareLabels),
      emphasis: {
        nodes: new Set(first.result.graph.nodes.map((n) => n.id)),
        strong: centre,
        links: new Set(first.result.graph.links.map((l) => l.id)),
      },
    };
  }
  let emphasis: Emphasis | null;
  if (first.kind === 'routes' && first.result.kind === 'found') {
    const nodes = new Set<string>();
    const links = new Set<string>();
    for (const route of first.result.routes) {
      for (const id of route.nodes) nodes.add(id);
      for (const step of route.steps) links.add(step.link.id);
    }
    emphasis = { nodes, strong: new Set([first.result.from, first.result.to]), links };
  } else if (first.kind === 'suggestions') {
    const nodes = new Set<string>([first.focus]);
    for (const s of first.result) {
      nodes.add(s.id);
      for (const p of s.sharedPartners) nodes.add(p.id);
    }
    emphasis = {
      nodes,
      strong: new Set([first.focus, ...first.result.map((s) => s.id)]),
      links: linksAmong(graph, nodes),
    };
  } else {
    emphasis = compareEmphasis(first, graph);
  }
  if (!emphasis || emphasis.nodes.size === 0) return { answers, graph, positions: null, emphasis };
  if (input.focus === 'only') {
    return {
      answers,
      graph: inducedGraph(graph, emphasis.nodes, 'only'),
      positions: null,
      emphasis,
    };
  }
  return { answers, graph, positions: null, emphasis };
}
