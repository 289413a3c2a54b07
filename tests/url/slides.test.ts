import { describe, expect, it } from 'vitest';
import { DEFAULT_NAV_STATE } from '../../src/url/navState';
import {
  encodeSlideSequence,
  MAX_SLIDE_FILE_CHARS,
  MAX_SLIDES,
  mergeImported,
  slideFileText,
  slideFromView,
  slideProblems,
  viewOfSlide,
} from '../../src/url/slides';
import { decodeSlideSequence, parseSlideFile } from '../../src/url/slideSchemas';
import { tinyDataset } from '../fixtures/tinyDataset';

const data = tinyDataset();
const view = {
  ...DEFAULT_NAV_STATE,
  view: 'network' as const,
  selected: 'org:region-a',
  mode: 'present' as const,
};
let seed = 0;
const rng = () => (seed = (seed * 9301 + 49297) % 233280) / 233280;

describe('slides', () => {
  it('captures a view without its mode and reopens it in the asked mode with its title', () => {
    const slide = slideFromView(
      view,
      '  Regionens partner  ',
      { 'org:region-a': [1, 2] },
      's-test0001',
    );
    expect(slide).toEqual({
      id: 's-test0001',
      title: 'Regionens partner',
      view: '?v=network&sel=org:region-a',
      positions: { 'org:region-a': [1, 2] },
    });
    const opened = viewOfSlide(slide, data, 'present');
    expect(opened.problems).toEqual([]);
    expect(opened.state).toMatchObject({
      view: 'network',
      selected: 'org:region-a',
      mode: 'present',
      title: 'Regionens partner',
    });
  });

  it('round-trips a slide file and refuses bad files with a reason', () => {
    const slides = [
      slideFromView(view, 'A', undefined, 's-aaaa0001'),
      slideFromView(DEFAULT_NAV_STATE, 'B', undefined, 's-bbbb0002'),
    ];
    expect(parseSlideFile(slideFileText(slides), data)).toEqual({
      ok: true,
      slides,
      droppedPositions: 0,
    });
    expect(parseSlideFile('{not json', data)).toEqual({ ok: false, reason: 'not-json' });
    expect(
      parseSlideFile(JSON.stringify({ format: 'other', version: 1, slides: [] }), data).ok,
    ).toBe(false);
    const unknownNode = slideFileText([{ id: 's-cccc0003', title: 'C', view: '?sel=org:gone' }]);
    expect(parseSlideFile(unknownNode, data)).toEqual({
      ok: false,
      reason: 'slide 1 (C): sel=org:gone',
    });
  });

  it('appends imported slides with fresh ids, never overwriting saved ones', () => {
    const saved = [slideFromView(view, 'Saved', undefined, 's-same0001')];
    const imported = [slideFromView(DEFAULT_NAV_STATE, 'Imported', undefined, 's-same0001')];
    const merged = mergeImported(saved, imported, rng).slides;
    expect(merged[0]).toBe(saved[0]);
    expect(merged[1]?.title).toBe('Imported');
    expect(merged[1]?.id).not.toBe('s-same0001');
  });

  it('encodes a sequence in a link and decodes it, refusing garbage and unknown references', () => {
    const slides = [
      slideFromView(view, 'Först – åäö', undefined, 's-aaaa0001'),
      slideFromView(DEFAULT_NAV_STATE, 'Sedan', undefined, 's-bbbb0002'),
    ];
    const decoded = decodeSlideSequence(encodeSlideSequence(slides), data);
    expect(decoded.ok && decoded.slides.map((s) => [s.title, s.view])).toEqual([
      ['Först – åäö', '?v=network&sel=org:region-a'],
      ['Sedan', ''],
    ]);
    expect(decodeSlideSequence('%%%', data)).toEqual({ ok: false, reason: 'not-a-sequence' });
    const stale = encodeSlideSequence([{ id: 'x-0000', title: 'Old', view: '?sel=col:gone' }]);
    expect(decodeSlideSequence(stale, data)).toEqual({
      ok: false,
      reason: 'slide 1: sel=col:gone',
    });
  });
});

describe('hostile slide files', () => {
  const fileOf = (slides: unknown[]) =>
    JSON.stringify({ format: 'samverkanskartan-slides', version: 1, slides });

  it('refuses a file above the size bound without parsing it', () => {
    const text = fileOf([]) + ' '.repeat(MAX_SLIDE_FILE_CHARS);
    expect(parseSlideFile(text, data)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('keeps positions only for nodes of the dataset and counts the rest', () => {
    const positions: Record<string, [number, number]> = { 'org:region-a': [1, 2] };
    for (let i = 0; i < 3000; i += 1) positions[`org:invented-${i}`] = [i, i];
    const result = parseSlideFile(
      fileOf([{ id: 's-aaaa0001', title: 'A', view: '', positions }]),
      data,
    );
    expect(result.ok && result.slides[0]?.positions).toEqual({ 'org:region-a': [1, 2] });
    expect(result.ok && result.droppedPositions).toBe(3000);
  });

  it('reports exactly how many imported slides fit under the cap', () => {
    const saved = Array.from({ length: MAX_SLIDES - 3 }, (_, i) =>
      slideFromView(DEFAULT_NAV_STATE, `S${i}`, undefined, `s-saved-${i}`),
    );
    const imported = Array.from({ length: 10 }, (_, i) =>
      slideFromView(DEFAULT_NAV_STATE, `I${i}`, undefined, `s-imp-${i}`),
    );
    const merged = mergeImported(saved, imported, rng);
    expect(merged.kept).toBe(3);
    expect(merged.left).toBe(7);
    expect(merged.slides).toHaveLength(MAX_SLIDES);
    expect(merged.slides.at(-1)?.title).toBe('I2');
  });

  it('finds saved slides whose views name unknown ids', () => {
    const slides = [
      slideFromView(view, 'Good', undefined, 's-good0001'),
      { id: 's-bad00002', title: 'Bad', view: '?sel=org:gone' },
    ];
    expect(slideProblems(slides, data)).toEqual([
      { index: 1, title: 'Bad', problems: ['sel=org:gone'] },
    ]);
  });
});
