/** Short notices (ignored URL parts, saved files, errors) in a polite live region. */
import { useEffect } from 'react';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/useT';

const AUTO_DISMISS_MS = 8000;

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
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`}>
          <span>{n.text}</span>
          <button type="button" onClick={() => dismiss(n.id)} aria-label={t('notice.dismiss')}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
