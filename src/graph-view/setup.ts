/**
 * The cytoscape the app draws with. Nothing is registered at start: the extensions the first
 * picture does not need (fcose for a force layout, svg for SVG export) are loaded and
 * registered once on first use by lazyExtensions.ts.
 */
import cytoscape from 'cytoscape';

export { cytoscape };
