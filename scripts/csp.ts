/**
 * The Content-Security-Policy the app ships with, and the Vite plugin that keeps it only
 * where it can hold. The policy is written into index.html as a meta tag (reviewable in
 * one place); the plugin checks at build time that index.html carries exactly this
 * policy, and removes the tag where it cannot work: the dev server (Vite and React Fast
 * Refresh inject inline scripts) and the single-file standalone build (everything is
 * inline, and the export writes one more inline script at run time; see docs/security.md).
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * The one stylesheet cytoscape injects into <head> (renderer init): its text, byte for
 * byte. A test reads cytoscape's source to keep this in step with the installed version.
 */
export const CYTOSCAPE_STYLESHEET = '.__________cytoscape_container { position: relative; }';

/** CSP hash source ('sha256-…') of an inline script or stylesheet text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The directives, in order. No 'unsafe-inline' and no 'unsafe-eval' anywhere: React's
 * `style={…}` goes through the CSSOM (not governed by CSP), zod runs jitless, and the only
 * injected stylesheet is allowed by its hash. frame-ancestors cannot be set in a meta tag:
 * hosts send it as a header (docs/security.md).
 */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'self' ${cspHash(CYTOSCAPE_STYLESHEET)}`,
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** The policy as one header / meta value. */
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');

const META = /\s*<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/;

/**
 * Vite plugin: in production builds, fails unless index.html's CSP meta equals
 * CONTENT_SECURITY_POLICY; removes the meta on the dev server and in the standalone build
 * (detected by its `import.meta.env.VITE_STANDALONE` define).
 */
export function contentSecurityPolicy(): Plugin {
  let strip = false;
  return {
    name: 'samverkan:csp',
    configResolved(config) {
      strip =
        config.command === 'serve' ||
        config.define?.['import.meta.env.VITE_STANDALONE'] !== undefined;
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const match = META.exec(html);
        if (strip) return html.replace(META, '');
        if (!match || match[1] !== CONTENT_SECURITY_POLICY) {
          throw new Error(
            'index.html must carry the Content-Security-Policy of scripts/csp.ts:\n' +
              `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
          );
        }
        return html;
      },
    },
  };
}
