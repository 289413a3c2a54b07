// "Your own network" at scale in headless Chromium on the test build (dist-e2e): a
// generated GEXF of 10,000 organisations and 50,000 ties (tests/data/import/
// generateNetwork.ts, seeded) is chosen in the import dialog, opened, and drawn. Prints
// the time of each phase, the main-thread long tasks (> 50 ms) from the end of the scene
// job (the picture's first frame) on, and the frames drawn while panning and zooming by
// mouse for 2 s. Then a renderer A/B on bench-only instances: the imported picture's
// elements and stylesheet in a fresh cytoscape instance with the canvas renderer and with
// its experimental WebGL mode (`renderer: { name: 'canvas', webgl: true }`), in turns:
// time to the first frame, and frames while `panBy`/`zoom` run in every animation frame
// for 2 s. The app itself always draws with the canvas renderer.
// Env: IMPORT_RUNS (default 2) fresh pages; IMPORT_ORGS / IMPORT_TIES change the size;
// RENDERER=canvas|webgl|both (default both) for the A/B; IMPORT_TASKS=1 lists each run's
// long tasks on a timeline (stderr); PROFILE=<path prefix> writes a CDP CPU profile of
// open → settled (PROFILE_UNTIL=end: to the end of the panning) per run and prints its top
// functions (use a non-minified build, DIST=<dir>). Run with tsx (it imports the TypeScript
// generator). Then the refusals: a 100,000-row CSV (as a list and as a
// membership table) and a 100,000-node GEXF, timed from choosing the file to the message,
// with the longest main-thread task meanwhile.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../scripts/browser.mjs';
import { serveStatic } from '../scripts/static-server.mjs';
import { generateNetwork } from '../tests/data/import/generateNetwork.ts';
import { recordLongTasks } from './longTaskRecorder.mjs';

const RUNS = Number(process.env.IMPORT_RUNS ?? 2);
const ORGS = Number(process.env.IMPORT_ORGS ?? 10_000);
const TIES = Number(process.env.IMPORT_TIES ?? 50_000);
const RENDERERS =
  (process.env.RENDERER ?? 'both') === 'both' ? ['canvas', 'webgl'] : [process.env.RENDERER];
const PROFILE = process.env.PROFILE ?? '';
const PAN_MS = 2000;
const dist = process.env.DIST
  ? resolve(process.env.DIST)
  : fileURLToPath(new URL('../dist-e2e', import.meta.url));
const file = join(mkdtempSync(join(tmpdir(), 'import-bench-')), `network-${ORGS}.gexf`);
writeFileSync(file, generateNetwork(ORGS, TIES).gexf);
const hugeCsv = join(dirname(file), 'rows-100000.csv');
writeFileSync(
  hugeCsv,
  [
    'Organisation;Samverkan',
    ...Array.from({ length: 100_000 }, (_, i) => `Org ${i};Projekt ${i % 50}`),
  ].join('\n'),
);
const hugeGexf = join(dirname(file), 'nodes-100000.gexf');
writeFileSync(hugeGexf, generateNetwork(100_000, 100_000, 15, false).gexf);
const site = await serveStatic(dist);
const browser = await launchBrowser();

/** Self and inclusive time per function of a CDP profile, top `count` of each, ms. */
function summariseProfile(profile, count = 20) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples.length);
  const hits = new Map();
  for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
  const name = (n) => {
    const f = n.callFrame;
    const where = f.url ? `${f.url.split('/').pop()}:${f.lineNumber + 1}` : '';
    return `${f.functionName || '(anonymous)'} ${where}`.trim();
  };
  const self = new Map();
  const inclusive = new Map();
  // Inclusive: each sample counts once per distinct function on its stack.
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  for (const [id, h] of hits) {
    const node = byId.get(id);
    self.set(name(node), (self.get(name(node)) ?? 0) + h * dt);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const key = name(byId.get(at));
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + h * dt);
    }
  }
  const top = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([k, v]) => `  ${v.toFixed(0).padStart(7)} ms  ${k}`)
      .join('\n');
  return `self:\n${top(self)}\ninclusive:\n${top(inclusive)}`;
}

/**
 * Pans (drag) and zooms (wheel) the picture with the mouse for `ms`, as a user does, so the
 * renderer's viewport options (bitmap while moving, edges hidden) apply; counts the frames
 * the page produced meanwhile and the longest gap between two.
 */
async function panAndZoom(page, ms) {
  await page.evaluate(() => {
    const counter = { frames: 0, longest: 0, last: performance.now(), on: true };
    window.__frameCounter = counter;
    const step = (now) => {
      counter.frames += 1;
      counter.longest = Math.max(counter.longest, now - counter.last);
      counter.last = now;
      if (counter.on) requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
  const box = await page.getByTestId('graph-canvas').boundingBox();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const started = Date.now();
  let i = 0;
  while (Date.now() - started < ms) {
    // Half the time a drag to and fro, half a wheel zoom in and out.
    if (i % 40 < 20) {
      // From the fitted picture's empty margin (40 px), so the drag pans and moves no node.
      const x0 = box.x + 15;
      const y0 = box.y + 15;
      await page.mouse.move(x0, y0);
      await page.mouse.down();
      for (let k = 1; k <= 10; k++) await page.mouse.move(x0 + k * 8, y0 + k * 4);
      await page.mouse.up();
    } else {
      await page.mouse.move(cx, cy);
      for (let k = 0; k < 10; k++) await page.mouse.wheel(0, i % 80 < 60 ? -60 : 60);
    }
    i += 10;
  }
  return page.evaluate(() => {
    const counter = window.__frameCounter;
    counter.on = false;
    return { frames: counter.frames, longestFrameMs: counter.longest };
  });
}

/** The renderer A/B on a bench-only instance made from the imported picture (see header). */
function rendererTrial(page, renderer, ms) {
  return page.evaluate(
    async ({ renderer, ms }) => {
      const picture = window.__picture;
      if (!picture) return null;
      const div = document.createElement('div');
      div.style.cssText =
        'position:fixed;left:0;top:0;width:1600px;height:900px;z-index:99999;background:#fff';
      document.body.appendChild(div);
      const frame = () => new Promise((done) => requestAnimationFrame(done));
      const started = performance.now();
      const cy = picture.cytoscape({
        container: div,
        elements: picture.cy.elements().jsons(),
        style: picture.cy.style().json(),
        layout: { name: 'preset', fit: true, padding: 40 },
        minZoom: 0.05,
        maxZoom: 4,
        ...(renderer === 'webgl' ? { renderer: { name: 'canvas', webgl: true } } : {}),
      });
      const created = performance.now();
      await frame();
      await new Promise((done) => setTimeout(done, 0));
      const firstFrame = performance.now();
      let frames = 0;
      let longest = 0;
      let last = performance.now();
      const from = last;
      while (last - from < ms) {
        const phase = Math.floor((last - from) / 500) % 2;
        cy.panBy({ x: phase ? -6 : 6, y: 3 });
        cy.zoom({
          level: cy.zoom() * (phase ? 1.01 : 0.99),
          renderedPosition: { x: 800, y: 450 },
        });
        const now = await frame();
        frames += 1;
        longest = Math.max(longest, now - last);
        last = now;
      }
      const end = performance.now();
      cy.destroy();
      div.remove();
      return {
        renderer,
        createMs: created - started,
        firstFrameMs: firstFrame - started,
        frames,
        panMs: end - from,
        longestFrameMs: longest,
        from: started,
        to: end,
      };
    },
    { renderer, ms },
  );
}

/** A fresh page of the test build, long tasks recorded, with the import dialog open. */
async function openImportDialog() {
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  await recordLongTasks(page);
  await page.goto(site.url);
  await page.waitForFunction(() => window.__app?.ready === true);
  await page.getByRole('button', { name: 'Importera', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Egen lista eller eget nätverk' });
  return { page, dialog };
}

async function run(index) {
  const { page, dialog } = await openImportDialog();
  const now = () => page.evaluate(() => performance.now());
  const t0 = await now();
  await dialog.getByLabel('Välj fil').setInputFiles(file);
  const open = dialog.getByRole('button', { name: 'Öppna nätverket' });
  await open.waitFor({ timeout: 300_000 });
  const tRead = await now();
  const cdp = PROFILE ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
    await cdp.send('Profiler.start');
  }
  const bundledNodes = await page.evaluate(() => window.__picture?.nodes ?? 0);
  await open.click();
  // Polled through window.__picture, which costs nothing: window.__app.drawn() lists every
  // node and took ~25 s of the main thread over a 10k run when polled every 50 ms (and even
  // cy.nodes() copies the whole collection). The scene job holds cytoscape's batch, so
  // nothing of the imported picture is drawn before the job has settled: its first paint is
  // the first frame after that.
  await page.waitForFunction(
    // The imported scene is asked for once the picture's node count leaves the bundled
    // graph's (a network over the overview budget draws fewer nodes than it has, and
    // organisations without ties are not in the network view).
    (bundled) => {
      if (window.__app?.state().nav.dataset === '') return false;
      const nodes = window.__picture?.nodes ?? 0;
      return nodes > 0 && nodes !== bundled;
    },
    bundledNodes,
    { timeout: 300_000, polling: 50 },
  );
  const tAsked = await now();
  await page.waitForFunction(() => window.__picture?.settled() === true, undefined, {
    timeout: 300_000,
    polling: 50,
  });
  const tSettled = await now();
  // The first frame after the job: the picture is on screen when it has run.
  const tPaint = await page.evaluate(
    () =>
      new Promise((done) =>
        requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0)),
      ),
  );
  let profileSummary = '';
  const stopProfile = async () => {
    if (!cdp) return;
    const { profile } = await cdp.send('Profiler.stop');
    const out = `${PROFILE}-${index + 1}.cpuprofile`;
    writeFileSync(out, JSON.stringify(profile));
    profileSummary = `${out}\n${summariseProfile(profile)}`;
    await cdp.detach();
  };
  // PROFILE_UNTIL=end: profile on through the search and the panning.
  if (process.env.PROFILE_UNTIL !== 'end') await stopProfile();
  // Interactive: typing in the search box gets an answer within this time.
  const tClick = await now();
  await page
    .getByRole('combobox', { name: 'Sök organisation, samarbete eller person' })
    .fill('Organisation 4242');
  await page.getByRole('option').first().waitFor({ timeout: 60_000 });
  const tSearch = await now();
  await page.keyboard.press('Escape');
  const tPan = await now();
  const pan = await panAndZoom(page, PAN_MS);
  const tPanEnd = await now();
  if (process.env.PROFILE_UNTIL === 'end') await stopProfile();
  const drawn = await page.evaluate(() => {
    const d = window.__app?.drawn?.();
    return d ? { nodes: d.nodes.length, edges: d.edges } : null;
  });
  // The A/B, in turns (the order alternates run by run).
  const order = index % 2 === 0 ? RENDERERS : [...RENDERERS].reverse();
  const trials = [];
  for (const r of order) trials.push(await rendererTrial(page, r, PAN_MS));
  const tasks = await page.evaluate(() => window.__longTasks);
  for (const t of trials) {
    if (!t) continue;
    const inside = tasks.filter((x) => x.start >= t.from && x.start < t.to);
    t.longTasks = inside.length;
    t.longestTaskMs = Math.max(0, ...inside.map((x) => x.duration));
  }
  await page.close();
  // From the end of the job on: the first frame, which draws the picture, counts.
  const after = tasks.filter((t) => t.start >= tSettled && t.start < tPanEnd);
  // IMPORT_TASKS=1: each run's long tasks on a timeline from the end of the scene job.
  if (process.env.IMPORT_TASKS === '1')
    console.error(
      `run ${index + 1}: settled@0 paint@${(tPaint - tSettled).toFixed(0)} search ${(tClick - tSettled).toFixed(0)}..${(tSearch - tSettled).toFixed(0)} pan ${(tPan - tSettled).toFixed(0)}..${(tPanEnd - tSettled).toFixed(0)} tasks (start+duration ms): ` +
        tasks
          .filter((t) => t.start >= tAsked - 100 && t.start < tPanEnd)
          .map((t) => `${(t.start - tSettled).toFixed(0)}+${t.duration.toFixed(0)}`)
          .join(' '),
    );
  const during = (from, to) => tasks.filter((t) => t.start >= from && t.start < to);
  return {
    trials,
    importMs: tRead - t0,
    openToAskedMs: tAsked - tRead,
    askedToSettledMs: tSettled - tAsked,
    openToPaintMs: tPaint - tRead,
    openToSettledMs: tSettled - tRead,
    totalToPaintMs: tPaint - t0,
    longAfterAsked: tasks.filter((t) => t.start >= tAsked && t.start < tPanEnd).length,
    searchAnswerMs: tSearch - tClick,
    drawn,
    longAfterPaint: after.length,
    longestAfterPaint: Math.max(0, ...after.map((t) => t.duration)),
    over100AfterPaint: after.filter((t) => t.duration > 100).length,
    longestDuringSearch: Math.max(
      0,
      ...tasks
        .filter((t) => t.start + t.duration >= tClick && t.start <= tSearch)
        .map((t) => t.duration),
    ),
    longestDuringImport: Math.max(0, ...during(t0, tRead).map((t) => t.duration)),
    pan,
    longDuringPan: during(tPan, tPanEnd).length,
    panElapsedMs: tPanEnd - tPan,
    profileSummary,
  };
}

const results = [];
for (let i = 0; i < RUNS; i++) results.push(await run(i));
const load = (await import('node:os')).loadavg()[0].toFixed(1);
console.log(
  `\nImport at scale: ${ORGS} organisations, ${TIES} ties (GEXF with positions), Chromium ${await browser.version()}, load (1 min) at the end ${load}`,
);
console.log(
  '| run | import (read, build, save) ms | open → scene asked ms | scene asked → settled ms | open → settled ms | open → first paint ms | file chosen → first paint ms | search answers ms | drawn nodes/edges | long tasks from scene asked | long tasks from settled (first frame on) | longest from settled ms | > 100 ms from settled | longest during import ms | pan/zoom: frames / elapsed ms (2 s of mouse input, longer when the page lags) | longest frame ms | long tasks while panning |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|');
results.forEach((r, i) =>
  console.log(
    `| ${i + 1} | ${r.importMs.toFixed(0)} | ${r.openToAskedMs.toFixed(0)} | ${r.askedToSettledMs.toFixed(0)} | ${r.openToSettledMs.toFixed(0)} | ${r.openToPaintMs.toFixed(0)} | ${r.totalToPaintMs.toFixed(0)} | ${r.searchAnswerMs.toFixed(0)} | ${r.drawn?.nodes}/${r.drawn?.edges} | ${r.longAfterAsked} | ${r.longAfterPaint} | ${r.longestAfterPaint.toFixed(0)} | ${r.over100AfterPaint} | ${r.longestDuringImport.toFixed(0)} | ${r.pan?.frames ?? '?'} / ${r.panElapsedMs.toFixed(0)} | ${r.pan?.longestFrameMs.toFixed(0) ?? '?'} | ${r.longDuringPan} |`,
  ),
);
console.log(
  `Longest main-thread task while the search answered: ${results.map((r) => r.longestDuringSearch.toFixed(0)).join(', ')} ms`,
);
console.log(
  '\nRenderer A/B on bench-only instances of the imported picture (programmatic pan/zoom in every frame for 2 s):',
);
console.log(
  '| run | renderer | create ms | create → first frame ms | frames | in ms | longest frame ms | long tasks | longest task ms |',
);
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
results.forEach((r, i) =>
  r.trials.forEach((t) => {
    if (t)
      console.log(
        `| ${i + 1} | ${t.renderer} | ${t.createMs.toFixed(0)} | ${t.firstFrameMs.toFixed(0)} | ${t.frames} | ${t.panMs.toFixed(0)} | ${t.longestFrameMs.toFixed(0)} | ${t.longTasks} | ${t.longestTaskMs.toFixed(0)} |`,
      );
  }),
);
for (const r of results) if (r.profileSummary) console.log(`\n${r.profileSummary}`);

async function refuse(path, asNetwork) {
  const { page, dialog } = await openImportDialog();
  if (asNetwork) await dialog.getByRole('radio', { name: /Öppna ett eget nätverk/ }).check();
  const t0 = await page.evaluate(() => performance.now());
  await dialog.getByLabel('Välj fil').setInputFiles(path);
  const alert = dialog.getByRole('alert');
  await alert.waitFor({ timeout: 120_000 });
  const t1 = await page.evaluate(() => performance.now());
  const message = /(För många|Filen är för stor)[^.]*\./.exec(
    (await alert.textContent()) ?? '',
  )?.[0];
  const tasks = await page.evaluate(() => window.__longTasks);
  await page.close();
  const during = tasks.filter((t) => t.start + t.duration >= t0 && t.start <= t1);
  return { ms: t1 - t0, longest: Math.max(0, ...during.map((t) => t.duration)), message };
}

console.log('\nRefusals (file chosen → message shown; longest main-thread task meanwhile)');
console.log('| file | refused after ms | longest task ms | message |');
console.log('|---|---:|---:|---|');
for (const [label, path, asNetwork] of [
  ['100,000-row CSV as a list', hugeCsv, false],
  ['100,000-row CSV as a membership table', hugeCsv, true],
  ['100,000-node GEXF', hugeGexf, true],
]) {
  const r = await refuse(path, asNetwork);
  console.log(`| ${label} | ${r.ms.toFixed(0)} | ${r.longest.toFixed(0)} | ${r.message} |`);
}
await browser.close();
await site.close();
