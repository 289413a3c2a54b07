/**
 * Gould–Fernandez brokerage: per node, how often it sits on a two-path a → b → c whose ends
 * are not tied (a ↛ c), split into five roles by the groups of a, b and c, and the brokered
 * pairs by the groups at their two ends. Counting follows statnet sna's `brokerage`
 * (its `brokerage_R`); undirected ties are treated as sna treats an undirected graph (its
 * `as.edgelist.sna` lists each tie in both directions): each two-path counts once in each
 * direction. Groups are plain strings chosen by the caller.
 */

/** Role ids in the order of sna's columns (w_I, w_O, b_IO, b_OI, b_O). */
export const BROKERAGE_ROLES = [
  'coordinator',
  'consultant',
  'representative',
  'gatekeeper',
  'liaison',
] as const;
/**
 * coordinator (w_I): a, b, c all in one group. consultant (w_O, "itinerant"): a and c in
 * one group, b in another. representative (b_IO): b in a's group, c outside.
 * gatekeeper (b_OI): b in c's group, a outside. liaison (b_O): three different groups.
 */
export type BrokerageRole = (typeof BROKERAGE_ROLES)[number];

/** Count per role. */
export type RoleCounts = Record<BrokerageRole, number>;

/** The graph: nodes and ties; weights, if any, are ignored (a tie exists or not). */
export interface BrokerageInput {
  nodes: readonly string[];
  edges: readonly { readonly source: string; readonly target: string }[];
  /**
   * When true each edge is an arc source → target; default false (undirected ties, each
   * two-path counted in both directions, so gatekeeper = representative and the other
   * roles are even).
   */
  directed?: boolean;
}

/** Pairs brokered by one node, by the groups of the pair's ends. */
export interface GroupPairCount {
  /**
   * Directed: the group of the pair's source. Undirected: the smaller of the two group ids
   * (code-unit order), so a pair of groups is listed once.
   */
  from: string;
  /** Directed: the group of the pair's target; undirected: the larger group id. */
  to: string;
  /** Brokered pairs: ordered (a, c) when directed, unordered {a, c} when undirected. */
  pairs: number;
}

export interface NodeBrokerage {
  group: string;
  /** Two-path counts per role, as sna's raw scores. */
  roles: RoleCounts;
  /** Sum of `roles` (sna's `t`). */
  total: number;
  /**
   * Pairs of its contacts that only reach each other through it (no direct tie): ordered
   * pairs when directed (= total), unordered when undirected (= total / 2).
   */
  brokeredPairs: number;
  /** `brokeredPairs` split by the groups at the pair's ends; most pairs first. */
  groupPairs: GroupPairCount[];
  /**
   * Expected counts in a random graph of the same size and density for a broker of this
   * group's size (Gould & Fernandez 1989, as sna's `exp.nli`).
   */
  expected: RoleCounts & { total: number };
  /** (count − expected) / sd, as sna's `z.nli`; null where the sd is 0. */
  z: Record<BrokerageRole | 'total', number | null>;
}

export interface BrokerageResult {
  directed: boolean;
  /** Distinct groups, sorted. */
  groups: string[];
  /** Per node id. */
  nodes: Record<string, NodeBrokerage>;
  /** Sums over all nodes (sna's `raw.gli`). */
  totals: RoleCounts & { total: number };
  /** Arc density used for the expectations: arcs / (n(n−1)); each undirected tie is 2 arcs. */
  density: number;
}

/** A fresh all-zero `RoleCounts`. */
export function emptyRoleCounts(): RoleCounts {
  return { coordinator: 0, consultant: 0, representative: 0, gatekeeper: 0, liaison: 0 };
}

/**
 * The role of broker b on the two-path a → b → c, from the three groups.
 */
export function brokerageRole(a: string, b: string, c: string): BrokerageRole {
  if (a === b) return b === c ? 'coordinator' : 'representative';
  if (b === c) return 'gatekeeper';
  return a === c ? 'consultant' : 'liaison';
}

/**
 * Gould–Fernandez brokerage of every node. O(Σ_b Σ_{a→b} (out(a) + out(b))) time, O(n + m)
 * memory. Self-loops and repeated ties are ignored.
 * @param groups Group of every node id (e.g. organisation type, or a world from `worldsOf`).
 * @throws Error on a duplicate node id, an edge naming an unknown node, or a node without a
 *   group.
 */
export function brokerage(
  input: BrokerageInput,
  groups: Readonly<Record<string, string>>,
): BrokerageResult {
  const directed = input.directed ?? false;
  const ids = [...input.nodes].sort();
  const n = ids.length;
  const indexOf = new Map<string, number>();
  ids.forEach((id, i) => indexOf.set(id, i));
  if (indexOf.size !== n) throw new Error('Duplicate node id in the brokerage input.');

  const groupNames = [...new Set(ids.map((id) => groupOf(groups, id)))].sort();
  const groupIndex = new Map(groupNames.map((g, i) => [g, i]));
  const group = Int32Array.from(ids, (id) => groupIndex.get(groupOf(groups, id))!);

  const { outStart, outList, inStart, inList } = adjacency(input, indexOf, directed);
  const k = groupNames.length;
  const sizes = new Float64Array(k);
  for (let v = 0; v < n; v++) sizes[group[v]!]!++;
  const density = n > 1 ? outList.length / (n * (n - 1)) : 0;
  const moments = Array.from({ length: k }, (_, g) => roleMoments(sizes, g, n, density));
  // stamp[c] === token: a → c exists for the in-neighbour a now visited (one token per a, b).
  const stamp = new Int32Array(n);
  let token = 0;
  const nodes: Record<string, NodeBrokerage> = {};
  const totals = { ...emptyRoleCounts(), total: 0 };
  const roleCount = new Float64Array(5);
  const pairCount = new Map<number, number>();

  for (let b = 0; b < n; b++) {
    roleCount.fill(0);
    pairCount.clear();
    let brokered = 0;
    const gb = group[b]!;
    for (let x = inStart[b]!, xEnd = inStart[b + 1]!; x < xEnd; x++) {
      const a = inList[x]!;
      token++;
      for (let y = outStart[a]!, yEnd = outStart[a + 1]!; y < yEnd; y++) stamp[outList[y]!] = token;
      const ga = group[a]!;
      for (let y = outStart[b]!, yEnd = outStart[b + 1]!; y < yEnd; y++) {
        const c = outList[y]!;
        if (c === a || stamp[c] === token) continue;
        const gc = group[c]!;
        roleCount[roleIndex(ga, gb, gc)]!++;
        if (directed || a < c) {
          brokered++;
          const code = directed || ga <= gc ? ga * k + gc : gc * k + ga;
          pairCount.set(code, (pairCount.get(code) ?? 0) + 1);
        }
      }
    }
    const roles = emptyRoleCounts();
    let total = 0;
    BROKERAGE_ROLES.forEach((role, r) => {
      roles[role] = roleCount[r]!;
      totals[role] += roleCount[r]!;
      total += roleCount[r]!;
    });
    totals.total += total;
    const groupPairs = [...pairCount]
      .map(([code, pairs]) => ({
        from: groupNames[Math.floor(code / k)]!,
        to: groupNames[code % k]!,
        pairs,
      }))
      .sort((p, q) => q.pairs - p.pairs || cmp(p.from, q.from) || cmp(p.to, q.to));
    const { mean, variance } = moments[gb]!;
    const expected = { ...emptyRoleCounts(), total: mean[5]! };
    const z: NodeBrokerage['z'] = { ...emptyRoleCounts(), total: 0 };
    const zOf = (count: number, r: number) =>
      variance[r]! > 0 ? (count - mean[r]!) / Math.sqrt(variance[r]!) : null;
    BROKERAGE_ROLES.forEach((role, r) => {
      expected[role] = mean[r]!;
      z[role] = zOf(roles[role], r);
    });
    z.total = zOf(total, 5);
    nodes[ids[b]!] = {
      group: groupNames[gb]!,
      roles,
      total,
      brokeredPairs: brokered,
      groupPairs,
      expected,
      z,
    };
  }
  return { directed, groups: groupNames, nodes, totals, density };
}

const choose2 = (x: number) => (x * (x - 1)) / 2;

/**
 * Mean and variance of each role count (in BROKERAGE_ROLES order, then the total) for a
 * broker of group `g`, from sna 2.7-2's `brokerage` (R/models.R, after Gould & Fernandez):
 * group sizes `sizes`, n nodes, arc density d.
 */
function roleMoments(
  sizes: Float64Array,
  g: number,
  n: number,
  d: number,
): { mean: number[]; variance: number[] } {
  const own = sizes[g]!;
  const others = [...sizes].filter((_, j) => j !== g);
  const p2 = d * d * (1 - d); // probability of an open two-path a → b → c, a ↛ c
  const p3 = d ** 3 * (1 - d) ** 3;
  const sum = (f: (x: number) => number) => others.reduce((s, x) => s + f(x), 0);
  const othersTotal = sum((x) => x);
  const mean = [
    p2 * (own - 1) * (own - 2),
    p2 * sum((x) => x * (x - 1)),
    p2 * (n - own) * (own - 1),
    p2 * (n - own) * (own - 1),
    p2 * (othersTotal * othersTotal - sum((x) => x * x)),
    p2 * (n - 1) * (n - 2),
  ];
  const base = (m: number) => m * (1 - p2);
  const representative =
    base(mean[2]!) + 2 * ((own - 1) * choose2(n - own) + (n - own) * choose2(own - 1)) * p3;
  const variance = [
    base(mean[0]!) + 2 * (own - 1) * (own - 2) * (own - 3) * p3,
    base(mean[1]!) + 2 * sum((x) => x * (x - 1) * (x - 2)) * p3,
    representative,
    representative,
    base(mean[4]!) + 4 * sum((x) => x * choose2(n - x - own)) * p3,
    base(mean[5]!) + 2 * (n - 1) * (n - 2) * (n - 3) * p3,
  ];
  // `+ 0` turns the −0 of an empty factor (a group of one) into 0.
  return { mean: mean.map((x) => x + 0), variance: variance.map((x) => x + 0) };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function groupOf(groups: Readonly<Record<string, string>>, id: string): string {
  const g = Object.prototype.hasOwnProperty.call(groups, id) ? groups[id] : undefined;
  if (typeof g !== 'string') throw new Error(`Node "${id}" has no group for brokerage.`);
  return g;
}

/** Index into BROKERAGE_ROLES; same rule as `brokerageRole`, on group indices. */
function roleIndex(a: number, b: number, c: number): number {
  if (a === b) return b === c ? 0 : 2;
  if (b === c) return 3;
  return a === c ? 1 : 4;
}

interface Adjacency {
  outStart: Int32Array;
  outList: Int32Array;
  inStart: Int32Array;
  inList: Int32Array;
}

/** Out- and in-neighbour lists (CSR), without self-loops or repeats; both equal undirected. */
function adjacency(
  input: BrokerageInput,
  indexOf: ReadonlyMap<string, number>,
  directed: boolean,
): Adjacency {
  const n = indexOf.size;
  const seen = new Set<number>();
  const from: number[] = [];
  const to: number[] = [];
  input.edges.forEach((edge, i) => {
    const u = indexOf.get(edge.source);
    const v = indexOf.get(edge.target);
    if (u === undefined || v === undefined) {
      const missing = u === undefined ? edge.source : edge.target;
      throw new Error(`Edge ${i} refers to unknown node "${missing}".`);
    }
    if (u === v) return;
    const arcs: Array<[number, number]> = directed
      ? [[u, v]]
      : [
          [u, v],
          [v, u],
        ];
    for (const [a, b] of arcs) {
      const code = a * n + b;
      if (seen.has(code)) continue;
      seen.add(code);
      from.push(a);
      to.push(b);
    }
  });
  const out = toCsr(n, from, to);
  const inn = toCsr(n, to, from);
  return { outStart: out.start, outList: out.list, inStart: inn.start, inList: inn.list };
}

function toCsr(n: number, from: number[], to: number[]): { start: Int32Array; list: Int32Array } {
  const start = new Int32Array(n + 1);
  for (const u of from) start[u + 1]!++;
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
  const cursor = start.slice(0, n);
  const list = new Int32Array(from.length);
  for (let i = 0; i < from.length; i++) list[cursor[from[i]!]!++] = to[i]!;
  return { start, list };
}
