/**
 * Starts the production build on a loopback static server and Debian's Chromium, and
 * records every request the page makes so tests can assert nothing leaves the origin.
 */
import { fileURLToPath } from 'node:url';
import type { Browser, Frame, Page } from 'playwright-core';
// Plain JS helpers shared with the screenshot script.
import { launchBrowser } from '../../scripts/browser.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';

export interface AppHarness {
  browser: Browser;
  url: string;
  open: (
    query?: string,
    viewport?: { width: number; height: number },
  ) => Promise<{ page: Page; requests: string[] }>;
  close: () => Promise<void>;
}

const dist = fileURLToPath(new URL('../../dist-e2e', import.meta.url));

export async function startApp(base = '/'): Promise<AppHarness> {
  const site = await serveStatic(dist, { base });
  const browser = await launchBrowser();
  return {
    browser,
    url: site.url,
    open: async (query = '', viewport = { width: 1600, height: 900 }) => {
      const context = await browser.newContext({ viewport, acceptDownloads: true });
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('pageerror', (e) => {
        throw e;
      });
      await page.goto(`${site.url}${query}`);
      await page.waitForFunction(() => window.__app?.ready === true);
      return { page, requests };
    },
    close: async () => {
      await browser.close();
      await site.close();
    },
  };
}

/** The store state exposed by the app for tests. */
export function appState(page: Page) {
  return page.evaluate(() => {
    const s = window.__app?.state();
    return s ? { nav: s.nav, notices: s.ui.notices } : null;
  });
}

/** Waits until the picture shows the current graph: drawn, and no scene change in progress. */
export async function waitForPicture(page: Page | Frame) {
  await page.waitForFunction(() => {
    const drawn = window.__app?.drawn?.();
    return drawn !== null && drawn !== undefined && drawn.settled && drawn.nodes.length > 0;
  });
}

/** Runs `change` and waits until the picture has brought in the scene it causes. */
export async function afterPictureChange(page: Page, change: () => Promise<unknown>) {
  const before = await page.evaluate(() => window.__app?.drawn?.()?.scenes ?? 0);
  await change();
  await page.waitForFunction((n) => {
    const drawn = window.__app?.drawn?.();
    return drawn !== null && drawn !== undefined && drawn.settled && drawn.scenes > n;
  }, before);
}
