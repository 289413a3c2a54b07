/**
 * The explorer shell: header with search and toolbar, filters and legend on the left,
 * the picture (or its table alternative) in the middle, details on the right. What is not
 * needed for the first picture — the export, share, slides, time and import dialogs and
 * the metrics worker — is loaded only after the first graph paint (afterPaint.ts); until
 * then each dialog's button is shown disabled, so the header does not move.
 */
import {
  lazy,
  startTransition,
  Suspense,
  useCallback,
  useEffect,
  useState,
  type ReactNode,
} from 'react';
import type { ViewGraph } from '../domain/viewGraph';
import { DetailsPanel } from '../features/details/DetailsPanel';
import { FilterPanel } from '../features/filters/FilterPanel';
import { ImportButton } from '../features/import/ImportButton';
import { ListHighlight } from '../features/import/ListHighlight';
import { Legend } from '../features/legend/Legend';
import { MetricsPanel } from '../features/metrics/MetricsPanel';
import { useMetricsRunner } from '../features/metrics/useMetricsRunner';
import { Notices } from '../features/notices/Notices';
import { QuestionsPanel } from '../features/questions/QuestionsPanel';
import { SearchBox } from '../features/search/SearchBox';
import { VisibleTable } from '../features/table/VisibleTable';
import { Toolbar } from '../features/toolbar/Toolbar';
import type { Core } from '../graph-view/GraphCanvas';
import type { MessageKey } from '../i18n';
import { useDataset } from '../state/DatasetContext';
import { useAppStore } from '../state/store';
import { useT } from '../state/useT';
import { useViewModel } from '../state/useViewModel';
import { markGraphPaintedWhenDrawn, releaseAfterPaint, useGraphPainted } from './afterPaint';
import { ErrorBoundary, PanelError } from './ErrorBoundary';
import { GraphStage } from './GraphStage';

const ExportDialog = lazy(() =>
  import('../features/export/ExportDialog').then((m) => ({ default: m.ExportDialog })),
);
const ShareDialog = lazy(() =>
  import('../features/share/ShareDialog').then((m) => ({ default: m.ShareDialog })),
);
const SlidesDialog = lazy(() =>
  import('../features/present/SlidesDialog').then((m) => ({ default: m.SlidesDialog })),
);
const TimeButton = lazy(() =>
  import('../features/time/TimeButton').then((m) => ({ default: m.TimeButton })),
);

export function Explorer() {
  const { data } = useDataset();
  const t = useT();
  const model = useViewModel();
  const painted = useGraphPainted();
  const nav = useAppStore((s) => s.nav);
  // No picture to wait for in the table display: let the deferred work run.
  useEffect(() => {
    if (nav.display !== 'graph') releaseAfterPaint();
  }, [nav.display]);
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
          {painted ? (
            <>
              <Deferred label="time.button" className="time-button">
                <TimeButton model={model} />
              </Deferred>
              <ErrorBoundary fallback={() => null}>
                <ImportButton />
              </ErrorBoundary>
              <Deferred label="present.open">
                <SlidesDialog getPositions={getPositions} />
              </Deferred>
              <Deferred label="export.button">
                <ExportDialog
                  cy={cy}
                  model={model}
                  focusIds={model.question.emphasis?.nodes ?? null}
                />
              </Deferred>
              <Deferred label="share.button">
                <ShareDialog />
              </Deferred>
            </>
          ) : (
            <>
              <Pending label="time.button" className="time-button" />
              <Pending label="present.open" />
              <Pending label="export.button" />
              <Pending label="share.button" />
            </>
          )}
        </div>
      </header>
      <aside className="sidebar" aria-label={t('filters.title')}>
        <FilterPanel model={model} />
        <Legend model={model} />
        <MetricsPanel />
        <p className="small muted data-as-of">{t('app.dataAsOf', { date: data.file.dataAsOf })}</p>
      </aside>
      <main id="main-view" className="main-view" tabIndex={-1} aria-label={t(`view.${nav.view}`)}>
        <ErrorBoundary
          fallback={(_, reset) => (
            <>
              <ReleaseAfterPaint />
              <PanelError reset={reset} />
            </>
          )}
        >
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
      {painted ? <MetricsRunner graph={model.graph} /> : null}
    </div>
  );
}

interface PendingProps {
  label: MessageKey;
  className?: string;
}

/**
 * A dialog's button while its code is not loaded yet: same label, disabled (no dialog to
 * open yet), so the header keeps its layout.
 */
function Pending({ label, className }: PendingProps) {
  const t = useT();
  return (
    <button type="button" className={className} disabled>
      {t(label)}
    </button>
  );
}

/**
 * A lazily loaded dialog: its disabled button while the code loads, and for good if the
 * code cannot be loaded (the rest of the shell keeps working; a reload tries again).
 */
function Deferred({ children, ...pending }: PendingProps & { children: ReactNode }) {
  return (
    <ErrorBoundary fallback={() => <Pending {...pending} />}>
      <Suspense fallback={<Pending {...pending} />}>{children}</Suspense>
    </ErrorBoundary>
  );
}

/** Computes the network measures of the graph shown (mounted after the first paint). */
function MetricsRunner({ graph }: { graph: ViewGraph }) {
  useMetricsRunner(graph);
  return null;
}

/** Mounted where no picture will be painted (the picture failed): release deferred work. */
function ReleaseAfterPaint() {
  useEffect(releaseAfterPaint, []);
  return null;
}
