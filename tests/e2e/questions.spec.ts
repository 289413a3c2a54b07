/**
 * The four questions across the network, end to end in Chromium on the real data, as a
 * strategist asks them: who sits in both FIRS and STRING; how Lunds universitet and Region
 * Kronoberg are connected; FIRS and its neighbourhood only; who Region Kronoberg should meet.
 * Each answer is in words and in the picture, and a link reproduces it.
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

const details = (page: Page) => page.getByRole('complementary', { name: 'Detaljer' });

describe('questions across the network', () => {
  it('who sits in both FIRS and STRING: from the FIRS panel, by keyboard, in words, picture and Excel', async () => {
    const { page } = await app.open('?sel=col:firs');
    const panel = details(page);
    await panel.getByRole('button', { name: 'Jämför med …' }).click();
    const picker = panel.getByRole('combobox', { name: 'Sök och välj' });
    await expect.poll(() => picker.evaluate((el) => el === document.activeElement)).toBe(true);
    await picker.fill('STRING');
    await expect.poll(() => panel.getByRole('option').count()).toBeGreaterThan(0);
    await picker.press('Enter');
    await panel.getByRole('button', { name: 'Svara' }).click();
    await expect
      .poll(async () => (await appState(page))?.nav.questions.compare)
      .toEqual(['col:firs', 'col:string']);
    const summary = panel.getByTestId('answer-summary');
    await expect.poll(() => summary.textContent()).toMatch(/^3 sitter i båda/);
    const inAll = panel.getByRole('heading', { name: 'I alla (3)' });
    await inAll.waitFor();
    for (const name of ['Region Skåne', 'Malmö stad', 'Helsingborgs stad'])
      await panel.getByRole('button', { name, exact: true }).first().waitFor();
    // The picture emphasises them and fades the rest.
    await waitForPicture(page);
    await expect
      .poll(() => page.evaluate(() => window.__app?.drawn?.()?.withClass('q-strong').sort()))
      .toEqual(['org:helsingborgs-stad', 'org:malmo-stad', 'org:region-skane']);
    expect(
      await page.evaluate(() => window.__app?.drawn?.()?.withClass('q-dim').length ?? 0),
    ).toBeGreaterThan(200);
    // Excel download with Swedish headers.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel
        .getByRole('button', { name: /^Excel/ })
        .first()
        .click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^samverkanskartan-FIRS-STRING-jamforelse-\d{4}-\d\d-\d\d\.xlsx$/,
    );
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    // The link reproduces the comparison.
    const url = page.url();
    expect(url).toContain('cmp=col:firs,col:string');
    const again = await app.open(new URL(url).search);
    await expect
      .poll(() => details(again.page).getByTestId('answer-summary').textContent())
      .toMatch(/^3 sitter i båda/);
    await again.page.context().close();
    await page.context().close();
  });

  it('how Lunds universitet and Region Kronoberg are connected: every shortest route with evidence', async () => {
    const { page } = await app.open();
    const panel = details(page);
    await page.getByRole('button', { name: 'Hur hänger de ihop?' }).click();
    const from = panel.getByRole('combobox', { name: 'Från' });
    await from.fill('Lunds universitet');
    await expect.poll(() => panel.getByRole('option').count()).toBeGreaterThan(0);
    await from.press('Enter');
    const to = panel.getByRole('combobox', { name: 'Till' });
    await to.fill('Region Kronoberg');
    await expect.poll(() => panel.getByRole('option').count()).toBeGreaterThan(0);
    await to.press('Enter');
    await panel.getByRole('button', { name: 'Svara' }).click();
    const summary = panel.getByTestId('answer-summary');
    await expect.poll(() => summary.textContent()).toMatch(/kortaste vägar? med 4 steg/);
    const routes = panel.getByTestId('routes').locator(':scope > li');
    expect(await routes.count()).toBeGreaterThan(0);
    const first = routes.first();
    expect(await first.locator('.route-chain').textContent()).toMatch(
      /4 steg: Lunds universitet.*Region Kronoberg$/s,
    );
    await first.getByText('Belägg').click();
    await expect.poll(() => first.locator('.evidence-item').count()).toBeGreaterThan(0);
    // In the network view (ties between organisations) the routes are shorter.
    await page.getByText('Nätverk', { exact: true }).first().click();
    await expect.poll(() => summary.textContent()).toMatch(/med 2 steg/);
    expect(page.url()).toContain('rt=org:lunds-universitet~org:region-kronoberg');
    await page.context().close();
  });

  it('FIRS and its neighbourhood only: the view becomes the neighbourhood, widened on demand', async () => {
    const { page } = await app.open('?sel=col:firs');
    const panel = details(page);
    await panel.getByRole('button', { name: 'Visa grannskapet' }).click();
    await waitForPicture(page);
    const summary = panel.getByTestId('answer-summary');
    await expect.poll(() => summary.textContent()).toMatch(/noder inom 1 steg/);
    const one = await page.evaluate(() => window.__app?.drawn?.()?.nodes.length ?? 0);
    const members = await page.evaluate(() => window.__app?.state().nav.questions.neighbourhood);
    expect(members).toBe('col:firs');
    expect(one).toBeGreaterThan(10);
    expect(one).toBeLessThan(60);
    await panel.getByText('2 steg', { exact: true }).first().click();
    await expect
      .poll(() => page.evaluate(() => window.__app?.drawn?.()?.nodes.length ?? 0))
      .toBeGreaterThan(one);
    expect(page.url()).toContain('nb=col:firs');
    expect(page.url()).toContain('nd=2');
    await panel.getByRole('button', { name: 'Stäng frågan' }).first().click();
    await expect
      .poll(() => page.evaluate(() => window.__app?.drawn?.()?.nodes.length ?? 0))
      .toBeGreaterThan(300);
    await page.context().close();
  });

  it('who Region Kronoberg should meet: ranked suggestions with reasons and a one-click route', async () => {
    const { page } = await app.open('?sel=org:region-kronoberg&v=network');
    const panel = details(page);
    await panel.getByRole('button', { name: 'Vem borde vi träffa?' }).last().click();
    const list = panel.getByTestId('suggestions').locator(':scope > li');
    await expect.poll(() => list.count()).toBeGreaterThan(0);
    expect(await list.first().textContent()).toMatch(/delar \d+ partner genom \d+ samarbeten?/);
    await list.first().getByRole('button', { name: 'Visa vägen' }).click();
    await expect
      .poll(async () => (await appState(page))?.nav.questions.route?.from)
      .toBe('org:region-kronoberg');
    await panel.getByTestId('routes').waitFor();
    await page.context().close();
  });

  it('in English and in the embed mode too', async () => {
    const { page } = await app.open('?cmp=col:firs,col:string&lang=en');
    await expect
      .poll(() => page.getByTestId('answer-summary').textContent())
      .toMatch(/^3 sit in both/);
    await page.context().close();
    const embed = await app.open('?mode=embed&nb=col:firs', { width: 800, height: 450 });
    await waitForPicture(embed.page);
    const drawn = await embed.page.evaluate(() => window.__app?.drawn?.()?.nodes.length ?? 0);
    expect(drawn).toBeGreaterThan(10);
    expect(drawn).toBeLessThan(60);
    await embed.page.context().close();
  });
});
