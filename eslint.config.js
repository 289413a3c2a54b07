import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layering (STYLE.md): only graph-view touches cytoscape; domain, metrics and url stay
// free of React and zustand so they can be tested and run in the worker.
const cytoscapeImports = {
  paths: ['cytoscape', 'cytoscape-fcose', 'cytoscape-svg', 'react-cytoscapejs'].map((name) => ({
    name,
    message: 'Only src/graph-view may import cytoscape.',
  })),
};
const pureImports = {
  paths: [...cytoscapeImports.paths, 'react', 'react-dom', 'zustand'].map((p) =>
    typeof p === 'string' ? { name: p, message: 'Pure modules import no React or zustand.' } : p,
  ),
};

export default tseslint.config(
  { ignores: ['dist', 'dist-e2e', 'node_modules', 'coverage', 'tests/e2e/artifacts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/graph-view/**'],
    rules: { 'no-restricted-imports': ['error', cytoscapeImports] },
  },
  {
    files: ['src/domain/**', 'src/metrics/**', 'src/url/**', 'src/data/**'],
    rules: { 'no-restricted-imports': ['error', pureImports] },
  },
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
);
