/**
 * Explains communities found by Louvain: for each community, all its organisations (most
 * connected first), the collaborations that hold it together — those with the most member
 * organisations inside the community — and a name taken from the one that ties most of its
 * members ("FIRS-kretsen"). Names are unique: a collaboration names one community at most.
 */
import type { MembershipEdge } from '../data/graphSchema';
import { compareSv } from './collate';

export interface CommunitySummary {
  community: number;
  /** Organisation ids, most collaborations first. */
  organisations: string[];
  /** Collaborations with at least two members in the community, most members first. */
  collaborations: { id: string; members: number }[];
  /**
   * The collaboration the community is named after: the one with most members inside it
   * that no community with a stronger claim took; null when none ties two of its members.
   */
  namedAfter: string | null;
}

export function summariseCommunities(
  communityOf: ReadonlyMap<string, number>,
  memberships: readonly MembershipEdge[],
  labelOf: (id: string) => string,
): CommunitySummary[] {
  const orgs = new Map<number, Map<string, number>>();
  const cols = new Map<number, Map<string, Set<string>>>();
  for (const m of memberships) {
    const c = communityOf.get(m.source);
    if (c === undefined) continue;
    const orgCount = orgs.get(c) ?? new Map<string, number>();
    orgCount.set(m.source, (orgCount.get(m.source) ?? 0) + 1);
    orgs.set(c, orgCount);
    const colMembers = cols.get(c) ?? new Map<string, Set<string>>();
    const set = colMembers.get(m.target) ?? new Set<string>();
    set.add(m.source);
    colMembers.set(m.target, set);
    cols.set(c, colMembers);
  }
  // Organisations in a community without any membership still belong to it.
  for (const [id, c] of communityOf) {
    if (!id.startsWith('org:')) continue;
    const orgCount = orgs.get(c) ?? new Map<string, number>();
    if (!orgCount.has(id)) orgCount.set(id, 0);
    orgs.set(c, orgCount);
  }
  // Each label looked up once, not once per comparison (a 10k network's sorts compare
  // ~150,000 times).
  const labels = new Map<string, string>();
  const label = (id: string) => {
    let text = labels.get(id);
    if (text === undefined) {
      text = labelOf(id);
      labels.set(id, text);
    }
    return text;
  };
  const byLabel = (a: string, b: string) => compareSv(label(a), label(b));
  const summaries = [...orgs.keys()]
    .sort((a, b) => a - b)
    .map((community) => ({
      community,
      organisations: [...(orgs.get(community) ?? new Map<string, number>())]
        .sort((a, b) => b[1] - a[1] || byLabel(a[0], b[0]))
        .map(([id]) => id),
      collaborations: [...(cols.get(community) ?? new Map<string, Set<string>>())]
        .filter(([, members]) => members.size >= 2)
        .map(([id, members]) => ({ id, members: members.size }))
        .sort((a, b) => b.members - a.members || byLabel(a.id, b.id)),
      namedAfter: null as string | null,
    }));
  nameCommunities(summaries, byLabel);
  return summaries;
}

/**
 * True when some community holds at least two organisations, i.e. when
 * {@link summariseCommunities} would list one: a count, without the sorting, so a panel can
 * decide to offer the list and summarise only when it is opened.
 */
export function hasCommunityOfTwo(communityOf: ReadonlyMap<string, number>): boolean {
  const seen = new Set<number>();
  for (const [id, c] of communityOf) {
    if (!id.startsWith('org:')) continue;
    if (seen.has(c)) return true;
    seen.add(c);
  }
  return false;
}

/**
 * Gives each community the collaboration that ties most of its members, strongest claims
 * first (most members, then the larger community, then the lower community number), so
 * a collaboration split over two communities names the one holding more of its members and
 * the other takes its next collaboration. Mutates `namedAfter`.
 */
function nameCommunities(
  summaries: CommunitySummary[],
  byLabel: (a: string, b: string) => number,
): void {
  const claims = summaries.flatMap((s) =>
    s.collaborations.map((c) => ({ summary: s, id: c.id, members: c.members })),
  );
  claims.sort(
    (a, b) =>
      b.members - a.members ||
      b.summary.organisations.length - a.summary.organisations.length ||
      a.summary.community - b.summary.community ||
      byLabel(a.id, b.id),
  );
  const taken = new Set<string>();
  for (const claim of claims) {
    if (claim.summary.namedAfter !== null || taken.has(claim.id)) continue;
    claim.summary.namedAfter = claim.id;
    taken.add(claim.id);
  }
}
