/**
 * The picture: react-cytoscapejs with stable stylesheet/layout identities; imperative work
 * (positions, focus, centring, viewport) goes through the appliers in controllers.ts.
 * Handlers are bound once per cy instance and unbound on unmount.
 */
import './setup';
import type { Core, ElementDefinition, EventObject } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import {
  applyFocus,
  applyPositions,
  centreOn,
  prepareInSlices,
  runForceLayout,
  type Positions,
} from './controllers';
import { PRESENTATION_STYLESHEET, STYLESHEET } from './stylesheet';

const INITIAL_LAYOUT = { name: 'preset', fit: false };
const CANVAS_STYLE = { width: '100%', height: '100%' };

export interface GraphCanvasProps {
  elements: ElementDefinition[];
  positions: Positions;
  /** Changes whenever positions must be re-applied (element set, view or layout). */
  layoutKey: string;
  selected: string | null;
  hovered: string | null;
  onSelect: (id: string | null) => void;
  /** Hovered element and the pointer position inside the canvas (px). */
  onHover: (id: string | null, point?: { x: number; y: number }) => void;
  /** Incremented to ask for a fresh force-directed layout. */
  relayoutRequest: number;
  contrast?: boolean;
  /** Animate every position change, not only a change of layout over the same elements. */
  animateAll?: boolean;
  onReady?: (cy: Core) => void;
}

export function GraphCanvas(props: GraphCanvasProps) {
  const { elements, positions, layoutKey, selected, hovered, onSelect, onHover, relayoutRequest } =
    props;
  const [cy, setCy] = useState<Core | null>(null);
  const handlers = useRef({ onSelect, onHover });
  useEffect(() => {
    handlers.current = { onSelect, onHover };
  }, [onSelect, onHover]);
  const tapSelected = useRef<string | null>(null);
  const appliedLayout = useRef<string | null>(null);

  // Bind events once per instance.
  useEffect(() => {
    if (!cy) return;
    const onTap = (event: EventObject) => {
      if (event.target === cy) {
        tapSelected.current = null;
        handlers.current.onSelect(null);
        return;
      }
      const id = (event.target as { id: () => string }).id();
      tapSelected.current = id;
      handlers.current.onSelect(id);
    };
    const onOver = (event: EventObject) =>
      handlers.current.onHover((event.target as { id: () => string }).id());
    const onOut = () => handlers.current.onHover(null);
    cy.on('tap', onTap);
    cy.on('mouseover', 'node, edge', onOver);
    cy.on('mouseout', 'node, edge', onOut);
    props.onReady?.(cy);
    return () => {
      cy.off('tap', onTap);
      cy.off('mouseover', 'node, edge', onOver);
      cy.off('mouseout', 'node, edge', onOut);
    };
    // onReady is read once per instance on purpose.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cy]);

  // Positions: re-applied when the element set, view or layout changes; animated when
  // only the layout changed, so the eye can follow nodes between arrangements.
  useEffect(() => {
    if (!cy) return;
    const [elementsKey] = layoutKey.split('#');
    const previous = appliedLayout.current?.split('#')[0];
    applyPositions(cy, positions, props.animateAll === true || previous === elementsKey);
    appliedLayout.current = layoutKey;
    // animateAll is a mode flag; re-applying when it flips is not wanted.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cy, layoutKey, positions]);

  // After the elements, styles or positions changed, compute style and geometry in short
  // tasks before the next frame draws, instead of in one long task inside that frame.
  useEffect(() => {
    if (!cy) return;
    return prepareInSlices(cy);
  }, [cy, elements, positions, props.contrast]);

  useEffect(() => {
    if (cy && relayoutRequest > 0) runForceLayout(cy);
  }, [cy, relayoutRequest]);

  useEffect(() => {
    if (!cy) return;
    applyFocus(cy, selected, hovered);
  }, [cy, selected, hovered, layoutKey]);

  // Centre on a selection made outside the picture (search, panels, links).
  useEffect(() => {
    if (!cy || !selected) return;
    if (tapSelected.current === selected) return;
    centreOn(cy, selected);
  }, [cy, selected, layoutKey]);

  return (
    <CytoscapeComponent
      elements={elements}
      stylesheet={props.contrast ? PRESENTATION_STYLESHEET : STYLESHEET}
      layout={INITIAL_LAYOUT}
      style={CANVAS_STYLE}
      minZoom={0.05}
      maxZoom={4}
      wheelSensitivity={0.3}
      boxSelectionEnabled={false}
      autounselectify
      cy={(instance: Core) => {
        if (instance !== cy) setCy(instance);
      }}
    />
  );
}

export type { Core };
