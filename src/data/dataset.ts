/**
 * The in-memory dataset: the validated graph file plus lookup tables built once at load.
 * Read-only by convention; everything else derives from it. Collaboration hierarchy
 * (parents/children) is derived from memberships with role `part`, not stored twice.
 */
import type {
  CollaborationNode,
  GraphEdge,
  GraphFile,
  GraphNode,
  MembershipEdge,
  OrganisationNode,
  PersonNode,
  SeatEdge,
  SourceDocument,
} from './graphSchema';
import { PART_ROLE } from './vocabulary';

export interface Dataset {
  file: GraphFile;
  nodeById: ReadonlyMap<string, GraphNode>;
  organisations: readonly OrganisationNode[];
  collaborations: readonly CollaborationNode[];
  people: readonly PersonNode[];
  memberships: readonly MembershipEdge[];
  seats: readonly SeatEdge[];
  /**
   * Memberships by member id (the edge's source: an organisation, or a collaboration that
   * is itself a member) — the name is historical.
   */
  membershipsByOrganisation: ReadonlyMap<string, readonly MembershipEdge[]>;
  /** Memberships by the collaboration they are memberships of (the edge's target). */
  membershipsByCollaboration: ReadonlyMap<string, readonly MembershipEdge[]>;
  seatsByCollaboration: ReadonlyMap<string, readonly SeatEdge[]>;
  seatsByPerson: ReadonlyMap<string, readonly SeatEdge[]>;
  sourceById: ReadonlyMap<string, SourceDocument>;
  /** Child collaborations (members with role `part`) by parent id, sorted by id. */
  childrenByCollaboration: ReadonlyMap<string, readonly CollaborationNode[]>;
  /** Parent collaborations (targets of the child's `part` memberships) by child id. */
  parentsByCollaboration: ReadonlyMap<string, readonly CollaborationNode[]>;
  /** Funding programme ids per family id (the family's own id included). */
  fundingFamilies: ReadonlyMap<string, ReadonlySet<string>>;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/** Builds the lookup tables; `file` must already be validated (graphSchema). */
export function createDataset(file: GraphFile): Dataset {
  const organisations: OrganisationNode[] = [];
  const collaborations: CollaborationNode[] = [];
  const people: PersonNode[] = [];
  for (const node of file.nodes) {
    if (node.kind === 'organisation') organisations.push(node);
    else if (node.kind === 'collaboration') collaborations.push(node);
    else people.push(node);
  }
  const memberships = file.edges.filter((e): e is MembershipEdge => e.kind === 'membership');
  const seats = file.edges.filter((e): e is SeatEdge => e.kind === 'seat');
  const colById = new Map(collaborations.map((c) => [c.id, c]));
  const parts = memberships.filter((m) => m.role === PART_ROLE);
  const lookup = (ids: string[]) =>
    [...new Set(ids)]
      .sort()
      .map((id) => colById.get(id))
      .filter((c): c is CollaborationNode => c !== undefined);
  const children = groupBy(parts, (m) => m.target);
  const parents = groupBy(parts, (m) => m.source);
  const fundingFamilies = new Map<string, Set<string>>();
  for (const f of file.fundingProgrammes) {
    for (const key of [f.id, ...(f.family ? [f.family] : [])]) {
      const set = fundingFamilies.get(key) ?? new Set<string>();
      set.add(f.id);
      fundingFamilies.set(key, set);
    }
  }
  return {
    file,
    nodeById: new Map(file.nodes.map((n) => [n.id, n])),
    organisations,
    collaborations,
    people,
    memberships,
    seats,
    membershipsByOrganisation: groupBy(memberships, (m) => m.source),
    membershipsByCollaboration: groupBy(memberships, (m) => m.target),
    seatsByCollaboration: groupBy(seats, (s) => s.target),
    seatsByPerson: groupBy(seats, (s) => s.source),
    sourceById: new Map(file.sources.map((s) => [s.id, s])),
    childrenByCollaboration: new Map(
      [...children].map(([parent, ms]) => [parent, lookup(ms.map((m) => m.source))]),
    ),
    parentsByCollaboration: new Map(
      [...parents].map(([child, ms]) => [child, lookup(ms.map((m) => m.target))]),
    ),
    fundingFamilies,
  };
}

export type { GraphEdge };
