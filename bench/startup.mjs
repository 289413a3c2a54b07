// Start-up A/B in Chromium (issue #9): how soon the first graph is painted, how much JS
// has been loaded by then and how long the main thread is blocked while the app loads.
//
// Two production builds are served side by side and loaded interleaved (A, B, A, B, …),
// STARTUP_RUNS times each (default 5), each run in a fresh browser context (empty cache)
// and page of 1600×900. Per build it reports the median of
//   - first paint: performance.mark('graph-painted') (src/app/afterPaint.ts), ms after
//     navigation;
//   - JS by first paint: gzip bytes (zlib, level 6, as a server would send them) of every
//     .js file the page or its workers requested before that mark, and the same for all
//     files (HTML, CSS, JSON data included);
//   - long tasks (PerformanceObserver 'longtask') from navigation until 1 s after the mark:
//     how many over 50 ms, how many over 100 ms, and the longest.
//
// The builds: STARTUP_A_DIST and STARTUP_B_DIST name two built dist/ directories; without
// them A is built from the git ref STARTUP_A_REF (default `main`, via `git archive` into a
// temp dir that borrows this checkout's node_modules) and B is this checkout's dist/
// (`npm run build` first; `npm run bench` does). A build without the mark cannot be
// measured: the run fails with a message saying so.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../scripts/browser.mjs';
import { TYPES } from '../scripts/static-server.mjs';
import { recordLongTasks } from './longTaskRecorder.mjs';

const RUNS = Number(process.env.STARTUP_RUNS ?? 5);
const MARK = 'graph-painted';
const AFTER_MARK_MS = 1000;
const repo = fileURLToPath(new URL('..', import.meta.url));

/** Builds `ref` with Vite into a temp dir and returns its dist/ (reused when present). */
function buildRef(ref) {
  const commit = execFileSync('git', ['rev-parse', '--short', ref], { cwd: repo })
    .toString()
    .trim();
  const dir = join(tmpdir(), `samverkan-startup-${commit}`);
  const dist = join(dir, 'dist');
  if (existsSync(join(dist, 'index.html'))) return { dist, label: `${ref} (${commit})` };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const archive = execFileSync('git', ['archive', '--format=tar', commit], {
    cwd: repo,
    maxBuffer: 1 << 30,
  });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
  console.error(`building ${ref} (${commit}) in ${dir} …`);
  execFileSync('npx', ['vite', 'build', '--outDir', 'dist', '--emptyOutDir'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return { dist, label: `${ref} (${commit})` };
}

/**
 * Serves `root` on 127.0.0.1 like scripts/static-server.mjs, and logs every request (wall
 * clock time of arrival, path, gzip size of the file) so that what was loaded by a moment
 * can be summed, worker scripts included.
 */
function serveLogged(root) {
  const gzipped = new Map();
  const log = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) return void res.writeHead(403).end();
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) return void res.writeHead(404).end('not found');
    const body = readFileSync(path);
    if (!gzipped.has(path)) gzipped.set(path, gzipSync(body).length);
    log.push({ at: Date.now(), path: url.pathname, gzip: gzipped.get(path) });
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({
        url: `http://127.0.0.1:${server.address().port}/`,
        log,
        close: () => new Promise((r) => server.close(r)),
      }),
    ),
  );
}

const builds = [];
if (process.env.STARTUP_A_DIST && process.env.STARTUP_B_DIST) {
  builds.push({ name: 'A', dist: resolve(process.env.STARTUP_A_DIST), label: 'A' });
  builds.push({ name: 'B', dist: resolve(process.env.STARTUP_B_DIST), label: 'B' });
} else {
  const a = buildRef(process.env.STARTUP_A_REF ?? 'main');
  builds.push({ name: 'A', ...a });
  builds.push({ name: 'B', dist: join(repo, 'dist'), label: 'this checkout (dist/)' });
}
for (const b of builds) {
  if (!existsSync(join(b.dist, 'index.html'))) throw new Error(`${b.dist} holds no build`);
  b.site = await serveLogged(b.dist);
  b.runs = [];
}

const browser = await launchBrowser();

async function measure(build) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  const page = await context.newPage();
  await recordLongTasks(page);
  build.site.log.length = 0;
  await page.goto(build.site.url);
  try {
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, MARK, {
      timeout: 60_000,
    });
  } catch {
    throw new Error(
      `${build.label}: no performance.mark('${MARK}') within 60 s — does this build set it?`,
    );
  }
  const mark = await page.evaluate((name) => performance.getEntriesByName(name)[0].startTime, MARK);
  await page.waitForFunction((until) => performance.now() > until, mark + AFTER_MARK_MS);
  const { origin, tasks } = await page.evaluate(() => ({
    origin: performance.timeOrigin,
    tasks: window.__longTasks,
  }));
  await context.close();
  const paintedAt = origin + mark;
  const before = build.site.log.filter((r) => r.at <= paintedAt);
  const sum = (rows) => rows.reduce((n, r) => n + r.gzip, 0);
  const load = tasks.filter((t) => t.start <= mark + AFTER_MARK_MS);
  return {
    paint: mark,
    js: sum(before.filter((r) => r.path.endsWith('.js'))),
    all: sum(before),
    files: before.map((r) => r.path),
    over50: load.filter((t) => t.duration > 50).length,
    over100: load.filter((t) => t.duration > 100).length,
    longest: Math.max(0, ...load.map((t) => t.duration)),
  };
}

for (let i = 0; i < RUNS; i++) {
  for (const b of builds) {
    const run = await measure(b);
    b.runs.push(run);
    console.error(
      `${b.name} run ${i + 1}: paint ${run.paint.toFixed(0)} ms, JS ${(run.js / 1024).toFixed(1)} KB gz, ` +
        `long tasks ${run.over50}/${run.over100}, longest ${run.longest.toFixed(0)} ms`,
    );
  }
}

const median = (values) => {
  const s = [...values].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const range = (values, digits = 0) =>
  `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;
const kb = (bytes) => (bytes / 1024).toFixed(1);

console.log(
  `\nStart-up, Chromium ${browser.version()}, 1600×900, ${RUNS} runs per build, interleaved`,
);
for (const b of builds) console.log(`- ${b.name}: ${b.label}`);
console.log(
  '\n| build | first graph paint (ms) | JS by paint (KB gzip) | all files by paint (KB gzip) | long tasks > 50 ms | > 100 ms | longest (ms) |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const b of builds) {
  const col = (key) => b.runs.map((r) => r[key]);
  console.log(
    `| ${b.name} | ${median(col('paint')).toFixed(0)} (${range(col('paint'))}) | ${kb(median(col('js')))} | ${kb(median(col('all')))} | ` +
      `${median(col('over50'))} | ${median(col('over100'))} | ${median(col('longest')).toFixed(0)} (${range(col('longest'))}) |`,
  );
}
console.log('\nMedian of each column over the runs; (range) from fastest to slowest run.');
for (const b of builds) console.log(`${b.name} loaded by paint: ${b.runs.at(-1)?.files.join(' ')}`);
await browser.close();
for (const b of builds) await b.site.close();
