/**
 * The layers of src/ and the one direction imports may run (README "Layout of the code"):
 *   app → features → components → (graph-view | state) → url → domain → data
 * with metrics and i18n as leaves every layer may use. `npm run lint` fails on an import
 * that runs up (or across between graph-view and state); tests/layers.test.ts proves it.
 */
const ORDER = ['app', 'features', 'components', 'graph-view', 'state', 'url', 'domain', 'data'];
const LEAVES = ['metrics', 'i18n'];
/** Layers at the same level: neither may import the other. */
const SIBLINGS = { 'graph-view': ['state'], state: ['graph-view'] };

const folder = (name) => (name === 'app' ? '^src/(app/|main\\.tsx$)' : `^src/${name}/`);

const rules = [];
ORDER.forEach((layer, index) => {
  const above = ORDER.slice(0, index).filter((l) => !(SIBLINGS[l] ?? []).includes(layer));
  const forbidden = [...above, ...(SIBLINGS[layer] ?? [])];
  if (forbidden.length === 0) return;
  rules.push({
    name: `${layer}-imports-upward`,
    comment: `src/${layer} may not import ${forbidden.join(', ')} (layers run one way).`,
    severity: 'error',
    from: { path: folder(layer) },
    to: { path: `(${forbidden.map(folder).join('|')})` },
  });
});
for (const leaf of LEAVES) {
  rules.push({
    name: `${leaf}-is-a-leaf`,
    comment: `src/${leaf} imports nothing else from src/.`,
    severity: 'error',
    from: { path: `^src/${leaf}/` },
    to: { path: '^src/', pathNot: [`^src/${leaf}/`, '^src/env\\.d\\.ts$'] },
  });
}

module.exports = {
  forbidden: rules,
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.d\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    moduleSystems: ['es6'],
  },
};
