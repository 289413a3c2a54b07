/**
 * The picture with its zoom controls, for every mode (explore, embed, present): turns the
 * view model into cytoscape elements and positions, and wires selection and hover.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { LiveRegion } from '../components/LiveRegion';
import { OVERVIEW_BUDGET, overviewGraph } from '../domain/overview';
import type { Emphasis } from '../domain/questionView';
import { HoverCard } from '../features/details/HoverCard';
import { OverviewNotice } from '../features/overview/OverviewNotice';
import { usePictureMarks } from '../features/scenario/usePictureMarks';
import { buildElements, groupLabelElements, nodeSizeValues } from '../graph-view/elements';
import { GraphCanvas, type Core } from '../graph-view/GraphCanvas';
import { KeyboardNavigator, type NavigatorEvent } from '../graph-view/KeyboardNavigator';
import { markElements } from '../graph-view/marks';
import { pictureScale } from '../graph-view/pictureScale';
import { policyFor } from '../graph-view/scalePolicy';
import '../graph-view/pictureFocus.css';
import { ZoomControls } from '../graph-view/ZoomControls';
import type { Translate } from '../i18n';
import { useDataset } from '../state/DatasetContext';
import { useAppStore } from '../state/store';
import { useT } from '../state/useT';
import type { ViewModel } from '../state/useViewModel';
import { installDrawnHook } from './testHooks';

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

/**
 * Room (px) the overview notice takes over the top of the picture (overview.css: 0.6rem
 * from the top, up to two lines), left out when the picture is fitted.
 */
const OVERVIEW_NOTICE_ROOM = 76;

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
  const sizes = useMemo(
    () => sizeValues ?? nodeSizeValues(model.graph, nav.sizeBy, metrics?.nodes ?? null),
    [sizeValues, model.graph, nav.sizeBy, metrics],
  );
  const metricCommunities = useMemo(() => {
    if (communities || nav.colourBy !== 'community' || !metrics) return communities;
    return new Map(Object.entries(metrics.nodes).map(([id, m]) => [id, m.community]));
  }, [communities, nav.colourBy, metrics]);

  // A large network draws its overview (domain/overview.ts): what the user looks at, then the
  // most important nodes by the size measure. Only the picture is cut; everything else
  // reads model.graph.
  const drawAll = useAppStore((s) => s.ui.drawAll);
  const highlight = useAppStore((s) => s.imports.highlight);
  const overview = useMemo(
    () =>
      overviewGraph(model.graph, {
        ...lookedAt(nav.selected, model.question.emphasis, highlight),
        score: sizes,
      }),
    [model.graph, nav.selected, model.question.emphasis, highlight, sizes],
  );
  const drawn = drawAll ? model.graph : overview.graph;
  // A large picture's sizes follow its layout (pictureScale.ts); the scale is taken over
  // the whole graph, so it stays put while selections change what an overview draws.
  const large = policyFor(
    { nodes: drawn.nodes.length, edges: drawn.links.length },
    overview.cut ? { nodes: overview.total.nodes, edges: overview.total.links } : undefined,
  ).large;
  const drawnBudget = drawAll
    ? model.graph.nodes.length
    : Math.min(model.graph.nodes.length, OVERVIEW_BUDGET.nodes);
  const scale = useMemo(
    () =>
      large
        ? pictureScale(
            model.graph.nodes.map((n) => ({ id: n.id, value: sizes.get(n.id) ?? 0 })),
            model.positions,
            drawnBudget,
          )
        : undefined,
    [large, model.graph, model.positions, sizes, drawnBudget],
  );

  const marks = usePictureMarks(model.graph);
  const elements = useMemo(
    () => [
      ...markElements(
        buildElements(data, drawn, {
          sizeValues: sizes,
          ...(metricCommunities ? { communities: metricCommunities } : {}),
          ...(scale ? { scale } : {}),
        }),
        marks,
      ),
      ...groupLabelElements(model.groupLabels, (key) => groupName(key, t)),
    ],
    [data, drawn, model.groupLabels, t, sizes, metricCommunities, marks, scale],
  );
  const positions = useMemo(() => {
    const out = { ...model.positions };
    for (const g of model.groupLabels) out[`label:${g.key}`] = { x: g.x, y: g.y };
    for (const [id, [x, y]] of Object.entries(positionsOverride ?? {})) out[id] = { x, y };
    return out;
  }, [model, positionsOverride]);

  useEffect(() => installDrawnHook(cy), [cy]);

  // Keyboard navigation (not in presentations, where the arrow keys step slides).
  const keyboard = nav.mode !== 'present';
  const focusRef = useRef<HTMLDivElement>(null);
  const helpId = useId();
  const [announced, setAnnounced] = useState({ text: '', count: 0 });
  const onNavigatorEvent = useCallback(
    (event: NavigatorEvent) => {
      let text = '';
      if (event.kind === 'focus') {
        hover(event.id);
        setHoverPoint(event.point);
        const node = data.nodeById.get(event.id);
        const kind = node ? t(`nodeKind.${node.kind}`) : '';
        text = t('trust.focusNode', {
          label: node?.label ?? event.id,
          kind,
          count: event.neighbours,
        });
      } else if (event.kind === 'none') {
        text = t('trust.noNeighbour');
      } else {
        hover(null);
        setHoverPoint(null);
      }
      setAnnounced((a) => ({ text, count: a.count + 1 }));
    },
    [data, hover, t],
  );
  const pictureLabel = `${t(`view.${nav.view}`)}. ${t(`view.${nav.view}.help`)}`;

  return (
    <div className="canvas-wrap" data-testid="graph-canvas">
      <div
        ref={focusRef}
        className="picture-focus"
        {...(keyboard
          ? {
              tabIndex: 0,
              role: 'application',
              'aria-roledescription': t('trust.pictureRole'),
              'aria-describedby': helpId,
            }
          : { role: 'img' })}
        aria-label={pictureLabel}
        // cytoscape sends no mouseout when the pointer leaves the canvas in one move.
        onMouseLeave={() => {
          hover(null);
          setHoverPoint(null);
        }}
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
          {...(overview.cut
            ? {
                standsFor: { nodes: overview.total.nodes, edges: overview.total.links },
                insetTop: OVERVIEW_NOTICE_ROOM,
              }
            : {})}
          emphasis={model.question.emphasis}
          {...(contrast ? { contrast } : {})}
          onReady={(instance) => {
            setCy(instance);
            onReady?.(instance);
          }}
        />
      </div>
      {keyboard ? (
        <>
          <p id={helpId} className="visually-hidden">
            {t('trust.keyboardHelp')}
          </p>
          <KeyboardNavigator
            cy={cy}
            target={focusRef}
            selected={nav.selected}
            onEvent={onNavigatorEvent}
            onSelect={select}
          />
          <LiveRegion text={announced.text} announcement={announced.count} />
        </>
      ) : null}
      {overview.cut ? (
        <OverviewNotice
          view={model.graph.view}
          shown={overview.shown}
          total={overview.total}
          drawingAll={drawAll}
        />
      ) : null}
      {hovered && hoverPoint ? <HoverCard id={hovered} point={hoverPoint} /> : null}
      <ZoomControls
        cy={cy}
        labels={{ in: t('zoom.in'), out: t('zoom.out'), fit: t('zoom.fit') }}
        insetTop={overview.cut ? OVERVIEW_NOTICE_ROOM : 0}
      />
    </div>
  );
}

/**
 * What the user is looking at, kept in an overview: the selection with its neighbours (both
 * ends of a selected tie), a question's emphasised nodes and links, a list's matches.
 */
function lookedAt(
  selected: string | null,
  emphasis: Emphasis | null,
  highlight: readonly string[],
): { focus: string[]; keep: string[]; keepLinks: string[] } {
  const focus: string[] = [];
  const keepLinks = emphasis ? [...emphasis.links] : [];
  if (selected?.startsWith('tie:')) keepLinks.push(selected);
  else if (selected) focus.push(selected);
  return { focus, keep: [...(emphasis?.nodes ?? []), ...highlight], keepLinks };
}

/** The name of a grouped-layout group key (`org:<type>`, `col:<kind>`, `person`). */
function groupName(key: string, t: Translate): string {
  const [kind, type] = key.split(':');
  if (kind === 'org') return t(`orgType.${type as 'region'}`);
  if (kind === 'col') return t(`colKind.${type as 'project'}`);
  return t('nodeKind.person');
}
