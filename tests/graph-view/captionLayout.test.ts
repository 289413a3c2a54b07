/** Caption layout and image frames: pure, measured with an approximate text width. */
import { describe, expect, it } from 'vitest';
import {
  approximateMeasure,
  captionToSvg,
  layoutCaption,
  wrapText,
  type CaptionContent,
} from '../../src/graph-view/captionLayout';
import { planFrame, SLIDE_SIZES } from '../../src/graph-view/imageFrame';

const content: CaptionContent = {
  title: 'Region Skåne & partners',
  subtitle: 'Samarbetsnätverk mellan organisationer — Visar 40 organisationer, 12 samarbeten',
  legend: [
    {
      heading: 'Organisationer (färg = typ)',
      items: [
        { label: 'Region', swatch: { shape: 'circle', fill: '#332288', stroke: '#3b3b3b' } },
        { label: 'Kommun', swatch: { shape: 'circle', fill: '#88CCEE', stroke: '#3b3b3b' } },
      ],
    },
    {
      heading: 'Samarbeten (form = slag)',
      items: [
        {
          label: 'Projekt',
          swatch: { shape: 'polygon', points: [-1, -1, 1, -1, 0, 1], fill: '#4A4A4A' },
        },
      ],
    },
  ],
  filters: 'Filter: Organisationstyp: Kommun, Region',
  dataAsOf: 'Data per 2022',
  sources: 'Källor: Projekt och samarbeten; Nätverk',
};

describe('wrapText', () => {
  it('breaks at spaces within the width and never loses words', () => {
    const lines = wrapText('ett två tre fyra fem sex', 50, 10, false, approximateMeasure);
    expect(lines.join(' ')).toBe('ett två tre fyra fem sex');
    for (const line of lines) expect(approximateMeasure(line, 10, false)).toBeLessThanOrEqual(50);
  });

  it('cuts a word longer than the line with an ellipsis', () => {
    const [line] = wrapText(
      'Donaudampfschifffahrtsgesellschaft',
      60,
      10,
      false,
      approximateMeasure,
    );
    expect(line?.endsWith('…')).toBe(true);
    expect(approximateMeasure(line ?? '', 10, false)).toBeLessThanOrEqual(60);
  });
});

describe('layoutCaption', () => {
  it('draws title, legend swatches with labels, filters, date and sources inside its box', () => {
    const { ops, height } = layoutCaption(
      content,
      { x: 10, y: 100, width: 600 },
      approximateMeasure,
    );
    const texts = ops.filter((o) => o.op === 'text').map((o) => (o.op === 'text' ? o.text : ''));
    expect(texts).toEqual(
      expect.arrayContaining([
        'Region Skåne & partners',
        'Region',
        'Kommun',
        'Projekt',
        'Data per 2022',
      ]),
    );
    expect(ops.filter((o) => o.op === 'circle')).toHaveLength(2);
    expect(ops.filter((o) => o.op === 'polygon')).toHaveLength(1);
    for (const o of ops) {
      if (o.op !== 'text') continue;
      expect(o.x).toBeGreaterThanOrEqual(10);
      expect(o.y).toBeGreaterThan(100);
      expect(o.y).toBeLessThanOrEqual(100 + height);
      expect(o.x + approximateMeasure(o.text, o.size, o.bold)).toBeLessThanOrEqual(610);
    }
  });

  it('grows taller in a narrow box', () => {
    const wide = layoutCaption(content, { x: 0, y: 0, width: 1400 }, approximateMeasure).height;
    const narrow = layoutCaption(content, { x: 0, y: 0, width: 300 }, approximateMeasure).height;
    expect(narrow).toBeGreaterThan(wide);
  });

  it('becomes SVG with text as text, escaped', () => {
    const svg = captionToSvg(
      layoutCaption(content, { x: 0, y: 0, width: 600 }, approximateMeasure).ops,
    );
    expect(svg).toContain('>Region Skåne &amp; partners</text>');
    expect(svg).toContain('<circle');
    expect(svg).toContain('<polygon');
    expect(svg).toContain('font-family="system-ui, &quot;DejaVu Sans&quot;, sans-serif"');
  });
});

describe('planFrame', () => {
  const view = { width: 900, height: 700 };

  it('keeps the current view and puts the caption below it', () => {
    const plan = planFrame(view, 'none', content, approximateMeasure);
    expect(plan.width).toBe(900);
    expect(plan.height).toBe(700 + (plan.caption?.height ?? 0));
    expect(plan.graph).toEqual({ x: 0, y: 0, width: 900, height: 700, full: false });
    expect(planFrame(view, 'none', null, approximateMeasure).height).toBe(700);
  });

  it('fits the whole graph into exact slide frames, caption beside (16:9) or below (4:3)', () => {
    const wide = planFrame(view, '16:9', content, approximateMeasure);
    expect([wide.width, wide.height]).toEqual([1920, 1080]);
    expect(wide.graph).toMatchObject({ x: 0, y: 0, width: 1440, height: 1080, full: true });
    const square = planFrame(view, '4:3', content, approximateMeasure);
    expect([square.width, square.height]).toEqual([1440, 1080]);
    expect(square.graph.width).toBe(1440);
    expect(square.graph.height + (square.caption?.height ?? 0)).toBeGreaterThanOrEqual(1080);
    expect(planFrame(view, '4:3', null, approximateMeasure).graph).toMatchObject(
      SLIDE_SIZES['4:3'],
    );
  });
});
