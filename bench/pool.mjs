// Exact betweenness + closeness in Chromium: one worker against the worker pool, on the
// seeded random 10k / 50k graph (the same generator as tests/metrics/helpers.ts and
// bench/run.ts), through the production build's `?bench=1` hook (src/metrics/benchHook.ts).
// Times the whole compute (every metric; betweenness/closeness is ~95 % of it), checks that
// the pooled values equal the one-worker values, and runs igraph on the same graph when
// /usr/bin/python3 can import it. A browser check, not a timed assertion: it prints what this
// machine measures. Part of `npm run bench` (needs `npm run build` first).
// POOL_BENCH_RUNS (default 3) runs per configuration; POOL_BENCH_SIZES (default "1,2,3").
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../scripts/browser.mjs';
import { serveStatic } from '../scripts/static-server.mjs';
// Run with tsx (npm run bench): the same seeded generator the metric tests use.
import { randomInput } from '../tests/metrics/helpers.ts';
import { recordLongTasks } from './longTaskRecorder.mjs';

const RUNS = Number(process.env.POOL_BENCH_RUNS ?? 3);
const SIZES = (process.env.POOL_BENCH_SIZES ?? '1,2,3').split(',').map(Number);

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const fmt = (ms) => Math.round(ms).toLocaleString('en');

/** igraph's betweenness and closeness on the same graph, or null when not importable. */
function igraphTimes(input) {
  const python = '/usr/bin/python3';
  if (spawnSync(python, ['-c', 'import igraph'], { stdio: 'ignore' }).status !== 0) return null;
  const dir = mkdtempSync(join(tmpdir(), 'pool-bench-'));
  try {
    const file = join(dir, 'edges.txt');
    const index = (id) => Number(id.slice(1));
    writeFileSync(file, input.edges.map((e) => `${index(e.source)} ${index(e.target)}`).join('\n'));
    const script = String.raw`
import json, sys, time, igraph
edges = [tuple(map(int, line.split())) for line in open(sys.argv[1])]
g = igraph.Graph(n=int(sys.argv[2]), edges=edges)
t = time.perf_counter(); g.betweenness(directed=False); b = (time.perf_counter() - t) * 1000
t = time.perf_counter(); g.closeness(); c = (time.perf_counter() - t) * 1000
print(json.dumps(dict(version=igraph.__version__, betweenness=b, closeness=c)))
`;
    process.stderr.write('· igraph on the same graph\n');
    const out = spawnSync(python, ['-c', script, file, String(input.nodes.length)], {
      encoding: 'utf8',
    });
    return out.status === 0 ? JSON.parse(out.stdout) : null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const input = randomInput(10000, 50000, 'bench-10k');
const label = `random 10k / 50k (${input.nodes.length.toLocaleString('en')} n / ${input.edges.length.toLocaleString('en')} e)`;

const dist = fileURLToPath(new URL('../dist-e2e', import.meta.url));
const site = await serveStatic(dist);
const browser = await launchBrowser();
const page = await browser.newPage();
// Main-thread long tasks while each job runs: the jobs take seconds in the workers.
await recordLongTasks(page);
await page.goto(`${site.url}?bench=1`);
await page.waitForFunction(() => window.__app?.ready === true && window.__metricsBench);
// Let the app's own (small) metrics job finish first.
await page.waitForFunction(() => window.__app?.state().metrics.status === 'done');
await page.evaluate((graph) => {
  window.__benchInput = graph;
}, input);

const runs = new Map(SIZES.map((size) => [size, []]));
for (let r = 0; r < RUNS; r++) {
  // Interleaved, so drift on the shared machine hits every configuration alike.
  for (const size of SIZES) {
    process.stderr.write(`· ${label}: pool size ${size}, run ${r + 1}/${RUNS}\n`);
    const run = await page.evaluate(async (n) => {
      const started = performance.now();
      const result = await window.__metricsBench(window.__benchInput, n);
      const ended = performance.now();
      const longTasks = window.__longTasks.filter(
        (t) => t.start < ended && t.start + t.duration > started,
      );
      return { ...result, longTasks };
    }, size);
    runs.get(size).push(run);
  }
}
const chromium = await browser.version();
await browser.close();
await site.close();

const reference = runs.get(SIZES[0])[0];
function maxRelativeDiff(run) {
  let worst = 0;
  for (const field of ['betweenness', 'closeness']) {
    run[field].forEach((x, i) => {
      const y = reference[field][i];
      worst = Math.max(worst, Math.abs(x - y) / Math.max(Math.abs(y), 1e-300));
    });
  }
  return worst;
}

const igraph = igraphTimes(input);
const single = median(runs.get(SIZES[0]).map((r) => r.totalMs));
const first = runs.get(SIZES[0])[0];
console.log(
  `\nExact betweenness + closeness in Chromium ${chromium}: one worker vs the pool`,
  `\nMachine: ${cpus()[0]?.model ?? 'unknown CPU'}, navigator.hardwareConcurrency ${first.hardwareConcurrency}`,
  `(default pool size there: ${first.hardwareConcurrency >= 3 ? Math.min(4, first.hardwareConcurrency - 1) : 'none, one worker'})\n`,
);
console.log(
  '| graph | pool size | workers used | exact result, median ms | min–max ms | early estimate at ms | betweenness+closeness ms ¹ | speed-up | max rel. diff vs one worker | main-thread long tasks during the job (longest ms) |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const size of SIZES) {
  const list = runs.get(size);
  const totals = list.map((r) => r.totalMs);
  const estimate = list.map((r) => r.estimateMs).filter((x) => x !== null);
  // One worker: its betweenness phase; a pool: from handing out the ranges to the last sums.
  const phase = median(list.map((r) => r.timingsMs.pool ?? r.timingsMs.betweenness ?? 0));
  const diff = Math.max(...list.map(maxRelativeDiff));
  console.log(
    `| ${label} | ${size} | ${list[0].workers} | ${fmt(median(totals))} | ${fmt(Math.min(...totals))}–${fmt(Math.max(...totals))} | ${estimate.length ? fmt(median(estimate)) : '–'} | ${fmt(phase)} | ${(single / median(totals)).toFixed(2)}× | ${diff.toExponential(1)} | ${list.map((r) => r.longTasks.length).join(', ')} (${fmt(Math.max(0, ...list.flatMap((r) => r.longTasks.map((t) => t.duration))))}) |`,
  );
}
console.log(
  `\n${RUNS} runs per pool size, interleaved; times include every metric.`,
  '\n¹ One worker: its betweenness/closeness phase; a pool: from handing out the source ranges to the last partial sums.',
);
if (igraph) {
  const both = igraph.betweenness + igraph.closeness;
  console.log(
    `igraph ${igraph.version} (C, one thread) on the same graph: betweenness ${fmt(igraph.betweenness)} ms + closeness ${fmt(igraph.closeness)} ms = ${fmt(both)} ms.`,
  );
  for (const size of SIZES) {
    const ours = median(runs.get(size).map((r) => r.totalMs));
    console.log(`  pool size ${size}: ${(both / ours).toFixed(2)}× igraph's speed (> 1× = faster)`);
  }
} else {
  console.log('igraph: /usr/bin/python3 cannot import it, skipped.');
}
