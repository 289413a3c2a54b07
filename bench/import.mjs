// "Your own network" at scale in headless Chromium on the test build (dist-e2e): a
// generated GEXF of 10,000 organisations and 50,000 ties (tests/data/import/
// generateNetwork.ts, seeded) is chosen in the import dialog, opened, and drawn. Prints
// the time of each phase and the main-thread long tasks (> 50 ms) after the imported
// picture's first paint. IMPORT_RUNS (default 2) fresh pages; IMPORT_ORGS / IMPORT_TIES
// change the size. Run with tsx (it imports the TypeScript generator).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../scripts/browser.mjs';
import { serveStatic } from '../scripts/static-server.mjs';
import { generateNetwork } from '../tests/data/import/generateNetwork.ts';
import { recordLongTasks } from './longTaskRecorder.mjs';

const RUNS = Number(process.env.IMPORT_RUNS ?? 2);
const ORGS = Number(process.env.IMPORT_ORGS ?? 10_000);
const TIES = Number(process.env.IMPORT_TIES ?? 50_000);
const dist = fileURLToPath(new URL('../dist-e2e', import.meta.url));
const file = join(mkdtempSync(join(tmpdir(), 'import-bench-')), `network-${ORGS}.gexf`);
writeFileSync(file, generateNetwork(ORGS, TIES).gexf);
const site = await serveStatic(dist);
const browser = await launchBrowser();

async function run() {
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  await recordLongTasks(page);
  await page.goto(site.url);
  await page.waitForFunction(() => window.__app?.ready === true);
  await page.getByRole('button', { name: 'Importera', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Egen lista eller eget nätverk' });
  const now = () => page.evaluate(() => performance.now());
  const t0 = await now();
  await dialog.getByLabel('Välj fil').setInputFiles(file);
  const open = dialog.getByRole('button', { name: 'Öppna nätverket' });
  await open.waitFor({ timeout: 300_000 });
  const tRead = await now();
  await open.click();
  await page.waitForFunction(
    () => {
      const s = window.__app?.state();
      const d = window.__app?.drawn?.();
      return window.__app?.ready === true && s?.nav.dataset !== '' && d && d.nodes.length > 0;
    },
    undefined,
    { timeout: 300_000, polling: 50 },
  );
  const tPaint = await now();
  await page.waitForFunction(() => window.__app?.drawn?.()?.settled === true, undefined, {
    timeout: 300_000,
    polling: 50,
  });
  const tSettled = await now();
  // Interactive: a click on the search box answers (a frame is produced) within this time.
  const tClick = await now();
  await page
    .getByRole('combobox', { name: 'Sök organisation, samarbete eller person' })
    .fill('Organisation 4242');
  await page.getByRole('option').first().waitFor({ timeout: 60_000 });
  const tSearch = await now();
  const drawn = await page.evaluate(() => {
    const d = window.__app?.drawn?.();
    return d ? { nodes: d.nodes.length, edges: d.edges } : null;
  });
  const tasks = await page.evaluate(() => window.__longTasks);
  await page.close();
  const after = tasks.filter((t) => t.start >= tPaint);
  return {
    importMs: tRead - t0,
    openToPaintMs: tPaint - tRead,
    paintToSettledMs: tSettled - tPaint,
    totalToSettledMs: tSettled - t0,
    searchAnswerMs: tSearch - tClick,
    drawn,
    longAfterPaint: after.length,
    longestAfterPaint: Math.max(0, ...after.map((t) => t.duration)),
    over100AfterPaint: after.filter((t) => t.duration > 100).length,
    longestDuringImport: Math.max(
      0,
      ...tasks.filter((t) => t.start >= t0 && t.start < tRead).map((t) => t.duration),
    ),
  };
}

const results = [];
for (let i = 0; i < RUNS; i++) results.push(await run());
console.log(
  `\nImport at scale: ${ORGS} organisations, ${TIES} ties (GEXF with positions), Chromium ${await browser.version()}`,
);
console.log(
  '| run | import (read, build, save) ms | open → first paint ms | paint → settled ms | total ms | search answers ms | drawn nodes/edges | long tasks after paint | longest after paint ms | > 100 ms after paint | longest during import ms |',
);
console.log('|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|');
results.forEach((r, i) =>
  console.log(
    `| ${i + 1} | ${r.importMs.toFixed(0)} | ${r.openToPaintMs.toFixed(0)} | ${r.paintToSettledMs.toFixed(0)} | ${r.totalToSettledMs.toFixed(0)} | ${r.searchAnswerMs.toFixed(0)} | ${r.drawn?.nodes}/${r.drawn?.edges} | ${r.longAfterPaint} | ${r.longestAfterPaint.toFixed(0)} | ${r.over100AfterPaint} | ${r.longestDuringImport.toFixed(0)} |`,
  ),
);
await browser.close();
await site.close();
