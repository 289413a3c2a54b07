/**
 * Where share links and iframe snippets point. A build can fix the public address
 * (`VITE_PUBLIC_URL=https://… npm run build`); otherwise the page's own address is used,
 * and an address only this machine can open (localhost, 127.x, ::1, file:) is flagged so
 * the Share dialog can warn before anyone sends a link that will not work. Pure.
 */

/** Why a share address will not work for a colleague, or null when it should. */
export type UnreachableReason = 'local-host' | 'file' | null;

export interface ShareBase {
  /** The page address links are built on (query and hash are replaced by viewUrl). */
  href: string;
  /** True when `href` came from the build's VITE_PUBLIC_URL. */
  configured: boolean;
  /** Why colleagues cannot open `href`, or null. */
  unreachable: UnreachableReason;
}

const LOCAL_HOSTS = /^(localhost|.*\.localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\]|::1)$/i;

/**
 * Checks a configured public address: an absolute http(s) URL without query or hash.
 * Returns the address with a trailing slash added to a bare directory path
 * (`https://x.se/karta` → `https://x.se/karta/`), or null when it is empty or invalid.
 */
export function normalisePublicUrl(raw: string | undefined): string | null {
  const text = raw?.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.search || url.hash || url.username || url.password) return null;
  const last = url.pathname.split('/').pop() ?? '';
  if (last !== '' && !last.includes('.')) url.pathname = `${url.pathname}/`;
  return url.toString();
}

/** Why `href` cannot be opened from another machine, or null when it can. */
export function unreachableReason(href: string): UnreachableReason {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return 'file';
  }
  if (url.protocol === 'file:' || url.protocol === 'blob:' || url.protocol === 'data:') {
    return 'file';
  }
  return LOCAL_HOSTS.test(url.hostname) ? 'local-host' : null;
}

/**
 * The address share links are built on: the configured public URL when the build has a
 * valid one (a typo falls back to the page address), else `pageHref`.
 */
export function shareBase(pageHref: string, configured: string | undefined): ShareBase {
  const publicUrl = normalisePublicUrl(configured);
  const href = publicUrl ?? pageHref;
  return { href, configured: publicUrl !== null, unreachable: unreachableReason(href) };
}
