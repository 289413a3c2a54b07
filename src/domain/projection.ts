/**
 * The collaboration network: the *actors* — organisations, and collaborations that are
 * members of some collaboration (acting bodies) — tied when they share a collaboration,
 * and an acting body tied to its own members. Weight = shared collaborations + direct
 * memberships; every tie keeps what explains it so the UI can say why. Memberships with
 * role `part` (a project in a programme) are structure, not action: they neither make an
 * actor nor tie anyone.
 */
import type { MembershipEdge } from '../data/graphSchema';
import { PART_ROLE } from '../data/vocabulary';
import { compareSv } from './collate';

export interface CollaborationTie {
  /** `tie:<a>|<b>` with a < b, stable across runs. */
  id: string;
  source: string;
  target: string;
  /** `collaborations.length + direct.length`. */
  weight: number;
  /** Collaborations both ends are members of, sorted. */
  collaborations: string[];
  /**
   * The tie's own ends that are acting bodies the other end is a member of (usually none
   * or one), sorted: "A is a member of B" ties A and B directly.
   */
  direct: string[];
}

const acting = (memberships: readonly MembershipEdge[]) =>
  memberships.filter((m) => m.role !== PART_ROLE);

/** The actors among the memberships: every member (source) of a non-`part` membership. */
export function actorsOf(memberships: readonly MembershipEdge[]): Set<string> {
  return new Set(acting(memberships).map((m) => m.source));
}

/** Distinct member ids per collaboration, sorted, from the given (non-`part`) memberships. */
function membersByCollaboration(memberships: readonly MembershipEdge[]): Map<string, string[]> {
  const byCol = new Map<string, string[]>();
  for (const m of memberships) {
    const members = byCol.get(m.target);
    if (!members) byCol.set(m.target, [m.source]);
    else if (!members.includes(m.source)) members.push(m.source);
  }
  for (const members of byCol.values()) if (members.length > 1) members.sort();
  return byCol;
}

/**
 * Projects memberships onto actor–actor ties (see the module header for the rules).
 * Input may mix organisation and collaboration members; output is sorted by tie id.
 */
export function projectCollaborationNetwork(
  memberships: readonly MembershipEdge[],
): CollaborationTie[] {
  return project(acting(memberships), actorsOf(memberships));
}

/** The projection of non-`part` memberships, `actors` deciding which targets act. */
function project(
  active: readonly MembershipEdge[],
  actors: ReadonlySet<string>,
): CollaborationTie[] {
  const ties = new Map<string, CollaborationTie>();
  const tieOf = (x: string, y: string) => {
    const a = x < y ? x : y;
    const b = x < y ? y : x;
    const id = `tie:${a}|${b}`;
    let tie = ties.get(id);
    if (!tie) {
      tie = { id, source: a, target: b, weight: 0, collaborations: [], direct: [] };
      ties.set(id, tie);
    }
    return tie;
  };
  for (const [col, members] of membersByCollaboration(active)) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        tieOf(members[i] as string, members[j] as string).collaborations.push(col);
      }
    }
  }
  for (const m of active) {
    if (!actors.has(m.target) || m.source === m.target) continue;
    const tie = tieOf(m.source, m.target);
    if (!tie.direct.includes(m.target)) tie.direct.push(m.target);
  }
  const out = [...ties.values()];
  for (const tie of out) {
    if (tie.collaborations.length > 1) tie.collaborations.sort();
    if (tie.direct.length > 1) tie.direct.sort();
    tie.weight = tie.collaborations.length + tie.direct.length;
  }
  return out.sort((x, y) => (x.id < y.id ? -1 : 1));
}

export interface KeyCollaborator {
  /** The other actor's id (an organisation or an acting collaboration). */
  organisation: string;
  /** Collaboration ids shared with the focus actor, sorted. */
  collaborations: string[];
  /** Of the two, the acting bodies the other is a member of (see CollaborationTie.direct). */
  direct: string[];
}

/**
 * The actors tied to `organisation` (an organisation or acting collaboration id) in the
 * collaboration network, strongest tie first; equal weights are ordered by `labelOf` so
 * the order is stable and readable. Empty when the focus has no tie.
 */
export function keyCollaborators(
  organisation: string,
  memberships: readonly MembershipEdge[],
  labelOf: (id: string) => string,
): KeyCollaborator[] {
  const active = acting(memberships);
  const own = new Set(active.filter((m) => m.source === organisation).map((m) => m.target));
  // Only memberships that can touch the focus: of its collaborations, and of itself.
  const subset = active.filter((m) => own.has(m.target) || m.target === organisation);
  const full = project(subset, actorsOf(active));
  return full
    .filter((t) => t.source === organisation || t.target === organisation)
    .map((t) => ({
      organisation: t.source === organisation ? t.target : t.source,
      collaborations: t.collaborations,
      direct: t.direct,
    }))
    .sort(
      (a, b) =>
        b.collaborations.length + b.direct.length - (a.collaborations.length + a.direct.length) ||
        compareSv(labelOf(a.organisation), labelOf(b.organisation)),
    );
}
