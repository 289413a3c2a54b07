// "Your own network" at scale in headless Chromium on the test build (dist-e2e): a
// generated GEXF of 10,000 organisations and 50,000 ties (tests/data/import/
// generateNetwork.ts, seeded) is chosen in the import dialog, opened, and drawn. Prints
// the time of each phase and the main-thread long tasks (> 50 ms) after the imported
// picture's first paint. IMPORT_RUNS (default 2) fresh pages; IMPORT_ORGS / IMPORT_TIES
// change the size. Then the refusals: a 100,000-row CSV (as a list and as a membership
// table) and a 100,000-node GEXF, timed from choosing the file to the message, with the
// longest main-thread task meanwhile. Run with tsx (it imports the TypeScript generator).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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
    longestDuringSearch: Math.max(
      0,
      ...tasks
        .filter((t) => t.start + t.duration >= tClick && t.start <= tSearch)
        .map((t) => t.duration),
    ),
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
console.log(
  `Longest main-thread task while the search answered: ${results.map((r) => r.longestDuringSearch.toFixed(0)).join(', ')} ms`,
);

async function refuse(path, asNetwork) {
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  await recordLongTasks(page);
  await page.goto(site.url);
  await page.waitForFunction(() => window.__app?.ready === true);
  await page.getByRole('button', { name: 'Importera', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Egen lista eller eget nätverk' });
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
