/**
 * The large-network overview in Chromium on the test build: an imported network over the
 * budget (4,000 organisations, 8,000 ties) draws its overview with a notice over the
 * picture; an organisation outside it, chosen in the search, is brought in with its
 * neighbours; "Visa alla (långsamt)" draws everything and can be undone from the keyboard.
 * The bundled graph shows no notice. An analyst's generated 10,000-organisation / 50,000-tie
 * GEXF: its overview, the measures of every organisation, search and details, a route
 * between two organisations drawn in the overview, a filter, and the table alternative.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OVERVIEW_BUDGET } from '../../src/domain/overview';
import { generateNetwork } from '../data/import/generateNetwork';
import { appState, startApp, waitForPicture, type AppHarness } from './harness';

let app: AppHarness;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const drawnNodes = (page: Page) =>
  page.evaluate(() => {
    const d = window.__app?.drawn?.();
    return d?.settled ? d.nodes : null;
  });

/** Types `name` into `combobox` and picks its option (not one whose number goes on). */
async function choose(scope: Page | Locator, combobox: Locator, name: string) {
  await combobox.fill(name);
  await scope
    .getByRole('option')
    .filter({ hasText: new RegExp(`${name}(?!\\d)`) })
    .first()
    .click();
}

/** Opens the network in `file` through the import dialog; resolves with the overview notice. */
async function openLargeNetwork(page: Page, file: string) {
  await page.getByRole('button', { name: 'Importera', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Egen lista eller eget nätverk' });
  await dialog.getByLabel('Välj fil').setInputFiles(file);
  await dialog.getByRole('button', { name: 'Öppna nätverket' }).click({ timeout: 60_000 });
  const notice = page.getByRole('region', { name: 'Översikt av ett stort nätverk' });
  await notice.waitFor({ timeout: 60_000 });
  return notice;
}

describe('overview of a large network', () => {
  it('the bundled graph is drawn whole, without the notice', async () => {
    const { page } = await app.open();
    await waitForPicture(page);
    expect(await page.getByTestId('overview-notice').count()).toBe(0);
    await page.context().close();
  });

  it('a large import draws its overview with a notice, brings in a search hit, and draws all on request', async () => {
    const generated = generateNetwork(4_000, 8_000);
    const file = join(mkdtempSync(join(tmpdir(), 'overview-e2e-')), 'large.gexf');
    writeFileSync(file, generated.gexf);
    // The least tied organisation with the highest number: far from the most connected.
    const degree = new Map<string, number>();
    for (const tie of generated.ties)
      for (const end of tie.split('|')) degree.set(end, (degree.get(end) ?? 0) + 1);
    const least = Math.min(...degree.values());
    const outsider = Math.max(
      ...[...degree].filter(([, d]) => d === least).map(([id]) => Number(id.replace(/\D/g, ''))),
    );

    const { page } = await app.open('', { width: 1280, height: 720 });
    await waitForPicture(page);
    const notice = await openLargeNetwork(page, file);
    // Numbers as Swedish writes them (a narrow space between thousands).
    const text = async () => ((await notice.textContent()) ?? '').replace(/\s/g, ' ');
    const total = degree.size.toLocaleString('sv-SE').replace(/\s/g, ' ');
    // The ties are those among the drawn organisations, at most the budget's 3,000.
    expect(await text()).toMatch(
      new RegExp(
        `^Bilden visar 1 500 av ${total} organisationer och [\\d ]+ av 8 000 band – de mest förbundna\\.`,
      ),
    );
    await expect
      .poll(async () => (await drawnNodes(page))?.length, { timeout: 90_000 })
      .toBe(OVERVIEW_BUDGET.nodes);
    const before = new Set((await drawnNodes(page)) ?? []);

    // Legible when fitted: the notice covers no node, and only the most important names are
    // large enough to be drawn. cytoscape draws a label when its font size times the zoom,
    // rounded up to a power of two, reaches min-zoomed-font-size (10 px in large pictures).
    const legible = await page.evaluate(() => {
      const cy = window.__picture?.cy;
      const noticeBox = document.querySelector('.overview-notice')?.getBoundingClientRect();
      const container = cy?.container()?.getBoundingClientRect();
      if (!cy || !noticeBox || !container) return null;
      const scale = 2 ** Math.ceil(Math.log2(cy.zoom() * window.devicePixelRatio));
      const drawn = cy.nodes().filter((n) => Number(n.data('fontSize')) * scale >= 10);
      const top = Math.min(
        ...cy.nodes().map((n) => n.renderedBoundingBox({ includeLabels: false }).y1),
      );
      return {
        labels: drawn.length,
        labelledDrawn: drawn.every((n) => n.data('labelled') === 1),
        nodeTop: top + container.top,
        noticeBottom: noticeBox.bottom,
      };
    });
    expect(legible).not.toBeNull();
    expect(legible?.labels).toBeGreaterThan(0);
    expect(legible?.labels).toBeLessThanOrEqual(25);
    expect(legible?.labelledDrawn).toBe(true);
    expect(legible?.nodeTop).toBeGreaterThan(legible?.noticeBottom ?? Infinity);

    // Chosen in the search, an organisation outside the overview is drawn with its neighbours.
    const search = page.getByRole('combobox', { name: 'Sök organisation, samarbete eller person' });
    await search.fill(`Organisation ${outsider}`);
    await page
      .getByRole('option')
      .filter({ hasText: new RegExp(`Organisation ${outsider}(?!\\d)`) })
      .first()
      .click();
    await expect.poll(async () => (await appState(page))?.nav.selected ?? '').toMatch(/^org:/);
    const selected = (await appState(page))?.nav.selected ?? '';
    expect(before.has(selected)).toBe(false);
    await expect
      .poll(async () => (await drawnNodes(page))?.includes(selected), { timeout: 60_000 })
      .toBe(true);

    // Draw everything, by keyboard; then back to the overview.
    const showAll = notice.getByRole('button', { name: 'Visa alla (långsamt)' });
    await showAll.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await drawnNodes(page))?.length, { timeout: 120_000 })
      .toBe(degree.size);
    expect(await text()).toContain(`alla ${total} organisationer och 8 000 band`);
    await notice.getByRole('button', { name: 'Visa översikten igen' }).click();
    await expect
      .poll(async () => (await drawnNodes(page))?.length, { timeout: 60_000 })
      .toBeLessThanOrEqual(OVERVIEW_BUDGET.nodes + least + 1);
    await page.context().close();
  }, 240_000);

  it('an analyst opens a generated 10,000-organisation GEXF and uses the tools on it', async () => {
    const generated = generateNetwork(10_000, 50_000);
    const file = join(mkdtempSync(join(tmpdir(), 'overview-e2e-')), 'network-10k.gexf');
    writeFileSync(file, generated.gexf);
    const { page } = await app.open('', { width: 1600, height: 900 });
    await waitForPicture(page);
    const notice = await openLargeNetwork(page, file);
    expect(((await notice.textContent()) ?? '').replace(/\s/g, ' ')).toMatch(
      /^Bilden visar 1 500 av 10 000 organisationer och [\d ]+ av 50 000 band/,
    );
    await expect
      .poll(async () => (await drawnNodes(page))?.length, { timeout: 90_000 })
      .toBe(OVERVIEW_BUDGET.nodes);

    // The measures of all 10,000 organisations, in the worker pool.
    await page.waitForFunction(() => window.__app?.state().metrics.status === 'done', undefined, {
      timeout: 150_000,
    });
    const measured = await page.evaluate(
      () =>
        Object.keys(window.__app?.state().metrics.result?.nodes ?? {}).filter((id) =>
          id.startsWith('org:'),
        ).length,
    );
    expect(measured).toBe(10_000);

    // Search and details.
    await choose(
      page,
      page.getByRole('combobox', { name: 'Sök organisation, samarbete eller person' }),
      'Organisation 4242',
    );
    const details = page.getByRole('complementary', { name: 'Detaljer' });
    await details.getByRole('heading', { name: 'Organisation 4242', exact: true }).waitFor();
    const selected = (await appState(page))?.nav.selected ?? '';
    await expect
      .poll(async () => (await drawnNodes(page))?.includes(selected), { timeout: 60_000 })
      .toBe(true);
    // Its neighbours' ties stand out: wide enough to see at the fitted zoom (styled in
    // slices after the selection, so polled).
    const narrowestTie = () =>
      page.evaluate((id) => {
        const cy = window.__picture?.cy;
        const edges = cy?.getElementById(id).connectedEdges();
        if (!cy || !edges || edges.empty()) return 0;
        return Math.min(...edges.map((e) => parseFloat(String(e.style('width'))) * cy.zoom()));
      }, selected);
    await expect.poll(narrowestTie, { timeout: 10_000 }).toBeGreaterThanOrEqual(1.5);

    // How it is connected to another organisation (the selection is the start): the route,
    // drawn in the overview.
    await page.getByRole('button', { name: 'Hur hänger de ihop?' }).click();
    await choose(details, details.getByRole('combobox', { name: 'Till' }), 'Organisation 9876');
    await details.getByRole('button', { name: 'Svara' }).click();
    await expect
      .poll(() => details.getByTestId('answer-summary').textContent(), { timeout: 30_000 })
      .toMatch(/^\d+ kortaste (väg|vägar) med \d+ steg\./);
    const route = (await appState(page))?.nav.questions.route;
    expect(route).toBeTruthy();
    await expect
      .poll(
        async () => {
          const nodes = (await drawnNodes(page)) ?? [];
          return route ? nodes.includes(route.from) && nodes.includes(route.to) : false;
        },
        { timeout: 60_000 },
      )
      .toBe(true);

    // A filter at this size: only the municipalities, in the overview and its notice.
    await details.getByRole('button', { name: 'Stäng frågan' }).click();
    await page.locator('summary', { hasText: 'Organisationstyp' }).click();
    await page.getByRole('checkbox', { name: /^Kommun/ }).check();
    await expect
      .poll(async () => (await appState(page))?.nav.filters.organisationTypes)
      .toEqual(['municipality']);
    await expect
      .poll(async () => ((await notice.textContent()) ?? '').replace(/\s/g, ' '), {
        timeout: 60_000,
      })
      .toMatch(/^Bilden visar 1 500 av [\d ]+ organisationer/);
    const kinds = await page.evaluate(() => {
      const cy = window.__picture?.cy;
      return cy ? [...new Set(cy.nodes().map((n) => String(n.data('type'))))] : [];
    });
    expect(kinds).toEqual(['municipality']);

    // The table alternative lists the organisations.
    await page.getByText('Tabell', { exact: true }).first().click();
    await expect.poll(async () => (await appState(page))?.nav.display).toBe('table');
    await expect.poll(() => page.locator('main table tbody tr').count()).toBeGreaterThan(0);
    await page.context().close();
  }, 300_000);
});
