/**
 * Focused A/B benchmark for issue #15 "metrics at scale" (`npx tsx bench/scale.ts [rounds]`):
 * on the seeded random 10k/50k graph, per round and interleaved in one process, times
 * exact betweenness + closeness with the batched bit-parallel BFS and with the one-source BFS,
 * PageRank and eigenvector on the CSR, the former graphology path (graph build + PageRank +
 * eigenvector), and igraph (betweenness, closeness, PageRank, eigenvector) in a
 * /usr/bin/python3 subprocess. Prints medians, ratios and the load average.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { UndirectedGraph } from 'graphology';
import eigenvectorCentrality from 'graphology-metrics/centrality/eigenvector';
import pagerank from 'graphology-metrics/centrality/pagerank';
import {
  BrandesRunner,
  createPartial,
  finaliseBrandes,
  identityOrder,
} from '../src/metrics/brandes';
import { buildCsr, type Csr } from '../src/metrics/csr';
import { eigenvectorCsr, pagerankCsr } from '../src/metrics/spectral';
import { randomInput } from '../tests/metrics/helpers';

const rounds = Number(process.argv[2] ?? 2);
const n = Number(process.argv[3] ?? 10000);
const m = Number(process.argv[4] ?? 50000);
const input = randomInput(n, m, 'bench-10k');
const { csr, ids } = buildCsr(input.nodes, input.edges);
const samples = new Map<string, number[]>();
const loads: number[] = [];

function record(name: string, ms: number): void {
  const list = samples.get(name) ?? [];
  list.push(ms);
  samples.set(name, list);
}

function timed(name: string, fn: () => void): void {
  const start = performance.now();
  fn();
  record(name, performance.now() - start);
}

function exact(graph: Csr, batch: boolean): void {
  const partial = createPartial(graph.n);
  new BrandesRunner(graph, false, batch).run(identityOrder(graph.n), 0, graph.n, partial);
  finaliseBrandes(partial);
}

function graphologyGraph(): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const id of ids) g.addNode(id);
  for (let u = 0; u < csr.n; u++) {
    for (let e = csr.offsets[u]!; e < csr.offsets[u + 1]!; e++) {
      const v = csr.targets[e]!;
      if (v > u) g.addEdge(ids[u]!, ids[v]!, { weight: csr.strengths[e]! });
    }
  }
  return g;
}

const PYTHON_SCRIPT = String.raw`
import json, sys, time, igraph
n = int(sys.argv[2])
edges = [tuple(map(int, line.split())) for line in open(sys.argv[1])]
g = igraph.Graph(n=n, edges=edges)
out = {}
def timed(name, fn):
    t = time.perf_counter(); fn(); out[name] = (time.perf_counter() - t) * 1000
timed('igraph pagerank', lambda: g.pagerank())
timed('igraph eigenvector', lambda: g.eigenvector_centrality(scale=False))
timed('igraph betweenness', lambda: g.betweenness(directed=False))
timed('igraph closeness', lambda: g.closeness())
out['version'] = igraph.__version__
print(json.dumps(out))
`;

const dir = mkdtempSync(join(tmpdir(), 'metrics-scale-'));
const file = join(dir, 'edges.txt');
const lines: string[] = [];
for (let u = 0; u < csr.n; u++) {
  for (let e = csr.offsets[u]!; e < csr.offsets[u + 1]!; e++) {
    if (csr.targets[e]! > u) lines.push(`${u} ${csr.targets[e]!}`);
  }
}
writeFileSync(file, lines.join('\n') + '\n');
let version = '?';
try {
  for (let round = 0; round < rounds; round++) {
    loads.push(loadavg()[0]!);
    process.stderr.write(`· round ${round + 1}/${rounds}\n`);
    for (let i = 0; i < 3; i++) {
      timed('ours pagerank (CSR)', () => pagerankCsr(csr, { weighted: false }));
      timed('ours eigenvector (CSR)', () => eigenvectorCsr(csr, { weighted: false }));
      timed('former: graphology build + pagerank + eigenvector', () => {
        const g = graphologyGraph();
        pagerank(g, { getEdgeWeight: null });
        eigenvectorCentrality(g, { getEdgeWeight: null });
      });
    }
    timed('ours btw+clo batched BFS', () => exact(csr, true));
    timed('ours btw+clo one-source BFS', () => exact(csr, false));
    const py = JSON.parse(
      execFileSync('/usr/bin/python3', ['-c', PYTHON_SCRIPT, file, String(csr.n)], {
        encoding: 'utf8',
      }),
    ) as Record<string, number | string>;
    version = String(py.version);
    for (const [name, ms] of Object.entries(py)) if (typeof ms === 'number') record(name, ms);
    record(
      'igraph btw+clo',
      (py['igraph betweenness'] as number) + (py['igraph closeness'] as number),
    );
    loads.push(loadavg()[0]!);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
};
const arcs = csr.n * 2 * csr.m;
process.stdout.write(
  `random ${csr.n} n / ${csr.m} e, ${rounds} rounds, igraph ${version}, Node ${process.version}, ` +
    `load average during the run ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)}\n\n` +
    '| measure | median ms | samples (ms) | ns per arc visit (n·2m) |\n|---|---:|---|---:|\n',
);
for (const [name, xs] of samples) {
  const perArc = /btw|betweenness|closeness/.test(name)
    ? ((median(xs) * 1e6) / arcs).toFixed(2)
    : '';
  process.stdout.write(
    `| ${name} | ${median(xs).toFixed(median(xs) >= 100 ? 0 : 1)} | ${xs.map((x) => x.toFixed(0)).join(', ')} | ${perArc} |\n`,
  );
}
const get = (name: string) => median(samples.get(name) ?? [NaN]);
process.stdout.write(
  `\nigraph btw+clo / ours batched: ${(get('igraph btw+clo') / get('ours btw+clo batched BFS')).toFixed(2)}×; ` +
    `one-source / batched: ${(get('ours btw+clo one-source BFS') / get('ours btw+clo batched BFS')).toFixed(2)}×; ` +
    `ours pagerank / igraph: ${(get('ours pagerank (CSR)') / get('igraph pagerank')).toFixed(2)}×; ` +
    `ours eigenvector / igraph: ${(get('ours eigenvector (CSR)') / get('igraph eigenvector')).toFixed(2)}×\n`,
);
