/**
 * The picture: react-cytoscapejs creates and owns the cytoscape instance (stable stylesheet
 * and layout identities), with the viewport options the picture's size asks for
 * (scalePolicy.ts; a new instance, by `key`, when they change). The elements are not passed
 * through its `elements` prop but brought in by a scene job in short tasks (sceneSync.ts),
 * so a change of the graph shown never blocks the main thread in one long React commit.
 * Focus and centring follow once the scene has settled. Handlers are bound once per cy
 * instance and unbound on unmount.
 */
import type { Core, ElementDefinition, EventObject } from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import { flushSync } from 'react-dom';
import { applyFocus, centreOn, runForceLayout, type Positions } from './controllers';
import { recordInternalsStatus, type InternalsStatus } from './cytoscapeInternals';
import { applyEmphasis, fitEmphasis, type EmphasisSets } from './emphasis';
import { applyLabelLegibility, type LabelBoxReport } from './labelLegibility';
import { policyFor, sceneSize, type SceneSize } from './scalePolicy';
import { createSceneSync, type SceneSync } from './sceneSync';
import { cytoscape } from './setup';
import { stylesheetFor } from './stylesheet';

declare global {
  interface Window {
    /**
     * Which of cytoscape's private hooks the picture found (cytoscapeInternals.ts), taken
     * after each scene job; set only when the test hook `window.__app` exists.
     */
    __cyInternals?: InternalsStatus;
    /**
     * The picture for benchmarks and browser tests: the instance, whether its scene has
     * settled (cheap to poll), the nodes of the scene asked for last, and the cytoscape
     * factory (bench/import.mjs builds bench-only instances with it, e.g. WebGL). Set only
     * beside `window.__app`.
     */
    __picture?: {
      cy: Core;
      settled: () => boolean;
      nodes: number;
      cytoscape: typeof cytoscape;
    };
  }
}

const INITIAL_LAYOUT = { name: 'preset', fit: false };
const CANVAS_STYLE = { width: '100%', height: '100%' };
/** react-cytoscapejs never sees the elements: the scene job adds them. */
const NO_ELEMENTS: ElementDefinition[] = [];

/** Scene jobs by instance, so test hooks can tell whether the picture has settled. */
const scenes = new WeakMap<Core, SceneSync>();
export function sceneSettled(cy: Core): boolean {
  return !(scenes.get(cy)?.busy() ?? false);
}
/** How many scene jobs have been brought in on `cy` (test hook). */
export function scenesCompleted(cy: Core): number {
  return scenes.get(cy)?.completed() ?? 0;
}

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
  /** A question's answer to emphasise (null: none). */
  emphasis?: EmphasisSets | null;
  /**
   * The size of the whole graph these elements stand for, when they are its overview
   * (domain/overview.ts): the picture is then drawn the way a picture of that size is.
   */
  standsFor?: SceneSize;
  /** Height (px) of a notice over the top of the canvas, left out when the picture is fitted. */
  insetTop?: number;
}

export function GraphCanvas(props: GraphCanvasProps) {
  const { elements, positions, layoutKey, selected, hovered, onSelect, onHover, relayoutRequest } =
    props;
  const contrast = props.contrast === true;
  const insetTop = props.insetTop ?? 0;
  const standsNodes = props.standsFor?.nodes ?? 0;
  const standsEdges = props.standsFor?.edges ?? 0;
  const policy = useMemo(
    () => policyFor(sceneSize(elements), { nodes: standsNodes, edges: standsEdges }),
    [elements, standsNodes, standsEdges],
  );
  // The instance and its scene job are created together when react-cytoscapejs hands over
  // the instance.
  const [instance, setInstance] = useState<{ cy: Core; scene: SceneSync } | null>(null);
  const cy = instance?.cy ?? null;
  const scene = instance?.scene ?? null;
  /** Incremented each time a scene job has run to the end. */
  const [settled, setSettled] = useState(0);
  // The instance is created one frame after the page around it was first laid out: creating
  // it reads the container's size, which would otherwise force that layout in the same task.
  const [canvasWanted, setCanvasWanted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      // flushSync: created within this task, so work queued after it (the first metrics
      // job is posted after the same frame) starts once the instance exists.
      timer = setTimeout(() => flushSync(() => setCanvasWanted(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, []);
  const applied = useRef<{ layoutKey: string; positions: Positions } | null>(null);
  useEffect(() => {
    if (!instance) return;
    scenes.set(instance.cy, instance.scene);
    // A new instance holds nothing yet: the next scene places everything and fits.
    applied.current = null;
    if (window.__app)
      window.__picture = {
        cy: instance.cy,
        settled: () => !instance.scene.busy(),
        nodes: 0,
        cytoscape,
      };
    return () => {
      instance.scene.dispose();
      scenes.delete(instance.cy);
    };
  }, [instance]);
  const sheet = stylesheetFor(contrast, policy.large);
  const handlers = useRef({ onSelect, onHover });
  useEffect(() => {
    handlers.current = { onSelect, onHover };
  }, [onSelect, onHover]);
  const tapSelected = useRef<string | null>(null);
  const centreWanted = useRef(false);

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
    // The pointer position inside the canvas places the hover card.
    const onOver = (event: EventObject) =>
      handlers.current.onHover((event.target as { id: () => string }).id(), event.renderedPosition);
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

  // The scene: elements, positions and viewport, brought in by a job in short tasks. Kept
  // nodes move in an animation when only the layout changed (or always, in presentations),
  // so the eye can follow them between arrangements.
  useEffect(() => {
    // An instance just replaced (other viewport options) takes no scene: the new one will.
    if (!scene || !cy || cy.destroyed()) return;
    const previous = applied.current;
    // Only sizes, colours or labels changed: keep where nodes are and the viewport.
    const place =
      previous === null || previous.positions !== positions || previous.layoutKey !== layoutKey;
    const sameElements = previous?.layoutKey.split('#')[0] === layoutKey.split('#')[0];
    // Large pictures move at once: an animation of thousands of nodes would be slow.
    const animate =
      previous !== null && place && !policy.large && (props.animateAll === true || sameElements);
    applied.current = { layoutKey, positions };
    scene.update({
      elements,
      positions,
      animate,
      place,
      buildLayer: policy.layerBitmap,
      insetTop,
    });
    if (window.__picture?.cy === cy) window.__picture.nodes = sceneSize(elements).nodes;
    // animateAll is a mode flag; a new job when it flips is not wanted. sheet: a new
    // stylesheet is applied to every element, which the job then prepares in slices.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cy, scene, elements, positions, layoutKey, sheet, insetTop]);

  // Which private hooks this cytoscape has, once a scene is in (the element hook needs
  // elements): kept per instance, and for browser tests beside the test hook.
  useEffect(() => {
    if (!cy || settled === 0 || cy.destroyed()) return;
    const status = recordInternalsStatus(cy);
    if (window.__app) window.__cyInternals = status;
  }, [cy, settled]);

  // A fresh force layout, once the scene in progress (if any) is in place.
  const relayoutDone = useRef(0);
  useEffect(() => {
    if (!cy || cy.destroyed() || !scene || scene.busy() || relayoutRequest <= relayoutDone.current)
      return;
    relayoutDone.current = relayoutRequest;
    runForceLayout(cy);
  }, [cy, scene, relayoutRequest, settled]);

  // A new answer is brought into view once; later scenes keep the user's zoom. Declared
  // before the legibility pass below, which reads the answer's classes.
  const emphasis = props.emphasis ?? null;
  const fittedEmphasis = useRef<EmphasisSets | null>(null);
  useEffect(() => {
    if (!cy || cy.destroyed() || !scene || scene.busy()) return;
    applyEmphasis(cy, emphasis);
    if (emphasis && fittedEmphasis.current !== emphasis && !selected) fitEmphasis(cy, emphasis);
    fittedEmphasis.current = emphasis;
  }, [cy, scene, emphasis, settled, selected]);

  useEffect(() => {
    if (!cy || cy.destroyed() || !scene || scene.busy()) return;
    // Without a selection the legibility pass serves the answer (`emphasis`).
    const legible = () => {
      if (cy.destroyed()) return;
      const shown = applyLabelLegibility(cy);
      if (window.__app) window.__labelBoxes = shown;
    };
    // A large picture's selection fades thousands of elements: styled in slices.
    if (policy.large) scene.restyle(() => applyFocus(cy, selected, hovered), legible);
    else {
      applyFocus(cy, selected, hovered);
      legible();
    }
    // Again after zooming or panning settles (the rule is in screen px).
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onViewport = () => {
      clearTimeout(timer);
      timer = setTimeout(legible, 120);
    };
    cy.on('viewport', onViewport);
    return () => {
      clearTimeout(timer);
      cy.off('viewport', onViewport);
    };
  }, [cy, scene, selected, hovered, settled, emphasis, policy.large]);

  // Centre on a selection made outside the picture (search, panels, links), once the scene
  // it belongs to is in place.
  useEffect(() => {
    if (selected && tapSelected.current !== selected) centreWanted.current = true;
  }, [selected, layoutKey]);
  useEffect(() => {
    if (!cy || cy.destroyed() || !scene || scene.busy() || !selected || !centreWanted.current)
      return;
    centreWanted.current = false;
    centreOn(cy, selected, insetTop);
  }, [cy, scene, selected, layoutKey, settled, insetTop]);

  if (!canvasWanted) return <div style={CANVAS_STYLE} />;
  return (
    <CytoscapeComponent
      // A new instance when the viewport options change (they are read at creation).
      key={policy.instanceKey}
      elements={NO_ELEMENTS}
      stylesheet={sheet}
      layout={INITIAL_LAYOUT}
      style={CANVAS_STYLE}
      minZoom={0.05}
      maxZoom={4}
      wheelSensitivity={0.3}
      boxSelectionEnabled={false}
      autounselectify
      textureOnViewport={policy.viewportTexture}
      hideEdgesOnViewport={policy.viewportTexture}
      cy={(created: Core) => {
        if (created === cy) return;
        setInstance({
          cy: created,
          scene: createSceneSync(created, () => setSettled((n) => n + 1)),
        });
      }}
    />
  );
}

export type { Core };

declare global {
  interface Window {
    /** Test builds only: the focused labels left visible, as drawn on screen. */
    __labelBoxes?: LabelBoxReport[];
  }
}
