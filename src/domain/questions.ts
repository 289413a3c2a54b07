/**
 * One entry point for the graph questions (routes, neighbourhood, suggestions) with
 * structured-clone-safe questions and answers, so the same call runs in the main thread or
 * behind a Web Worker message. Keeps the index and partner network of the last graph seen
 * (by its signature), so follow-up questions on the same view skip rebuilding them.
 */
import { indexGraph, type GraphIndex } from './graphIndex';
import {
  neighbourhood,
  type NeighbourhoodOptions,
  type NeighbourhoodResult,
} from './neighbourhood';
import { findRoutes, type RouteOptions, type RouteResult } from './routes';
import {
  partnerNetwork,
  suggestPartners,
  type PartnerNetwork,
  type Suggestion,
} from './suggestions';
import type { ViewGraph } from './viewGraph';

export type Question =
  | { kind: 'routes'; from: string; to: string; options?: RouteOptions }
  | { kind: 'neighbourhood'; centre: string; depth: number; options?: NeighbourhoodOptions }
  | {
      kind: 'suggestions';
      focus: string;
      /** Most suggestions; default 10. */
      limit?: number;
      /** Only ids starting with one of these may be suggested (e.g. `['org:']`); default any. */
      candidatePrefixes?: readonly string[];
      /** Labels for the Swedish-order tie-break; ids without one sort by id. */
      labels?: Readonly<Record<string, string>>;
    };

export type Answer =
  | { kind: 'routes'; result: RouteResult }
  | { kind: 'neighbourhood'; result: NeighbourhoodResult }
  | { kind: 'suggestions'; result: Suggestion[] };

/** Answers questions about one graph at a time; see the module header for the cache. */
export type QuestionAnswerer = (graph: ViewGraph, question: Question) => Answer;

/**
 * A fresh answerer with an empty cache. The cache holds one graph (the last signature);
 * a graph with a new signature replaces it. Never throws for unknown ids (they come back
 * as `unknown-node` or an empty list).
 */
export function createQuestionAnswerer(): QuestionAnswerer {
  let signature: string | null = null;
  let index: GraphIndex | null = null;
  let partners: PartnerNetwork | null = null;
  const forGraph = (graph: ViewGraph) => {
    if (graph.signature !== signature) {
      signature = graph.signature;
      index = null;
      partners = null;
    }
  };
  const indexOf = (graph: ViewGraph) => (index ??= indexGraph(graph));
  const partnersOf = (graph: ViewGraph) => (partners ??= partnerNetwork(graph));
  return (graph, question) => {
    forGraph(graph);
    switch (question.kind) {
      case 'routes':
        return {
          kind: 'routes',
          result: findRoutes(indexOf(graph), question.from, question.to, question.options),
        };
      case 'neighbourhood':
        return {
          kind: 'neighbourhood',
          result: neighbourhood(
            graph,
            question.centre,
            question.depth,
            question.options,
            indexOf(graph),
          ),
        };
      case 'suggestions': {
        const prefixes = question.candidatePrefixes;
        const labels = question.labels;
        return {
          kind: 'suggestions',
          result: suggestPartners(partnersOf(graph), question.focus, {
            ...(question.limit !== undefined ? { limit: question.limit } : {}),
            ...(prefixes && prefixes.length > 0
              ? { isCandidate: (id: string) => prefixes.some((p) => id.startsWith(p)) }
              : {}),
            ...(labels ? { labelOf: (id: string) => labels[id] ?? id } : {}),
          }),
        };
      }
    }
  };
}
