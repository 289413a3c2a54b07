/**
 * cytoscape's private hooks (src/graph-view/cytoscapeInternals.ts) are all found by the
 * real canvas renderer in Chromium: the picture would still work without one, only slower,
 * so a cytoscape upgrade that moves one must fail here instead. The status is read from
 * `window.__cyInternals`, which the picture sets after each scene it brings in.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTERNAL_HOOKS, type InternalsStatus } from '../../src/graph-view/cytoscapeInternals';
import { startApp, type AppHarness } from './harness';

let app: AppHarness;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/** Waits for the status the picture took after its first scene, and returns it. */
async function internals(page: Page): Promise<InternalsStatus> {
  await page.waitForFunction(() => window.__cyInternals !== undefined);
  const status = await page.evaluate(() => window.__cyInternals);
  if (!status) throw new Error('window.__cyInternals vanished');
  return status;
}

const missing = (status: InternalsStatus) =>
  Object.entries(status)
    .filter(([, found]) => found !== true)
    .map(([hook]) => hook);

describe('cytoscape internals in the browser', () => {
  it('the canvas renderer has every private hook sceneSync uses', async () => {
    const { page } = await app.open();
    const status = await internals(page);
    expect(Object.keys(status).sort()).toEqual([...INTERNAL_HOOKS].sort());
    expect(missing(status)).toEqual([]);
    await page.context().close();
  });

  it('and still has them after a change of view', async () => {
    const { page } = await app.open();
    const first = await internals(page);
    expect(missing(first)).toEqual([]);
    // A new scene takes the status again: clear it and wait for the next one.
    await page.evaluate(() => delete window.__cyInternals);
    await page.getByRole('radio', { name: 'Nätverk' }).check();
    expect(missing(await internals(page))).toEqual([]);
    await page.context().close();
  });
});
