/**
 * The explorer shell: header with search and toolbar, filters and legend on the left,
 * the picture (or its table alternative) in the middle, details on the right.
 */
import { startTransition, useCallback, useState } from 'react';
import { DetailsPanel } from '../features/details/DetailsPanel';
import { ExportDialog } from '../features/export/ExportDialog';
import { FilterPanel } from '../features/filters/FilterPanel';
import { ImportButton } from '../features/import/ImportButton';
import { ListHighlight } from '../features/import/ListHighlight';
import { Legend } from '../features/legend/Legend';
import { MetricsPanel } from '../features/metrics/MetricsPanel';
import { useMetricsRunner } from '../features/metrics/useMetricsRunner';
import { Notices } from '../features/notices/Notices';
import { SlidesDialog } from '../features/present/SlidesDialog';
import { QuestionsPanel } from '../features/questions/QuestionsPanel';
import { SearchBox } from '../features/search/SearchBox';
import { ShareDialog } from '../features/share/ShareDialog';
import { VisibleTable } from '../features/table/VisibleTable';
import { TimeButton } from '../features/time/TimeButton';
import { Toolbar } from '../features/toolbar/Toolbar';
import type { Core } from '../graph-view/GraphCanvas';
import { useDataset } from '../state/DatasetContext';
import { useAppStore } from '../state/store';
import { useT } from '../state/useT';
import { useViewModel } from '../state/useViewModel';
import { markGraphPaintedWhenDrawn } from './afterPaint';
import { ErrorBoundary, PanelError } from './ErrorBoundary';
import { GraphStage } from './GraphStage';

export function Explorer() {
  const { data } = useDataset();
  const t = useT();
  const model = useViewModel();
  useMetricsRunner(model.graph);
  const nav = useAppStore((s) => s.nav);
  const [relayout, setRelayout] = useState(0);
  const [cy, setCy] = useState<Core | null>(null);
  // Only the export dialog needs the instance: update it as a transition, so the whole
  // shell is not re-rendered in the task that creates the picture.
  // The first paint of the graph is marked ('graph-painted', read by bench/startup.mjs).
  const onPictureReady = useCallback((instance: Core) => {
    markGraphPaintedWhenDrawn(instance);
    startTransition(() => setCy(instance));
  }, []);
  const getPositions = useCallback(() => {
    if (!cy || cy.destroyed() || nav.display !== 'graph') return null;
    const out: Record<string, [number, number]> = {};
    cy.nodes().forEach((n) => {
      const p = n.position();
      out[n.id()] = [Math.round(p.x), Math.round(p.y)];
    });
    return out;
  }, [cy, nav.display]);

  return (
    <div className={`app-shell ${nav.selected ? 'has-selection' : ''}`}>
      <a className="skip-link" href="#main-view">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <h1>{t('app.title')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
        <SearchBox />
        <Toolbar onRelayout={() => setRelayout((n) => n + 1)} />
        <div className="header-actions">
          <TimeButton model={model} />
          <ImportButton />
          <SlidesDialog getPositions={getPositions} />
          <ExportDialog cy={cy} model={model} focusIds={model.question.emphasis?.nodes ?? null} />
          <ShareDialog />
        </div>
      </header>
      <aside className="sidebar" aria-label={t('filters.title')}>
        <FilterPanel model={model} />
        <Legend model={model} />
        <MetricsPanel />
        <p className="small muted data-as-of">{t('app.dataAsOf', { date: data.file.dataAsOf })}</p>
      </aside>
      <main id="main-view" className="main-view" tabIndex={-1} aria-label={t(`view.${nav.view}`)}>
        <ErrorBoundary fallback={(_, reset) => <PanelError reset={reset} />}>
          {nav.display === 'graph' ? (
            <GraphStage model={model} relayoutRequest={relayout} onReady={onPictureReady} />
          ) : (
            <VisibleTable model={model} />
          )}
        </ErrorBoundary>
      </main>
      <aside className="details-panel" aria-label={t('details.title')}>
        <ErrorBoundary fallback={(_, reset) => <PanelError reset={reset} />}>
          <QuestionsPanel model={model} />
          <DetailsPanel />
        </ErrorBoundary>
      </aside>
      <ListHighlight cy={cy} />
      <Notices />
    </div>
  );
}
