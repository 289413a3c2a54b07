/**
 * The collaboration network: organisations tied when they share collaborations, weight =
 * number of distinct shared collaborations, and every tie keeps the collaborations behind
 * it so the UI can explain it.
 */
import type { MembershipEdge } from '../data/graphSchema';
import { compareSv } from './collate';

export interface CollaborationTie {
  /** `tie:<a>|<b>` with a < b, stable across runs. */
  id: string;
  source: string;
  target: string;
  weight: number;
  /** Collaboration ids, sorted. */
  collaborations: string[];
}

/** Distinct organisation ids per collaboration, from the given memberships. */
function membersByCollaboration(memberships: readonly MembershipEdge[]): Map<string, string[]> {
  const byCol = new Map<string, Set<string>>();
  for (const m of memberships) {
    const set = byCol.get(m.target) ?? new Set<string>();
    set.add(m.source);
    byCol.set(m.target, set);
  }
  return new Map([...byCol].map(([col, orgs]) => [col, [...orgs].sort()]));
}

/** Projects organisation–collaboration memberships onto organisation–organisation ties. */
export function projectCollaborationNetwork(
  memberships: readonly MembershipEdge[],
): CollaborationTie[] {
  const ties = new Map<string, CollaborationTie>();
  for (const [col, orgs] of membersByCollaboration(memberships)) {
    for (let i = 0; i < orgs.length; i++) {
      for (let j = i + 1; j < orgs.length; j++) {
        const a = orgs[i] as string;
        const b = orgs[j] as string;
        const id = `tie:${a}|${b}`;
        const tie = ties.get(id) ?? { id, source: a, target: b, weight: 0, collaborations: [] };
        tie.collaborations.push(col);
        tie.weight = tie.collaborations.length;
        ties.set(id, tie);
      }
    }
  }
  const out = [...ties.values()];
  for (const tie of out) tie.collaborations.sort();
  return out.sort((x, y) => (x.id < y.id ? -1 : 1));
}

export interface KeyCollaborator {
  organisation: string;
  /** Collaboration ids shared with the focus organisation, sorted. */
  collaborations: string[];
}

/**
 * The organisations that share most collaborations with `organisation`, most first; ties
 * in count are broken by `labelOf` so the order is stable and readable.
 */
export function keyCollaborators(
  organisation: string,
  memberships: readonly MembershipEdge[],
  labelOf: (id: string) => string,
): KeyCollaborator[] {
  const own = new Set(memberships.filter((m) => m.source === organisation).map((m) => m.target));
  const shared = new Map<string, Set<string>>();
  for (const m of memberships) {
    if (m.source === organisation || !own.has(m.target)) continue;
    const set = shared.get(m.source) ?? new Set<string>();
    set.add(m.target);
    shared.set(m.source, set);
  }
  return [...shared]
    .map(([org, cols]) => ({ organisation: org, collaborations: [...cols].sort() }))
    .sort(
      (a, b) =>
        b.collaborations.length - a.collaborations.length ||
        compareSv(labelOf(a.organisation), labelOf(b.organisation)),
    );
}
