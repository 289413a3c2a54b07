/**
 * The embed in a pure `sandbox="allow-scripts"` iframe (an opaque origin) on another site:
 * with the app's host sending `Access-Control-Allow-Origin: *` (module scripts and the
 * on-demand chunks are CORS requests from an opaque origin) the embed draws the FIRS
 * picture and computes its metrics — in-thread when the sandbox forbids the worker — with
 * zero uncaught errors. Without the header the frame stays blank: the test of that keeps
 * the README's hosting advice honest.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/browser.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';
import { waitForPicture } from './harness';

type Site = Awaited<ReturnType<typeof serveStatic>>;
type Browser = Awaited<ReturnType<typeof launchBrowser>>;

const dist = fileURLToPath(new URL('../../dist-e2e', import.meta.url));
let withCors: Site;
let withoutCors: Site;
let host: Site;
let browser: Browser;

beforeAll(async () => {
  withCors = await serveStatic(dist, { headers: { 'access-control-allow-origin': '*' } });
  withoutCors = await serveStatic(dist);
  const hostRoot = mkdtempSync(join(tmpdir(), 'sandbox-host-'));
  const page = (src: string) =>
    `<!doctype html><html lang="sv"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Värdsida</title></head>` +
    `<body><h1>Kommunens sida</h1><iframe title="Samverkanskartan" sandbox="allow-scripts" ` +
    `width="800" height="450" src="${src}"></iframe></body></html>`;
  const query = '?mode=embed&sel=col:firs';
  writeFileSync(join(hostRoot, 'cors.html'), page(`${withCors.url}${query}`));
  writeFileSync(join(hostRoot, 'plain.html'), page(`${withoutCors.url}${query}`));
  host = await serveStatic(hostRoot);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([withCors?.close(), withoutCors?.close(), host?.close()]);
});

/** Opens a host page and collects every uncaught error and console error, frames included. */
async function openHost(file: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()} ${m.location().url}`);
  });
  await page.goto(`${host.url}${file}`);
  return { page, errors };
}

/** The app's frame once it exists (its URL is the app's, not the host's). */
async function appFrame(page: Page, appUrl: string): Promise<Frame> {
  const iframe = page.locator('iframe');
  await iframe.waitFor();
  const handle = await iframe.elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame || !frame.url().startsWith(appUrl)) throw new Error(`no app frame: ${frame?.url()}`);
  return frame;
}

describe('the embed in a sandbox="allow-scripts" iframe', () => {
  it('draws FIRS and computes its metrics with zero uncaught errors when the host sends ACAO', async () => {
    const { page, errors } = await openHost('cors.html');
    const frame = await appFrame(page, withCors.url);
    await frame.waitForFunction(() => window.__app?.ready === true);
    // The sandbox really is opaque: no storage, no same-origin access from the host.
    expect(await frame.evaluate(() => window.origin)).toBe('null');
    await waitForPicture(frame);
    const drawn = await frame.evaluate(() => window.__app?.drawn?.()?.nodes ?? []);
    expect(drawn).toContain('col:firs');
    expect(drawn.length).toBeGreaterThan(8);
    await frame.waitForFunction(() => {
      const m = window.__app?.state().metrics;
      return m?.status === 'done' || m?.status === 'error';
    });
    const metrics = await frame.evaluate(() => {
      const m = window.__app?.state().metrics;
      return {
        status: m?.status,
        error: m?.error,
        nodes: Object.keys(m?.result?.nodes ?? {}).length,
      };
    });
    expect(metrics).toMatchObject({ status: 'done', error: null });
    expect(metrics.nodes).toBeGreaterThan(8);
    // Where the metrics ran: Chromium refuses a worker script from another origin than the
    // opaque one, so `new Worker` throws and the client computes in-thread.
    const workerThrows = await frame.evaluate(() => {
      try {
        new Worker(new URL('./assets/none.js', location.href), { type: 'module' }).terminate();
        return false;
      } catch (e) {
        return e instanceof Error ? e.name : String(e);
      }
    });
    expect(workerThrows).toBe('SecurityError');
    // The embed's own chrome is there (title and the link back to the full view).
    expect(await frame.locator('.embed-header h1').count()).toBe(1);
    await page.screenshot({ path: '/tmp/sandbox-embed.png' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('stays blank without ACAO: the module script is refused (why the README asks for it)', async () => {
    const { page, errors } = await openHost('plain.html');
    const frame = await appFrame(page, withoutCors.url);
    await expect
      .poll(() => errors.some((e) => /CORS|Access-Control-Allow-Origin/.test(e)))
      .toBe(true);
    expect(await frame.evaluate(() => window.__app?.ready ?? false)).toBe(false);
    await page.context().close();
  });
});
