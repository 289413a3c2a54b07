/** Registers cytoscape extensions once, at module scope (never per render). */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

let registered = false;
export function registerExtensions(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}
registerExtensions();

export { cytoscape };
