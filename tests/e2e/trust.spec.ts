/**
 * Trust in the browser: the production build runs its main flows under the shipped
 * Content-Security-Policy with zero violations and no console errors, and axe-core finds
 * no serious or critical WCAG 2.1 AA violation on any screen or dialog, in both languages.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, waitForPicture, type AppHarness } from './harness';

let app: AppHarness;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

interface Watched {
  page: Page;
  problems: () => Promise<string[]>;
}

/** Opens the app with listeners for CSP violations and console errors from the start. */
async function openWatched(query = '', viewport = { width: 1600, height: 900 }): Promise<Watched> {
  const context = await app.browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} ${e.sample}`);
    });
  });
  await page.goto(`${app.url}${query}`);
  await page.waitForFunction(() => window.__app?.ready === true);
  return {
    page,
    problems: async () => [
      ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)),
      ...consoleErrors,
    ],
  };
}

/**
 * Known findings in files outside this test's reach, each with its owner; anything else
 * fails the test. Remove an entry once fixed (the test then keeps it fixed).
 * - The presentation legend (src/app/PresentShell.tsx, `.present-legend`) scrolls but has
 *   nothing focusable: keyboard users cannot scroll it. Fix: tabIndex={0} plus a label.
 */
const KNOWN: readonly string[] = [];

/** axe-core's serious and critical WCAG 2.1 A/AA violations, one line each. */
async function axeProblems(page: Page, where: string): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      ...v,
      nodes: v.nodes.filter((n) => !KNOWN.includes(`${v.id} ${n.target.join(' ')}`)),
    }))
    .filter((v) => v.nodes.length > 0)
    .map(
      (v) =>
        `${where}: ${v.id} (${v.impact}) ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

const SEARCH = /Sök organisation|Search organisation/;

describe('content security policy', () => {
  it('ships the policy as a meta tag', async () => {
    const { page } = await openWatched();
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain("'unsafe-inline'");
    await page.context().close();
  });

  it('runs the main flows with zero violations and no console errors', async () => {
    const { page, problems } = await openWatched();
    await waitForPicture(page);
    const search = page.getByRole('combobox', { name: SEARCH });
    await search.fill('Region Skåne');
    await search.press('Enter');
    await page.getByRole('heading', { name: 'Region Skåne', level: 2 }).waitFor();
    await page.getByRole('radio', { name: 'Nätverk' }).check();
    await waitForPicture(page);
    await page.getByRole('radio', { name: 'Tabell' }).check();
    await page.getByRole('table').first().waitFor();
    await page.getByRole('radio', { name: 'Bild' }).check();
    await waitForPicture(page);
    for (const name of ['Exportera', 'Dela', 'Bildspel']) {
      await page.getByRole('button', { name: new RegExp(`^${name}\\s*\\d*$`) }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    }
    await page.getByRole('radio', { name: /English/ }).check();
    await page.getByRole('combobox', { name: SEARCH }).waitFor();
    expect(await problems()).toEqual([]);
    await page.context().close();

    for (const query of ['?mode=embed&sel=org:region-skane', '?mode=present']) {
      const other = await openWatched(query);
      await waitForPicture(other.page);
      expect(await other.problems()).toEqual([]);
      await other.page.context().close();
    }
  });
});

describe('notices', () => {
  it('caps a notice about 2,000 unknown URL parts and keeps its close button on screen', async () => {
    // Short keys: the whole query must stay under the static server's 16 KB header limit.
    const query = `?${Array.from({ length: 2000 }, (_, i) => `j${i}`).join('&')}`;
    const { page } = await openWatched(query, { width: 1280, height: 720 });
    const notice = page.locator('.notice').first();
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text).toMatch(/\bj9\b/);
    expect(text).not.toMatch(/\bj10\b/);
    expect(text.replace(/\s/g, ' ')).toMatch(/1 990/);
    const stack = await page.locator('.notices').boundingBox();
    expect(stack && stack.height <= 720).toBe(true);
    const close = notice.getByRole('button', { name: /Stäng|Dölj|Close/ });
    const box = await close.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 720).toBe(true);
    await close.click();
    await expect.poll(() => page.locator('.notice').count()).toBe(0);
    await page.context().close();
  });
});

describe('keyboard and pointer', () => {
  it('moves focus to the details after a search hit, and keeps it there when a member is opened', async () => {
    const { page } = await openWatched();
    const search = page.getByRole('combobox', { name: SEARCH });
    await search.fill('FIRS');
    await search.press('Enter');
    await page.getByRole('heading', { name: /FIRS/, level: 2 }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('details-title');
    // Open a member from the panel by keyboard: the link is replaced by the member's details.
    const details = page.getByRole('complementary', { name: 'Detaljer' });
    const member = details.getByTestId('member-group-member').getByRole('button').first();
    const name = (await member.textContent())?.trim() ?? '';
    await member.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name, level: 2 }).waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('.details-panel') !== null))
      .toBe(true);
    await page.context().close();
  });

  it('the skip link focuses the main view without scrolling the header away', async () => {
    const { page } = await openWatched('', { width: 1280, height: 720 });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-view');
    const headerTop = await page.evaluate(
      () => document.querySelector('.app-header')?.getBoundingClientRect().top,
    );
    expect(headerTop).toBe(0);
    expect(
      await page.evaluate(() => [window.scrollY, document.scrollingElement?.scrollTop]),
    ).toEqual([0, 0]);
    await page.context().close();
  });

  it('reaches the nodes of the picture by keyboard, announcing each', async () => {
    const { page } = await openWatched('?v=network&sel=org:region-skane');
    await waitForPicture(page);
    const picture = page.getByRole('application');
    await picture.focus();
    await page.keyboard.press('Home');
    const hovered = () => page.evaluate(() => window.__app?.state().ui.hovered ?? null);
    await expect.poll(hovered).toBe('org:region-skane');
    const live = page.locator('.canvas-wrap [role="status"]');
    await expect
      .poll(() => live.textContent())
      .toMatch(/^Region Skåne, Organisation, \d+ grannar$/);
    await page.getByTestId('hover-card').waitFor();
    // Each arrow goes to a linked neighbour or says there is none that way.
    const seen = new Set<string>();
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
      await picture.press(key);
      const now = await hovered();
      if (now) seen.add(now);
    }
    seen.delete('org:region-skane');
    expect(seen.size).toBeGreaterThan(0);
    const neighbours = await page.evaluate(() => {
      const s = window.__app?.state();
      return s ? s.nav.selected : null;
    });
    expect(neighbours).toBe('org:region-skane');
    // Enter selects the node with keyboard focus.
    const focused = await hovered();
    await picture.press('Enter');
    await expect.poll(() => page.evaluate(() => window.__app?.state().nav.selected)).toBe(focused);
    // Escape leaves: no keyboard focus, no card.
    await picture.press('Escape');
    await expect.poll(hovered).toBeNull();
    expect(await page.getByTestId('hover-card').count()).toBe(0);
    await page.context().close();
  });

  it('shows the hover card beside the pointer', async () => {
    const { page } = await openWatched('?v=network');
    await waitForPicture(page);
    const point = await page.evaluate(() =>
      window.__app?.drawn?.()?.renderedPosition('org:region-skane'),
    );
    expect(point).toBeTruthy();
    if (!point) return;
    await page.mouse.move(point.x, point.y);
    const card = page.getByTestId('hover-card');
    await card.waitFor();
    expect(await card.locator('strong').textContent()).toBe('Region Skåne');
    const box = await card.boundingBox();
    expect(
      box && Math.abs(box.x - (point.x + 14)) < 40 && Math.abs(box.y - (point.y + 14)) < 40,
    ).toBe(true);
    await page.mouse.move(5, 5);
    await expect.poll(() => card.count()).toBe(0);
    await page.context().close();
  });
});

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  it.each(['sv', 'en'] as const)(
    'finds nothing serious on any screen or dialog (%s)',
    async (lang) => {
      const found: string[] = [];
      {
        const { page } = await openWatched(lang === 'en' ? '?lang=en' : '');
        await waitForPicture(page);
        found.push(...(await axeProblems(page, `${lang} explore`)));
        const search = page.getByRole('combobox', { name: SEARCH });
        await search.fill('Region Skåne');
        await search.press('Enter');
        await page.getByRole('heading', { name: 'Region Skåne', level: 2 }).waitFor();
        found.push(...(await axeProblems(page, `${lang} details`)));
        await page.getByRole('radio', { name: lang === 'en' ? 'Table' : 'Tabell' }).check();
        await page.getByRole('table').first().waitFor();
        found.push(...(await axeProblems(page, `${lang} table`)));
        const dialogs =
          lang === 'en' ? ['Export', 'Share', 'Slides'] : ['Exportera', 'Dela', 'Bildspel'];
        for (const name of dialogs) {
          await page.getByRole('button', { name: new RegExp(`^${name}\\s*\\d*$`) }).click();
          const dialog = page.getByRole('dialog');
          await dialog.waitFor();
          found.push(...(await axeProblems(page, `${lang} dialog ${name}`)));
          await page.keyboard.press('Escape');
          await dialog.waitFor({ state: 'detached' });
        }
        await page.context().close();
        for (const mode of ['embed', 'present']) {
          const other = await openWatched(`?mode=${mode}&sel=org:region-skane&lang=${lang}`);
          await waitForPicture(other.page);
          found.push(...(await axeProblems(other.page, `${lang} ${mode}`)));
          await other.page.context().close();
        }
      }
      expect(found).toEqual([]);
    },
    240_000,
  );
});
