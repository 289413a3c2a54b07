/**
 * "Worlds" for brokerage: maps an organisation's type and country to the group it counts
 * in, at one of several grains (its type, a coarser sector, Swedish vs foreign, country).
 * Plain strings only: the type ids mirror src/data/vocabulary.ts (this layer imports nothing
 * from it); unknown types fall into 'other', so new types never break the grouping.
 */

/** Groupings the brokerage view offers. */
export const WORLD_SCHEMES = ['type', 'sector', 'domestic', 'country'] as const;
/**
 * type: the organisation type itself. sector: a coarser world (`SECTOR_OF_TYPE`).
 * domestic: 'domestic' (the home country) vs 'foreign'. country: the ISO country code.
 */
export type WorldScheme = (typeof WORLD_SCHEMES)[number];

/** Sector worlds, in display order. */
export const SECTORS = [
  'municipal',
  'regional',
  'state',
  'academia',
  'business',
  'civil-society',
  'international',
  'other',
] as const;
export type Sector = (typeof SECTORS)[number];

/** Sector of each organisation type id (src/data/vocabulary.ts ORGANISATION_TYPES). */
export const SECTOR_OF_TYPE: Readonly<Record<string, Sector>> = {
  municipality: 'municipal',
  'municipal-association': 'municipal',
  region: 'regional',
  'county-board': 'regional',
  'state-agency': 'state',
  university: 'academia',
  'research-institute': 'academia',
  company: 'business',
  cluster: 'business',
  'public-company': 'business',
  'interest-organisation': 'civil-society',
  'civil-society': 'civil-society',
  'international-body': 'international',
  'foreign-region': 'international',
  other: 'other',
};

/** What the grouping reads from a node: an organisation's `type` and `country`. */
export interface WorldSubject {
  type: string;
  /** ISO 3166-1 alpha-2; absent for nodes that are not organisations. */
  country?: string;
}

/** Home country for the 'domestic' scheme. */
export const HOME_COUNTRY = 'SE';

/**
 * The world of one node under `scheme`. A missing country gives 'unknown' under 'domestic'
 * and 'country'; a type outside `SECTOR_OF_TYPE` gives 'other' under 'sector'.
 */
export function worldOf(node: WorldSubject, scheme: WorldScheme, home = HOME_COUNTRY): string {
  switch (scheme) {
    case 'type':
      return node.type;
    case 'sector':
      return Object.prototype.hasOwnProperty.call(SECTOR_OF_TYPE, node.type)
        ? SECTOR_OF_TYPE[node.type]!
        : 'other';
    case 'domestic':
      if (node.country === undefined) return 'unknown';
      return node.country === home ? 'domestic' : 'foreign';
    case 'country':
      return node.country ?? 'unknown';
  }
}

/** `worldOf` for many nodes: id → world, ready for `brokerage(input, groups)`. */
export function worldsOf(
  nodes: Iterable<WorldSubject & { id: string }>,
  scheme: WorldScheme,
  home = HOME_COUNTRY,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const node of nodes) out[node.id] = worldOf(node, scheme, home);
  return out;
}
