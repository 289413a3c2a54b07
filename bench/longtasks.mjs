// Main-thread long tasks (> 50 ms) in Chromium while the app loads, switches views and
// filters — each change recomputes the network measures in the worker. For every step it
// prints all long tasks and those that overlap a metrics job (the app records each job as
// a User Timing measure, "metrics job"). Repeats the whole walk-through (LONGTASK_RUNS,
// default 3) in fresh pages and prints each run and the range over runs. Part of
// `npm run bench` (needs `npm run build` first).
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../scripts/browser.mjs';
import { serveStatic } from '../scripts/static-server.mjs';
import { recordLongTasks } from './longTaskRecorder.mjs';

const RUNS = Number(process.env.LONGTASK_RUNS ?? 3);
const dist = fileURLToPath(new URL('../dist-e2e', import.meta.url));
const site = await serveStatic(dist);
const browser = await launchBrowser();

async function walkThrough() {
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  await recordLongTasks(page);
  const steps = [];
  async function step(name, action) {
    const before = await page.evaluate(() => performance.now()).catch(() => 0);
    await action();
    // Wait until the measures for the new graph are in and the picture has settled.
    await page.waitForFunction(
      () =>
        window.__app?.state().metrics.status === 'done' && window.__app.drawn?.()?.settled === true,
    );
    await page.waitForTimeout(500);
    const { tasks, jobs } = await page.evaluate((t0) => {
      const jobs = performance
        .getEntriesByName('metrics job')
        .filter((m) => m.startTime + m.duration >= t0)
        .map((m) => ({ start: m.startTime, end: m.startTime + m.duration }));
      return { tasks: window.__longTasks.filter((t) => t.start + t.duration >= t0), jobs };
    }, before);
    const during = tasks.filter((t) =>
      jobs.some((j) => t.start < j.end && t.start + t.duration > j.start),
    );
    steps.push({ name, tasks, during, jobs });
  }

  await step('load (affiliation view, metrics in worker)', async () => {
    await page.goto(site.url);
    await page.waitForFunction(() => window.__app?.ready === true);
  });
  await step('switch to collaboration network', () =>
    page.getByRole('radio', { name: 'Nätverk' }).check(),
  );
  await step('size by betweenness, colour by community', async () => {
    await page.getByLabel('Storlek efter').selectOption('betweenness');
    await page.getByLabel('Färg efter').selectOption('community');
  });
  await step('filter: municipalities and regions', async () => {
    await page.locator('summary', { hasText: 'Organisationstyp' }).click();
    await page.getByRole('checkbox', { name: /^Kommun \d/ }).check();
    await page.getByRole('checkbox', { name: /^Region \d/ }).check();
  });
  await step('reset filters', () => page.getByRole('button', { name: 'Återställ filter' }).click());
  await step('back to the affiliation graph with people', async () => {
    await page.getByRole('radio', { name: 'Samarbeten' }).check();
    await page.getByRole('checkbox', { name: 'Visa personer' }).check();
  });
  const timings = await page.evaluate(() => window.__app?.state().metrics.result?.timingsMs);
  await page.close();
  return { steps, timings };
}

const longest = (tasks) => Math.max(0, ...tasks.map((t) => t.duration));
const runs = [];
for (let i = 0; i < RUNS; i++) runs.push(await walkThrough());

console.log('\nMain-thread long tasks (> 50 ms), Chromium', await browser.version());
runs.forEach((run, i) => {
  console.log(`\nRun ${i + 1}`);
  console.log('| step | long tasks | longest (ms) | while a metrics job ran | longest then (ms) |');
  console.log('|---|---:|---:|---:|---:|');
  for (const s of run.steps)
    console.log(
      `| ${s.name} | ${s.tasks.length} | ${longest(s.tasks).toFixed(0)} | ${s.during.length} | ${longest(s.during).toFixed(0)} |`,
    );
});
const range = (values) => {
  const lo = Math.min(...values).toFixed(0);
  const hi = Math.max(...values).toFixed(0);
  return lo === hi ? lo : `${lo}–${hi}`;
};
console.log(`\nOver ${RUNS} runs`);
console.log('| step | long tasks | longest (ms) | while a metrics job ran | longest then (ms) |');
console.log('|---|---:|---:|---:|---:|');
runs[0].steps.forEach((s, k) => {
  const all = runs.map((r) => r.steps[k]);
  console.log(
    `| ${s.name} | ${range(all.map((x) => x.tasks.length))} | ${range(all.map((x) => longest(x.tasks)))} | ${range(all.map((x) => x.during.length))} | ${range(all.map((x) => longest(x.during)))} |`,
  );
});
console.log('\nLast worker job phases (ms):', JSON.stringify(runs.at(-1)?.timings));
await browser.close();
await site.close();
