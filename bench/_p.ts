import { readFileSync } from 'node:fs';
import { brandes } from '../src/metrics/brandes';
import { computeMetrics } from '../src/metrics/compute';
import { buildCsr } from '../src/metrics/csr';

const file = JSON.parse(readFileSync('data/graph.json', 'utf8')) as {
  edges: Array<{ source: string; target: string }>;
};
const nodes = [...new Set(file.edges.flatMap((e) => [e.source, e.target]))];
const edges = file.edges.map((e) => ({ source: e.source, target: e.target, weight: 1 }));
const input = { key: 'x', nodes, edges, weighted: false };
for (let i = 0; i < 30; i++) {
  const r = computeMetrics(input);
  if (i % 5 === 4)
    console.log(
      JSON.stringify(
        Object.fromEntries(Object.entries(r.timingsMs).map(([k, v]) => [k, +v.toFixed(2)])),
      ),
    );
}
const { csr } = buildCsr(nodes, edges);
for (let i = 0; i < 20; i++) {
  const t = performance.now();
  brandes(csr, false);
  if (i % 5 === 4) console.log('raw brandes', (performance.now() - t).toFixed(2));
}
