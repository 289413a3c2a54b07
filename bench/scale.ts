/**
 * CPU-time A/B for issue #15 "metrics at scale" (`npx tsx bench/scale.ts [rounds] [n] [m]
 * [--one-source]`): on the seeded random graph (default 10k nodes / 50k ties) it times exact
 * betweenness + closeness (ours: batched bit-parallel BFS; igraph: in a /usr/bin/python3
 * subprocess), PageRank and eigenvector, as CPU time of the computation alone
 * (`process.cpuUsage()` here, `time.process_time()` in Python), so that other processes on a
 * loaded machine inflate wall time but not the ratio. Ours and igraph alternate which runs
 * first, round after round. Checks that both sides computed the same values. Prints per-round
 * ratios, their median, min and max, and the load average.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BrandesRunner,
  createPartial,
  finaliseBrandes,
  identityOrder,
  type Centralities,
} from '../src/metrics/brandes';
import { buildCsr, connectedComponents, type Csr } from '../src/metrics/csr';
import { eigenvectorCsr, pagerankCsr } from '../src/metrics/spectral';
import { randomInput } from '../tests/metrics/helpers';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const withOneSource = process.argv.includes('--one-source');
const rounds = Number(args[0] ?? 3);
const n = Number(args[1] ?? 10000);
const m = Number(args[2] ?? 50000);
/** PageRank / eigenvector runs per round on each side (they take milliseconds). */
const SPECTRAL_REPEATS = 5;
/** The estimated one-core bound (#15): ~1 s for 10k / 50k, i.e. ~1 ns per arc visit (n·2m). */
const BOUND_NS_PER_ARC_VISIT = 1;

execFileSync('bash', [join(import.meta.dirname, '../scripts/ensure-bench-tools.sh')], {
  stdio: 'inherit',
});

const input = randomInput(n, m, 'bench-10k');
const { csr } = buildCsr(input.nodes, input.edges);
const boundMs = (csr.n * 2 * csr.m * BOUND_NS_PER_ARC_VISIT) / 1e6;

interface Timing {
  cpu: number;
  wall: number;
}

/** CPU (user + system of this process) and wall milliseconds of `fn`. */
function measure<T>(fn: () => T): [T, Timing] {
  const wall0 = performance.now();
  const cpu0 = process.cpuUsage();
  const value = fn();
  const cpu = process.cpuUsage(cpu0);
  return [value, { cpu: (cpu.user + cpu.system) / 1000, wall: performance.now() - wall0 }];
}

function exact(graph: Csr, batch: boolean): Centralities {
  const partial = createPartial(graph.n);
  new BrandesRunner(graph, false, batch).run(identityOrder(graph.n), 0, graph.n, partial);
  return finaliseBrandes(partial);
}

const PYTHON_SCRIPT = String.raw`
import json, sys, time, igraph
n, repeats = int(sys.argv[2]), int(sys.argv[3])
edges = [tuple(map(int, line.split())) for line in open(sys.argv[1])]
g = igraph.Graph(n=n, edges=edges)
out = {'version': igraph.__version__}
def measure(name, fn):
    w, c = time.perf_counter(), time.process_time()
    value = fn()
    out.setdefault(name, []).append({'cpu': (time.process_time() - c) * 1000,
                                     'wall': (time.perf_counter() - w) * 1000})
    return value
for _ in range(repeats):
    measure('pagerank', lambda: g.pagerank())
    measure('eigenvector', lambda: g.eigenvector_centrality(scale=False))
w, c = time.perf_counter(), time.process_time()
btw = measure('betweenness', lambda: g.betweenness(directed=False))
clo = measure('closeness', lambda: g.closeness())
out['exact'] = {'cpu': (time.process_time() - c) * 1000, 'wall': (time.perf_counter() - w) * 1000}
with open(sys.argv[4], 'w') as f:
    json.dump({'betweenness': btw, 'closeness': [None if x != x else x for x in clo]}, f)
print(json.dumps(out))
`;

interface PythonOut {
  version: string;
  pagerank: Timing[];
  eigenvector: Timing[];
  exact: Timing;
}

const dir = mkdtempSync(join(tmpdir(), 'metrics-scale-'));
const edgeFile = join(dir, 'edges.txt');
const valueFile = join(dir, 'values.json');
const lines: string[] = [];
for (let u = 0; u < csr.n; u++) {
  for (let e = csr.offsets[u]!; e < csr.offsets[u + 1]!; e++) {
    if (csr.targets[e]! > u) lines.push(`${u} ${csr.targets[e]!}`);
  }
}
writeFileSync(edgeFile, lines.join('\n') + '\n');

function runIgraph(): PythonOut {
  const stdout = execFileSync(
    '/usr/bin/python3',
    ['-c', PYTHON_SCRIPT, edgeFile, String(csr.n), String(SPECTRAL_REPEATS), valueFile],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  return JSON.parse(stdout) as PythonOut;
}

/**
 * Largest relative difference between ours and igraph's values. igraph's betweenness counts
 * each pair once (ours is normalised by (n-1)(n-2)/2); its closeness averages over the
 * reachable nodes only, so Wasserman–Faust closeness = igraph's · r / (n - 1), r = reached.
 */
function compare(ours: Centralities): { betweenness: number; closeness: number } {
  const theirs = JSON.parse(readFileSync(valueFile, 'utf8')) as {
    betweenness: number[];
    closeness: Array<number | null>;
  };
  const { component, count } = connectedComponents(csr);
  const size = new Float64Array(count);
  for (let v = 0; v < csr.n; v++) size[component[v]!]!++;
  const pairs = ((csr.n - 1) * (csr.n - 2)) / 2;
  let btw = 0;
  let clo = 0;
  for (let v = 0; v < csr.n; v++) {
    const a = ours.betweenness[v]! * pairs;
    const b = theirs.betweenness[v]!;
    btw = Math.max(btw, Math.abs(a - b) / Math.max(1, Math.abs(b)));
    const c = ((theirs.closeness[v] ?? 0) * (size[component[v]!]! - 1)) / (csr.n - 1);
    clo = Math.max(clo, Math.abs(ours.closeness[v]! - c) / Math.max(1e-300, Math.abs(c)));
  }
  return { betweenness: btw, closeness: clo };
}

interface Round {
  first: 'ours' | 'igraph';
  ours: Timing;
  igraph: Timing;
  oneSource?: Timing;
  loadStart: number;
  loadEnd: number;
}

const roundsOut: Round[] = [];
const spectral = {
  oursPr: [] as Timing[],
  oursEv: [] as Timing[],
  igPr: [] as Timing[],
  igEv: [] as Timing[],
};
let version = '?';
let check: ReturnType<typeof compare> | null = null;
// Warm-up (JIT) of our kernel on a few batches, outside the timed rounds.
new BrandesRunner(csr, false).run(
  identityOrder(csr.n),
  0,
  Math.min(csr.n, 128),
  createPartial(csr.n),
);
try {
  for (let round = 0; round < rounds; round++) {
    const first = round % 2 === 0 ? 'ours' : 'igraph';
    process.stderr.write(`· round ${round + 1}/${rounds} (${first} first)\n`);
    const loadStart = loadavg()[0]!;
    let ours: Timing | null = null;
    let py: PythonOut | null = null;
    let values: Centralities | null = null;
    const runOurs = () => {
      for (let i = 0; i < SPECTRAL_REPEATS; i++) {
        spectral.oursPr.push(measure(() => pagerankCsr(csr, { weighted: false }))[1]);
        spectral.oursEv.push(measure(() => eigenvectorCsr(csr, { weighted: false }))[1]);
      }
      [values, ours] = measure(() => exact(csr, true));
    };
    const runPy = () => {
      py = runIgraph();
    };
    if (first === 'ours') {
      runOurs();
      runPy();
    } else {
      runPy();
      runOurs();
    }
    const out = py as unknown as PythonOut;
    version = out.version;
    spectral.igPr.push(...out.pagerank);
    spectral.igEv.push(...out.eigenvector);
    if (check === null && values) check = compare(values);
    const entry: Round = {
      first,
      ours: ours!,
      igraph: out.exact,
      loadStart,
      loadEnd: loadavg()[0]!,
    };
    if (withOneSource) entry.oneSource = measure(() => exact(csr, false))[1];
    roundsOut.push(entry);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
};
const f0 = (x: number) => x.toFixed(0);
const arcVisits = csr.n * 2 * csr.m;
const ratios = roundsOut.map((r) => r.igraph.cpu / r.ours.cpu);
const loads = roundsOut.flatMap((r) => [r.loadStart, r.loadEnd]);
const out: string[] = [];
out.push(
  `random ${csr.n} n / ${csr.m} e, ${rounds} rounds, igraph ${version}, Node ${process.version}, ` +
    `${cpus().length} cores, load average (1 min) ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`,
  '',
  '| round | first | ours CPU ms | ours wall ms | igraph CPU ms | igraph wall ms | igraph / ours (CPU) | ours ns per arc visit (CPU) | load start–end |' +
    (withOneSource ? ' one-source CPU ms |' : ''),
  '|---:|---|---:|---:|---:|---:|---:|---:|---|' + (withOneSource ? '---:|' : ''),
);
roundsOut.forEach((r, i) => {
  out.push(
    `| ${i + 1} | ${r.first} | ${f0(r.ours.cpu)} | ${f0(r.ours.wall)} | ${f0(r.igraph.cpu)} | ${f0(r.igraph.wall)} | ` +
      `${ratios[i]!.toFixed(2)}× | ${((r.ours.cpu * 1e6) / arcVisits).toFixed(2)} | ${r.loadStart.toFixed(1)}–${r.loadEnd.toFixed(1)} |` +
      (r.oneSource ? ` ${f0(r.oneSource.cpu)} |` : ''),
  );
});
const oursMedian = median(roundsOut.map((r) => r.ours.cpu));
out.push(
  '',
  `igraph / ours (CPU), betweenness + closeness: median ${median(ratios).toFixed(2)}×, ` +
    `min ${Math.min(...ratios).toFixed(2)}×, max ${Math.max(...ratios).toFixed(2)}×; ` +
    `3× met in every round: ${ratios.every((x) => x >= 3) ? 'yes' : 'no'}`,
  `ours median ${f0(oursMedian)} ms CPU = ${(oursMedian / boundMs).toFixed(1)}× the ~${boundMs.toFixed(0)} ms bound`,
);
const cpuMed = (xs: Timing[]) => median(xs.map((x) => x.cpu));
out.push(
  `PageRank CPU ms, median of ${spectral.oursPr.length}: ours ${cpuMed(spectral.oursPr).toFixed(1)}, ` +
    `igraph ${cpuMed(spectral.igPr).toFixed(1)} (ours / igraph ${(cpuMed(spectral.oursPr) / cpuMed(spectral.igPr)).toFixed(2)}×)`,
  `eigenvector CPU ms, median of ${spectral.oursEv.length}: ours ${cpuMed(spectral.oursEv).toFixed(1)}, ` +
    `igraph ${cpuMed(spectral.igEv).toFixed(1)} (ours / igraph ${(cpuMed(spectral.oursEv) / cpuMed(spectral.igEv)).toFixed(2)}×)`,
);
if (check) {
  out.push(
    `values vs igraph: max relative difference betweenness ${check.betweenness.toExponential(1)}, ` +
      `closeness ${check.closeness.toExponential(1)}`,
  );
}
process.stdout.write(out.join('\n') + '\n');
