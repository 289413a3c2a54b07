/** The view written into the standalone page cannot break out of its <script>. */
import { describe, expect, it } from 'vitest';
import { injectView, scriptSafeJson } from '../../../src/features/export/standalone';

const page =
  '<!doctype html><html><head><title>Samverkanskartan</title>' +
  '<script type="module" crossorigin>console.log(1)</script></head><body></body></html>';

describe('injectView', () => {
  it('sets the view before the first script and the title', () => {
    const html = injectView(page, '?mode=embed&sel=col:firs', 'FIRS – Samverkanskartan');
    expect(html).toContain(
      '<script>window.__SAMVERKAN_VIEW__ = "?mode=embed&#SEL";</script><script type="module"'.replace(
        '&#SEL',
        '\\u0026sel=col:firs',
      ),
    );
    expect(html).toContain('<title>FIRS – Samverkanskartan</title>');
    expect(html.indexOf('__SAMVERKAN_VIEW__')).toBeLessThan(html.indexOf('console.log'));
  });

  it('escapes what could end the script or open a comment', () => {
    const query = '?title=</script><script>alert(1)</script><!--';
    const json = scriptSafeJson(query);
    expect(json).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(json)).toBe(query);
    const html = injectView(page, query, '<b>x</b>');
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).toContain('<title>&lt;b&gt;x&lt;/b&gt;</title>');
  });

  it('falls back to the head when the page has no script', () => {
    const html = injectView('<html><head></head><body></body></html>', '?v=network');
    expect(html).toBe(
      '<html><head><script>window.__SAMVERKAN_VIEW__ = "?v=network";</script></head><body></body></html>',
    );
  });
});
