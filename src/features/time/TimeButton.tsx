/**
 * The toolbar entry of the time and scenarios panel: a toggle button, and the panel while
 * a tab is open (`nav.timeTab`, so an open panel is part of a shared link).
 */
import { useAppStore } from '../../state/store';
import { useT } from '../../state/useT';
import type { ViewModel } from '../../state/useViewModel';
import { TimePanel } from './TimePanel';

export function TimeButton({ model }: { model: ViewModel }) {
  const t = useT();
  const tab = useAppStore((s) => s.nav.timeTab);
  const openTimeTab = useAppStore((s) => s.openTimeTab);
  return (
    <>
      <button
        type="button"
        className="time-button"
        aria-expanded={tab !== null}
        aria-controls="time-panel"
        onClick={() => openTimeTab(tab ? null : 'time')}
      >
        {t('time.button')}
      </button>
      {tab ? <TimePanel model={model} tab={tab} /> : null}
    </>
  );
}
