/**
 * cytoscape extensions that the first picture does not need, loaded and registered on first
 * use: cytoscape-fcose (with layout-base and cose-base) for a force layout, cytoscape-svg for
 * an SVG export. Each is imported once (the promise is shared) and registered with
 * `cytoscape.use` exactly once; a failed import is not cached, so a later call retries.
 */
import cytoscape from 'cytoscape';

let fcose: Promise<void> | null = null;
let svg: Promise<void> | null = null;

function once(load: () => Promise<void>, forget: () => void): Promise<void> {
  return load().catch((error: unknown) => {
    forget();
    throw error;
  });
}

/** Resolves once the `fcose` layout is registered; rejects when its code cannot be loaded. */
export function ensureFcose(): Promise<void> {
  fcose ??= once(
    () => import('cytoscape-fcose').then((m) => void cytoscape.use(m.default)),
    () => (fcose = null),
  );
  return fcose;
}

/** Resolves once `cy.svg()` is registered; rejects when its code cannot be loaded. */
export function ensureSvg(): Promise<void> {
  svg ??= once(
    () => import('cytoscape-svg').then((m) => void cytoscape.use(m.default)),
    () => (svg = null),
  );
  return svg;
}
