/**
 * Saved slides survive a reload, step with arrow keys and clicker keys in presentation
 * mode, and a bad slide file is refused without touching saved slides.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appState, startApp, type AppHarness } from './harness';

let app: AppHarness;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('presentation mode and saved slides', () => {
  it('saves two slides, keeps them over a reload and steps through them with the keyboard', async () => {
    const { page } = await app.open('?sel=col:firs');
    await page.getByRole('button', { name: /^Bildspel/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Bildspel' });
    await dialog.getByLabel('Rubrik för bilden').fill('Vem sitter i FIRS');
    await dialog.getByRole('button', { name: 'Spara aktuell vy som bild' }).click();
    await dialog.getByRole('button', { name: 'Stäng' }).click();
    // Second slide: the collaboration network around Region Skåne.
    await page.getByRole('radio', { name: 'Nätverk' }).check();
    await page.getByRole('combobox', { name: /Sök organisation/ }).fill('Region Skåne');
    await page.getByRole('combobox', { name: /Sök organisation/ }).press('Enter');
    await page.getByRole('button', { name: /^Bildspel/ }).click();
    await dialog.getByLabel('Rubrik för bilden').fill('Region Skånes nätverk');
    await dialog.getByRole('button', { name: 'Spara aktuell vy som bild' }).click();
    expect(await dialog.getByTestId('slide-list').getByRole('listitem').count()).toBe(2);

    await page.reload();
    await page.waitForFunction(() => window.__app?.ready === true);
    await page.getByRole('button', { name: /^Bildspel/ }).click();
    const titles = await page
      .getByTestId('slide-list')
      .getByRole('textbox')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(titles).toEqual(['Vem sitter i FIRS', 'Region Skånes nätverk']);

    await page.getByRole('button', { name: 'Visa bildspelet' }).click();
    await page.getByRole('heading', { name: 'Vem sitter i FIRS', level: 1 }).waitFor();
    expect(await page.getByTestId('slide-position').textContent()).toBe('Bild 1 av 2');
    expect((await appState(page))?.nav).toMatchObject({
      mode: 'present',
      selected: 'col:firs',
      view: 'affiliation',
    });
    // No editing chrome in presentation mode.
    expect(await page.getByRole('combobox', { name: /Sök organisation/ }).count()).toBe(0);

    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { name: 'Region Skånes nätverk', level: 1 }).waitFor();
    expect((await appState(page))?.nav).toMatchObject({
      view: 'network',
      selected: 'org:region-skane',
    });
    await page.keyboard.press('PageUp');
    await page.getByRole('heading', { name: 'Vem sitter i FIRS', level: 1 }).waitFor();
    await page.keyboard.press('PageDown');
    await page.getByRole('heading', { name: 'Region Skånes nätverk', level: 1 }).waitFor();
    expect(page.url()).toContain('slide=2');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await appState(page))?.nav.mode).toBe('explore');
    await page.context().close();
  });

  it('refuses a slide file that does not fit the data and keeps the saved slides', async () => {
    const { page } = await app.open();
    await page.getByRole('button', { name: /^Bildspel/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Bildspel' });
    await dialog.getByLabel('Rubrik för bilden').fill('Min bild');
    await dialog.getByRole('button', { name: 'Spara aktuell vy som bild' }).click();
    const bad = join(tmpdir(), 'samverkan-bad-slides.json');
    writeFileSync(
      bad,
      JSON.stringify({
        format: 'samverkanskartan-slides',
        version: 1,
        slides: [{ id: 's-zzzz0001', title: 'Gammal', view: '?sel=org:finns-inte' }],
      }),
    );
    await page.getByTestId('slides-file').setInputFiles(bad);
    await page.getByText(/Filen lästes inte in/).waitFor();
    expect(await dialog.getByTestId('slide-list').getByRole('listitem').count()).toBe(1);
    await page.context().close();
  });

  it('opens a slide sequence from a link', async () => {
    const { page } = await app.open('?mode=present&slides=not-base64!&slide=1');
    await page.getByText(/Bildspelet i länken kunde inte öppnas/).waitFor();
    await page.context().close();
  });
});
