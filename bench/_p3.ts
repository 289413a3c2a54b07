import seedrandom from 'seedrandom';
import { brandes } from '../src/metrics/brandes';
import { buildCsr } from '../src/metrics/csr';
// weighted dense-ish random graph similar to projection: 3000 nodes, 45000 edges, weights 1..4 skewed
const rng = seedrandom('x'); const n = 3000, m = 45000;
const nodes = Array.from({ length: n }, (_, i) => `n${i}`); const edges = [];
for (let i = 0; i < m; i++) { const a = Math.floor(rng() * n), b = Math.floor(rng() * n); if (a !== b) edges.push({ source: nodes[a]!, target: nodes[b]!, weight: rng() < 0.8 ? 1 : 1 + Math.floor(rng() * 4) }); }
const { csr } = buildCsr(nodes, edges);
for (let i = 0; i < 3; i++) { let t = performance.now(); brandes(csr, true); const a = performance.now() - t; t = performance.now(); brandes(csr, false); console.log('weighted', a.toFixed(0), 'unweighted', (performance.now() - t).toFixed(0)); }
