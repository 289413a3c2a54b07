/**
 * Keyboard focus that follows the selection into the details panel: after a search hit is
 * chosen, and when the element that had focus inside the panel (a member link) was
 * replaced by the newly selected node's details. The panel's heading is `#details-title`
 * (every details view has one); it is made programmatically focusable (tabindex -1).
 * DOM only, no React.
 */

/** The details region: the aside around `#details-title` (explore and embed shells). */
export const DETAILS_REGION = '.details-panel, .embed-details';

/**
 * Focuses the details heading once it is rendered: tries on each animation frame, up to
 * `frames` (default 20, ≈ 1/3 s). Resolves true when focused, false when no heading came.
 */
export function focusDetailsHeading(frames = 20): Promise<boolean> {
  return new Promise((resolve) => {
    const attempt = (left: number) => {
      const heading = document.getElementById('details-title');
      if (heading) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus({ preventScroll: false });
        resolve(document.activeElement === heading);
        return;
      }
      if (left <= 0) resolve(false);
      else requestAnimationFrame(() => attempt(left - 1));
    };
    requestAnimationFrame(() => attempt(frames));
  });
}

/**
 * Watches focus inside the details region; call `afterSelectionChange()` when the
 * selection changes: if focus was in the region and has been lost (the focused element
 * was unmounted, so focus fell to <body>), the new details heading gets it. Returns a
 * disposer.
 */
export function keepFocusInDetails(doc: Document = document): {
  afterSelectionChange: () => void;
  dispose: () => void;
} {
  let inDetails = false;
  const onFocusIn = (event: FocusEvent) => {
    const target = event.target;
    inDetails = target instanceof Element && target.closest(DETAILS_REGION) !== null;
  };
  doc.addEventListener('focusin', onFocusIn);
  return {
    afterSelectionChange: () => {
      if (!inDetails) return;
      requestAnimationFrame(() => {
        const active = doc.activeElement;
        const lost = active === null || active === doc.body;
        if (lost) void focusDetailsHeading();
      });
    },
    dispose: () => doc.removeEventListener('focusin', onFocusIn),
  };
}
