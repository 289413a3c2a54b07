/**
 * Embed mode (`?mode=embed`): a chrome-free, read-only view for iframes and slides — the
 * picture, a title, a collapsible legend, zoom controls and details on click. No search,
 * filters or editing controls. Responsive from 480×270 up. The picture comes first: below
 * 1000 px wide the details panel starts collapsed and opens on demand (a header button).
 */
import { useState } from 'react';
import { DetailsPanel } from '../features/details/DetailsPanel';
import { Legend } from '../features/legend/Legend';
import { useMetricsRunner } from '../features/metrics/useMetricsRunner';
import { Notices } from '../features/notices/Notices';
import { useDataset } from '../state/DatasetContext';
import { useAppStore } from '../state/store';
import { useT } from '../state/useT';
import { useViewModel } from '../state/useViewModel';
import { serializeNavState } from '../url/navState';
import { ErrorBoundary, PanelError } from './ErrorBoundary';
import { GraphStage } from './GraphStage';
import './shells.css';

/** Frames narrower than this (CSS px) open with the details panel collapsed. */
export const EMBED_DETAILS_MIN_WIDTH = 1000;

export function EmbedShell() {
  const { data } = useDataset();
  const t = useT();
  const model = useViewModel();
  useMetricsRunner(model.graph);
  const nav = useAppStore((s) => s.nav);
  const [legendOpen, setLegendOpen] = useState(false);
  const [detailsOpen, setDetailsOpen] = useState(
    () => typeof window === 'undefined' || window.innerWidth >= EMBED_DETAILS_MIN_WIDTH,
  );
  const fullLink = serializeNavState({ ...nav, mode: 'explore' }) || '?';
  return (
    <div className={`embed-shell ${nav.selected ? 'has-selection' : ''}`} data-mode="embed">
      <header className="embed-header">
        <h1>{nav.title || t('app.title')}</h1>
        <span className="small muted">{t('app.dataAsOf', { date: data.file.dataAsOf })}</span>
        <button
          type="button"
          className="text-button"
          aria-expanded={legendOpen}
          onClick={() => setLegendOpen(!legendOpen)}
        >
          {t('embed.legend')}
        </button>
        {nav.selected ? (
          <button
            type="button"
            className="text-button"
            aria-expanded={detailsOpen}
            aria-controls="embed-details"
            onClick={() => setDetailsOpen(!detailsOpen)}
            data-testid="embed-details-toggle"
          >
            {t(detailsOpen ? 'embed.details.hide' : 'embed.details.show')}
          </button>
        ) : null}
        {import.meta.env.VITE_STANDALONE ? null : (
          // A standalone file has no full app beside it to open.
          <a className="text-button" href={fullLink} target="_blank" rel="noopener">
            {t('embed.openFull')}
          </a>
        )}
      </header>
      <main className="embed-main" aria-label={t(`view.${nav.view}`)}>
        <ErrorBoundary fallback={(_, reset) => <PanelError reset={reset} />}>
          <GraphStage model={model} />
        </ErrorBoundary>
        {legendOpen ? (
          <div className="embed-legend">
            <Legend model={model} />
          </div>
        ) : null}
        {nav.selected && detailsOpen ? (
          <aside id="embed-details" className="embed-details" aria-label={t('details.title')}>
            <ErrorBoundary fallback={(_, reset) => <PanelError reset={reset} />}>
              <DetailsPanel />
            </ErrorBoundary>
          </aside>
        ) : null}
      </main>
      <Notices />
    </div>
  );
}
