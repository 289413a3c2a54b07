/**
 * The cytoscape stylesheet: constants (stable identities, applied only when the variant
 * changes). Presentation mode swaps in a higher-contrast variant; large pictures
 * (scalePolicy.ts) draw a label only from {@link LARGE_MIN_LABEL_PX} on screen, so at the
 * overview only the most important names (the largest fonts) appear.
 */
import type { StylesheetJson } from 'cytoscape';
import { COLLABORATION_KINDS } from '../data/vocabulary';
import {
  COLLABORATION_FILL,
  COLLABORATION_SHAPES,
  EDGE_COLOUR,
  HIGHLIGHT,
  LEADING_EDGE_COLOUR,
  PERSON_BORDER,
  PERSON_FILL,
  PERSON_SHAPE,
} from './palette';

/** Smallest on-screen label size (px) drawn in large pictures, by importance-scaled font. */
export const LARGE_MIN_LABEL_PX = 10;

function build(contrast: boolean, large = false): StylesheetJson {
  const fontScale = contrast ? 1.35 : 1;
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        'font-family': 'system-ui, "DejaVu Sans", sans-serif',
        'font-size': contrast ? 'mapData(fontSize, 8, 24, 11, 28)' : 'data(fontSize)',
        'min-zoomed-font-size': large ? LARGE_MIN_LABEL_PX : contrast ? 6 : 8,
        color: '#1a1a1a',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-outline-color': '#ffffff',
        'text-outline-width': contrast ? 3 : 2,
        'text-max-width': '260px',
        'text-wrap': 'ellipsis',
        'border-width': 1,
        'border-color': '#ffffff',
        'overlay-opacity': 0,
      },
    },
    {
      selector: 'node[kind="organisation"]',
      style: {
        shape: 'ellipse',
        'background-color': 'data(colour)',
        'border-color': '#3b3b3b',
        'border-width': 1,
      },
    },
    ...COLLABORATION_KINDS.map((kind) => ({
      selector: `node[kind="collaboration"][type="${kind}"]`,
      style: {
        shape: 'polygon' as const,
        'shape-polygon-points': COLLABORATION_SHAPES[kind].join(' '),
        'background-color': COLLABORATION_FILL,
        'border-color': '#ffffff',
        'border-width': 1.5,
      },
    })),
    {
      selector: 'node[kind="person"]',
      style: {
        shape: 'polygon',
        'shape-polygon-points': PERSON_SHAPE.join(' '),
        'background-color': PERSON_FILL,
        'border-color': PERSON_BORDER,
        'border-width': 1.5,
        'font-size': 8 * fontScale,
        'min-zoomed-font-size': 9,
      },
    },
    // Large pictures (pictureScale.ts): the labelled nodes above the others, so their
    // names are not covered by neighbouring nodes.
    ...(large ? [{ selector: 'node[?labelled]', style: { 'z-index': 5 } }] : []),
    {
      selector: 'node.group-label',
      style: {
        shape: 'rectangle',
        width: 1,
        height: 1,
        'background-opacity': 0,
        'border-width': 0,
        label: 'data(label)',
        'font-size': 22 * fontScale,
        'font-weight': 'bold',
        color: '#444444',
        // Bottom-aligned: a name wrapped to two lines grows upwards, away from its group.
        'text-valign': 'top',
        'text-margin-y': 11 * fontScale,
        'min-zoomed-font-size': 4,
        'text-wrap': 'wrap',
        'text-max-width': 'data(labelWidth)',
        events: 'no',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1,
        'line-color': EDGE_COLOUR,
        opacity: contrast ? 0.8 : 0.55,
        'curve-style': 'haystack',
        'haystack-radius': 0,
        'overlay-opacity': 0,
        // Large pictures: ties take no pointer events. cytoscape hit-tests every interactive
        // element on each pointer move (no spatial index): 13–39 ms per move over the 4,000
        // elements of a 10k overview, two thirds of them ties. A tie stays reachable from
        // its ends' details and the table.
        ...(large ? { events: 'no' as const } : {}),
      },
    },
    {
      selector: 'edge[kind="membership"][leading=1]',
      style: { width: 3, 'line-color': LEADING_EDGE_COLOUR, opacity: 0.8 },
    },
    {
      selector: 'edge[kind="membership"][role="funder"]',
      style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 3] },
    },
    {
      selector: 'edge[kind="membership"][implied=1]',
      style: { 'line-style': 'dotted', opacity: 0.4 },
    },
    {
      selector: 'edge[kind="seat"]',
      style: {
        width: 1,
        'line-color': '#B0B0B0',
        'line-style': 'dashed',
        'line-dash-pattern': [2, 2],
      },
    },
    {
      selector: 'edge[kind="tie"]',
      style: { width: 'data(width)', 'line-color': '#7a7a7a', opacity: 0.45 },
    },
    // Marks (marks.ts): undated collaborations shown apart; actors a scenario takes out.
    {
      selector: 'node[?apart]',
      style: { 'border-style': 'dotted', 'border-width': 2.5, 'border-color': '#5c5c5c' },
    },
    { selector: 'edge[?apart]', style: { 'line-style': 'dotted' } },
    {
      selector: 'node[?ghost]',
      style: {
        opacity: 0.3,
        'border-style': 'dashed',
        'border-width': 2.5,
        'border-color': '#3b3b3b',
      },
    },
    { selector: 'edge[?ghost]', style: { opacity: 0.15, 'line-style': 'dashed' } },
    // Focus: selection and its neighbourhood stand out, the rest fades.
    { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0 } },
    // Faded ties take no clicks, so an emphasised tie under them is the one clicked.
    { selector: 'edge.faded', style: { opacity: 0.06, events: 'no' } },
    {
      selector: 'node.neighbour',
      style: { 'min-zoomed-font-size': 0, 'z-index': 10, 'font-size': Math.round(11 * fontScale) },
    },
    { selector: 'edge.neighbour', style: { opacity: 0.95, 'z-index': 9 } },
    // Large pictures: a selection's ties wider than the hairlines around them.
    ...(large
      ? [{ selector: 'edge.neighbour[focusWidth]', style: { width: 'data(focusWidth)' } }]
      : []),
    {
      selector: 'node.focus',
      style: {
        'border-width': 4,
        'border-color': HIGHLIGHT,
        'min-zoomed-font-size': 0,
        'font-size': Math.round(15 * fontScale),
        'font-weight': 'bold',
        'z-index': 20,
      },
    },
    { selector: 'edge.focus', style: { 'line-color': HIGHLIGHT, opacity: 1, 'z-index': 20 } },
    // A question's answer (graph-view/emphasis.ts): the answer stands out, the rest fades.
    { selector: '.q-dim', style: { opacity: 0.12, 'text-opacity': 0, events: 'no' } },
    { selector: 'edge.q-dim', style: { opacity: 0.05 } },
    {
      selector: 'node.q-emph',
      style: { 'min-zoomed-font-size': 0, 'z-index': 12, 'font-size': Math.round(12 * fontScale) },
    },
    {
      selector: 'node.q-strong',
      style: {
        'border-width': 4,
        'border-color': HIGHLIGHT,
        'font-weight': 'bold',
        'font-size': Math.round(14 * fontScale),
        'z-index': 18,
      },
    },
    {
      selector: 'edge.q-link',
      style: { 'line-color': HIGHLIGHT, width: 3, opacity: 1, 'z-index': 16 },
    },
    // labelLegibility.ts: focused labels at least 18 screen px; overlapping ones hidden.
    {
      selector: 'node.legible',
      style: {
        'font-size': 'data(legibleFont)',
        'text-max-width': 'data(legibleWidth)',
        'min-zoomed-font-size': 0,
      },
    },
    { selector: 'node.label-dropped', style: { 'text-opacity': 0 } },
    { selector: 'node.label-dropped.hovered', style: { 'text-opacity': 1, 'z-index': 40 } },
    {
      selector: 'node.hovered',
      style: {
        'border-width': 3,
        'border-color': HIGHLIGHT,
        'min-zoomed-font-size': 0,
        'z-index': 30,
      },
    },
    // The list highlight of "Importera" (features/import/ListHighlight.tsx, same rules): here
    // from the start, so that showing it never adds rules and restyles every element
    // (~6 s at 10,000 nodes / 50,000 edges, measured).
    {
      selector: '.list-member',
      style: { 'border-width': 4, 'border-color': '#d97706', 'z-index': 20 },
    },
    { selector: '.list-faded', style: { opacity: 0.12 } },
    { selector: '.list-hidden', style: { display: 'none' } },
  ];
}

export const STYLESHEET = build(false);
export const PRESENTATION_STYLESHEET = build(true);
const LARGE_STYLESHEET = build(false, true);
const LARGE_PRESENTATION_STYLESHEET = build(true, true);

/** The stylesheet for a picture: presentation contrast or not, large (scalePolicy.ts) or not. */
export function stylesheetFor(contrast: boolean, large: boolean): StylesheetJson {
  if (large) return contrast ? LARGE_PRESENTATION_STYLESHEET : LARGE_STYLESHEET;
  return contrast ? PRESENTATION_STYLESHEET : STYLESHEET;
}
