/**
 * Meeting-room outputs in Chromium on the test build: a FIRS 16:9 slide whose labels,
 * rendered from the exported SVG (text stays text), are all at least 18 px high with no two
 * overlapping; a FIRS embed at 800×450 showing the picture first; embeds of a comparison,
 * routes and a neighbourhood framing their answer; the Share dialog's plain warning on
 * 127.0.0.1; a printed FIRS page; screenshots for a human look in /tmp.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, waitForPicture, type AppHarness } from './harness';

let app: AppHarness;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

async function openExport(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Exportera', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Exportera bilden eller nätverket' });
  await dialog.waitFor();
  return dialog;
}

interface LabelBox {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
}

/** Renders `svg` in the page at 1:1 and reads every node label's box in CSS px. */
function labelBoxes(page: Page, svg: string): Promise<{ boxes: LabelBox[]; size: number[] }> {
  return page.evaluate((text) => {
    const host = document.createElement('div');
    host.style.cssText = 'position:fixed;left:0;top:0;z-index:99999;background:#fff';
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
    host.appendChild(root);
    document.body.appendChild(host);
    const origin = root.getBoundingClientRect();
    const boxes = [...root.querySelectorAll('text.node-label')].map((el) => {
      const r = el.getBoundingClientRect();
      return {
        text: el.textContent ?? '',
        x: r.x - origin.x,
        y: r.y - origin.y,
        width: r.width,
        height: r.height,
        fontSize: parseFloat(getComputedStyle(el).fontSize),
      };
    });
    const size = [origin.width, origin.height];
    host.remove();
    return { boxes, size };
  }, svg);
}

const overlap = (a: LabelBox, b: LabelBox) =>
  a.x < b.x + b.width - 0.5 &&
  b.x < a.x + a.width - 0.5 &&
  a.y < b.y + b.height - 0.5 &&
  b.y < a.y + a.height - 0.5;

interface CanvasLabel {
  id: string;
  text: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  fontPx: number;
}

/**
 * The visible focused labels of the live canvas (cytoscape's rendered boxes), once they
 * describe the picture on screen: the picture is settled and has not moved for several
 * animation frames (no fit or centring animation under way), and every reported label is
 * centred under its node where that node is drawn now (boxes measured before the last
 * zoom or pan are not). No boxes at all count as an answer only with `mayBeEmpty`.
 */
async function canvasLabels(page: Page, mayBeEmpty = false): Promise<CanvasLabel[]> {
  // page.evaluate awaits the check's promise (waitForFunction would take the promise itself
  // as a truthy answer); asked again until it holds, within the test's timeout.
  for (;;) {
    const labels = await page.evaluate(
      (emptyOk) =>
        new Promise<CanvasLabel[] | null>((resolve) => {
          const seen = new Set<string>();
          const current = () => {
            const drawn = window.__app?.drawn?.();
            const boxes = window.__labelBoxes ?? [];
            const canvas = document.querySelector('[data-testid="graph-canvas"] canvas');
            const first = drawn?.nodes[0];
            if (!drawn?.settled || !canvas || !first) return false;
            if (boxes.length === 0 && !emptyOk) return false;
            const left = canvas.getBoundingClientRect().left;
            const anchor = drawn.renderedPosition(first);
            seen.add(`${drawn.zoom},${anchor?.x},${anchor?.y}`);
            return (
              seen.size === 1 &&
              boxes.every((b) => {
                const at = drawn.renderedPosition(b.id);
                return at !== null && Math.abs(left + (b.x1 + b.x2) / 2 - at.x) < 1;
              })
            );
          };
          let frames = 0;
          const tick = () => {
            if (!current()) return resolve(null);
            if (++frames < 4) requestAnimationFrame(tick);
            else resolve(window.__labelBoxes ?? []);
          };
          requestAnimationFrame(tick);
        }),
      mayBeEmpty,
    );
    if (labels) return labels;
  }
}

function expectLegible(labels: CanvasLabel[]) {
  expect(labels.length).toBeGreaterThan(3);
  for (const l of labels) expect(l.fontPx, l.text).toBeGreaterThanOrEqual(17.5);
  const clashes: string[] = [];
  for (const [i, a] of labels.entries())
    for (const b of labels.slice(i + 1))
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)
        clashes.push(`${a.text} / ${b.text}`);
  expect(clashes).toEqual([]);
}

describe('meeting-room outputs', () => {
  it('a FIRS 16:9 slide frames FIRS and its members with labels ≥ 18 px and no overlaps', async () => {
    const { page } = await app.open('?sel=col:firs', { width: 1920, height: 1080 });
    await waitForPicture(page);
    await page.screenshot({ path: '/tmp/outputs-app-1920.png' });
    const dialog = await openExport(page);
    await dialog.getByRole('radio', { name: 'SVG (vektorbild)' }).check();
    await dialog.getByLabel('Bildformat').selectOption('16:9');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Ladda ned' }).click(),
    ]);
    const svg = readFileSync(await file.path(), 'utf8');
    const { boxes, size } = await labelBoxes(page, svg);
    expect(size).toEqual([1920, 1080]);
    const texts = boxes.map((b) => b.text);
    expect(texts).toEqual(expect.arrayContaining(['FIRS', 'Region Skåne']));
    expect(boxes.length).toBeGreaterThan(8);
    for (const b of boxes) {
      expect(b.fontSize, b.text).toBeGreaterThanOrEqual(18);
      expect(b.height, b.text).toBeGreaterThanOrEqual(18);
    }
    const clashes: string[] = [];
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) if (overlap(a, b)) clashes.push(`${a.text} / ${b.text}`);
    expect(clashes).toEqual([]);
    // The graph part is framed on FIRS: labels spread over the picture, not one corner.
    const xs = boxes.map((b) => b.x);
    const ys = boxes.map((b) => b.y);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(600);
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(400);
    // A look by eye: the slide as a PNG screenshot.
    await page.setContent(svg.replace(/^<\?xml[^>]*>/, ''));
    await page.screenshot({ path: '/tmp/outputs-slide-firs.png' });
    await page.context().close();
  });

  it('the FIRS embed at 800×450 shows the picture first, details on demand', async () => {
    const { page } = await app.open('?sel=col:firs&mode=embed', { width: 800, height: 450 });
    await waitForPicture(page);
    expect(await page.locator('.embed-details').count()).toBe(0);
    expectLegible(await canvasLabels(page));
    // Framed on the focus: FIRS and every member drawn inside the frame, filling it (not
    // the whole faded network with FIRS in a corner).
    // The centring may still be animating when the labels are read: wait until the focus
    // fills the frame (the condition the assertions below then check in full).
    const readFrame = () =>
      page.evaluate(() => {
        const drawn = window.__app?.drawn?.();
        const rect = document
          .querySelector('[data-testid="graph-canvas"]')
          ?.getBoundingClientRect();
        if (!drawn || !rect) return null;
        const ids = [...drawn.withClass('focus'), ...drawn.withClass('neighbour')];
        const points = ids.map((id) => drawn.renderedPosition(id)).filter((p) => p !== null);
        return {
          rect: { x: rect.x, y: rect.y, w: rect.width, h: rect.height },
          points,
          ids: ids.length,
        };
      });
    const spread = (values: number[]) => Math.max(Math.max(...values) - Math.min(...values), 0);
    await expect
      .poll(
        async () => {
          const f = await readFrame();
          if (!f) return false;
          return (
            spread(f.points.map((p) => p.x)) > 0.4 * f.rect.w &&
            spread(f.points.map((p) => p.y)) > 0.4 * f.rect.h
          );
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    const frame = await readFrame();
    expect(frame?.ids ?? 0).toBeGreaterThan(20);
    expect(frame?.points.length).toBe(frame?.ids);
    const { x: fx, y: fy, w: fw, h: fh } = frame?.rect ?? { x: 0, y: 0, w: 0, h: 0 };
    const px = frame?.points.map((p) => p.x) ?? [];
    const py = frame?.points.map((p) => p.y) ?? [];
    for (const [i, x] of px.entries()) {
      expect(x).toBeGreaterThanOrEqual(fx);
      expect(x).toBeLessThanOrEqual(fx + fw);
      expect(py[i] ?? -1).toBeGreaterThanOrEqual(fy);
      expect(py[i] ?? -1).toBeLessThanOrEqual(fy + fh);
    }
    expect(Math.max(Math.max(...px) - Math.min(...px), 0)).toBeGreaterThan(0.4 * fw);
    expect(Math.max(Math.max(...py) - Math.min(...py), 0)).toBeGreaterThan(0.4 * fh);
    await page.screenshot({ path: '/tmp/outputs-embed-800.png' });
    await expect
      .poll(() => page.getByRole('link', { name: 'Öppna i Samverkanskartan' }).count())
      .toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Visa detaljer' }).click();
    await page.getByRole('heading', { name: /Vem sitter i FIRS\?/ }).waitFor();
    await page.screenshot({ path: '/tmp/outputs-embed-800-details.png' });
    await page.getByRole('button', { name: 'Dölj detaljer' }).click();
    expect(await page.locator('.embed-details').count()).toBe(0);
    await page.context().close();
  });

  it('the app at 1280×720 draws the FIRS labels at ≥ 18 px without overlaps', async () => {
    const { page } = await app.open('?sel=col:firs', { width: 1280, height: 720 });
    await waitForPicture(page);
    expectLegible(await canvasLabels(page));
    await page.screenshot({ path: '/tmp/outputs-app-1280.png' });
    await page.context().close();
  });

  it('Share warns that a 127.0.0.1 link only works on this computer', async () => {
    const { page } = await app.open('?sel=col:firs', { width: 1280, height: 720 });
    await page.getByRole('button', { name: 'Dela', exact: true }).click();
    const warning = page.getByTestId('share-local-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('bara på den här datorn');
    expect(
      await warning.getByRole('button', { name: 'Spara som fristående HTML-fil' }).count(),
    ).toBe(1);
    await page.screenshot({ path: '/tmp/outputs-share-1280.png' });
    await page.context().close();
  });

  it('presentation mode keeps its legend on screen at 1280×720', async () => {
    const { page } = await app.open('?sel=col:firs&mode=present', { width: 1280, height: 720 });
    await waitForPicture(page);
    const legend = page.getByTestId('present-legend');
    // Folded at 720 px high; unfolded it still fits.
    expect(await legend.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    await legend.getByText('Teckenförklaring', { exact: true }).first().click();
    expect(await legend.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    const box = await legend.boundingBox();
    expect(box).not.toBeNull();
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(720);
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    await page.screenshot({ path: '/tmp/outputs-present-1280.png' });
    await page.context().close();
  });

  for (const paper of [
    { name: 'A4 landscape', width: 1123, height: 794, beside: true },
    { name: 'A4 portrait', width: 794, height: 1123, beside: false },
  ]) {
    it(`prints FIRS on ${paper.name}: the picture large and visible, the details ${paper.beside ? 'beside' : 'below'} it`, async () => {
      const { page } = await app.open('?sel=col:firs', {
        width: paper.width,
        height: paper.height,
      });
      await waitForPicture(page);
      await page.emulateMedia({ media: 'print' });
      const layout = await page.evaluate(() => {
        const box = (sel: string) => {
          const el = document.querySelector(sel);
          if (!el) return null;
          const r = el.getBoundingClientRect();
          const style = getComputedStyle(el);
          return {
            x: r.x,
            y: r.y,
            width: r.width,
            height: r.height,
            shown: style.display !== 'none' && style.visibility !== 'hidden',
          };
        };
        return {
          page: document.documentElement.clientWidth,
          canvas: box('[data-testid="graph-canvas"] canvas'),
          details: box('.details-panel'),
        };
      });
      const { canvas, details } = layout;
      expect(canvas?.shown).toBe(true);
      expect(details?.shown).toBe(true);
      expect(canvas?.width ?? 0).toBeGreaterThanOrEqual(0.6 * layout.page);
      expect(canvas?.height ?? 0).toBeGreaterThan(250);
      if (!canvas || !details) return;
      // Not over the picture: beside it on landscape paper, below it on portrait.
      if (paper.beside) expect(details.x).toBeGreaterThanOrEqual(canvas.x + canvas.width - 1);
      else expect(details.y).toBeGreaterThanOrEqual(canvas.y + canvas.height - 1);
      // The names in the details (buttons on screen) are printed, not hidden with the controls.
      const names = await page
        .locator('.details-panel button.node-link')
        .evaluateAll((els) => els.filter((el) => getComputedStyle(el).display !== 'none').length);
      expect(names).toBeGreaterThan(20);
      await page.screenshot({ path: `/tmp/outputs-print-${paper.width}.png`, fullPage: true });
      await page.context().close();
    });
  }

  it('prints a FIRS page with the picture and the details panel', async () => {
    const { page } = await app.open('?sel=col:firs', { width: 1280, height: 720 });
    await waitForPicture(page);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: '/tmp/outputs-print.png', fullPage: true });
    const layout = await page.evaluate(() => {
      const rect = (sel: string) => document.querySelector(sel)?.getBoundingClientRect() ?? null;
      const visible = (sel: string) => {
        const el = document.querySelector(sel);
        return el ? getComputedStyle(el).display !== 'none' : false;
      };
      return {
        main: rect('.main-view'),
        details: rect('.details-panel'),
        sidebar: visible('.sidebar'),
      };
    });
    expect(layout.sidebar).toBe(false);
    expect(layout.main?.width ?? 0).toBeGreaterThan(300);
    expect(layout.details?.width ?? 0).toBeGreaterThan(200);
    // Beside (landscape): the details start right of the picture.
    expect(layout.details?.x ?? 0).toBeGreaterThanOrEqual(
      (layout.main?.x ?? 0) + (layout.main?.width ?? 0) - 1,
    );
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    (await import('node:fs')).writeFileSync('/tmp/outputs-firs.pdf', pdf);
    await page.context().close();
  });
});

/** Embeds of question answers: the URL of the question plus mode=embed, at 800×450. */
const ANSWER_EMBEDS = [
  { name: 'comparison', query: 'cmp=col:firs,col:string', asked: ['col:firs', 'col:string'] },
  {
    name: 'routes',
    query: 'rt=org:lunds-universitet~org:region-kronoberg',
    asked: ['org:lunds-universitet', 'org:region-kronoberg'],
  },
  { name: 'neighbourhood', query: 'nb=col:firs', asked: ['col:firs'] },
] as const;

/** Opens an answer's embed and waits until its emphasis is drawn and the picture rests. */
async function openAnswerEmbed(query: string): Promise<Page> {
  const { page } = await app.open(`?mode=embed&${query}`, { width: 800, height: 450 });
  await waitForPicture(page);
  await page.waitForFunction(() => (window.__app?.drawn?.()?.withClass('q-emph').length ?? 0) > 0);
  await canvasLabels(page, true);
  return page;
}

describe('embeds of question answers at 800×450', () => {
  // The zoom at which the embed fits the whole network, to tell "framed on the answer" apart.
  let wholeZoom = 0;
  beforeAll(async () => {
    const { page } = await app.open('?mode=embed', { width: 800, height: 450 });
    await waitForPicture(page);
    await canvasLabels(page, true);
    wholeZoom = (await page.evaluate(() => window.__app?.drawn?.()?.zoom)) ?? 0;
    await page.context().close();
  });

  for (const answer of ANSWER_EMBEDS) {
    it(`the ${answer.name} embed frames the answer, details collapsed`, async () => {
      const page = await openAnswerEmbed(answer.query);
      const frame = await page.evaluate(() => {
        const drawn = window.__app?.drawn?.();
        const rect = document
          .querySelector('[data-testid="graph-canvas"] canvas')
          ?.getBoundingClientRect();
        if (!drawn || !rect) return null;
        const ids = drawn.withClass('q-emph');
        return {
          rect: { x: rect.x, y: rect.y, w: rect.width, h: rect.height },
          zoom: drawn.zoom,
          ids,
          points: ids.map((id) => drawn.renderedPosition(id)),
        };
      });
      expect(frame).not.toBeNull();
      // The answer is emphasised: what was asked about and more.
      expect(frame?.ids).toEqual(expect.arrayContaining([...answer.asked]));
      expect(frame?.ids.length ?? 0).toBeGreaterThan(answer.asked.length);
      const { x, y, w, h } = frame?.rect ?? { x: 0, y: 0, w: 0, h: 0 };
      const outside = (frame?.ids ?? []).filter((_, i) => {
        const p = frame?.points[i];
        return !p || p.x < x || p.x > x + w || p.y < y || p.y > y + h;
      });
      expect(outside).toEqual([]);
      // Framed on the answer: it fills the picture across or down (whichever limits the
      // fit), rather than sitting small in a corner of the whole network.
      const px = (frame?.points ?? []).map((p) => p?.x ?? 0);
      const py = (frame?.points ?? []).map((p) => p?.y ?? 0);
      const fill = Math.max(
        (Math.max(...px) - Math.min(...px)) / w,
        (Math.max(...py) - Math.min(...py)) / h,
      );
      expect(fill).toBeGreaterThan(0.6);
      expect(wholeZoom).toBeGreaterThan(0);
      expect(frame?.zoom ?? 0).toBeGreaterThan(1.2 * wholeZoom);
      // The picture first: no details panel open, no editing controls.
      expect(await page.locator('.embed-details').count()).toBe(0);
      for (const toggle of await page.getByTestId('embed-details-toggle').all())
        expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await page.getByRole('combobox').count()).toBe(0);
      await page.screenshot({ path: `/tmp/outputs-embed-${answer.name}-800.png` });
      await page.context().close();
    });

    it(`the ${answer.name} embed draws the answer's labels at ≥ 18 px without overlaps`, async () => {
      const page = await openAnswerEmbed(answer.query);
      const labels = await canvasLabels(page, true);
      expect(labels.map((l) => l.id)).toEqual(expect.arrayContaining([...answer.asked]));
      expectLegible(labels);
      await page.context().close();
    });
  }
});
