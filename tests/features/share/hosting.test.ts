/**
 * The example server configurations in docs/hosting send the same security headers, with a
 * Content-Security-Policy strict enough for a public-sector site and loose enough for the
 * app (workers, exported images, embeds) — and equal to index.html's meta tag once it has one.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const nginx = read('docs/hosting/nginx-security-headers.conf');
const apache = read('docs/hosting/apache.htaccess');

function headers(text: string, pattern: RegExp): Map<string, string> {
  return new Map([...text.matchAll(pattern)].map((m) => [m[1] ?? '', m[2] ?? '']));
}
const nginxHeaders = headers(nginx, /^add_header ([\w-]+) "([^"]*)" always;$/gm);
const apacheHeaders = headers(apache, /^\s*Header always set ([\w-]+) "([^"]*)"$/gm);

function directives(csp: string): Map<string, string> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name = '', ...values] = d.split(/\s+/);
        return [name, values.join(' ')];
      }),
  );
}

describe('docs/hosting', () => {
  it('nginx and Apache send the same headers with the same values', () => {
    expect(nginxHeaders.size).toBeGreaterThanOrEqual(6);
    expect(Object.fromEntries(apacheHeaders)).toEqual(Object.fromEntries(nginxHeaders));
  });

  it('the policy denies by default and allows what the app needs', () => {
    const csp = directives(nginxHeaders.get('Content-Security-Policy') ?? '');
    expect(csp.get('default-src')).toBe("'none'");
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('worker-src')?.split(' ')).toContain('blob:');
    expect(csp.get('img-src')?.split(' ')).toEqual(expect.arrayContaining(["'self'", 'data:']));
    expect(csp.get('frame-ancestors')?.split(' ')).toContain("'self'");
    for (const value of csp.values()) expect(value).not.toMatch(/unsafe-(inline|eval)|\*/);
    expect(nginxHeaders.get('X-Content-Type-Options')).toBe('nosniff');
    expect(nginxHeaders.get('Strict-Transport-Security')).toMatch(/max-age=\d{7,}/);
  });

  it("matches index.html's CSP meta tag, when there is one", () => {
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(
      read('index.html'),
    );
    if (!meta) return;
    const page = directives(meta[1] ?? '');
    const server = directives(nginxHeaders.get('Content-Security-Policy') ?? '');
    // frame-ancestors cannot be set from a meta tag; everything else must agree.
    server.delete('frame-ancestors');
    page.delete('frame-ancestors');
    expect(Object.fromEntries(server)).toEqual(Object.fromEntries(page));
  });
});
