/**
 * The explorer shell: header with search and toolbar, filters and legend on the left,
 * the picture (or its table alternative) in the middle, details on the right.
 */
import { useEffect, useMemo, useState } from 'react';
import { DetailsPanel } from '../features/details/DetailsPanel';
import { FilterPanel } from '../features/filters/FilterPanel';
import { Legend } from '../features/legend/Legend';
import { Notices } from '../features/notices/Notices';
import { SearchBox } from '../features/search/SearchBox';
import { VisibleTable } from '../features/table/VisibleTable';
import { Toolbar } from '../features/toolbar/Toolbar';
import { buildElements } from '../graph-view/elements';
import { GraphCanvas, type Core } from '../graph-view/GraphCanvas';
import { ZoomControls } from '../graph-view/ZoomControls';
import { useAppStore } from '../state/store';
import { useDataset } from './DatasetContext';
import { ErrorBoundary } from './ErrorBoundary';
import { useT } from './useT';
import { useViewModel } from './useViewModel';

export function Explorer() {
  const { data } = useDataset();
  const t = useT();
  const model = useViewModel();
  const nav = useAppStore((s) => s.nav);
  const hovered = useAppStore((s) => s.ui.hovered);
  const select = useAppStore((s) => s.select);
  const hover = useAppStore((s) => s.hover);
  const [cy, setCy] = useState<Core | null>(null);
  const [relayout, setRelayout] = useState(0);

  const elements = useMemo(() => {
    const sizeValues = new Map(
      model.graph.nodes.map((n) => [n.id, nav.view === 'network' ? n.strength : n.links]),
    );
    const els = buildElements(data, model.graph, { sizeValues });
    for (const g of model.groupLabels) {
      const [kind, type] = g.key.split(':');
      const label =
        kind === 'org'
          ? t(`orgType.${type as 'region'}`)
          : kind === 'col'
            ? t(`colKind.${type as 'project'}`)
            : t('nodeKind.person');
      els.push({
        group: 'nodes',
        data: { id: `label:${g.key}`, label },
        classes: 'group-label',
        position: { x: g.x, y: g.y },
        selectable: false,
        grabbable: false,
      });
    }
    return els;
  }, [data, model, nav.view, t]);
  const positions = useMemo(() => {
    const out = { ...model.positions };
    for (const g of model.groupLabels) out[`label:${g.key}`] = { x: g.x, y: g.y };
    return out;
  }, [model]);
  const layoutKey = `${model.graph.signature}#${nav.layout}`;
  useEffect(() => {
    if (!window.__app) return;
    window.__app.drawn = () =>
      cy && !cy.destroyed()
        ? {
            nodes: cy
              .nodes(':childless')
              .not('.group-label')
              .map((n) => n.id()),
            edges: cy.edges().length,
            zoom: cy.zoom(),
          }
        : null;
  }, [cy]);
  const onSelect = (id: string | null) => select(id && !id.startsWith('label:') ? id : null);
  const onHover = (id: string | null) => hover(id && !id.startsWith('label:') ? id : null);

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
      </header>
      <aside className="sidebar" aria-label={t('filters.title')}>
        <FilterPanel model={model} />
        <Legend model={model} />
        <p className="small muted data-as-of">{t('app.dataAsOf', { date: data.file.dataAsOf })}</p>
      </aside>
      <main id="main-view" className="main-view" tabIndex={-1} aria-label={t(`view.${nav.view}`)}>
        <ErrorBoundary
          fallback={(_, reset) => (
            <div className="panel-error">
              <p>{t('app.crashed')}</p>
              <button type="button" onClick={reset}>
                {t('app.reload')}
              </button>
            </div>
          )}
        >
          {nav.display === 'graph' ? (
            <div
              className="canvas-wrap"
              data-testid="graph-canvas"
              role="img"
              aria-label={`${t(`view.${nav.view}`)}. ${t(`view.${nav.view}.help`)}`}
            >
              <GraphCanvas
                elements={elements}
                positions={positions}
                layoutKey={layoutKey}
                selected={nav.selected}
                hovered={hovered}
                onSelect={onSelect}
                onHover={onHover}
                relayoutRequest={relayout}
                onReady={setCy}
              />
              <ZoomControls
                cy={cy}
                labels={{ in: t('zoom.in'), out: t('zoom.out'), fit: t('zoom.fit') }}
              />
            </div>
          ) : (
            <VisibleTable model={model} />
          )}
        </ErrorBoundary>
      </main>
      <aside className="details-panel" aria-label={t('details.organisation')}>
        <ErrorBoundary
          fallback={(_, reset) => (
            <div className="panel-error">
              <p>{t('app.crashed')}</p>
              <button type="button" onClick={reset}>
                {t('app.reload')}
              </button>
            </div>
          )}
        >
          <DetailsPanel />
        </ErrorBoundary>
      </aside>
      <Notices />
    </div>
  );
}
