/**
 * Short notices (ignored URL parts, saved files, errors) in a polite live region. However
 * long a notice is, it is cut to a readable length and the stack never grows past the
 * viewport: it scrolls, and every close button stays reachable.
 */
import { useEffect } from 'react';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/useT';
import { clampNotice } from './summarise';
import './notices.css';

const AUTO_DISMISS_MS = 8000;

/** The notice stack; mount once per shell. */
export function Notices() {
  const notices = useAppStore((s) => s.ui.notices);
  const dismiss = useAppStore((s) => s.dismiss);
  const t = useT();
  useEffect(() => {
    const timers = notices
      .filter((n) => n.kind === 'info')
      .map((n) => setTimeout(() => dismiss(n.id), AUTO_DISMISS_MS));
    return () => timers.forEach(clearTimeout);
  }, [notices, dismiss]);
  return (
    <div
      className="notices notices-bounded"
      role="status"
      aria-live="polite"
      aria-label={t('trust.noticesRegion')}
    >
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`}>
          <span className="notice-text">{clampNotice(n.text)}</span>
          <button type="button" onClick={() => dismiss(n.id)} aria-label={t('notice.dismiss')}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
