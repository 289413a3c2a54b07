/**
 * The time and scenarios panel: three tabs (Tid, Tänk om, Mäklare mellan världar) as an
 * ARIA tablist (arrow keys, Home/End move between tabs), Escape or the close button closes.
 */
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/useT';
import type { ViewModel } from '../../state/useViewModel';
import { TIME_TABS, type TimeTab } from '../../url/navState';
import { BrokersTab } from '../brokerage/BrokersTab';
import { WhatIfTab } from '../scenario/WhatIfTab';
import { TimeTabPanel } from './TimeTabPanel';
import './time.css';

/** Bottom of the explorer's header in px (it wraps onto more lines on narrow screens). */
function useHeaderBottom(): number | null {
  const [bottom, setBottom] = useState<number | null>(null);
  useLayoutEffect(() => {
    const header = document.querySelector('.app-header');
    if (!header) return;
    const update = () => setBottom(Math.round(header.getBoundingClientRect().bottom));
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(header);
    return () => observer.disconnect();
  }, []);
  return bottom;
}

export function TimePanel({ model, tab }: { model: ViewModel; tab: TimeTab }) {
  const t = useT();
  const headerBottom = useHeaderBottom();
  const openTimeTab = useAppStore((s) => s.openTimeTab);
  const tabs = useRef<Record<string, HTMLButtonElement | null>>({});
  // Escape closes the panel wherever focus is (a disabled control may have dropped it to
  // the page), unless a modal dialog is open: that one takes the key.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (document.querySelector('dialog[open]')) return;
      const target = event.target;
      // Escape in a search box with text clears the text first.
      if (target instanceof HTMLInputElement && target.type === 'search' && target.value) return;
      openTimeTab(null);
      document.querySelector<HTMLButtonElement>('.time-button')?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [openTimeTab]);
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
      style={headerBottom !== null ? { top: headerBottom + 6 } : undefined}
      aria-label={t('time.panel')}
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
        {tab === 'time' ? <TimeTabPanel /> : null}
        {tab === 'whatif' ? <WhatIfTab model={model} /> : null}
        {tab === 'brokers' ? <BrokersTab model={model} /> : null}
      </div>
    </section>
  );
}
