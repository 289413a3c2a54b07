/**
 * The time and scenarios panel end to end on the real data, one test per question:
 * what was active in 2021; who rose between 2018–2020 and 2021–2023; what happens if
 * Region Blekinge left; who links universities to municipalities. Driven by keyboard and
 * by role/label locators; answers read from the store, the URL and the picture's marks.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appState, startApp, waitForPicture, type AppHarness } from './harness';

let app: AppHarness;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const drawnNodes = (page: Page) => page.evaluate(() => window.__app?.drawn?.()?.nodes.length ?? 0);
const marked = (page: Page) =>
  page.evaluate(() => window.__app?.drawn?.()?.marked() ?? { ghost: [], apart: [] });

describe('time and scenarios in the browser', () => {
  it('what was active in 2021: year slider by keyboard, undated count and modes, play', async () => {
    const { page } = await app.open('', { width: 1280, height: 720 });
    await waitForPicture(page);
    const all = await drawnNodes(page);
    const toggle = page.getByRole('button', { name: 'Tid och scenarier' });
    // The panel's code loads after the first paint; until then its button is disabled
    // and cannot take focus, so a key press would go nowhere.
    await expect.poll(() => toggle.isEnabled()).toBe(true);
    await toggle.focus();
    await expect.poll(() => toggle.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: 'Tid', selected: true }).waitFor();
    const slider = page.getByRole('slider', { name: 'År' });
    await slider.fill('2020');
    await slider.press('ArrowRight');
    await expect.poll(async () => (await appState(page))?.nav.filters.yearFrom).toBe(2021);
    expect((await appState(page))?.nav.filters.yearTo).toBe(2021);
    expect(page.url()).toContain('y=2021-2021');
    const status = page.locator('.time-status');
    await expect.poll(() => status.textContent()).toMatch(/aktiva 2021/);
    // The undated count is always in view.
    expect(await status.textContent()).toMatch(/\d+ samarbeten saknar årtal/);
    // Undated shown apart: marked in the picture; hidden: fewer nodes drawn.
    await page.getByRole('radio', { name: /Visa avskilda/ }).check();
    await expect.poll(async () => (await marked(page)).apart.length).toBeGreaterThan(0);
    const withUndated = await drawnNodes(page);
    await page.getByRole('radio', { name: 'Dölj' }).check();
    await expect.poll(() => drawnNodes(page)).toBeLessThan(withUndated);
    expect(withUndated).toBeLessThanOrEqual(all);
    expect(page.url()).toContain('ud=0');
    // Play steps the year forward.
    await page.getByRole('button', { name: 'Spela upp åren' }).click();
    await expect
      .poll(async () => (await appState(page))?.nav.filters.yearFrom, { timeout: 8000 })
      .toBeGreaterThan(2021);
    await page.getByRole('button', { name: 'Pausa' }).click();
    await page.getByRole('button', { name: 'Alla år' }).click();
    expect((await appState(page))?.nav.filters.yearFrom).toBeNull();
    await page.keyboard.press('Escape');
    expect((await appState(page))?.nav.timeTab).toBeNull();
    await page.context().close();
  });

  it('who rose since 2020: compares 2018–2020 with 2021–2023 and exports the table', async () => {
    const { page } = await app.open('?v=network&tp=time&lang=en', { width: 1280, height: 720 });
    await waitForPicture(page);
    const set = async (name: string, value: string) =>
      page.getByRole('spinbutton', { name }).fill(value);
    await set('Period A, From year', '2018');
    await set('Period A, To year', '2020');
    await set('Period B, From year', '2021');
    await set('Period B, To year', '2023');
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const table = page.getByRole('table', { name: /Largest changes from 2018–2020 to 2021–2023/ });
    await table.waitFor({ timeout: 20000 });
    expect(page.url()).toContain('pc=2018-2020_2021-2023');
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await table.textContent()).toMatch(/Collaborations (started|ended)/);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save as CSV' }).click();
    const file = await download;
    const csv = readFileSync(await file.path(), 'utf8');
    expect(csv).toMatch(/Organisation/);
    expect(csv.split('\n').length).toBeGreaterThan(2);
    await page.context().close();
  });

  it('what if Region Blekinge left: summary, ghost in the picture, in the URL, one-click restore', async () => {
    const { page } = await app.open('?v=network&tp=whatif', { width: 1280, height: 720 });
    await waitForPicture(page);
    const search = page.getByRole('searchbox', {
      name: /Sök organisation eller samarbete att ta bort/,
    });
    await search.fill('Region Blekinge');
    await page.getByRole('button', { name: 'Ta bort Region Blekinge', exact: true }).waitFor();
    await search.press('Enter');
    await expect
      .poll(async () => (await appState(page))?.nav.removed)
      .toEqual(['org:region-blekinge']);
    expect(page.url()).toContain('wi=org:region-blekinge');
    await page.getByText(/^Utan Region Blekinge:/).waitFor({ timeout: 20000 });
    await expect.poll(async () => (await marked(page)).ghost).toContain('org:region-blekinge');
    // The real view stays: the removed organisation is still drawn (as a ghost).
    expect(
      await page.evaluate(() => window.__app?.drawn?.()?.nodes.includes('org:region-blekinge')),
    ).toBe(true);
    await page.getByRole('table').first().waitFor();
    await page.getByRole('button', { name: 'Återställ allt' }).click();
    expect((await appState(page))?.nav.removed).toEqual([]);
    await expect.poll(async () => (await marked(page)).ghost.length).toBe(0);
    await page.context().close();

    // The same scenario from a link, in English.
    const { page: shared } = await app.open('?v=network&tp=whatif&wi=org:region-blekinge&lang=en');
    await shared.getByText(/^Without Region Blekinge:/).waitFor({ timeout: 20000 });
    await shared.context().close();
  });

  it('who links universities to municipalities: pair filter and ranked table', async () => {
    const { page } = await app.open('?tp=brokers', { width: 1280, height: 720 });
    await waitForPicture(page);
    const pair = page.getByRole('combobox', { name: 'Mellan världarna' });
    await expect.poll(() => pair.locator('option').count()).toBeGreaterThan(1);
    const label = await pair
      .locator('option', { hasText: /^Kommun – Lärosäte/ })
      .first()
      .textContent();
    await pair.selectOption({ label: label! });
    expect((await appState(page))?.nav.worldPair).toEqual(['municipality', 'university']);
    expect(page.url()).toContain('bp=municipality,university');
    const table = page.getByRole('table', { name: /Kommun – Lärosäte/ });
    await table.waitFor();
    const first = Number(
      (await table.locator('tbody tr').first().locator('td').nth(0).textContent())?.replace(
        /\s/g,
        '',
      ),
    );
    expect(first).toBeGreaterThan(0);
    await page.context().close();
  });
});
