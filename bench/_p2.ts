import seedrandom from 'seedrandom';
import { brandes } from '../src/metrics/brandes';
import { buildCsr } from '../src/metrics/csr';

const rng = seedrandom('x');
const n = 2000,
  m = 10000;
const nodes = Array.from({ length: n }, (_, i) => `n${i}`);
const edges = [];
for (let i = 0; i < m; i++) {
  const a = Math.floor(rng() * n),
    b = Math.floor(rng() * n);
  if (a !== b) edges.push({ source: nodes[a]!, target: nodes[b]!, weight: 1 });
}
const { csr } = buildCsr(nodes, edges);
// plain BFS only
function bfsOnly() {
  const { offsets, targets } = csr;
  const dist = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  let total = 0;
  for (let s = 0; s < n; s++) {
    dist[s] = 0;
    order[0] = s;
    let head = 0,
      tail = 1;
    while (head < tail) {
      const v = order[head++]!;
      const next = dist[v]! + 1;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
        const w = targets[e]!;
        if (dist[w]! < 0) {
          dist[w] = next;
          order[tail++] = w;
        }
      }
    }
    total += tail;
    for (let i = 0; i < tail; i++) dist[order[i]!] = -1;
  }
  return total;
}
for (let i = 0; i < 5; i++) {
  let t = performance.now();
  bfsOnly();
  const a = performance.now() - t;
  t = performance.now();
  brandes(csr, false);
  console.log(
    'bfs',
    a.toFixed(0),
    'brandes',
    (performance.now() - t).toFixed(0),
    'arcs',
    csr.targets.length,
  );
}
