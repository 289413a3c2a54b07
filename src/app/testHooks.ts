/**
 * Read-only hooks for the browser tests (`window.__app`): the store, whether the data is
 * loaded, and what the picture draws. Installed only in test builds (VITE_TEST_HOOKS=1,
 * see vitest.e2e.config.ts); a production build contains none of this.
 */
import { scenesCompleted, sceneSettled, type Core } from '../graph-view/GraphCanvas';
import { useAppStore } from '../state/store';

export interface DrawnReport {
  nodes: string[];
  edges: number;
  zoom: number;
  /** False while a change of the graph shown is still being brought in. */
  settled: boolean;
  /** How many changes of the graph shown have been brought in so far. */
  scenes: number;
  /**
   * Width of a node's label as cytoscape bounds it (its bitmap is cut to this) and of its
   * text measured in its current font, in model px; null when not drawn.
   */
  labelWidths: (id: string) => { bounds: number; text: number } | null;
  /** Ids of elements drawn as "what if?" ghosts, and of those marked apart (undated). */
  marked: () => { ghost: string[]; apart: string[] };
  /** Where a node is drawn, in viewport (client) px, or null when it is not drawn. */
  renderedPosition: (id: string) => { x: number; y: number } | null;
  /** Ids of the nodes carrying a class (e.g. `q-strong`: emphasised most by a question). */
  withClass: (name: string) => string[];
}

declare global {
  interface Window {
    /** Test builds only: read-only hooks for browser tests. */
    __app?: {
      state: () => ReturnType<typeof useAppStore.getState>;
      ready: boolean;
      /** Counts of what the picture draws right now (null before it exists). */
      drawn?: () => DrawnReport | null;
    };
  }
}

/** True in builds made for the browser tests. */
export const TEST_HOOKS = import.meta.env.VITE_TEST_HOOKS === '1';

export function installAppHook(ready: boolean): void {
  if (!TEST_HOOKS) return;
  window.__app = { ...window.__app, state: () => useAppStore.getState(), ready };
}

/** Reports what `cy` draws, through `window.__app.drawn()`. */
export function installDrawnHook(cy: Core | null): void {
  if (!TEST_HOOKS || !window.__app) return;
  window.__app.drawn = () => (cy && !cy.destroyed() ? drawnReport(cy) : null);
}

function drawnReport(cy: Core): DrawnReport {
  return {
    nodes: cy
      .nodes()
      .not('.group-label')
      .map((n) => n.id()),
    edges: cy.edges().length,
    zoom: cy.zoom(),
    settled: sceneSettled(cy),
    scenes: scenesCompleted(cy),
    marked: () => ({
      ghost: cy.elements('[?ghost]').map((e) => e.id()),
      apart: cy.elements('[?apart]').map((e) => e.id()),
    }),
    labelWidths: (id) => {
      const node = cy.getElementById(id);
      if (node.empty()) return null;
      // pstyle: public API missing from the type definitions.
      const style = (name: string) =>
        (node as unknown as { pstyle(n: string): { strValue: string; pfValue: number } }).pstyle(
          name,
        );
      const context = document.createElement('canvas').getContext('2d');
      if (!context) return null;
      context.font = `${style('font-weight').strValue} ${style('font-size').pfValue}px ${style('font-family').strValue}`;
      const bounds = node.boundingBox({
        includeLabels: true,
        includeNodes: false,
        includeOverlays: false,
      });
      return { bounds: bounds.w, text: context.measureText(String(style('label').strValue)).width };
    },
    withClass: (name) => cy.nodes(`.${name}`).map((n) => n.id()),
    renderedPosition: (id) => {
      const node = cy.getElementById(id);
      if (node.empty()) return null;
      const box = cy.container()?.getBoundingClientRect();
      const p = node.renderedPosition();
      return { x: (box?.left ?? 0) + p.x, y: (box?.top ?? 0) + p.y };
    },
  };
}
