/**
 * View filters as data, and the pure function that applies them: which collaborations,
 * memberships, organisations and seats are visible. An empty set means "no restriction".
 * A membership whose member is a collaboration is kept when both collaborations pass the
 * collaboration filters (kind, source, funding, period), its role passes, and no
 * organisation-type filter is set: that filter says which organisations may be members,
 * so while it is set collaborations do not appear as members.
 */
import type { Dataset } from '../data/dataset';
import type { CollaborationNode, MembershipEdge, SeatEdge } from '../data/graphSchema';
import type { CollaborationKind, MembershipRole, OrganisationType } from '../data/vocabulary';
import { PART_ROLE } from '../data/vocabulary';

export interface Filters {
  organisationTypes: readonly OrganisationType[];
  collaborationKinds: readonly CollaborationKind[];
  sources: readonly string[];
  /** Funding programme ids; a family id (e.g. `interreg`) stands for all its programmes. */
  funding: readonly string[];
  roles: readonly MembershipRole[];
  /** Inclusive year range; a collaboration is shown when its period overlaps it. */
  yearFrom: number | null;
  yearTo: number | null;
  /** Whether collaborations without any stated year are shown when a year range is set. */
  includeUndated: boolean;
  showPeople: boolean;
}

export const DEFAULT_FILTERS: Filters = {
  organisationTypes: [],
  collaborationKinds: [],
  sources: [],
  funding: [],
  roles: [],
  yearFrom: null,
  yearTo: null,
  includeUndated: true,
  showPeople: false,
};

export interface VisibleSet {
  collaborations: ReadonlySet<string>;
  organisations: ReadonlySet<string>;
  /**
   * Visible collaborations that are members (other than `part`) of a visible
   * collaboration: acting bodies, drawn as actors in the network view.
   */
  actingCollaborations: ReadonlySet<string>;
  people: ReadonlySet<string>;
  memberships: readonly MembershipEdge[];
  seats: readonly SeatEdge[];
}

const allows = <T>(selected: readonly T[], value: T) =>
  selected.length === 0 || selected.includes(value);

export function isFiltered(filters: Filters): boolean {
  return (
    filters.organisationTypes.length > 0 ||
    filters.collaborationKinds.length > 0 ||
    filters.sources.length > 0 ||
    filters.funding.length > 0 ||
    filters.roles.length > 0 ||
    filters.yearFrom !== null ||
    filters.yearTo !== null
  );
}

/** True when a collaboration's period overlaps the filter's year range. */
export function collaborationInPeriod(col: CollaborationNode, filters: Filters): boolean {
  if (filters.yearFrom === null && filters.yearTo === null) return true;
  if (col.start === undefined && col.end === undefined) return filters.includeUndated;
  const start = col.start ?? col.end ?? 0;
  const end = col.end ?? Number.POSITIVE_INFINITY; // no end year: still running
  const from = filters.yearFrom ?? Number.NEGATIVE_INFINITY;
  const to = filters.yearTo ?? Number.POSITIVE_INFINITY;
  return start <= to && end >= from;
}

/**
 * The funding ids a selection matches: each selected id, and for a family id every
 * programme of the family. Unknown ids match themselves only.
 */
export function expandFundingSelection(data: Dataset, selected: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const id of selected) {
    out.add(id);
    for (const member of data.fundingFamilies.get(id) ?? []) out.add(member);
  }
  return out;
}

/**
 * Applies the filters. Organisations are visible when they keep at least one visible
 * membership (an organisation-type filter hides the others); collaborations when they
 * keep at least one visible link (as target or as member) or, with no member filters
 * (organisation type, role), whenever they pass the collaboration filters.
 */
export function applyFilters(data: Dataset, filters: Filters): VisibleSet {
  const funding = expandFundingSelection(data, filters.funding);
  const candidateCols = new Set<string>();
  for (const col of data.collaborations) {
    if (!allows(filters.collaborationKinds, col.type)) continue;
    if (filters.sources.length > 0 && !col.sources.some((s) => filters.sources.includes(s)))
      continue;
    if (funding.size > 0 && !col.funding.some((f) => funding.has(f))) continue;
    if (!collaborationInPeriod(col, filters)) continue;
    candidateCols.add(col.id);
  }
  const memberships = data.memberships.filter((m) => {
    if (!candidateCols.has(m.target) || !allows(filters.roles, m.role)) return false;
    const member = data.nodeById.get(m.source);
    if (member?.kind === 'collaboration')
      return filters.organisationTypes.length === 0 && candidateCols.has(m.source);
    return member?.kind === 'organisation' && allows(filters.organisationTypes, member.type);
  });
  const organisations = new Set<string>();
  const actingCollaborations = new Set<string>();
  for (const m of memberships) {
    if (m.source.startsWith('org:')) organisations.add(m.source);
    else if (m.role !== PART_ROLE) actingCollaborations.add(m.source);
  }
  const restrictsMembers = filters.organisationTypes.length > 0 || filters.roles.length > 0;
  const collaborations = restrictsMembers
    ? new Set(
        memberships.flatMap((m) =>
          m.source.startsWith('col:') ? [m.target, m.source] : [m.target],
        ),
      )
    : candidateCols;
  const seats = filters.showPeople ? data.seats.filter((s) => collaborations.has(s.target)) : [];
  return {
    collaborations,
    organisations,
    actingCollaborations,
    people: new Set(seats.map((s) => s.source)),
    memberships,
    seats,
  };
}
