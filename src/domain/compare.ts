/**
 * "Who sits in both?": compares two or more collaborations (who is a member of all, of
 * some, of only one; the same for people and their seats) or two or more members (the
 * collaborations they share, those only one is in, the partners they share). Results are
 * row-ready plain data for a table, highlights and CSV; every row keeps, per compared set,
 * the roles and the evidence behind it. A member may be an organisation or a collaboration:
 * nothing here assumes which.
 */
import type { Dataset } from '../data/dataset';
import type { Evidence, MembershipEdge, SeatEdge } from '../data/graphSchema';
import type { CollaborationKind, MembershipRole, SeatBody, SeatRole } from '../data/vocabulary';
import { MEMBERSHIP_ROLES } from '../data/vocabulary';
import { compareSv } from './collate';

/** One piece of evidence with the dataset edge it backs (`m:…` or `s:…`). */
export interface EvidenceRef extends Evidence {
  edgeId: string;
}

/** One entity compared across the sets: which sets it is in, and per set what and why. */
export interface ComparedRow<Detail> {
  id: string;
  /** Ids of the sets it is in, in the order the sets were given. */
  in: string[];
  /** `in.length`. */
  count: number;
  /** Per set id it is in: what it is there (roles, seats, shared collaborations). */
  details: Record<string, Detail>;
  /** Per set id it is in: the evidence, deduplicated. */
  evidence: Record<string, EvidenceRef[]>;
}

export interface Comparison<Detail> {
  /** The sets compared, deduplicated, in the order given. */
  sets: string[];
  /** Every entity in at least one set: most sets first, then by label (Swedish order). */
  rows: ComparedRow<Detail>[];
  /** Ids in every set (empty when fewer than two sets). */
  inAll: string[];
  /** Ids in more than one set but not all. */
  inSome: string[];
  /** Ids in exactly one set. */
  inOnlyOne: string[];
  /** Per set id: the ids that are only in that set. */
  onlyIn: Record<string, string[]>;
}

export interface MemberDetail {
  /** Roles in the collaboration, strongest first. */
  roles: MembershipRole[];
  /** True when every membership behind it is implied rather than stated. */
  implied: boolean;
}

export interface SeatDetail {
  seats: { body: SeatBody; role: SeatRole; organisation?: string; title?: string }[];
}

export interface PartnerDetail {
  /** Collaborations the partner shares with the compared member, sorted. */
  collaborations: string[];
}

export interface CollaborationComparison {
  /** Members (organisations, or collaborations that are members) across the collaborations. */
  members: Comparison<MemberDetail>;
  /** People with seats across the collaborations (empty when no seats were given). */
  people: Comparison<SeatDetail>;
}

export interface MemberComparison {
  /** Collaborations across the compared members; `in` lists the members in each. */
  collaborations: Comparison<MemberDetail>;
  /** Co-members (partners) across the compared members, the compared members left out. */
  partners: Comparison<PartnerDetail>;
}

/** Memberships and optionally seats: a Dataset or a filtered VisibleSet both fit. */
export interface ComparisonInput {
  memberships: readonly MembershipEdge[];
  seats?: readonly SeatEdge[];
}

type Entry<Detail> = { detail: Detail; evidence: Map<string, EvidenceRef> };

const refsOf = (edgeId: string, evidence: readonly Evidence[]) =>
  evidence.map((e) => ({ edgeId, ...e }));

const refKey = (r: EvidenceRef) =>
  `${r.edgeId}\u0000${r.source}\u0000${r.section}\u0000${r.page ?? ''}`;

/** Assembles a Comparison from entity → set → entry, sorting and grouping. */
function assemble<Detail>(
  sets: readonly string[],
  table: Map<string, Map<string, Entry<Detail>>>,
  labelOf: (id: string) => string,
): Comparison<Detail> {
  const rows: ComparedRow<Detail>[] = [];
  for (const [id, bySet] of table) {
    const inSets = sets.filter((s) => bySet.has(s));
    const details: Record<string, Detail> = {};
    const evidence: Record<string, EvidenceRef[]> = {};
    for (const s of inSets) {
      const entry = bySet.get(s) as Entry<Detail>;
      details[s] = entry.detail;
      evidence[s] = [...entry.evidence.values()];
    }
    rows.push({ id, in: inSets, count: inSets.length, details, evidence });
  }
  rows.sort(
    (a, b) =>
      b.count - a.count || compareSv(labelOf(a.id), labelOf(b.id)) || (a.id < b.id ? -1 : 1),
  );
  const all = sets.length >= 2 ? rows.filter((r) => r.count === sets.length) : [];
  const onlyIn: Record<string, string[]> = {};
  for (const s of sets) onlyIn[s] = [];
  for (const r of rows) if (r.count === 1) onlyIn[r.in[0] as string]?.push(r.id);
  return {
    sets: [...sets],
    rows,
    inAll: all.map((r) => r.id),
    inSome: rows.filter((r) => r.count > 1 && r.count < sets.length).map((r) => r.id),
    inOnlyOne: rows.filter((r) => r.count === 1).map((r) => r.id),
    onlyIn,
  };
}

function entryFor<Detail>(
  table: Map<string, Map<string, Entry<Detail>>>,
  id: string,
  set: string,
  create: () => Detail,
): Entry<Detail> {
  const bySet = table.get(id) ?? new Map<string, Entry<Detail>>();
  table.set(id, bySet);
  const entry = bySet.get(set) ?? { detail: create(), evidence: new Map<string, EvidenceRef>() };
  bySet.set(set, entry);
  return entry;
}

function addEvidence<Detail>(entry: Entry<Detail>, edgeId: string, evidence: readonly Evidence[]) {
  for (const ref of refsOf(edgeId, evidence)) entry.evidence.set(refKey(ref), ref);
}

const roleRank = (role: MembershipRole) => MEMBERSHIP_ROLES.indexOf(role);

function addMembership(entry: Entry<MemberDetail>, m: MembershipEdge) {
  const { detail } = entry;
  if (!detail.roles.includes(m.role)) {
    detail.roles.push(m.role);
    detail.roles.sort((a, b) => roleRank(a) - roleRank(b));
  }
  detail.implied = detail.implied && m.implied;
  addEvidence(entry, m.id, m.evidence);
}

const unique = (ids: readonly string[]) => [...new Set(ids)];

/**
 * Compares collaborations: who is a member of all, of some (which), of only one; the same
 * for people with seats when `input.seats` is given. Unknown or memberless collaboration
 * ids are kept as (empty) sets, so "in all" is then empty. `labelOf` orders rows of equal
 * count (default: by id).
 */
export function compareCollaborations(
  input: ComparisonInput,
  collaborations: readonly string[],
  labelOf: (id: string) => string = (id) => id,
): CollaborationComparison {
  const sets = unique(collaborations);
  const wanted = new Set(sets);
  const members = new Map<string, Map<string, Entry<MemberDetail>>>();
  for (const m of input.memberships) {
    if (!wanted.has(m.target)) continue;
    addMembership(
      entryFor(members, m.source, m.target, () => ({ roles: [], implied: true })),
      m,
    );
  }
  const people = new Map<string, Map<string, Entry<SeatDetail>>>();
  for (const s of input.seats ?? []) {
    if (!wanted.has(s.target)) continue;
    const entry = entryFor(people, s.source, s.target, () => ({ seats: [] }));
    entry.detail.seats.push({
      body: s.body,
      role: s.role,
      ...(s.organisation ? { organisation: s.organisation } : {}),
      ...(s.title ? { title: s.title } : {}),
    });
    addEvidence(entry, s.id, s.evidence);
  }
  return {
    members: assemble(sets, members, labelOf),
    people: assemble(sets, people, labelOf),
  };
}

/**
 * Compares members (organisations, or collaborations that are members): the collaborations
 * all of them are in, some, only one (which), and the partners — co-members of a shared
 * collaboration — they share, with the collaborations through which each is a partner.
 */
export function compareMembers(
  input: ComparisonInput,
  memberIds: readonly string[],
  labelOf: (id: string) => string = (id) => id,
): MemberComparison {
  const sets = unique(memberIds);
  const wanted = new Set(sets);
  const collaborations = new Map<string, Map<string, Entry<MemberDetail>>>();
  const byCollaboration = new Map<string, MembershipEdge[]>();
  for (const m of input.memberships) {
    const list = byCollaboration.get(m.target) ?? [];
    list.push(m);
    byCollaboration.set(m.target, list);
    if (wanted.has(m.source)) {
      addMembership(
        entryFor(collaborations, m.target, m.source, () => ({ roles: [], implied: true })),
        m,
      );
    }
  }
  const partners = new Map<string, Map<string, Entry<PartnerDetail>>>();
  for (const [col, bySet] of collaborations) {
    for (const m of byCollaboration.get(col) ?? []) {
      if (wanted.has(m.source)) continue;
      for (const member of bySet.keys()) {
        const entry = entryFor(partners, m.source, member, () => ({ collaborations: [] }));
        if (!entry.detail.collaborations.includes(col)) {
          entry.detail.collaborations.push(col);
          entry.detail.collaborations.sort();
        }
        addEvidence(entry, m.id, m.evidence);
      }
    }
  }
  return {
    collaborations: assemble(sets, collaborations, labelOf),
    partners: assemble(sets, partners, labelOf),
  };
}

/** What picks a group of collaborations; every given criterion must hold (empty = any). */
export interface CollaborationGroup {
  kinds?: readonly CollaborationKind[];
  /** Funding programme ids; a collaboration funded by any of them counts. */
  funding?: readonly string[];
  /** Source document ids; a collaboration citing any of them counts. */
  sources?: readonly string[];
  /** Parent collaboration id (`partOf`). */
  partOf?: string;
}

/**
 * Ids of the collaborations in a group, e.g. every Interreg-funded project:
 * `{ kinds: ['project'], funding: fundingIds.filter((f) => f.startsWith('interreg')) }`.
 * Sorted by id.
 */
export function collaborationGroup(
  data: Pick<Dataset, 'collaborations' | 'parentsByCollaboration' | 'fundingFamilies'>,
  group: CollaborationGroup,
): string[] {
  const any = <T>(wanted: readonly T[] | undefined, values: readonly T[]) =>
    !wanted || wanted.length === 0 || values.some((v) => wanted.includes(v));
  // A funding family (e.g. "interreg") stands for every programme in it.
  const funding = group.funding?.flatMap((f) => [f, ...(data.fundingFamilies.get(f) ?? [])]);
  return data.collaborations
    .filter(
      (c) =>
        any(group.kinds, [c.type]) &&
        any(funding, c.funding) &&
        any(group.sources, c.sources) &&
        (group.partOf === undefined ||
          (data.parentsByCollaboration.get(c.id) ?? []).some((p) => p.id === group.partOf)),
    )
    .map((c) => c.id)
    .sort();
}

/** Column headings for {@link comparisonTable}, translated by the caller. */
export interface ComparisonHeadings {
  id: string;
  label: string;
  count: string;
  evidence: string;
}

/** One evidence reference as text: `source: section (page)`. */
export function formatEvidence(ref: Evidence): string {
  return `${ref.source}: ${ref.section}${ref.page !== undefined ? ` (${ref.page})` : ''}`;
}

/**
 * A comparison as a table for CSV export (feed to `toCsv`): id, label, number of sets, one
 * column per set (what the entity is there, empty when it is not in it), and the evidence.
 * `describe` turns a row's detail into cell text (e.g. translated roles).
 */
export function comparisonTable<Detail>(
  comparison: Comparison<Detail>,
  labelOf: (id: string) => string,
  headings: ComparisonHeadings,
  describe: (detail: Detail) => string,
): { header: string[]; rows: string[][] } {
  const header = [
    headings.id,
    headings.label,
    headings.count,
    ...comparison.sets.map(labelOf),
    headings.evidence,
  ];
  const rows = comparison.rows.map((row) => {
    const refs = new Set<string>();
    for (const s of row.in) for (const ref of row.evidence[s] ?? []) refs.add(formatEvidence(ref));
    return [
      row.id,
      labelOf(row.id),
      String(row.count),
      ...comparison.sets.map((s) => {
        const detail = row.details[s];
        return detail === undefined ? '' : describe(detail);
      }),
      [...refs].join('; '),
    ];
  });
  return { header, rows };
}
