/**
 * Exports and sharing in Chromium on the production build: a PNG of the requested pixel
 * size that is not blank, an SVG with labels as text, graph files, the standalone HTML
 * opened from file:// with the network off (drawn, clickable), the share dialog's link and
 * embed code, and embed mode at 800×450, on its own and inside an iframe on another origin.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Download, Frame, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLABORATION_KINDS, ORGANISATION_TYPES } from '../../src/data/vocabulary';
import { makeTranslate } from '../../src/i18n';
import { appState, startApp, waitForPicture, type AppHarness } from './harness';

let app: AppHarness;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const GRAPH_JSON = fileURLToPath(new URL('../../data/graph.json', import.meta.url));
const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer) {
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function openExport(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Exportera', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Exportera bilden eller nätverket' });
  await dialog.waitFor();
  return dialog;
}

async function download(page: Page, dialog: Locator): Promise<Download> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Ladda ned' }).click(),
  ]);
  return file;
}

/** Decodes a PNG in the page; distinct colours on a coarse grid and in a region. */
function inspectPng(
  page: Page,
  bytes: Buffer,
  region: { x: number; y: number; w: number; h: number },
) {
  return page.evaluate(
    async ({ b64, region }) => {
      const blob = new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], {
        type: 'image/png',
      });
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d');
      if (!ctx) return null;
      ctx.drawImage(bitmap, 0, 0);
      const colours = new Set<number>();
      const stepX = Math.max(1, Math.floor(bitmap.width / 240));
      const stepY = Math.max(1, Math.floor(bitmap.height / 135));
      const all = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      for (let y = 0; y < bitmap.height; y += stepY) {
        for (let x = 0; x < bitmap.width; x += stepX) {
          const i = (y * bitmap.width + x) * 4;
          colours.add(((all[i] ?? 0) << 16) | ((all[i + 1] ?? 0) << 8) | (all[i + 2] ?? 0));
        }
      }
      let dark = 0;
      const part = ctx.getImageData(region.x, region.y, region.w, region.h).data;
      for (let i = 0; i < part.length; i += 4) if ((part[i] ?? 255) < 100) dark += 1;
      return {
        width: bitmap.width,
        height: bitmap.height,
        colours: colours.size,
        dark,
        alpha: all[3],
      };
    },
    { b64: bytes.toString('base64'), region },
  );
}

describe('picture exports', () => {
  it('a 2× 16:9 PNG is 3840×2160, not blank, with its caption beside the graph', async () => {
    const { page } = await app.open('?sel=col:firs');
    const dialog = await openExport(page);
    // The dialog has focus on its first field and is labelled by its heading.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(
      'png',
    );
    await dialog.getByLabel('Bildformat').selectOption('16:9');
    await dialog.getByRole('radio', { name: '2×' }).check();
    expect(await dialog.getByTestId('export-size').textContent()).toContain('3840 × 2160');
    const file = await download(page, dialog);
    expect(file.suggestedFilename()).toBe('forsknings-och-innovationsradet-i-skane.png');
    const bytes = readFileSync(await file.path());
    expect(pngSize(bytes)).toEqual({ width: 3840, height: 2160 });
    // Caption column: x ≥ 2 × 1440 holds dark text; the graph area is many colours.
    const seen = await inspectPng(page, bytes, { x: 2900, y: 0, w: 900, h: 300 });
    expect(seen).toMatchObject({ width: 3840, height: 2160, alpha: 255 });
    expect(seen?.colours).toBeGreaterThan(50);
    expect(seen?.dark).toBeGreaterThan(2000);
    await page
      .getByText(/Filen forsknings-och-innovationsradet-i-skane\.png har sparats/)
      .waitFor();
    await page.context().close();
  });

  it('a 1× PNG of the current view without caption has the view size and a transparent background', async () => {
    const { page } = await app.open('?v=network');
    const size = await page.evaluate(() => {
      const box = document.querySelector('[data-testid="graph-canvas"]')?.getBoundingClientRect();
      return { width: Math.round(box?.width ?? 0), height: Math.round(box?.height ?? 0) };
    });
    const dialog = await openExport(page);
    await dialog.getByRole('radio', { name: '1×' }).check();
    await dialog.getByRole('radio', { name: 'Genomskinlig' }).check();
    await dialog.getByRole('checkbox', { name: /Med bildtext/ }).uncheck();
    const file = await download(page, dialog);
    const bytes = readFileSync(await file.path());
    expect(pngSize(bytes)).toEqual(size);
    const seen = await inspectPng(page, bytes, { x: 0, y: 0, w: 10, h: 10 });
    expect(seen?.alpha).toBe(0);
    expect(seen?.colours).toBeGreaterThan(10);
    await page.context().close();
  });

  it('an SVG parses and carries the labels and the caption as text', async () => {
    const { page } = await app.open('?sel=col:firs');
    await waitForPicture(page);
    // What the slide draws in full: FIRS and its neighbourhood, once the focus is drawn.
    await page.waitForFunction(() => (window.__app?.drawn?.()?.withClass('focus').length ?? 0) > 0);
    const full = await page.evaluate(() => {
      const drawn = window.__app?.drawn?.();
      return drawn ? [...drawn.withClass('focus'), ...drawn.withClass('neighbour')] : [];
    });
    expect(full.length).toBeGreaterThan(10);
    const dialog = await openExport(page);
    await dialog.getByRole('radio', { name: 'SVG (vektorbild)' }).check();
    await dialog.getByLabel('Bildformat').selectOption('4:3');
    const file = await download(page, dialog);
    expect(file.suggestedFilename()).toBe('forsknings-och-innovationsradet-i-skane.svg');
    const svg = readFileSync(await file.path(), 'utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.localName,
        size: [
          doc.documentElement.getAttribute('width'),
          doc.documentElement.getAttribute('height'),
        ],
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
        caption: [...doc.querySelectorAll('#caption text')].map((t) => t.textContent),
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.size).toEqual(['1440', '1080']);
    expect(parsed.texts).toEqual(
      expect.arrayContaining(['FIRS', 'Lunds universitet', 'Region Skåne']),
    );
    expect(parsed.caption).toEqual(
      expect.arrayContaining(['Forsknings- och innovationsrådet i Skåne', 'Data per 2022']),
    );
    // The legend names exactly the organisation types and collaboration kinds of what the
    // slide draws in full, not those of the whole view.
    const legend = legendOf(full);
    expect(legend.missing.length).toBeGreaterThan(0); // the check can tell the two apart
    expect(parsed.caption).toEqual(expect.arrayContaining(legend.drawn));
    for (const label of legend.missing) expect(parsed.caption).not.toContain(label);
    await page.context().close();
  });

  it('graph files: CSV of nodes, GEXF and GraphML with every drawn node', async () => {
    const { page } = await app.open('?v=network&ot=municipality');
    await waitForPicture(page);
    const drawn = (await page.evaluate(() => window.__app?.drawn?.()?.nodes)) ?? [];
    expect(drawn.length).toBeGreaterThan(10);
    const dialog = await openExport(page);
    await dialog.getByRole('radio', { name: 'CSV-tabell' }).check();
    await dialog.getByRole('radio', { name: 'Noder' }).check();
    const csv = readFileSync(await (await download(page, dialog)).path(), 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^\uFEFFid,label,kind,type,links,strength,/);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(drawn.length + 1);
    for (const [format, tag] of [
      ['GEXF (Gephi)', 'node'],
      ['GraphML', 'node'],
    ] as const) {
      const again = await openExport(page);
      await again.getByRole('radio', { name: format }).check();
      const xml = readFileSync(await (await download(page, again)).path(), 'utf8');
      const ids = await page.evaluate(
        ({ xml, tag }) =>
          [
            ...new DOMParser().parseFromString(xml, 'application/xml').getElementsByTagName(tag),
          ].map((n) => n.getAttribute('id')),
        { xml, tag },
      );
      expect(ids.sort()).toEqual([...drawn].sort());
    }
    await page.context().close();
  });
});

describe('standalone HTML', () => {
  it('opens from file:// with the network off, draws the view and shows details on click', async () => {
    const { page } = await app.open('?v=network&ot=university,region&lang=en');
    const dialog = page.getByRole('dialog', { name: 'Export the picture or the network' });
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await dialog.getByRole('radio', { name: 'Standalone HTML' }).check();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download' }).click(),
    ]);
    const path = join(mkdtempSync(join(tmpdir(), 'samverkan-')), file.suggestedFilename());
    await file.saveAs(path);
    await page.context().close();
    expect(file.suggestedFilename()).toBe('collaboration-network-between-organisations.html');

    const context = await app.browser.newContext({ viewport: { width: 1000, height: 640 } });
    await context.setOffline(true);
    const offline = await context.newPage();
    const requests: string[] = [];
    offline.on('request', (r) => requests.push(r.url()));
    const errors: string[] = [];
    offline.on('pageerror', (e) => errors.push(e.message));
    await offline.goto(pathToFileURL(path).href);
    await waitForPicture(offline);
    const nav = (await appState(offline))?.nav;
    expect(nav).toMatchObject({ mode: 'embed', view: 'network', lang: 'en' });
    expect(nav?.filters.organisationTypes).toEqual(['university', 'region']);
    await offline
      .getByRole('heading', { name: 'Collaboration network between organisations' })
      .waitFor();
    // Read-only: no search, filters or export.
    expect(await offline.getByRole('combobox').count()).toBe(0);
    expect(await offline.getByRole('button', { name: 'Export', exact: true }).count()).toBe(0);
    // Click the node drawn for Lund University, where it rests: its details open.
    const point = await restingPosition(offline, 'org:lunds-universitet');
    await offline.mouse.click(point.x, point.y);
    await offline.getByRole('heading', { name: 'Lunds universitet', level: 2 }).waitFor();
    expect((await appState(offline))?.nav.selected).toBe('org:lunds-universitet');
    // Everything came from the one file.
    expect(requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([
      pathToFileURL(path).href,
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('sharing', () => {
  it('copies the link and the embed code, with size presets and a title; Escape closes', async () => {
    const { page } = await app.open('?sel=col:firs');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(app.url).origin,
    });
    const trigger = page.getByRole('button', { name: 'Dela', exact: true });
    await trigger.click();
    const dialog = page.getByRole('dialog', { name: 'Dela den här vyn' });
    const link = dialog.getByRole('textbox', { name: 'Länk till vyn' });
    expect(await link.inputValue()).toBe(`${app.url}?sel=col:firs`);
    await dialog.getByRole('button', { name: 'Kopiera länken' }).click();
    await dialog.getByText('Kopierat').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${app.url}?sel=col:firs`,
    );

    const code = dialog.getByRole('textbox', { name: 'Bädda in på en webbsida' });
    expect(await code.inputValue()).toContain(
      `src="${app.url}?mode=embed&amp;sel=col:firs" width="800" height="450"`,
    );
    await dialog.getByRole('radio', { name: '1280 × 720' }).check();
    expect(await code.inputValue()).toContain('width="1280" height="720"');
    await dialog.getByRole('radio', { name: 'Egen storlek' }).check();
    await dialog.getByRole('spinbutton', { name: 'Bredd (px)' }).fill('640');
    await dialog.getByRole('spinbutton', { name: 'Höjd (px)' }).fill('400');
    expect(await code.inputValue()).toContain('width="640" height="400"');
    await dialog.getByRole('textbox', { name: 'Rubrik (valfri)' }).fill('FIRS & partner');
    expect(await code.inputValue()).toContain('title="FIRS &amp; partner – Samverkanskartan"');
    expect(await link.inputValue()).toContain('title=FIRS+%26+partner');
    await dialog.getByRole('button', { name: 'Kopiera koden' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toContain('<iframe');

    // Escape closes the dialog only (the selection stays) and focus returns to the button.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect((await appState(page))?.nav.selected).toBe('col:firs');
    expect(await trigger.evaluate((el) => el === document.activeElement)).toBe(true);
    // A second Escape, with nothing open, changes nothing: the next export is still of FIRS.
    await page.keyboard.press('Escape');
    expect((await appState(page))?.nav.selected).toBe('col:firs');
    await page.context().close();
  });
});

describe('embed mode', () => {
  it('shows the picture without editing controls at 800×450', async () => {
    const { page } = await app.open('?mode=embed&sel=col:firs', { width: 800, height: 450 });
    await waitForPicture(page);
    expect(await page.getByRole('combobox').count()).toBe(0);
    expect(await page.getByRole('checkbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Exportera', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Dela', exact: true }).count()).toBe(0);
    expect(await page.getByText('Filter', { exact: true }).count()).toBe(0);
    // The picture first: at this size the details open on demand.
    expect(await page.getByRole('heading', { name: /Vem sitter i FIRS\?/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Visa detaljer' }).click();
    await page.getByRole('heading', { name: /Vem sitter i FIRS\?/ }).waitFor();
    await page.context().close();
  });

  it('works inside an iframe on another origin: drawn and clickable', async () => {
    const embedUrl = `${app.url}?mode=embed&v=network`;
    const host: Server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><title>Host</title><h1>Värdsida</h1>` +
          `<iframe src="${embedUrl}" width="800" height="450" title="Samverkanskartan" style="border:0"></iframe>`,
      );
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    const address = host.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const context = await app.browser.newContext({ viewport: { width: 1000, height: 700 } });
    try {
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${port}/`);
      const frame = await waitForFrame(page, 'mode=embed');
      await waitForPicture(frame);
      expect(await frame.getByRole('combobox').count()).toBe(0);
      const point = await restingPosition(frame, 'org:region-skane');
      const box = await page.locator('iframe').boundingBox();
      expect(box).toBeTruthy();
      await page.mouse.click((box?.x ?? 0) + point.x, (box?.y ?? 0) + point.y);
      await expect
        .poll(() => frame.evaluate(() => window.__app?.state().nav.selected))
        .toBe('org:region-skane');
      await frame.getByRole('button', { name: 'Visa detaljer' }).click();
      await frame.getByRole('heading', { name: 'Region Skåne', level: 2 }).waitFor();
    } finally {
      await context.close();
      await new Promise((resolve) => host.close(resolve));
    }
  });
});

/** The frame of the page's iframe whose address contains `part`, once it has loaded it. */
async function waitForFrame(page: Page, part: string): Promise<Frame> {
  const element = await page.waitForSelector(`iframe[src*="${part}"]`);
  const frame = await element.contentFrame();
  if (!frame) throw new Error(`no frame with ${part}`);
  await frame.waitForURL((url) => url.href.includes(part));
  return frame;
}

/**
 * Where a node is drawn once the picture has stopped moving: settled, and the same
 * position over several animation frames (a fit or centring animation has ended).
 */
async function restingPosition(page: Page | Frame, id: string): Promise<{ x: number; y: number }> {
  // page.evaluate awaits the check's promise; asked again until it holds (test timeout).
  for (;;) {
    const point = await page.evaluate(
      (nodeId) =>
        new Promise<{ x: number; y: number } | null>((resolve) => {
          const seen: string[] = [];
          const tick = () => {
            const drawn = window.__app?.drawn?.();
            const point = drawn?.settled ? drawn.renderedPosition(nodeId) : null;
            if (!point) return resolve(null);
            seen.push(`${point.x},${point.y},${drawn?.zoom}`);
            if (new Set(seen).size > 1) return resolve(null);
            if (seen.length < 5) requestAnimationFrame(tick);
            else resolve(point);
          };
          requestAnimationFrame(tick);
        }),
      id,
    );
    if (point) return point;
  }
}

/** The Swedish legend labels of the types and kinds among `ids`, and of those not among them. */
function legendOf(ids: readonly string[]): { drawn: string[]; missing: string[] } {
  const t = makeTranslate('sv');
  const graph = JSON.parse(readFileSync(GRAPH_JSON, 'utf8')) as {
    nodes: { id: string; kind: string; type?: string }[];
  };
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const types = new Set<string>();
  const kinds = new Set<string>();
  for (const id of ids) {
    const node = byId.get(id);
    if (node?.kind === 'organisation' && node.type) types.add(node.type);
    if (node?.kind === 'collaboration' && node.type) kinds.add(node.type);
  }
  const drawn: string[] = [];
  const missing: string[] = [];
  for (const ty of ORGANISATION_TYPES) (types.has(ty) ? drawn : missing).push(t(`orgType.${ty}`));
  for (const k of COLLABORATION_KINDS) (kinds.has(k) ? drawn : missing).push(t(`colKind.${k}`));
  return { drawn, missing };
}
