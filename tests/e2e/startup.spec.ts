/**
 * A lean start (issue #9): the first graph paint is marked ('graph-painted'), the bundled
 * data arrives as a JSON asset, and nothing that is not on screen at start — the export,
 * share, slides, time and import dialogs, the metrics worker, zod, cytoscape-fcose and
 * cytoscape-svg — is requested before that mark. Afterwards the dialogs open on the first click and return focus as before, and the
 * measures are computed. Order only, never timings: every check compares with the mark.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHarness } from './harness';

let app: AppHarness;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

declare global {
  interface Window {
    /** performance.now() at each `new Worker(…)`, recorded by this test. */
    __workersAt?: { url: string; at: number }[];
  }
}

/** Paths of every request the page made, in order. */
const requestsOf = new WeakMap<Page, string[]>();

async function openCounted(): Promise<Page> {
  const context = await app.browser.newContext({ viewport: { width: 1600, height: 900 } });
  const page = await context.newPage();
  const requested: string[] = [];
  requestsOf.set(page, requested);
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.addInitScript(() => {
    window.__workersAt = [];
    const Native = window.Worker;
    window.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        window.__workersAt?.push({ url: String(url), at: performance.now() });
      }
    };
  });
  await page.goto(app.url);
  await page.waitForFunction(() => performance.getEntriesByName('graph-painted').length > 0);
  return page;
}

describe('start-up', () => {
  it('loads nothing off screen before the first graph paint, and all of it after', async () => {
    const page = await openCounted();
    // Once the export button is enabled its code is in, so everything deferred is released.
    const exportButton = page.getByRole('button', { name: 'Exportera', exact: true });
    await page.waitForFunction(() => window.__app?.state().metrics.status === 'done');
    await expect.poll(() => exportButton.isEnabled()).toBe(true);

    const { mark, resources, workers } = await page.evaluate(() => ({
      mark: performance.getEntriesByName('graph-painted')[0]?.startTime ?? -1,
      resources: performance
        .getEntriesByType('resource')
        .map((r) => ({ name: new URL(r.name).pathname, start: r.startTime })),
      workers: window.__workersAt ?? [],
    }));
    expect(mark).toBeGreaterThan(0);
    const before = resources.filter((r) => r.start < mark).map((r) => r.name);
    const after = resources.filter((r) => r.start >= mark).map((r) => r.name);

    // The data: one JSON asset before the paint, no JS module of it.
    expect(before.filter((n) => /\/assets\/graph-[\w-]+\.json$/.test(n))).toHaveLength(1);
    expect(resources.filter((r) => /\/assets\/graph-[\w-]+\.js$/.test(r.name))).toEqual([]);
    // Preloaded by index.html (the fetch starts while the scripts compile), and the app's
    // fetch takes the preloaded response: the file goes over the network once.
    const preloaded = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="fetch"]')].map(
        (l) => new URL(l.href).pathname,
      ),
    );
    const dataRequests = (requestsOf.get(page) ?? []).filter((n) =>
      /\/assets\/graph-[\w-]+\.json$/.test(n),
    );
    expect(dataRequests).toHaveLength(1);
    expect(preloaded).toEqual(dataRequests);

    const deferred = /(ExportDialog|ShareDialog|SlidesDialog|TimeButton|ImportDialog)-[\w-]+\.js$/;
    expect(before.filter((n) => deferred.test(n))).toEqual([]);
    for (const chunk of [
      'ExportDialog',
      'ShareDialog',
      'SlidesDialog',
      'TimeButton',
      'ImportDialog',
    ])
      expect(
        after.some((n) => n.includes(`/${chunk}-`)),
        chunk,
      ).toBe(true);

    // Code only some actions need is not in any script loaded before the paint: zod (slide
    // files, links and stored slides, imported networks), cytoscape-fcose with cose-base
    // (a force layout) and cytoscape-svg (SVG export). Found by content, not chunk names:
    // a class name of zod's schemas and names the two extensions define.
    const scriptsBefore = [...new Set(before.filter((n) => n.endsWith('.js')))];
    expect(scriptsBefore.length).toBeGreaterThan(0);
    const texts = await page.evaluate(
      (paths) => Promise.all(paths.map((p) => fetch(p).then((r) => r.text()))),
      scriptsBefore,
    );
    const markers = { zod: 'ZodObject', fcose: 'CoSELayout', svg: 'getSerializedSvg' };
    for (const [name, marker] of Object.entries(markers))
      expect(
        scriptsBefore.filter((_, i) => texts[i]?.includes(marker)),
        `${name} before the paint`,
      ).toEqual([]);

    // The metrics worker is started after the paint, not before.
    expect(workers.filter((w) => w.url.includes('metrics.worker'))).not.toEqual([]);
    expect(workers.filter((w) => w.at < mark)).toEqual([]);
    await page.context().close();
  });

  it('opens a deferred dialog on the first click and returns focus to its button', async () => {
    const page = await openCounted();
    const share = page.getByRole('button', { name: 'Dela', exact: true });
    await share.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => share.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.context().close();
  });
});
