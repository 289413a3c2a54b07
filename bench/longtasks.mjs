// Main-thread long tasks (> 50 ms) in Chromium while the app loads, switches views and
// filters — each change recomputes the network measures in the worker. Prints every
// long task per step. Part of `npm run bench` (needs `npm run build` first).
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../scripts/browser.mjs';
import { serveStatic } from '../scripts/static-server.mjs';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const site = await serveStatic(dist);
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
await page.addInitScript(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
});

const steps = [];
async function step(name, action) {
  const before = await page.evaluate(() => performance.now());
  await action();
  // Wait until the measures for the new graph are in, then a little longer.
  await page.waitForFunction(() => window.__app?.state().metrics.status === 'done');
  await page.waitForTimeout(400);
  const tasks = await page.evaluate(
    (t0) => window.__longTasks.filter((t) => t.start >= t0),
    before,
  );
  steps.push({ name, tasks });
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

console.log('\nMain-thread long tasks (> 50 ms), Chromium', await browser.version(), '\n');
console.log('| step | long tasks | longest (ms) | total (ms) |');
console.log('|---|---:|---:|---:|');
for (const s of steps) {
  const longest = Math.max(0, ...s.tasks.map((t) => t.duration));
  const total = s.tasks.reduce((sum, t) => sum + t.duration, 0);
  console.log(`| ${s.name} | ${s.tasks.length} | ${longest.toFixed(0)} | ${total.toFixed(0)} |`);
}
const timings = await page.evaluate(() => window.__app?.state().metrics.result?.timingsMs);
console.log('\nLast worker job phases (ms):', JSON.stringify(timings));
await browser.close();
await site.close();
