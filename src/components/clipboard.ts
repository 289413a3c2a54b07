/**
 * Copies text: the async Clipboard API where allowed, else a hidden textarea and
 * execCommand('copy') (iframes without clipboard permission, older browsers). The textarea
 * goes into `container` because everything outside an open modal dialog is inert.
 */
export async function copyText(
  text: string,
  container: HTMLElement = document.body,
): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission refused or not a secure context: fall back below.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.top = '0';
  area.style.left = '0';
  area.style.opacity = '0';
  container.appendChild(area);
  area.select();
  let ok: boolean;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}
