/**
 * What an exported picture's caption says, derived from the dataset, what is drawn and
 * the view state: a title (the view's own, else the selection, else the view name), the
 * legend of the organisation types and collaboration kinds drawn, a one-line filter
 * summary, the counts of what is drawn (of the framed part when an export frames one), the
 * data date and the source documents behind what is drawn. Pure.
 */
import type { Dataset } from '../../data/dataset';
import { COLLABORATION_KINDS, ORGANISATION_TYPES } from '../../data/vocabulary';
import type { Filters, VisibleSet } from '../../domain/filters';
import type { ViewGraph } from '../../domain/viewGraph';
import type { CaptionContent, CaptionLegendGroup } from '../../graph-view/captionLayout';
import {
  COLLABORATION_FILL,
  COLLABORATION_SHAPES,
  ORGANISATION_COLOURS,
  PERSON_BORDER,
  PERSON_FILL,
  PERSON_SHAPE,
} from '../../graph-view/palette';
import type { Language, Translate } from '../../i18n';
import type { NavState } from '../../url/navState';

/** The title for exports: nav.title, else the selected node or tie, else the view's name. */
export function autoTitle(nav: NavState, data: Dataset, t: Translate): string {
  if (nav.title.trim()) return nav.title.trim();
  const label = (id: string) => data.nodeById.get(id)?.label ?? id;
  const selected = nav.selected;
  if (selected?.startsWith('tie:')) {
    const [a, b] = selected.slice(4).split('|');
    if (a && b) return t('details.tie.title', { a: label(a), b: label(b) });
  } else if (selected && data.nodeById.has(selected)) {
    return label(selected);
  }
  return t(`view.${nav.view}`);
}

/**
 * The active filters on one line, e.g. "Organisationstyp: Kommun, Region · Period:
 * 2010–2015"; '' when nothing is filtered. Source and funding ids are shown by name.
 */
export function filterSummary(
  filters: Filters,
  data: Dataset,
  lang: Language,
  t: Translate,
): string {
  const parts: string[] = [];
  const add = (heading: string, values: string[]) => {
    if (values.length > 0) parts.push(`${heading}: ${values.join(', ')}`);
  };
  add(
    t('filters.organisationTypes'),
    filters.organisationTypes.map((v) => t(`orgType.${v}`)),
  );
  add(
    t('filters.collaborationKinds'),
    filters.collaborationKinds.map((v) => t(`colKind.${v}`)),
  );
  add(
    t('filters.roles'),
    filters.roles.map((v) => t(`role.${v}`)),
  );
  add(
    t('filters.sources'),
    filters.sources.map((id) => data.sourceById.get(id)?.title ?? id),
  );
  add(
    t('filters.funding'),
    filters.funding.map((id) => {
      const f = data.file.fundingProgrammes.find((p) => p.id === id);
      return f ? (lang === 'en' ? f.nameEn : f.name) : id;
    }),
  );
  if (filters.yearFrom !== null || filters.yearTo !== null) {
    const range = `${filters.yearFrom ?? ''}–${filters.yearTo ?? ''}`;
    parts.push(
      `${t('filters.period')}: ${range}${filters.includeUndated ? '' : ` (${t('export.caption.undatedExcluded')})`}`,
    );
  }
  return parts.join(' · ');
}

/** Titles of the source documents behind the visible collaborations, in dataset order. */
export function sourceTitles(data: Dataset, collaborations: Iterable<string>): string[] {
  const used = new Set<string>();
  for (const id of collaborations) {
    const node = data.nodeById.get(id);
    if (node?.kind === 'collaboration') for (const s of node.sources) used.add(s);
  }
  return data.file.sources.filter((s) => used.has(s.id)).map((s) => s.title);
}

/**
 * The legend of what is drawn: organisation types (colour), collaboration kinds (shape) and
 * people, each only when a node of it is drawn — of `graph`'s nodes in `shown` when an
 * export frames a part (the faded or left-out rest is not listed), else of all of them.
 */
export function captionLegend(
  data: Dataset,
  graph: ViewGraph,
  nav: Pick<NavState, 'colourBy'>,
  t: Translate,
  shown: ReadonlySet<string> | null = null,
): CaptionLegendGroup[] {
  const types = new Set<string>();
  const kinds = new Set<string>();
  let people = false;
  for (const n of graph.nodes) {
    if (shown !== null && !shown.has(n.id)) continue;
    const node = data.nodeById.get(n.id);
    if (node?.kind === 'organisation') types.add(node.type);
    else if (node?.kind === 'collaboration') kinds.add(node.type);
    else if (node?.kind === 'person') people = true;
  }
  const groups: CaptionLegendGroup[] = [];
  if (nav.colourBy === 'type') {
    groups.push({
      heading: t('legend.organisations'),
      items: ORGANISATION_TYPES.filter((ty) => types.has(ty)).map((ty) => ({
        label: t(`orgType.${ty}`),
        swatch: { shape: 'circle', fill: ORGANISATION_COLOURS[ty], stroke: '#3b3b3b' },
      })),
    });
  }
  groups.push({
    heading: t('legend.collaborations'),
    items: COLLABORATION_KINDS.filter((k) => kinds.has(k)).map((k) => ({
      label: t(`colKind.${k}`),
      swatch: { shape: 'polygon', points: COLLABORATION_SHAPES[k], fill: COLLABORATION_FILL },
    })),
  });
  if (people) {
    groups.push({
      heading: t('legend.people'),
      items: [
        {
          label: t('legend.people'),
          swatch: {
            shape: 'polygon',
            points: PERSON_SHAPE,
            fill: PERSON_FILL,
            stroke: PERSON_BORDER,
          },
        },
      ],
    });
  }
  return groups.filter((g) => g.items.length > 0);
}

export interface CaptionInput {
  data: Dataset;
  visible: VisibleSet;
  graph: ViewGraph;
  nav: NavState;
  t: Translate;
  /**
   * The node ids the export draws in full when it frames a part of the view (a slide of the
   * selection and its neighbourhood, a comparison, routes), fading or leaving out the rest;
   * null or absent: the whole view is drawn.
   */
  shown?: ReadonlySet<string> | null;
}

/** What an export draws in full: organisations, collaborations and people by id. */
export interface DrawnPart {
  organisations: Set<string>;
  collaborations: Set<string>;
  people: Set<string>;
}

/**
 * The part of `graph` that is drawn in full: its nodes in `shown` (all of them when null),
 * by kind. In the network view, where collaborations are ties rather than nodes, the
 * collaborations are those behind the ties drawn between two shown organisations. Pure.
 */
export function drawnPart(
  data: Dataset,
  graph: ViewGraph,
  shown: ReadonlySet<string> | null,
): DrawnPart {
  const part: DrawnPart = {
    organisations: new Set(),
    collaborations: new Set(),
    people: new Set(),
  };
  const drawn = (id: string) => shown === null || shown.has(id);
  for (const n of graph.nodes) {
    if (!drawn(n.id)) continue;
    const kind = data.nodeById.get(n.id)?.kind;
    if (kind === 'organisation') part.organisations.add(n.id);
    else if (kind === 'collaboration') part.collaborations.add(n.id);
    else if (kind === 'person') part.people.add(n.id);
  }
  for (const link of graph.links) {
    if (link.kind !== 'tie' || !drawn(link.source) || !drawn(link.target)) continue;
    for (const c of link.collaborations) part.collaborations.add(c);
  }
  return part;
}

/** Everything the caption block says, translated. */
export function buildCaption({
  data,
  visible,
  graph,
  nav,
  t,
  shown = null,
}: CaptionInput): CaptionContent {
  // The whole view: the visible set (the counts the app shows); a framed part: what is in it.
  const part = shown ? drawnPart(data, graph, shown) : null;
  const organisations = part ? part.organisations.size : visible.organisations.size;
  const collaborations = part ? part.collaborations.size : visible.collaborations.size;
  const peopleCount =
    graph.view === 'affiliation' ? (part ? part.people.size : visible.people.size) : 0;
  let counts: string;
  if (part) {
    counts =
      peopleCount > 0
        ? t('export.caption.shownPartPeople', {
            organisations,
            collaborations,
            people: peopleCount,
          })
        : t('export.caption.shownPart', { organisations, collaborations });
  } else {
    counts = t('filters.shown', { organisations, collaborations });
    if (peopleCount > 0) counts += ` ${t('filters.shownPeople', { people: peopleCount })}`;
  }
  const summary = filterSummary(nav.filters, data, nav.lang, t);
  const titles = sourceTitles(data, part ? part.collaborations : visible.collaborations);
  const title = autoTitle(nav, data, t);
  const viewName = t(`view.${nav.view}`);
  return {
    title,
    // The view's name, unless the title already is it.
    subtitle: title === viewName ? counts : `${viewName} — ${counts}`,
    legend: captionLegend(data, graph, nav, t, shown),
    filters: summary ? t('export.caption.filters', { summary }) : t('filters.none'),
    dataAsOf: t('app.dataAsOf', { date: data.file.dataAsOf }),
    sources: titles.length > 0 ? t('export.caption.sources', { titles: titles.join('; ') }) : '',
  };
}
