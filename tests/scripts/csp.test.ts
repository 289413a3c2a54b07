/**
 * The shipped Content-Security-Policy stays in step with what the app needs: index.html
 * carries exactly the policy of scripts/csp.ts, and the stylesheet hash is of the text the
 * installed cytoscape really injects (read from its source, not copied).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, cspHash, CYTOSCAPE_STYLESHEET } from '../../scripts/csp';

const require = createRequire(import.meta.url);

describe('content security policy', () => {
  it('is the one in index.html', () => {
    const html = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });

  it('hashes the stylesheet cytoscape injects', () => {
    const source = readFileSync(
      join(dirname(require.resolve('cytoscape')), 'cytoscape.esm.mjs'),
      'utf8',
    );
    const className = /var className = '([^']+)';/.exec(source)?.[1];
    const rule = /stylesheet\.textContent = '\.' \+ className \+ '([^']*)';/.exec(source)?.[1];
    expect(className && rule).toBeTruthy();
    expect(`.${className}${rule}`).toBe(CYTOSCAPE_STYLESHEET);
    // The CSP hash format: base64 SHA-256 of the UTF-8 text (CSP3 §8.4), checked by hand.
    const digest = createHash('sha256').update(CYTOSCAPE_STYLESHEET).digest('base64');
    expect(cspHash(CYTOSCAPE_STYLESHEET)).toBe(`'sha256-${digest}'`);
    expect(CONTENT_SECURITY_POLICY).toContain(`style-src 'self' 'sha256-${digest}'`);
  });

  it('allows no inline script and no eval', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none'; script-src 'self';/);
  });
});
