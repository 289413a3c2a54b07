/**
 * "What if?": the graph with some nodes, ties or collaborations taken out, compared with the
 * graph as it is — components that split, nodes left without any tie, exact betweenness
 * before/after (our Brandes) and each node's top-k partners before/after. Pure and on plain
 * data (worker-friendly); the input is never modified. Node ids are opaque except for the
 * optional prefixes in `ScenarioOptions` (e.g. 'col:' for collaborations in the
 * affiliation view).
 */
import { brandes } from './brandes';
import { buildCsr, connectedComponents, type Csr } from './csr';
import type { MetricsEdge, MetricsInput } from './types';

/** A tie that may carry the collaborations behind it (the network view's `ViewLink`s do). */
export interface ScenarioEdge extends MetricsEdge {
  /** Collaboration ids behind the tie; each carries an equal share of `weight`. */
  collaborations?: readonly string[];
}

/** The graph as it is: `MetricsInput` whose ties may list their collaborations. */
export interface ScenarioInput {
  /** Cache signature of the graph (optional here; the result's `after.key` derives from it). */
  key?: string;
  nodes: readonly string[];
  edges: readonly ScenarioEdge[];
  /** As `MetricsInput.weighted`: tie length 1/strength for betweenness. */
  weighted: boolean;
}

/** What to take out. Every list is optional; ids not in the graph are reported, not fatal. */
export interface ScenarioRemoval {
  /** Nodes to remove with all their ties (organisations, collaborations, people …). */
  nodes?: readonly string[];
  /** Ties to remove, in either orientation. */
  edges?: readonly { source: string; target: string }[];
  /**
   * Collaborations that end. Affiliation view: such an id is a node and is removed as one.
   * Network view: each tie listing it loses that collaboration's share of its weight
   * (weight · remaining / listed) and is dropped when none remains.
   */
  collaborations?: readonly string[];
}

export interface ScenarioOptions {
  /** Partners per node compared in `keyCollaborators`; default 5. */
  topK?: number;
  /**
   * Ids starting with one of these are intermediaries (e.g. ['col:'] in the affiliation
   * view): partners are then the other non-intermediary nodes sharing intermediaries, with
   * weight = number shared; intermediaries get no key-collaborator rows. Default none:
   * partners are direct neighbours, weight = tie strength.
   */
  intermediaryPrefixes?: readonly string[];
  /**
   * Only ids starting with one of these get key-collaborator rows and count as partners
   * (e.g. ['org:']); default every non-intermediary node.
   */
  subjectPrefixes?: readonly string[];
  /** Keep at most this many betweenness and key-collaborator rows; default all. */
  limit?: number;
}

/** `ScenarioOptions` with defaults applied (see `resolveScenarioOptions`). */
export interface ResolvedScenarioOptions {
  topK: number;
  intermediaryPrefixes: readonly string[];
  subjectPrefixes: readonly string[] | null;
  limit: number;
}

export const DEFAULT_SCENARIO_OPTIONS: ResolvedScenarioOptions = {
  topK: 5,
  intermediaryPrefixes: [],
  subjectPrefixes: null,
  limit: Number.POSITIVE_INFINITY,
};

/**
 * Applies defaults and checks values.
 * @throws RangeError when `topK` is not an integer >= 1 or `limit` is negative.
 */
export function resolveScenarioOptions(options: ScenarioOptions = {}): ResolvedScenarioOptions {
  const topK = options.topK ?? DEFAULT_SCENARIO_OPTIONS.topK;
  if (!Number.isInteger(topK) || topK < 1) {
    throw new RangeError(`topK must be an integer >= 1, got ${String(topK)}.`);
  }
  const limit = options.limit ?? DEFAULT_SCENARIO_OPTIONS.limit;
  if (!(limit >= 0)) throw new RangeError(`limit must be >= 0, got ${String(limit)}.`);
  return {
    topK,
    intermediaryPrefixes: options.intermediaryPrefixes ?? [],
    subjectPrefixes: options.subjectPrefixes ?? null,
    limit,
  };
}

/** A tie that is gone in the scenario, and why. */
export interface RemovedEdge {
  source: string;
  target: string;
  weight: number;
  /** node: an end was removed; edge: removed itself; collaboration: no collaboration left. */
  reason: 'node' | 'edge' | 'collaboration';
}

/** A tie that stays, weaker. */
export interface WeakenedEdge {
  source: string;
  target: string;
  before: number;
  after: number;
  /** The ended collaborations it listed. */
  collaborations: string[];
}

/** The graph after the removal, and what was taken out (for the ghost in the picture). */
export interface AppliedRemoval {
  after: MetricsInput & { edges: ScenarioEdge[] };
  /** Removed node ids present in the graph, sorted. */
  removedNodes: string[];
  removedEdges: RemovedEdge[];
  weakenedEdges: WeakenedEdge[];
  /** Requested removals not found in the graph (node ids; edges as "source|target"). */
  unknown: { nodes: string[]; edges: string[]; collaborations: string[] };
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * The graph with `removal` applied. Nodes named in `removal.collaborations` are removed
 * like `removal.nodes`; their share is also taken from ties that list them.
 */
export function applyRemoval(input: ScenarioInput, removal: ScenarioRemoval): AppliedRemoval {
  const present = new Set(input.nodes);
  const ended = new Set(removal.collaborations ?? []);
  const removedNodes = new Set<string>();
  const unknownNodes: string[] = [];
  for (const id of removal.nodes ?? []) {
    if (present.has(id)) removedNodes.add(id);
    else unknownNodes.push(id);
  }
  for (const id of ended) if (present.has(id)) removedNodes.add(id);

  const cut = new Map<string, string>();
  for (const e of removal.edges ?? [])
    cut.set(pairKey(e.source, e.target), `${e.source}|${e.target}`);
  const cutFound = new Set<string>();
  const listed = new Set<string>();

  const edges: ScenarioEdge[] = [];
  const removedEdges: RemovedEdge[] = [];
  const weakenedEdges: WeakenedEdge[] = [];
  for (const edge of input.edges) {
    const { source, target, weight } = edge;
    if (removedNodes.has(source) || removedNodes.has(target)) {
      removedEdges.push({ source, target, weight, reason: 'node' });
      continue;
    }
    const key = pairKey(source, target);
    if (cut.has(key)) {
      cutFound.add(key);
      removedEdges.push({ source, target, weight, reason: 'edge' });
      continue;
    }
    const cols = edge.collaborations;
    if (ended.size > 0 && cols && cols.length > 0) {
      const gone = cols.filter((c) => ended.has(c));
      gone.forEach((c) => listed.add(c));
      if (gone.length === cols.length) {
        removedEdges.push({ source, target, weight, reason: 'collaboration' });
        continue;
      }
      if (gone.length > 0) {
        const remaining = cols.filter((c) => !ended.has(c));
        const after = (weight * remaining.length) / cols.length;
        weakenedEdges.push({ source, target, before: weight, after, collaborations: gone });
        edges.push({ ...edge, weight: after, collaborations: remaining });
        continue;
      }
    }
    edges.push(edge);
  }
  const nodes = input.nodes.filter((id) => !removedNodes.has(id));
  const removed = [...removedNodes].sort();
  const signature = [
    ...removed,
    ...[...cut.keys()].sort(),
    ...[...ended].sort().map((c) => `~${c}`),
  ].join(',');
  return {
    after: {
      key: `${input.key ?? 'graph'}|without:${signature}`,
      nodes,
      edges,
      weighted: input.weighted,
    },
    removedNodes: removed,
    removedEdges,
    weakenedEdges,
    unknown: {
      nodes: unknownNodes,
      edges: [...cut].filter(([key]) => !cutFound.has(key)).map(([, label]) => label),
      collaborations: [...ended].filter((c) => !present.has(c) && !listed.has(c)).sort(),
    },
  };
}

/**
 * Network view, "end a collaboration": the ties with each listed collaboration's share of
 * their weight taken out; ties left with none are dropped. Ties without a collaboration list
 * are kept as they are.
 */
export function withoutCollaborations<E extends ScenarioEdge>(
  edges: readonly E[],
  collaborations: readonly string[],
): ScenarioEdge[] {
  return applyRemoval(
    { nodes: [...new Set(edges.flatMap((e) => [e.source, e.target]))], edges, weighted: true },
    { collaborations },
  ).after.edges;
}

/** Whole-graph figures before or after. */
export interface ScenarioGraphSummary {
  nodes: number;
  edges: number;
  /** Connected components, isolated nodes included. */
  components: number;
  /** Nodes in the largest component (0 for an empty graph). */
  largestComponent: number;
  /** Nodes without any tie. */
  isolated: number;
}

/** A component of the graph as it is that falls apart in the scenario. */
export interface ComponentSplit {
  /** Nodes of the component before (removed nodes included). */
  size: number;
  /** Removed nodes that were in it. */
  removed: string[];
  /**
   * The components its remaining nodes fall into, largest first (then by smallest id); each
   * sorted. `parts[0]` is the main remainder, the others split off.
   */
  parts: string[][];
}

export interface BetweennessChange {
  id: string;
  /** Normalised betweenness (as the app shows: over the graph it is computed on). */
  before: number;
  after: number;
  /** after − before. */
  change: number;
}

export interface Partner {
  id: string;
  /** Shared weight: tie strength, or shared intermediaries (see `intermediaryPrefixes`). */
  weight: number;
}

export interface KeyCollaboratorChange {
  id: string;
  /** Top-k partners, heaviest first (ties by id). */
  before: Partner[];
  after: Partner[];
  /** Ids in `before` but not in `after`, and the reverse. */
  lost: string[];
  gained: string[];
}

export interface ScenarioResult {
  before: ScenarioGraphSummary;
  after: ScenarioGraphSummary;
  /** Signature of the graph after (for caching metrics on it). */
  afterKey: string;
  removedNodes: string[];
  removedEdges: RemovedEdge[];
  weakenedEdges: WeakenedEdge[];
  unknown: AppliedRemoval['unknown'];
  /** Betweenness the removed nodes had before. */
  removedBetweenness: Record<string, number>;
  /** Components that fall apart; largest original first. */
  splits: ComponentSplit[];
  /** Remaining nodes that had ties before and have none after, sorted. */
  newlyIsolated: string[];
  /** Remaining nodes whose betweenness changed, largest |change| first (ties by id). */
  betweenness: BetweennessChange[];
  /** Nodes whose top-k partners (ids or weights) changed, most partners lost first. */
  keyCollaborators: KeyCollaboratorChange[];
  timingsMs: { total: number };
}

interface Measured {
  ids: readonly string[];
  csr: Csr;
  component: Int32Array;
  summary: ScenarioGraphSummary;
  betweenness: Float64Array;
}

function measure(input: MetricsInput): Measured {
  const { csr, ids } = buildCsr(input.nodes, input.edges);
  const { component, count } = connectedComponents(csr);
  const sizes = new Int32Array(count);
  for (let v = 0; v < csr.n; v++) sizes[component[v]!]!++;
  let isolated = 0;
  for (let v = 0; v < csr.n; v++) if (csr.offsets[v] === csr.offsets[v + 1]) isolated++;
  return {
    ids,
    csr,
    component,
    summary: {
      nodes: csr.n,
      edges: csr.m,
      components: count,
      largestComponent: sizes.reduce((a, b) => Math.max(a, b), 0),
      isolated,
    },
    betweenness: brandes(csr, input.weighted).betweenness,
  };
}

const startsWithAny = (id: string, prefixes: readonly string[]) =>
  prefixes.some((p) => id.startsWith(p));

/** Each subject's partner weights (partner id → shared weight). */
function partnerWeights(
  m: Measured,
  options: ResolvedScenarioOptions,
): Map<string, Map<string, number>> {
  const { ids, csr } = m;
  const via = options.intermediaryPrefixes;
  const isIntermediary = ids.map((id) => via.length > 0 && startsWithAny(id, via));
  const isSubject = ids.map(
    (id, v) =>
      !isIntermediary[v] &&
      (options.subjectPrefixes === null || startsWithAny(id, options.subjectPrefixes)),
  );
  const out = new Map<string, Map<string, number>>();
  const add = (x: number, y: number, w: number) => {
    const id = ids[x]!;
    let map = out.get(id);
    if (!map) out.set(id, (map = new Map<string, number>()));
    map.set(ids[y]!, (map.get(ids[y]!) ?? 0) + w);
  };
  for (let v = 0; v < csr.n; v++) {
    if (!isSubject[v]) continue;
    for (let e = csr.offsets[v]!, end = csr.offsets[v + 1]!; e < end; e++) {
      const u = csr.targets[e]!;
      if (isSubject[u]) add(v, u, csr.strengths[e]!);
    }
  }
  if (via.length > 0) {
    for (let c = 0; c < csr.n; c++) {
      if (!isIntermediary[c]) continue;
      const from = csr.offsets[c]!;
      const to = csr.offsets[c + 1]!;
      for (let i = from; i < to; i++) {
        const x = csr.targets[i]!;
        if (!isSubject[x]) continue;
        for (let j = from; j < to; j++) {
          const y = csr.targets[j]!;
          if (y !== x && isSubject[y]) add(x, y, 1);
        }
      }
    }
  }
  return out;
}

function topPartners(weights: Map<string, number> | undefined, k: number): Partner[] {
  if (!weights) return [];
  return [...weights]
    .map(([id, weight]) => ({ id, weight }))
    .sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, k);
}

const samePartners = (a: Partner[], b: Partner[]) =>
  a.length === b.length && a.every((p, i) => p.id === b[i]!.id && p.weight === b[i]!.weight);

/**
 * Compares the graph as it is with the graph after `removal`. Exact betweenness on both
 * (O(n·m), weighted as `input.weighted`); a node's betweenness after is normalised over the
 * graph after, as the app would show it.
 * @throws Error on invalid input (see `buildCsr`); RangeError on bad options.
 */
export function compareScenario(
  input: ScenarioInput,
  removal: ScenarioRemoval,
  options: ScenarioOptions = {},
): ScenarioResult {
  const start = performance.now();
  const resolved = resolveScenarioOptions(options);
  const applied = applyRemoval(input, removal);
  const before = measure({
    key: input.key ?? 'graph',
    nodes: [...input.nodes],
    edges: [...input.edges],
    weighted: input.weighted,
  });
  const after = measure(applied.after);
  const removedSet = new Set(applied.removedNodes);

  // Components that fall apart: group each before-component's survivors by after-component.
  const afterIndex = new Map(after.ids.map((id, v) => [id, v]));
  const byBefore = new Map<
    number,
    { size: number; removed: string[]; parts: Map<number, string[]> }
  >();
  before.ids.forEach((id, v) => {
    const c = before.component[v]!;
    let entry = byBefore.get(c);
    if (!entry) byBefore.set(c, (entry = { size: 0, removed: [], parts: new Map() }));
    entry.size++;
    if (removedSet.has(id)) {
      entry.removed.push(id);
      return;
    }
    const a = after.component[afterIndex.get(id)!]!;
    const part = entry.parts.get(a);
    if (part) part.push(id);
    else entry.parts.set(a, [id]);
  });
  const splits: ComponentSplit[] = [];
  for (const entry of byBefore.values()) {
    if (entry.parts.size < 2) continue;
    const parts = [...entry.parts.values()].sort(
      (p, q) => q.length - p.length || (p[0]! < q[0]! ? -1 : 1),
    );
    splits.push({ size: entry.size, removed: entry.removed, parts });
  }
  splits.sort((s, t) => t.size - s.size || (s.parts[0]![0]! < t.parts[0]![0]! ? -1 : 1));

  const newlyIsolated: string[] = [];
  const betweenness: BetweennessChange[] = [];
  const removedBetweenness: Record<string, number> = {};
  before.ids.forEach((id, v) => {
    if (removedSet.has(id)) {
      removedBetweenness[id] = before.betweenness[v]!;
      return;
    }
    const w = afterIndex.get(id)!;
    const hadTies = before.csr.offsets[v] !== before.csr.offsets[v + 1];
    if (hadTies && after.csr.offsets[w] === after.csr.offsets[w + 1]) newlyIsolated.push(id);
    const b = before.betweenness[v]!;
    const a = after.betweenness[w]!;
    if (a !== b) betweenness.push({ id, before: b, after: a, change: a - b });
  });
  betweenness.sort((x, y) => Math.abs(y.change) - Math.abs(x.change) || (x.id < y.id ? -1 : 1));

  const partnersBefore = partnerWeights(before, resolved);
  const partnersAfter = partnerWeights(after, resolved);
  const keyCollaborators: KeyCollaboratorChange[] = [];
  for (const [id, weights] of partnersBefore) {
    if (removedSet.has(id)) continue;
    const b = topPartners(weights, resolved.topK);
    const a = topPartners(partnersAfter.get(id), resolved.topK);
    if (samePartners(a, b)) continue;
    const afterIds = new Set(a.map((p) => p.id));
    const beforeIds = new Set(b.map((p) => p.id));
    keyCollaborators.push({
      id,
      before: b,
      after: a,
      lost: b.filter((p) => !afterIds.has(p.id)).map((p) => p.id),
      gained: a.filter((p) => !beforeIds.has(p.id)).map((p) => p.id),
    });
  }
  keyCollaborators.sort(
    (x, y) =>
      y.lost.length - x.lost.length || weightLoss(y) - weightLoss(x) || (x.id < y.id ? -1 : 1),
  );

  return {
    before: before.summary,
    after: after.summary,
    afterKey: applied.after.key,
    removedNodes: applied.removedNodes,
    removedEdges: applied.removedEdges,
    weakenedEdges: applied.weakenedEdges,
    unknown: applied.unknown,
    removedBetweenness,
    splits,
    newlyIsolated: newlyIsolated.sort(),
    betweenness: betweenness.slice(0, resolved.limit),
    keyCollaborators: keyCollaborators.slice(0, resolved.limit),
    timingsMs: { total: performance.now() - start },
  };
}

/** Total top-k weight lost (for ordering rows with equally many partners lost). */
function weightLoss(row: KeyCollaboratorChange): number {
  const sum = (list: Partner[]) => list.reduce((s, p) => s + p.weight, 0);
  return sum(row.before) - sum(row.after);
}
