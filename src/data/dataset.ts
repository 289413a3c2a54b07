/**
 * The in-memory dataset: the validated graph file plus lookup tables built once at load.
 * Read-only by convention; everything else derives from it.
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

export interface Dataset {
  file: GraphFile;
  nodeById: ReadonlyMap<string, GraphNode>;
  organisations: readonly OrganisationNode[];
  collaborations: readonly CollaborationNode[];
  people: readonly PersonNode[];
  memberships: readonly MembershipEdge[];
  seats: readonly SeatEdge[];
  /** Memberships by organisation id and by collaboration id. */
  membershipsByOrganisation: ReadonlyMap<string, readonly MembershipEdge[]>;
  membershipsByCollaboration: ReadonlyMap<string, readonly MembershipEdge[]>;
  seatsByCollaboration: ReadonlyMap<string, readonly SeatEdge[]>;
  seatsByPerson: ReadonlyMap<string, readonly SeatEdge[]>;
  sourceById: ReadonlyMap<string, SourceDocument>;
  /** Child collaborations (partOf) by parent id. */
  childrenByCollaboration: ReadonlyMap<string, readonly CollaborationNode[]>;
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
    childrenByCollaboration: groupBy(
      collaborations.filter((c) => c.partOf),
      (c) => c.partOf ?? '',
    ),
  };
}

export type { GraphEdge };
