/**
 * The explorer's three jobs end to end in Chromium on the production build:
 * (1) who sits in FIRS, exported to CSV; (2) Region Skåne's key collaborators and what
 * lies behind them; (3) a deep link reproduces exactly its view. Plus: nothing leaves the
 * origin, a garbled link gets a notice, and the app works under a sub-path.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { afterPictureChange, appState, startApp, waitForPicture, type AppHarness } from './harness';

let app: AppHarness;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('explorer in the browser', () => {
  it('job 1: search FIRS, see its members grouped, export the member table to CSV', async () => {
    const { page, requests } = await app.open();
    const search = page.getByRole('combobox', { name: 'Sök organisation, samarbete eller person' });
    await search.fill('FIRS');
    await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(0);
    await search.press('Enter');
    await page.getByRole('heading', { name: /Vem sitter i FIRS\?/ }).waitFor();
    expect((await appState(page))?.nav.selected).toBe('col:firs');
    // Grouped by role: chair, host, members; grouped by type: lärosäten and kommuner.
    await page.getByTestId('member-group-chair').waitFor();
    expect(
      await page.getByTestId('member-group-member').getByRole('button').allTextContents(),
    ).toContain('Lunds universitet');
    await page.getByText('Efter organisationstyp').click();
    expect(
      await page.getByTestId('member-group-university').getByRole('button').allTextContents(),
    ).toEqual(expect.arrayContaining(['Lunds universitet', 'Malmö universitet']));
    await page.getByTestId('seat-group-board').waitFor();
    // The table view exports CSV with a BOM and the known member.
    await page.getByText('Tabell', { exact: true }).last().click();
    await page.getByTestId('member-table').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('complementary', { name: 'Detaljer' })
        .getByRole('group', { name: 'Ladda ner medlemmarna' })
        .getByRole('button', { name: 'CSV' })
        .click(),
    ]);
    const path = await download.path();
    const csv = readFileSync(path, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('Lunds universitet');
    // Swedish Excel: semicolons, Swedish headers, a file name that says what it holds.
    expect(csv.split(/\r?\n/)[0]).toMatch(/^\uFEFFOrganisation;/);
    expect(download.suggestedFilename()).toMatch(/^samverkanskartan-FIRS-.*\.csv$/);
    // The picture highlights FIRS and its neighbourhood.
    await waitForPicture(page);
    const focused = await page.evaluate(() => window.__app?.drawn?.()?.nodes.includes('col:firs'));
    expect(focused).toBe(true);
    const origin = new URL(app.url).origin;
    const foreign = requests.filter(
      (u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'),
    );
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  it('job 2: open Region Skåne, read its top key collaborators and what lies behind the first', async () => {
    const { page } = await app.open();
    await page.getByRole('combobox', { name: /Sök organisation/ }).fill('region skane');
    await page
      .getByRole('option', { name: /^Region Skåne/ })
      .first()
      .click();
    await page.getByRole('heading', { name: 'Region Skåne', level: 2 }).waitFor();
    const ranking = page.getByTestId('key-collaborators');
    const first = ranking.getByRole('listitem').first();
    const firstText = (await first.getByRole('button').first().textContent()) ?? '';
    expect(firstText).toMatch(/Länsstyrelsen Skåne\s*\d+ gemensamma/);
    const shared = Number(/(\d+) gemensamma/.exec(firstText)?.[1]);
    expect(shared).toBeGreaterThanOrEqual(10);
    await first.getByRole('button').first().click();
    const behind = first.getByRole('list');
    await behind.waitFor();
    expect(await behind.getByRole('listitem').count()).toBe(shared);
    expect(await behind.textContent()).toContain('Klimatsamverkan Skåne');
    await page.context().close();
  });

  it('a deep link to a selection: the focused labels are bounded by their full text, not clipped', async () => {
    const { page } = await app.open('?sel=col:firs');
    await waitForPicture(page);
    // Let the centring animation finish: labels are measured again as the picture settles.
    await waitStill(page, 'col:firs');
    const widths = await page.evaluate(() =>
      [
        'org:hogskolan-kristianstad',
        'org:medicon-valley-alliance',
        'org:lunds-universitet',
        'col:firs',
      ].map((id) => window.__app?.drawn?.()?.labelWidths(id) ?? null),
    );
    for (const w of widths) {
      expect(w).not.toBeNull();
      expect(w?.bounds ?? 0).toBeGreaterThanOrEqual((w?.text ?? Infinity) - 1);
    }
  });

  it('a node the user moved stays put, and the view stays, when only sizes change', async () => {
    const { page } = await app.open('?v=network');
    await waitForPicture(page);
    await page.waitForFunction(() => window.__app?.state().metrics.status === 'done');
    const before = await page.evaluate(() =>
      window.__app?.drawn?.()?.renderedPosition('org:region-skane'),
    );
    if (!before) throw new Error('Region Skåne is drawn');
    await page.mouse.move(before.x, before.y);
    await page.mouse.down();
    await page.mouse.move(before.x + 40, before.y + 30, { steps: 5 });
    await page.mouse.move(before.x + 80, before.y + 60, { steps: 5 });
    await page.mouse.up();
    const zoom = await page.evaluate(() => window.__app?.drawn?.()?.zoom);
    await afterPictureChange(page, () =>
      page.getByLabel('Storlek efter').selectOption('betweenness'),
    );
    // Until any animation the change could have started is over.
    await waitStill(page, 'org:region-skane');
    const after = await page.evaluate(() =>
      window.__app?.drawn?.()?.renderedPosition('org:region-skane'),
    );
    expect(after?.x ?? 0).toBeCloseTo(before.x + 80, -1);
    expect(after?.y ?? 0).toBeCloseTo(before.y + 60, -1);
    expect(await page.evaluate(() => window.__app?.drawn?.()?.zoom)).toBe(zoom);
  });

  it('job 3: a deep link with view, filters, selection and language reproduces exactly that view', async () => {
    const query = '?v=network&sel=org:malmo-stad&ot=municipality,region&lang=en';
    const { page } = await app.open(query);
    const state = await appState(page);
    expect(state?.nav).toMatchObject({ view: 'network', selected: 'org:malmo-stad', lang: 'en' });
    expect(state?.nav.filters.organisationTypes).toEqual(['municipality', 'region']);
    await page.getByRole('heading', { name: 'Malmö stad', level: 2 }).waitFor();
    await page.getByRole('heading', { name: 'Key collaborators' }).waitFor();
    expect(await page.getByRole('radio', { name: 'Network' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /Municipality/ }).isChecked()).toBe(true);
    await waitForPicture(page);
    const drawn = await page.evaluate(() => window.__app?.drawn?.());
    expect(drawn?.nodes.length).toBeGreaterThan(5);
    // Only municipalities and regions are drawn.
    expect(drawn?.nodes.every((id) => id.startsWith('org:'))).toBe(true);
    const types = await page.evaluate(
      (ids) => ids.map((id) => window.__app?.state() && id),
      drawn?.nodes ?? [],
    );
    expect(types.length).toBe(drawn?.nodes.length);
    expect(page.url()).toContain('sel=org:malmo-stad');
    // Reload: the same view.
    await page.reload();
    await page.waitForFunction(() => window.__app?.ready === true);
    expect((await appState(page))?.nav).toMatchObject({
      view: 'network',
      selected: 'org:malmo-stad',
      lang: 'en',
    });
    await page.context().close();
  });

  it('a garbled link gets a notice and the app keeps working', async () => {
    const { page } = await app.open('?v=upside-down&sel=org:nobody&zz=1');
    await page.getByText(/En del av länken kändes inte igen/).waitFor();
    const state = await appState(page);
    expect(state?.nav.view).toBe('affiliation');
    expect(state?.nav.selected).toBeNull();
    await page.getByRole('combobox', { name: /Sök organisation/ }).fill('Lunds universitet');
    await page.getByRole('combobox', { name: /Sök organisation/ }).press('Enter');
    await page.getByRole('heading', { name: 'Lunds universitet', level: 2 }).waitFor();
    // Escape never clears a selection as a side effect; the panel's close button does.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    expect((await appState(page))?.nav.selected).toBe('org:lunds-universitet');
    await page
      .getByRole('complementary', { name: 'Detaljer' })
      .getByRole('button', { name: 'Stäng', exact: true })
      .click();
    await expect.poll(async () => (await appState(page))?.nav.selected).toBeNull();
    await page.context().close();
  });

  it('switches language completely to English and back', async () => {
    const { page } = await app.open('?sel=col:firs');
    await page.getByRole('radio', { name: /English/ }).check();
    await page.getByRole('heading', { name: /Who sits in FIRS\?/ }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(page.url()).toContain('lang=en');
    await page.getByRole('radio', { name: /Svenska/ }).check();
    await page.getByRole('heading', { name: /Vem sitter i FIRS\?/ }).waitFor();
    await page.context().close();
  });
});

describe('static hosting', () => {
  it('works under a sub-path', async () => {
    const sub = await startApp('/intranet/samverkan/');
    try {
      const { page, requests } = await sub.open('?sel=org:lunds-universitet');
      await page.getByRole('heading', { name: 'Lunds universitet', level: 2 }).waitFor();
      expect(
        requests.every(
          (u) =>
            u.startsWith(new URL(sub.url).origin) || u.startsWith('data:') || u.startsWith('blob:'),
        ),
      ).toBe(true);
      await page.context().close();
    } finally {
      await sub.close();
    }
  });
});

/** Waits until the picture has settled and a node stays put over several frames (no animation left). */
async function waitStill(page: Page, id: string): Promise<void> {
  await page.waitForFunction(
    (node) =>
      new Promise<boolean>((resolve) => {
        const seen: string[] = [];
        const tick = () => {
          const drawn = window.__app?.drawn?.();
          seen.push(JSON.stringify([drawn?.settled, drawn?.zoom, drawn?.renderedPosition(node)]));
          if (seen.length < 6) requestAnimationFrame(tick);
          else resolve(drawn?.settled === true && new Set(seen).size === 1);
        };
        requestAnimationFrame(tick);
      }),
    id,
  );
}
