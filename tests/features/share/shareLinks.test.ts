/** Share links: absolute address of the view, and an iframe snippet of its embed mode. */
import { describe, expect, it } from 'vitest';
import { EMBED_SIZES, iframeSnippet, viewUrl } from '../../../src/features/share/shareLinks';
import { DEFAULT_NAV_STATE, parseNavState } from '../../../src/url/navState';

const nav = {
  ...DEFAULT_NAV_STATE,
  selected: 'col:firs',
  view: 'network' as const,
  title: 'A & B',
};

describe('viewUrl', () => {
  it('replaces the page query and hash with the view, in the chosen mode', () => {
    const url = viewUrl('https://example.org/karta/?old=1#x', nav, 'explore');
    expect(url).toBe('https://example.org/karta/?v=network&sel=col:firs&title=A+%26+B');
    const embed = viewUrl('https://example.org/karta/index.html', nav, 'embed');
    expect(embed.startsWith('https://example.org/karta/index.html?mode=embed&')).toBe(true);
    expect(parseNavState(new URL(embed).search).state).toMatchObject({ ...nav, mode: 'embed' });
  });

  it('gives the bare page for the default view', () => {
    expect(viewUrl('http://127.0.0.1:4173/?sel=x', DEFAULT_NAV_STATE, 'explore')).toBe(
      'http://127.0.0.1:4173/',
    );
  });
});

describe('iframeSnippet', () => {
  it('writes a titled, borderless iframe with escaped attributes', () => {
    const html = iframeSnippet('https://x.se/?mode=embed&v=network', 800, 450, 'A "B" <C>');
    expect(html).toBe(
      '<iframe src="https://x.se/?mode=embed&amp;v=network" width="800" height="450" ' +
        'title="A &quot;B&quot; &lt;C&gt;" style="border:0" loading="lazy" allowfullscreen></iframe>',
    );
  });

  it('clamps sizes', () => {
    expect(iframeSnippet('u', 10, 99999, 't')).toContain('width="120" height="4000"');
    expect(iframeSnippet('u', Number.NaN, 300.4, 't')).toContain('width="120" height="300"');
  });

  it('offers the three preset sizes', () => {
    expect(EMBED_SIZES.map((s) => `${s.width}x${s.height}`)).toEqual([
      '800x450',
      '1280x720',
      '480x270',
    ]);
  });
});
