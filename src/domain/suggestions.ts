/**
 * "Who should we meet?": for one member of the partner network, the members it has no
 * collaboration with yet but shares partners with, ranked by Adamic–Adar (each shared
 * partner w adds 1 / ln(partners of w)), with common neighbours and Jaccard alongside and
 * the reason as data (shared partners and the collaborations through which). The partner
 * network ties two members that share a collaboration; members may be organisations or
 * collaborations that are members. Deterministic: score, then Swedish label order, then id.
 */
import { compareSv } from './collate';
import type { LinkedGraph } from './graphIndex';

/** Member → partner → the collaborations they share (sorted). */
export interface PartnerNetwork {
  readonly partners: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;
}

function addTie(
  partners: Map<string, Map<string, string[]>>,
  a: string,
  b: string,
  collaborations: readonly string[],
) {
  if (a === b) return;
  for (const [u, v] of [
    [a, b],
    [b, a],
  ] as const) {
    let row = partners.get(u);
    if (!row) partners.set(u, (row = new Map<string, string[]>()));
    const cols = row.get(v);
    if (cols) cols.push(...collaborations);
    else row.set(v, [...collaborations]);
  }
}

/** Sorts and deduplicates every tie's collaborations once, after all ties are added. */
function finish(partners: Map<string, Map<string, string[]>>): PartnerNetwork {
  for (const row of partners.values())
    for (const [v, cols] of row) row.set(v, cols.length > 1 ? [...new Set(cols)].sort() : cols);
  return { partners };
}

/**
 * The partner network from memberships (`source` member → `target` collaboration); any
 * member kind counts. O(Σ members² per collaboration).
 */
export function partnerNetworkFromMemberships(
  memberships: readonly { source: string; target: string }[],
): PartnerNetwork {
  const byCollaboration = new Map<string, Set<string>>();
  for (const m of memberships) {
    const set = byCollaboration.get(m.target) ?? new Set<string>();
    set.add(m.source);
    byCollaboration.set(m.target, set);
  }
  const partners = new Map<string, Map<string, string[]>>();
  for (const [col, set] of byCollaboration) {
    const members = [...set].sort();
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++)
        addTie(partners, members[i] as string, members[j] as string, [col]);
  }
  return finish(partners);
}

/**
 * The partner network of the graph shown: its ties (network view) or, in the affiliation
 * view, the projection of its membership links (seat links are not partnerships).
 */
export function partnerNetwork(graph: LinkedGraph): PartnerNetwork {
  const shown = new Set(graph.nodes.map((n) => n.id));
  const memberships: { source: string; target: string }[] = [];
  const partners = new Map<string, Map<string, string[]>>();
  for (const link of graph.links) {
    if (!shown.has(link.source) || !shown.has(link.target)) continue;
    if (link.kind === 'tie') addTie(partners, link.source, link.target, link.collaborations);
    else if (link.kind === 'membership') memberships.push(link);
  }
  if (memberships.length === 0) return { partners };
  const projected = partnerNetworkFromMemberships(memberships).partners;
  for (const [u, row] of projected)
    for (const [v, cols] of row) if (u < v) addTie(partners, u, v, cols);
  return { partners };
}

export interface PairScores {
  /** Number of shared partners. */
  commonNeighbours: number;
  /** Σ over shared partners w of 1 / ln(number of partners of w); 0 when none. */
  adamicAdar: number;
  /** Shared partners / partners of either (0 when both have none). */
  jaccard: number;
}

function partnersOf(network: PartnerNetwork, id: string): ReadonlyMap<string, readonly string[]> {
  return network.partners.get(id) ?? new Map<string, readonly string[]>();
}

function scoresOf(network: PartnerNetwork, shared: readonly string[], nu: number, nv: number) {
  // Sum the smallest terms first, in a fixed order, so equal partner sets give equal sums.
  const terms = shared.map((w) => 1 / Math.log(partnersOf(network, w).size)).sort((a, b) => a - b);
  const union = nu + nv - shared.length;
  return {
    commonNeighbours: shared.length,
    adamicAdar: terms.reduce((sum, t) => sum + t, 0),
    jaccard: union === 0 ? 0 : shared.length / union,
  };
}

/**
 * Link-prediction scores of any two members (as NetworkX's `common_neighbors`,
 * `adamic_adar_index`, `jaccard_coefficient`), whether or not they are already partners.
 */
export function pairScores(network: PartnerNetwork, u: string, v: string): PairScores {
  const pu = partnersOf(network, u);
  const pv = partnersOf(network, v);
  const shared = [...pu.keys()].filter((w) => pv.has(w) && w !== u && w !== v).sort();
  return scoresOf(network, shared, pu.size, pv.size);
}

export interface SharedPartner {
  id: string;
  /** Collaborations the focus shares with this partner. */
  withFocus: readonly string[];
  /** Collaborations the suggested member shares with this partner. */
  withSuggestion: readonly string[];
}

export interface Suggestion extends PairScores {
  id: string;
  /** The shared partners, sorted by id. */
  sharedPartners: SharedPartner[];
  /** Every collaboration on the two-step routes through shared partners, sorted. */
  collaborations: string[];
}

export interface SuggestionOptions {
  /** Most suggestions returned; default 10. */
  limit?: number;
  /** Which members may be suggested (e.g. only `org:` ids); default every member. */
  isCandidate?: (id: string) => boolean;
  /** Orders equal scores (Swedish collation); default the id. */
  labelOf?: (id: string) => string;
}

/**
 * Members two steps from `focus` in the partner network and not yet its partners, best
 * Adamic–Adar first. Pass the graph shown (filters applied) or a prebuilt network. A focus
 * that is not in the network, or has no partners, gets an empty list.
 */
export function suggestPartners(
  graph: LinkedGraph | PartnerNetwork,
  focus: string,
  options: SuggestionOptions = {},
): Suggestion[] {
  const network = 'partners' in graph ? graph : partnerNetwork(graph);
  const limit = options.limit ?? 10;
  const isCandidate = options.isCandidate ?? (() => true);
  const labelOf = options.labelOf ?? ((id: string) => id);
  const own = partnersOf(network, focus);
  const via = new Map<string, string[]>();
  for (const w of [...own.keys()].sort()) {
    for (const v of partnersOf(network, w).keys()) {
      if (v === focus || own.has(v) || !isCandidate(v)) continue;
      const list = via.get(v) ?? [];
      list.push(w);
      via.set(v, list);
    }
  }
  const out: Suggestion[] = [];
  for (const [v, shared] of via) {
    const pv = partnersOf(network, v);
    const collaborations = new Set<string>();
    const sharedPartners = shared.map((w) => {
      const withFocus = own.get(w) ?? [];
      const withSuggestion = pv.get(w) ?? [];
      for (const c of [...withFocus, ...withSuggestion]) collaborations.add(c);
      return { id: w, withFocus, withSuggestion };
    });
    out.push({
      id: v,
      ...scoresOf(network, shared, own.size, pv.size),
      sharedPartners,
      collaborations: [...collaborations].sort(),
    });
  }
  return out
    .sort(
      (a, b) =>
        b.adamicAdar - a.adamicAdar ||
        compareSv(labelOf(a.id), labelOf(b.id)) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .slice(0, Math.max(0, limit));
}
