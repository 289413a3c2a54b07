/**
 * Colours and shapes of the picture, shared by the cytoscape stylesheet and the legend so
 * the legend always matches what is drawn. Organisation colours come from Paul Tol's
 * colour-blind-safe "muted" and "light" schemes; collaboration kinds differ by shape, so
 * colour is never the only cue.
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
  'municipal-association': '#44BB99',
  other: '#BBBBBB',
};

/** Community colours: Tol muted then light, cycled for more communities than colours. */
export const COMMUNITY_COLOURS = [
  '#CC6677',
  '#332288',
  '#DDCC77',
  '#117733',
  '#88CCEE',
  '#882255',
  '#44AA99',
  '#999933',
  '#AA4499',
  '#EE8866',
  '#77AADD',
  '#BBCC33',
  '#FFAABB',
  '#44BB99',
] as const;

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
