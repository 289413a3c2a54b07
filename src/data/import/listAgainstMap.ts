/**
 * A matched list against the map: which listed organisations the network knows, the
 * collaborations and seats that link them to each other and to the home organisation,
 * who is a newcomer, and which known organisations need a route from home (ids only;
 * paths are the routes module's job). Pure; reads the dataset, changes nothing.
 */
import type { Dataset } from '../dataset';
import { resolvedOrganisation, type RowMatch } from './matchOrganisations';

/**
 * - `home`: the row is the home organisation itself;
 * - `linked`: shares at least one collaboration with home (or, without home, with
 *   another listed organisation);
 * - `known`: in the map with collaborations, but none shared as above (a route target);
 * - `isolated`: in the map without any collaboration;
 * - `newcomer`: not in the map (unmatched, rejected, or still undecided).
 */
export type ListStanding = 'home' | 'linked' | 'known' | 'isolated' | 'newcomer';

export interface ListEntry {
  /** Position in the matches array. */
  position: number;
  /** Source row number. */
  row: number;
  name: string;
  organisation: string | null;
  standing: ListStanding;
  /** Collaboration ids shared with home, sorted. */
  sharedWithHome: string[];
  /** Position of an earlier row that names the same organisation. */
  duplicateOf?: number;
}

export interface ListTie {
  /** Organisation ids, source < target. */
  source: string;
  target: string;
  /** Shared collaboration ids, sorted. */
  collaborations: string[];
  /** Seat edge ids in those collaborations held for source or target, sorted. */
  seats: string[];
  /** Person ids behind those seats, sorted. */
  people: string[];
  /** True when one end is the home organisation. */
  withHome: boolean;
}

export interface Newcomer {
  position: number;
  row: number;
  name: string;
  type?: string;
  country?: string;
  role?: string;
}

export interface ListAgainstMap {
  home: string | null;
  entries: ListEntry[];
  /** Distinct listed organisations found in the map, sorted. */
  known: string[];
  /** Rows kept as new organisations, in list order. */
  newcomers: Newcomer[];
  /** Ties among the listed organisations and home, by shared collaborations. */
  ties: ListTie[];
  /** Known listed organisations without a collaboration shared with home: ask for routes. */
  routeTargets: string[];
  /** Rows still waiting for the user's decision (ambiguous). */
  undecided: number;
}

function tieKey(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}

/**
 * Builds the picture of a list against the map. `home` (an `org:` id, e.g.
 * `org:region-skane`) is optional; an unknown id is treated as no home.
 */
export function listAgainstMap(
  matches: readonly RowMatch[],
  dataset: Dataset,
  home?: string,
): ListAgainstMap {
  const homeId = home && dataset.nodeById.get(home)?.kind === 'organisation' ? home : null;
  const collaborationsOf = (org: string) =>
    new Set((dataset.membershipsByOrganisation.get(org) ?? []).map((m) => m.target));
  const firstPosition = new Map<string, number>();
  const resolved = matches.map((m) => {
    const org = resolvedOrganisation(m);
    return org && dataset.nodeById.get(org)?.kind === 'organisation' ? org : null;
  });
  const known = [...new Set(resolved.filter((o): o is string => o !== null))].sort();
  const members = new Set(known);
  if (homeId) members.add(homeId);
  const collaborations = new Map([...members].map((org) => [org, collaborationsOf(org)]));
  const homeCollaborations = homeId
    ? (collaborations.get(homeId) ?? new Set<string>())
    : new Set<string>();

  const ties: ListTie[] = [];
  const ordered = [...members].sort();
  for (let i = 0; i < ordered.length; i++) {
    for (let j = i + 1; j < ordered.length; j++) {
      const [a, b] = tieKey(ordered[i] ?? '', ordered[j] ?? '');
      const ca = collaborations.get(a) ?? new Set<string>();
      const shared = [...(collaborations.get(b) ?? [])].filter((c) => ca.has(c)).sort();
      if (shared.length === 0) continue;
      const seats = shared
        .flatMap((c) => dataset.seatsByCollaboration.get(c) ?? [])
        .filter((s) => s.organisation === a || s.organisation === b);
      ties.push({
        source: a,
        target: b,
        collaborations: shared,
        seats: seats.map((s) => s.id).sort(),
        people: [...new Set(seats.map((s) => s.source))].sort(),
        withHome: a === homeId || b === homeId,
      });
    }
  }
  const linkedToOthers = new Set(ties.flatMap((t) => [t.source, t.target]));

  const entries: ListEntry[] = [];
  const newcomers: Newcomer[] = [];
  matches.forEach((m, position) => {
    const org = resolved[position] ?? null;
    let standing: ListStanding;
    let sharedWithHome: string[] = [];
    if (!org) standing = 'newcomer';
    else if (org === homeId) standing = 'home';
    else {
      const own = collaborations.get(org) ?? new Set<string>();
      sharedWithHome = [...own].filter((c) => homeCollaborations.has(c)).sort();
      if (own.size === 0) standing = 'isolated';
      else if (homeId ? sharedWithHome.length > 0 : linkedToOthers.has(org)) standing = 'linked';
      else standing = 'known';
    }
    const entry: ListEntry = {
      position,
      row: m.row,
      name: m.name,
      organisation: org,
      standing,
      sharedWithHome,
    };
    if (org) {
      const first = firstPosition.get(org);
      if (first === undefined) firstPosition.set(org, position);
      else entry.duplicateOf = first;
    }
    entries.push(entry);
    if (!org) {
      const newcomer: Newcomer = { position, row: m.row, name: m.name };
      if (m.type) newcomer.type = m.type;
      if (m.country) newcomer.country = m.country;
      if (m.role) newcomer.role = m.role;
      newcomers.push(newcomer);
    }
  });
  const routeTargets = homeId
    ? [...new Set(entries.filter((e) => e.standing === 'known').map((e) => e.organisation ?? ''))]
        .filter((o) => o !== '')
        .sort()
    : [];
  return {
    home: homeId,
    entries,
    known,
    newcomers,
    ties,
    routeTargets,
    undecided: matches.filter((m) => m.status === 'ambiguous' && m.decision === null).length,
  };
}
