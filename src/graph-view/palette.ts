/**
 * Colours and shapes of the picture, shared by the cytoscape stylesheet and the legend so
 * the legend always matches what is drawn. Organisation colours come from Paul Tol's
 * colour-blind-safe "muted" and "light" schemes; collaboration kinds differ by shape, so
 * colour is never the only cue. Invariants (tests/graph-view/palette.test.ts): every two
 * organisation colours stay apart (CIELAB ΔE ≥ 10) in normal vision and simulated deuteranopia
 * and protanopia, and community colours are a separate set, apart from every type colour.
 */
import type { CollaborationKind, OrganisationType } from '../data/vocabulary';

export const ORGANISATION_COLOURS: Record<OrganisationType, string> = {
  region: '#332288',
  municipality: '#88CCEE',
  'county-board': '#44AA99',
  'state-agency': '#117733',
  university: '#DDCC77',
  'research-institute': '#999933',
  cluster: '#CC6677',
  company: '#882255',
  'public-company': '#AA4499',
  'interest-organisation': '#EE8866',
  'civil-society': '#BBCC33',
  'international-body': '#77AADD',
  'foreign-region': '#FFAABB',
  // Tol medium-contrast dark red: far from the county board's teal in every vision type.
  'municipal-association': '#994455',
  other: '#DDDDDD',
};

/**
 * Community colours: a set of their own, chosen so that no community reads as an
 * organisation type (ΔE ≥ 12 from every type colour in normal, deutan and protan vision);
 * cycled when there are more communities than colours.
 */
export const COMMUNITY_COLOURS = [
  '#0033CC',
  '#CC6600',
  '#336600',
  '#9999FF',
  '#CC3333',
  '#CCCC99',
  '#3366FF',
  '#6633FF',
] as const;

/** The colour of community number `community` (0-based; cycles past the last colour). */
export function communityColour(community: number): string {
  return COMMUNITY_COLOURS[community % COMMUNITY_COLOURS.length] ?? '#BBBBBB';
}

export const COLLABORATION_FILL = '#4A4A4A';
export const PERSON_FILL = '#FFFFFF';
export const PERSON_BORDER = '#222222';
export const EDGE_COLOUR = '#8C8C8C';
export const LEADING_EDGE_COLOUR = '#222222';
export const HIGHLIGHT = '#E8A200';

/** Polygon points in [-1, 1] (cytoscape `shape-polygon-points`), one shape per kind. */
export const COLLABORATION_SHAPES: Record<CollaborationKind, readonly number[]> = {
  project: [-1, -0.7, 1, -0.7, 1, 0.7, -1, 0.7],
  network: [-0.5, -0.87, 0.5, -0.87, 1, 0, 0.5, 0.87, -0.5, 0.87, -1, 0],
  council: [
    0, -1, 0.22, -0.31, 0.95, -0.31, 0.36, 0.12, 0.59, 0.81, 0, 0.38, -0.59, 0.81, -0.36, 0.12,
    -0.95, -0.31, -0.22, -0.31,
  ],
  partnership: [0, -1, 1, 0, 0, 1, -1, 0],
  programme: [-0.41, -1, 0.41, -1, 1, -0.41, 1, 0.41, 0.41, 1, -0.41, 1, -1, 0.41, -1, -0.41],
  company: [-0.85, -0.85, 0.85, -0.85, 0.85, 0.85, -0.85, 0.85],
  subregion: [0, -1, 0.95, -0.31, 0.59, 0.81, -0.59, 0.81, -0.95, -0.31],
  initiative: [-1, -0.7, 0.4, -0.7, 1, 0, 0.4, 0.7, -1, 0.7],
  agreement: [-0.6, -0.7, 1, -0.7, 0.6, 0.7, -1, 0.7],
};

export const PERSON_SHAPE: readonly number[] = [0, -1, 0.9, 0.8, -0.9, 0.8];

/** SVG `points` attribute for a polygon scaled to a box of `size` px. */
export function svgPoints(points: readonly number[], size: number): string {
  const half = size / 2;
  const out: string[] = [];
  for (let i = 0; i + 1 < points.length; i += 2) {
    out.push(
      `${((points[i] ?? 0) * half + half).toFixed(1)},${((points[i + 1] ?? 0) * half + half).toFixed(1)}`,
    );
  }
  return out.join(' ');
}
