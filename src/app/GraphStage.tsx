/**
 * The picture with its zoom controls, for every mode (explore, embed, present): turns the
 * view model into cytoscape elements and positions, and wires selection and hover.
 */
import { useEffect, useMemo, useState } from 'react';
import { HoverCard } from '../features/details/HoverCard';
import { buildElements } from '../graph-view/elements';
import { GraphCanvas, scenesCompleted, sceneSettled, type Core } from '../graph-view/GraphCanvas';
import { ZoomControls } from '../graph-view/ZoomControls';
import { useDataset } from '../state/DatasetContext';
import { useAppStore } from '../state/store';
import { useT } from '../state/useT';
import type { ViewModel } from '../state/useViewModel';

export interface GraphStageProps {
  model: ViewModel;
  relayoutRequest?: number;
  contrast?: boolean;
  onReady?: (cy: Core) => void;
  /** Size per node id; defaults to the number of links drawn. */
  sizeValues?: ReadonlyMap<string, number>;
  communities?: ReadonlyMap<string, number>;
  /** Animate every change of positions (presentations), not only layout switches. */
  animateAll?: boolean;
  /** Positions saved with a slide; they win over the layout's. */
  positionsOverride?: Readonly<Record<string, readonly [number, number]>> | undefined;
  /** Changes when another slide is shown, so positions are re-applied. */
  slideKey?: string;
}

export function GraphStage(props: GraphStageProps) {
  const {
    model,
    relayoutRequest = 0,
    contrast,
    onReady,
    sizeValues,
    communities,
    animateAll,
    positionsOverride,
    slideKey = '',
  } = props;
  const { data } = useDataset();
  const t = useT();
  const nav = useAppStore((s) => s.nav);
  const hovered = useAppStore((s) => s.ui.hovered);
  const select = useAppStore((s) => s.select);
  const hover = useAppStore((s) => s.hover);
  const [cy, setCy] = useState<Core | null>(null);
  const [hoverPoint, setHoverPoint] = useState<{ x: number; y: number } | null>(null);
  const metrics = useAppStore((s) =>
    s.metrics.result?.key === model.graph.signature ? s.metrics.result : null,
  );
  // Size and colour by a measure once it is computed for this graph; until then by links.
  const metricSizes = useMemo(() => {
    if (sizeValues || nav.sizeBy === 'links' || !metrics) return sizeValues;
    const measure = nav.sizeBy;
    return new Map(Object.entries(metrics.nodes).map(([id, m]) => [id, m[measure] ?? 0]));
  }, [sizeValues, nav.sizeBy, metrics]);
  const metricCommunities = useMemo(() => {
    if (communities || nav.colourBy !== 'community' || !metrics) return communities;
    return new Map(Object.entries(metrics.nodes).map(([id, m]) => [id, m.community]));
  }, [communities, nav.colourBy, metrics]);

  const elements = useMemo(() => {
    const sizes =
      metricSizes ??
      new Map(model.graph.nodes.map((n) => [n.id, nav.view === 'network' ? n.strength : n.links]));
    const els = buildElements(data, model.graph, {
      sizeValues: sizes,
      ...(metricCommunities ? { communities: metricCommunities } : {}),
    });
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
        // Wrapped to its group's width, so neighbouring group names do not run together.
        // A zero-width space after each slash lets "Kommunförbund/delregion" wrap there.
        data: {
          id: `label:${g.key}`,
          label: label.replaceAll('/', '/\u200b'),
          labelWidth: Math.max(80, g.width - 12),
        },
        classes: 'group-label',
        selectable: false,
        grabbable: false,
      });
    }
    return els;
  }, [data, model, nav.view, t, metricSizes, metricCommunities]);
  const positions = useMemo(() => {
    const out = { ...model.positions };
    for (const g of model.groupLabels) out[`label:${g.key}`] = { x: g.x, y: g.y };
    for (const [id, [x, y]] of Object.entries(positionsOverride ?? {})) out[id] = { x, y };
    return out;
  }, [model, positionsOverride]);

  useEffect(() => {
    if (!window.__app) return;
    window.__app.drawn = () =>
      cy && !cy.destroyed()
        ? {
            nodes: cy
              .nodes()
              .not('.group-label')
              .map((n) => n.id()),
            edges: cy.edges().length,
            zoom: cy.zoom(),
            settled: sceneSettled(cy),
            scenes: scenesCompleted(cy),
            labelWidths: (id: string) => {
              const node = cy.getElementById(id);
              if (node.empty()) return null;
              // pstyle: public API missing from the type definitions.
              const style = (name: string) =>
                (
                  node as unknown as { pstyle(n: string): { strValue: string; pfValue: number } }
                ).pstyle(name);
              const context = document.createElement('canvas').getContext('2d');
              if (!context) return null;
              context.font = `${style('font-weight').strValue} ${style('font-size').pfValue}px ${style('font-family').strValue}`;
              const bounds = node.boundingBox({
                includeLabels: true,
                includeNodes: false,
                includeOverlays: false,
              });
              return {
                bounds: bounds.w,
                text: context.measureText(String(style('label').strValue)).width,
              };
            },
            renderedPosition: (id: string) => {
              const node = cy.getElementById(id);
              if (node.empty()) return null;
              const box = cy.container()?.getBoundingClientRect();
              const p = node.renderedPosition();
              return { x: (box?.left ?? 0) + p.x, y: (box?.top ?? 0) + p.y };
            },
          }
        : null;
  }, [cy]);

  return (
    <div
      className="canvas-wrap"
      data-testid="graph-canvas"
      role="img"
      aria-label={`${t(`view.${nav.view}`)}. ${t(`view.${nav.view}.help`)}`}
    >
      <GraphCanvas
        elements={elements}
        positions={positions}
        layoutKey={`${model.graph.signature}#${nav.layout}#${slideKey}`}
        {...(animateAll ? { animateAll } : {})}
        selected={nav.selected}
        hovered={hovered}
        onSelect={(id) => select(id && !id.startsWith('label:') ? id : null)}
        onHover={(id, point) => {
          hover(id && !id.startsWith('label:') ? id : null);
          setHoverPoint(point ?? null);
        }}
        relayoutRequest={relayoutRequest}
        {...(contrast ? { contrast } : {})}
        onReady={(instance) => {
          setCy(instance);
          onReady?.(instance);
        }}
      />
      {hovered && hoverPoint ? <HoverCard id={hovered} point={hoverPoint} /> : null}
      <ZoomControls cy={cy} labels={{ in: t('zoom.in'), out: t('zoom.out'), fit: t('zoom.fit') }} />
    </div>
  );
}
