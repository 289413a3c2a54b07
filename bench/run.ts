/**
 * Metrics benchmark (`npm run bench`, not part of the test suite): times our computeMetrics
 * phases and graphology-metrics' betweenness/closeness on seeded synthetic graphs and on the
 * real data/graph.json, then igraph/NetworkX in a /usr/bin/python3 subprocess when they are
 * importable. Prints markdown tables; paste them into docs/benchmarks.md.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import seedrandom from 'seedrandom';
import { computeMetrics } from '../src/metrics/compute';
import { buildCsr } from '../src/metrics/csr';
import type { MetricsEdge, MetricsInput } from '../src/metrics/types';
import { randomInput } from '../tests/metrics/helpers';

type Rng = () => number;

interface Case {
  name: string;
  input: MetricsInput;
  runs: number;
  /** Run graphology-metrics' betweenness/closeness too (slow on the biggest graph). */
  graphology: boolean;
  /** Run NetworkX too (pure Python; minutes above a few thousand nodes). */
  networkx: boolean;
}

interface Row {
  graph: string;
  impl: string;
  metric: string;
  ms: number;
  runs: number;
}

const rows: Row[] = [];
const memory: Array<{ graph: string; rssMb: number; heapMb: number }> = [];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time(runs: number, fn: () => void): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

// ---------------------------------------------------------------------------------------
// Seeded synthetic graphs.

/** Seeded G(n, m): the same generator the metric tests use. */
const randomGraph = (n: number, m: number, seed: string): MetricsInput => randomInput(n, m, seed);

/** Picks an index in 0..n-1 with probability ∝ 1/(i+1)^s (popular organisations). */
function zipfPicker(n: number, s: number, rng: Rng): () => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += 1 / Math.pow(i + 1, s);
    cumulative[i] = total;
  }
  return () => {
    const x = rng() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** Memberships organisation → collaboration: sizes heavy-tailed, popular organisations. */
function affiliation(
  orgs: number,
  collaborations: number,
  memberships: number,
  seed: string,
): Array<[string, string]> {
  const rng = seedrandom(seed);
  const pickOrg = zipfPicker(orgs, 0.8, rng);
  const pickCollab = zipfPicker(collaborations, 0.6, rng);
  const seen = new Set<string>();
  const pairs: Array<[string, string]> = [];
  // Every collaboration has at least two members.
  for (let c = 0; c < collaborations; c++) {
    for (let k = 0; k < 2; k++) {
      const o = Math.floor(rng() * orgs);
      const id = `${o}|${c}`;
      if (seen.has(id)) continue;
      seen.add(id);
      pairs.push([`org:${o}`, `col:${c}`]);
    }
  }
  while (pairs.length < memberships) {
    const o = pickOrg();
    const c = pickCollab();
    const id = `${o}|${c}`;
    if (seen.has(id)) continue;
    seen.add(id);
    pairs.push([`org:${o}`, `col:${c}`]);
  }
  return pairs;
}

function affiliationInput(key: string, pairs: Array<[string, string]>): MetricsInput {
  const nodes = new Set<string>();
  const seen = new Set<string>();
  const edges: MetricsEdge[] = [];
  for (const [a, b] of pairs) {
    nodes.add(a);
    nodes.add(b);
    const id = `${a}\u0000${b}`;
    if (a === b || seen.has(id)) continue;
    seen.add(id);
    edges.push({ source: a, target: b, weight: 1 });
  }
  return { key, nodes: [...nodes], edges, weighted: false };
}

/** Organisation–organisation projection: weight = number of shared collaborations. */
function projection(key: string, pairs: Array<[string, string]>): MetricsInput {
  const members = new Map<string, Set<string>>();
  const orgs = new Set<string>();
  for (const [org, collab] of pairs) {
    orgs.add(org);
    let set = members.get(collab);
    if (!set) members.set(collab, (set = new Set()));
    set.add(org);
  }
  const weights = new Map<string, number>();
  for (const set of members.values()) {
    const list = [...set].sort();
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const id = `${list[i]!}\u0000${list[j]!}`;
        weights.set(id, (weights.get(id) ?? 0) + 1);
      }
    }
  }
  const edges: MetricsEdge[] = [...weights].map(([id, weight]) => {
    const [source = '', target = ''] = id.split('\u0000');
    return { source, target, weight };
  });
  return { key, nodes: [...orgs], edges, weighted: true };
}

function realGraphCases(): Case[] {
  let file: { edges?: Array<{ source: string; target: string; kind?: string }> };
  try {
    file = JSON.parse(readFileSync('data/graph.json', 'utf8')) as typeof file;
  } catch {
    return [];
  }
  const edges = file.edges ?? [];
  if (edges.length === 0) return [];
  const pairs = edges.map((e) => [e.source, e.target] as [string, string]);
  const memberships = edges
    .filter((e) => e.kind === 'membership')
    .map((e) => [e.source, e.target] as [string, string]);
  return [
    {
      name: 'real affiliation',
      input: affiliationInput('real-affiliation', pairs),
      runs: 15,
      graphology: true,
      networkx: true,
    },
    {
      name: 'real org–org projection (weighted)',
      input: projection('real-projection', memberships),
      runs: 15,
      graphology: true,
      networkx: true,
    },
  ];
}

// ---------------------------------------------------------------------------------------
// Our implementation and graphology-metrics.

function toGraphology(input: MetricsInput): UndirectedGraph {
  const { csr, ids } = buildCsr(input.nodes, input.edges);
  const graph = new UndirectedGraph();
  ids.forEach((id) => graph.addNode(id));
  for (let u = 0; u < csr.n; u++) {
    for (let e = csr.offsets[u]!; e < csr.offsets[u + 1]!; e++) {
      const v = csr.targets[e]!;
      if (v > u) graph.addEdge(ids[u]!, ids[v]!, { distance: 1 / csr.strengths[e]! });
    }
  }
  return graph;
}

function labelOf(c: Case): string {
  const { nodes, edges } = c.input;
  return `${c.name} (${nodes.length.toLocaleString('en')} n / ${edges.length.toLocaleString('en')} e)`;
}

function benchCase(c: Case): void {
  const { input } = c;
  const label = labelOf(c);
  process.stderr.write(`· ${label}\n`);
  const phases: Record<string, number[]> = {};
  const totals: number[] = [];
  for (let i = 0; i < c.runs; i++) {
    const start = performance.now();
    const result = computeMetrics(input);
    totals.push(performance.now() - start);
    for (const [phase, ms] of Object.entries(result.timingsMs)) (phases[phase] ??= []).push(ms);
  }
  const mem = process.memoryUsage();
  memory.push({ graph: label, rssMb: mem.rss / 2 ** 20, heapMb: mem.heapUsed / 2 ** 20 });
  rows.push({
    graph: label,
    impl: 'ours',
    metric: 'all metrics',
    ms: median(totals),
    runs: c.runs,
  });
  const phaseNames: Record<string, string> = {
    betweenness: 'betweenness+closeness',
    pagerank: 'pagerank (CSR)',
    eigenvector: 'eigenvector (CSR)',
    community: 'louvain (incl. graphology graph build)',
    prepare: 'prepare (CSR, degree)',
    pathLength: 'avg path length',
  };
  for (const [phase, name] of Object.entries(phaseNames)) {
    const samples = phases[phase];
    if (samples)
      rows.push({ graph: label, impl: 'ours', metric: name, ms: median(samples), runs: c.runs });
  }
  if (!c.graphology) return;
  const graph = toGraphology(input);
  const runs = Math.max(1, Math.min(c.runs, 3));
  const weight = input.weighted ? 'distance' : null;
  rows.push({
    graph: label,
    impl: 'graphology',
    metric: 'betweenness',
    ms: time(runs, () => betweennessCentrality(graph, { getEdgeWeight: weight })),
    runs,
  });
  if (!input.weighted) {
    rows.push({
      graph: label,
      impl: 'graphology',
      metric: 'closeness',
      ms: time(runs, () => closenessCentrality(graph, { wassermanFaust: true })),
      runs,
    });
  }
}

// ---------------------------------------------------------------------------------------
// igraph / NetworkX reference.

const PYTHON = '/usr/bin/python3';

const PYTHON_SCRIPT = String.raw`
import json, sys, time
import igraph, networkx as nx
jobs = json.load(open(sys.argv[1]))
out = []
def timed(runs, fn):
    samples = []
    for _ in range(runs):
        t = time.perf_counter(); fn(); samples.append((time.perf_counter() - t) * 1000)
    samples.sort()
    return samples[len(samples) // 2]
for job in jobs:
    n = job['n']
    edges = []
    with open(job['file']) as f:
        for line in f:
            a, b, w = line.split()
            edges.append((int(a), int(b), 1.0 / float(w)))
    g = igraph.Graph(n=n, edges=[(a, b) for a, b, _ in edges])
    weights = [d for _, _, d in edges] if job['weighted'] else None
    runs = job['runs']
    out.append(dict(graph=job['graph'], impl='igraph ' + igraph.__version__, metric='betweenness',
        ms=timed(runs, lambda: g.betweenness(directed=False, weights=weights)), runs=runs))
    out.append(dict(graph=job['graph'], impl='igraph ' + igraph.__version__, metric='closeness',
        ms=timed(runs, lambda: g.closeness(weights=weights)), runs=runs))
    if job['networkx']:
        G = nx.Graph(); G.add_nodes_from(range(n))
        G.add_weighted_edges_from(edges, weight='d')
        w = 'd' if job['weighted'] else None
        r = max(1, min(runs, 3))
        out.append(dict(graph=job['graph'], impl='networkx ' + nx.__version__, metric='betweenness',
            ms=timed(r, lambda: nx.betweenness_centrality(G, weight=w)), runs=r))
        out.append(dict(graph=job['graph'], impl='networkx ' + nx.__version__, metric='closeness',
            ms=timed(r, lambda: nx.closeness_centrality(G, distance=w)), runs=r))
    print(json.dumps(out[-1]), file=sys.stderr)
print(json.dumps(out))
`;

function pythonAvailable(): boolean {
  const probe = spawnSync(PYTHON, ['-c', 'import igraph, networkx'], { stdio: 'ignore' });
  return probe.status === 0;
}

function benchPython(cases: Case[]): void {
  if (!pythonAvailable()) {
    process.stderr.write(`· ${PYTHON} with igraph + networkx not importable: skipping\n`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'metrics-bench-'));
  try {
    const jobs = cases.map((c, i) => {
      const { csr } = buildCsr(c.input.nodes, c.input.edges);
      const lines: string[] = [];
      for (let u = 0; u < csr.n; u++) {
        for (let e = csr.offsets[u]!; e < csr.offsets[u + 1]!; e++) {
          const v = csr.targets[e]!;
          if (v > u) lines.push(`${u} ${v} ${csr.strengths[e]!}`);
        }
      }
      const file = join(dir, `g${i}.txt`);
      writeFileSync(file, lines.join('\n') + '\n');
      return {
        graph: labelOf(c),
        file,
        n: csr.n,
        weighted: c.input.weighted,
        runs: Math.max(1, Math.min(c.runs, 5)),
        networkx: c.networkx,
      };
    });
    const jobFile = join(dir, 'jobs.json');
    writeFileSync(jobFile, JSON.stringify(jobs));
    process.stderr.write(`· python: igraph / networkx on ${jobs.length} graphs\n`);
    const output = execFileSync(PYTHON, ['-c', PYTHON_SCRIPT, jobFile], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 26,
    });
    rows.push(...(JSON.parse(output) as Row[]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------
// Report.

function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  let nproc = String(cpus().length);
  try {
    nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
  } catch {
    // keep os.cpus() count
  }
  return `${cpu}, nproc ${nproc}, Node ${process.version}, ${process.platform}/${process.arch}`;
}

function report(): void {
  const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
  const lines: string[] = [];
  lines.push(`Machine: ${machine()}`, '');
  lines.push('| graph | implementation | metric | median ms | runs |');
  lines.push('|---|---|---|---:|---:|');
  for (const r of rows)
    lines.push(`| ${r.graph} | ${r.impl} | ${r.metric} | ${fmt(r.ms)} | ${r.runs} |`);
  lines.push('', '| graph | RSS after (MB) | heap used after (MB) |', '|---|---:|---:|');
  for (const m of memory)
    lines.push(`| ${m.graph} | ${m.rssMb.toFixed(0)} | ${m.heapMb.toFixed(0)} |`);
  lines.push(
    '',
    `Peak RSS of the Node process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );

  // Ratios: our one-pass betweenness+closeness against the references.
  lines.push(
    '',
    '| graph | ours btw+clo ms | vs igraph btw | vs igraph btw+clo | vs graphology btw(+clo) | vs networkx btw+clo |',
  );
  lines.push('|---|---:|---:|---:|---:|---:|');
  const graphs = [...new Set(rows.map((r) => r.graph))];
  for (const g of graphs) {
    const get = (impl: string, metric: string) =>
      rows.find((r) => r.graph === g && r.impl.startsWith(impl) && r.metric === metric)?.ms;
    const ours = get('ours', 'betweenness+closeness');
    if (ours === undefined) continue;
    const ratio = (x: number | undefined) => (x === undefined ? '–' : `${(x / ours).toFixed(2)}×`);
    const sum = (a: number | undefined, b: number | undefined) =>
      a === undefined ? undefined : a + (b ?? 0);
    lines.push(
      `| ${g} | ${fmt(ours)} | ${ratio(get('igraph', 'betweenness'))} | ${ratio(sum(get('igraph', 'betweenness'), get('igraph', 'closeness')))} | ${ratio(sum(get('graphology', 'betweenness'), get('graphology', 'closeness')))} | ${ratio(sum(get('networkx', 'betweenness'), get('networkx', 'closeness')))} |`,
    );
  }
  lines.push('', 'Ratios are reference time / our time (> 1× means we are faster).');
  process.stdout.write(lines.join('\n') + '\n');
}

function main(): void {
  const big = affiliation(4000, 1500, 9000, 'bench-affiliation-large');
  const cases: Case[] = [
    ...realGraphCases(),
    {
      name: 'org×collaboration bipartite',
      input: affiliationInput('bipartite', affiliation(400, 200, 1500, 'bench-bipartite')),
      runs: 9,
      graphology: true,
      networkx: true,
    },
    {
      name: 'large affiliation projection (weighted)',
      input: projection('projection-large', big),
      runs: 3,
      graphology: true,
      networkx: false,
    },
    {
      name: 'random',
      input: randomGraph(2000, 10000, 'bench-2k'),
      runs: 3,
      graphology: true,
      networkx: true,
    },
    {
      name: 'random',
      input: randomGraph(10000, 50000, 'bench-10k'),
      runs: 1,
      graphology: true,
      networkx: false,
    },
  ];
  const started = performance.now();
  for (const c of cases) benchCase(c);
  benchPython(cases);
  report();
  process.stderr.write(`· done in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
}

main();
