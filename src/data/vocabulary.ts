/**
 * The fixed vocabularies of the dataset. `as const` arrays drive the union types, the
 * data build's validation and the UI's filters; labels live in i18n.
 */

export const ORGANISATION_TYPES = [
  'region',
  'municipality',
  'county-board',
  'state-agency',
  'university',
  'research-institute',
  'cluster',
  'company',
  'public-company',
  'interest-organisation',
  'civil-society',
  'international-body',
  'foreign-region',
  'municipal-association',
  'other',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const COLLABORATION_KINDS = [
  'project',
  'network',
  'council',
  'partnership',
  'programme',
  'company',
  'subregion',
  'initiative',
  'agreement',
] as const;
export type CollaborationKind = (typeof COLLABORATION_KINDS)[number];

/**
 * Membership roles, strongest first (the order used when a table sorts by role). `part`
 * ("ingår i") is the one structural role: a collaboration that is a component of another
 * (a project in a programme, a charter's project); only a collaboration can hold it, and
 * it does not make the part an acting body in the network view.
 */
export const MEMBERSHIP_ROLES = [
  'lead',
  'convener',
  'chair',
  'host',
  'funder',
  'partner',
  'member',
  'part',
] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const SEAT_BODIES = [
  'council',
  'council-adjunct',
  'board',
  'preparatory-group',
  'secretariat',
  'steering-group',
  'project',
  'other',
] as const;
export type SeatBody = (typeof SEAT_BODIES)[number];

export const SEAT_ROLES = ['chair', 'vice-chair', 'member', 'leader', 'coordinator'] as const;
export type SeatRole = (typeof SEAT_ROLES)[number];

export const SOURCE_KINDS = ['web-page', 'report', 'action-plan', 'booklet'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const NODE_KINDS = ['organisation', 'collaboration', 'person'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** The structural role: the member collaboration is a component of the target. */
export const PART_ROLE: MembershipRole = 'part';

/** Roles that stand out in the picture (thicker edges). */
export const LEADING_ROLES: ReadonlySet<MembershipRole> = new Set(['lead', 'convener', 'chair']);
