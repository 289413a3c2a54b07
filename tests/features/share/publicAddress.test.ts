import { describe, expect, it } from 'vitest';
import {
  normalisePublicUrl,
  shareBase,
  unreachableReason,
} from '../../../src/features/share/publicAddress';
import { viewUrl } from '../../../src/features/share/shareLinks';
import { DEFAULT_NAV_STATE } from '../../../src/url/navState';

describe('normalisePublicUrl', () => {
  it('accepts absolute http(s) addresses and adds the slash a directory needs', () => {
    expect(normalisePublicUrl('https://intranet.example.se/karta')).toBe(
      'https://intranet.example.se/karta/',
    );
    expect(normalisePublicUrl(' https://x.github.io/repo/ ')).toBe('https://x.github.io/repo/');
    expect(normalisePublicUrl('https://x.se/karta/index.html')).toBe(
      'https://x.se/karta/index.html',
    );
  });
  it('rejects empty, relative, other schemes and addresses with a query', () => {
    expect(normalisePublicUrl(undefined)).toBeNull();
    expect(normalisePublicUrl('')).toBeNull();
    expect(normalisePublicUrl('/karta/')).toBeNull();
    expect(normalisePublicUrl('ftp://x.se/')).toBeNull();
    expect(normalisePublicUrl('https://x.se/?v=1')).toBeNull();
  });
});

describe('unreachableReason', () => {
  it('flags addresses only this machine can open', () => {
    expect(unreachableReason('http://127.0.0.1:4173/?v=n')).toBe('local-host');
    expect(unreachableReason('http://localhost:5173/')).toBe('local-host');
    expect(unreachableReason('http://[::1]:4173/')).toBe('local-host');
    expect(unreachableReason('file:///home/a/standalone.html')).toBe('file');
  });
  it('lets other hosts through', () => {
    expect(unreachableReason('https://karta.skane.example/')).toBeNull();
    expect(unreachableReason('http://192.168.1.20:4173/')).toBeNull();
  });
});

describe('shareBase', () => {
  it('prefers the configured public address, so links leave localhost', () => {
    const base = shareBase('http://127.0.0.1:4173/?s=org:x', 'https://karta.example.se/app');
    expect(base).toEqual({
      href: 'https://karta.example.se/app/',
      configured: true,
      unreachable: null,
    });
    const link = viewUrl(base.href, DEFAULT_NAV_STATE, 'embed');
    expect(link.startsWith('https://karta.example.se/app/?')).toBe(true);
  });
  it('falls back to the page and flags it when the configured value is invalid', () => {
    const base = shareBase('http://127.0.0.1:4173/', 'karta.example.se');
    expect(base.configured).toBe(false);
    expect(base.unreachable).toBe('local-host');
  });
});
