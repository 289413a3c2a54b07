/**
 * The first paint of the graph, once per page: `performance.mark('graph-painted')` is set in
 * the frame after the first one in which cytoscape drew a completed scene (so that frame
 * has been presented), and work that is not needed for the first picture (the metrics
 * worker, the search index) waits for it through {@link afterGraphPaint}. When no picture
 * will be painted (table display, no canvas) {@link releaseAfterPaint} lets that work run.
 */
import { startTransition, useEffect, useState } from 'react';
import { scenesCompleted, type Core } from '../graph-view/GraphCanvas';

/** Name of the User Timing mark read by bench/startup.mjs. */
export const GRAPH_PAINTED_MARK = 'graph-painted';

let released = false;
const waiting = new Set<() => void>();

/** True once the first graph has been painted (or the wait was released). */
export function graphPainted(): boolean {
  return released;
}

/**
 * Runs `fn` once the first graph has been painted: at once (synchronously) when it already
 * has, else from the task that releases the wait. Returns a function that cancels a
 * pending call.
 */
export function afterGraphPaint(fn: () => void): () => void {
  if (released) {
    fn();
    return () => undefined;
  }
  waiting.add(fn);
  return () => {
    waiting.delete(fn);
  };
}

/** Releases everything waiting for the first paint; later calls do nothing. */
export function releaseAfterPaint(): void {
  if (released) return;
  released = true;
  const calls = [...waiting];
  waiting.clear();
  for (const fn of calls) fn();
}

/**
 * True once the first graph has been painted. The re-render it causes is a transition, so
 * what mounts then (lazy dialogs, the metrics runner) is rendered in short slices.
 */
export function useGraphPainted(): boolean {
  const [painted, setPainted] = useState(graphPainted);
  useEffect(() => afterGraphPaint(() => startTransition(() => setPainted(true))), []);
  return painted;
}

function mark(): void {
  try {
    performance.mark(GRAPH_PAINTED_MARK);
  } catch {
    // Environments without User Timing: nothing to record.
  }
}

/**
 * Watches `cy` for its first frame drawn after a scene job completed (`drawn`, by default
 * the scene-job counter of GraphCanvas) and, in the next animation frame, sets the mark;
 * the wait is released in a task of its own after that frame, so the deferred work does not
 * lengthen the frame's task. Returns a function that stops watching. Does nothing after the
 * first paint of the page.
 */
export function markGraphPaintedWhenDrawn(
  cy: Core,
  drawn: () => boolean = () => scenesCompleted(cy) > 0,
): () => void {
  if (released) return () => undefined;
  let frame: number | null = null;
  const onRender = () => {
    if (released || frame !== null || !drawn()) return;
    cy.off('render', onRender);
    frame = requestAnimationFrame(() => {
      mark();
      setTimeout(releaseAfterPaint, 0);
    });
  };
  cy.on('render', onRender);
  return () => {
    cy.off('render', onRender);
    if (frame !== null && !released) cancelAnimationFrame(frame);
  };
}
