/**
 * The time and scenarios panel: three tabs (Tid, Tänk om, Mäklare mellan världar) as an
 * ARIA tablist (arrow keys, Home/End move between tabs), Escape or the close button closes.
 */
import { useRef, type KeyboardEvent } from 'react';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/useT';
import type { ViewModel } from '../../state/useViewModel';
import { TIME_TABS, type TimeTab } from '../../url/navState';
import { BrokersTab } from '../brokerage/BrokersTab';
import { WhatIfTab } from '../scenario/WhatIfTab';
import { TimeTabPanel } from './TimeTabPanel';
import './time.css';

export function TimePanel({ model, tab }: { model: ViewModel; tab: TimeTab }) {
  const t = useT();
  const openTimeTab = useAppStore((s) => s.openTimeTab);
  const tabs = useRef<Record<string, HTMLButtonElement | null>>({});
  const onTabKey = (event: KeyboardEvent) => {
    const i = TIME_TABS.indexOf(tab);
    const next =
      event.key === 'ArrowRight'
        ? TIME_TABS[(i + 1) % TIME_TABS.length]
        : event.key === 'ArrowLeft'
          ? TIME_TABS[(i + TIME_TABS.length - 1) % TIME_TABS.length]
          : event.key === 'Home'
            ? TIME_TABS[0]
            : event.key === 'End'
              ? TIME_TABS[TIME_TABS.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    openTimeTab(next);
    tabs.current[next]?.focus();
  };
  return (
    <section
      id="time-panel"
      className="time-panel"
      aria-label={t('time.panel')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') openTimeTab(null);
      }}
    >
      <div className="time-panel-head">
        <div className="time-tabs" role="tablist" aria-label={t('time.panel')} onKeyDown={onTabKey}>
          {TIME_TABS.map((id) => (
            <button
              key={id}
              ref={(el) => {
                tabs.current[id] = el;
              }}
              type="button"
              role="tab"
              id={`time-tab-${id}`}
              aria-selected={tab === id}
              aria-controls={`time-tabpanel-${id}`}
              tabIndex={tab === id ? 0 : -1}
              onClick={() => openTimeTab(id)}
            >
              {t(`time.tab.${id}`)}
            </button>
          ))}
        </div>
        <button type="button" className="time-close" onClick={() => openTimeTab(null)}>
          {t('time.close')}
        </button>
      </div>
      <div
        className="time-tabpanel"
        role="tabpanel"
        id={`time-tabpanel-${tab}`}
        aria-labelledby={`time-tab-${tab}`}
      >
        {tab === 'time' ? <TimeTabPanel model={model} /> : null}
        {tab === 'whatif' ? <WhatIfTab model={model} /> : null}
        {tab === 'brokers' ? <BrokersTab model={model} /> : null}
      </div>
    </section>
  );
}
