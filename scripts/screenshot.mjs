// `npm run screenshot` — screenshots of the real production build (dist/) for the README
// and for checking by eye: 1920×1080 and 1280×720, Swedish and English.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './browser.mjs';
import { serveStatic } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = process.env.SCREENSHOT_DIR ?? `${root}docs`;
mkdirSync(outDir, { recursive: true });

const shots = [
  { name: 'screenshot', width: 1920, height: 1080, query: '?sel=col:firs' },
  { name: 'screenshot-1280-sv', width: 1280, height: 720, query: '?sel=org:region-skane' },
  {
    name: 'screenshot-1280-en',
    width: 1280,
    height: 720,
    query: '?sel=col:firs&lang=en&v=network',
  },
  ...(process.argv.includes('--all')
    ? [
        {
          name: 'shot-1920-en-network',
          width: 1920,
          height: 1080,
          query: '?v=network&lang=en&sel=org:lunds-universitet',
        },
        { name: 'shot-1280-grouped', width: 1280, height: 720, query: '?l=grouped' },
        { name: 'shot-1280-table', width: 1280, height: 720, query: '?d=table&ot=municipality' },
      ]
    : []),
];

const site = await serveStatic(`${root}dist-e2e`);
const browser = await launchBrowser();
try {
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } });
    await page.goto(`${site.url}${shot.query}`);
    await page.waitForFunction(() => window.__app?.ready === true);
    // The picture is brought in over several short tasks: wait until it has settled.
    await page.waitForFunction(
      () =>
        window.__app?.state().nav.display === 'table' || window.__app?.drawn?.()?.settled === true,
    );
    await page.waitForTimeout(1200);
    await page.screenshot({ path: `${outDir}/${shot.name}.png` });
    console.log(`wrote ${outDir}/${shot.name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  await site.close();
}
