/**
 * One registry of exporters (the Excalidraw "actions" idea): id, label and help keys, what it
 * needs, and `run`, which makes the file without saving it. The dialog lists the registry,
 * disables what cannot run, and saves what `run` returns; tests call `run` directly. Graph
 * formats and their writers are loaded on demand, so they stay out of the start bundle.
 */
import type { Dataset } from '../../data/dataset';
import { fileNameFor } from '../../domain/csv';
import type { VisibleSet } from '../../domain/filters';
import type { ExportGraph } from '../../domain/graphFormats';
import type { PositionMap } from '../../domain/layouts';
import type { ViewGraph } from '../../domain/viewGraph';
import {
  exportPng,
  exportSvg,
  nodePositions,
  type ImageExportOptions,
} from '../../graph-view/exportImage';
import type { Core } from '../../graph-view/GraphCanvas';
import type { MessageKey, Translate } from '../../i18n';
import { METRIC_IDS, type MetricsResult } from '../../metrics/types';
import { serializeNavState, type NavState } from '../../url/navState';
import { injectImportedDataset } from '../import/standaloneDataset';
import { exportAppearance } from './appearance';
import { filterSummary } from './caption';
import { injectView } from './standalone';

export const EXPORT_FORMATS = ['png', 'svg', 'html', 'csv', 'gexf', 'gexf12', 'graphml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const CSV_TABLES = ['nodes', 'edges'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

/** What an exporter may need: the live picture, the standalone build, or only the data. */
export type ExportNeed = 'picture' | 'standalone' | 'data';

/** Everything an exporter reads; the dialog fills it from the store and the canvas. */
export interface ExportInput {
  data: Dataset;
  graph: ViewGraph;
  visible: VisibleSet;
  /** Layout positions (screen coordinates), used when there is no live picture. */
  positions: PositionMap;
  nav: NavState;
  t: Translate;
  /** The live cytoscape instance when the picture is shown, else null. */
  cy: Core | null;
  /** The latest metrics result (used only when it is for `graph`). */
  metrics: MetricsResult | null;
  /** The export's title (nav.title or the automatic one). */
  title: string;
  image: ImageExportOptions;
  csvTable: CsvTable;
  /** Fetches dist/standalone.html; rejects with StandaloneMissing when it is not there. */
  fetchStandalone: () => Promise<string>;
}

/** A made file, not yet saved. */
export interface ExportFile {
  fileName: string;
  content: Blob | string;
  mime: string;
}

export interface Exporter {
  id: ExportFormat;
  labelKey: MessageKey;
  helpKey: MessageKey;
  needs: ExportNeed;
  /** Makes the file. Throws NeedsPicture without a live picture for picture formats. */
  run(input: ExportInput): Promise<ExportFile>;
}

export class StandaloneMissing extends Error {
  override name = 'StandaloneMissing';
}
export class NeedsPicture extends Error {
  override name = 'NeedsPicture';
}

/** The graph the app computes on, with the picture's colours, sizes and positions. */
export async function exportGraphOf(input: ExportInput): Promise<ExportGraph> {
  const { viewExportGraph } = await import('../../domain/graphFormats');
  const { data, graph, nav, t, metrics } = input;
  const appearance = exportAppearance(data, graph, nav, metrics);
  const summary = filterSummary(nav.filters, data, nav.lang, t);
  return viewExportGraph(data, graph, {
    positions: input.cy ? nodePositions(input.cy) : input.positions,
    colours: appearance.colours,
    sizes: appearance.sizes,
    metrics,
    context: {
      title: input.title,
      viewLabel: t(`view.${graph.view}.short`),
      filters: summary || t('filters.none'),
      dataAsOf: data.file.dataAsOf,
    },
  });
}

/**
 * The one line the dialog shows about a graph file: view, filters, undirected ties and their
 * weight, and which measures ride along (none until they are computed for this graph).
 */
export function describeGraphExport(
  input: Pick<ExportInput, 'data' | 'graph' | 'nav' | 't' | 'metrics'>,
): string {
  const { data, graph, nav, t, metrics } = input;
  const current = metrics && metrics.key === graph.signature;
  const measures = current
    ? t('export.holds.measures', {
        list: [
          ...METRIC_IDS.filter((id) => !metrics.failures[id]).map((id) => t(`metrics.${id}`)),
          t('export.holds.community'),
        ].join(', '),
      })
    : t('export.holds.noMeasures');
  return t('export.holds', {
    view: t(`view.${graph.view}.short`),
    filters: filterSummary(nav.filters, data, nav.lang, t) || t('filters.none'),
    ties: t(`export.holds.ties.${graph.view}`),
    measures,
  });
}

const picture = (input: ExportInput): Core => {
  if (!input.cy) throw new NeedsPicture();
  return input.cy;
};

export const EXPORTERS: readonly Exporter[] = [
  {
    id: 'png',
    labelKey: 'export.format.png',
    helpKey: 'export.help.png',
    needs: 'picture',
    run: async (input) => ({
      fileName: fileNameFor(input.title, 'png'),
      content: await exportPng(picture(input), input.image),
      mime: 'image/png',
    }),
  },
  {
    id: 'svg',
    labelKey: 'export.format.svg',
    helpKey: 'export.help.svg',
    needs: 'picture',
    run: (input) =>
      Promise.resolve(input).then(async (i) => ({
        fileName: fileNameFor(i.title, 'svg'),
        content: await exportSvg(picture(i), i.image),
        mime: 'image/svg+xml',
      })),
  },
  {
    id: 'html',
    labelKey: 'export.format.html',
    helpKey: 'export.help.html',
    needs: 'standalone',
    run: async (input) => {
      const html = injectView(
        // An imported network travels inside the file (features/import).
        injectImportedDataset(await input.fetchStandalone(), input.nav.dataset),
        // The file's header shows the title, so an untitled view gets its automatic one.
        serializeNavState({ ...input.nav, mode: 'embed', title: input.title }),
        `${input.title} – ${input.t('app.title')}`,
      );
      return {
        fileName: fileNameFor(input.title, 'html'),
        content: html,
        mime: 'text/html;charset=utf-8',
      };
    },
  },
  {
    id: 'csv',
    labelKey: 'export.format.csv',
    helpKey: 'export.help.csv',
    needs: 'data',
    run: async (input) => {
      const formats = await import('../../domain/graphFormats');
      const graph = await exportGraphOf(input);
      const table = input.csvTable;
      return {
        fileName: fileNameFor(`${input.title} ${input.t(`export.csvTable.${table}`)}`, 'csv'),
        content: table === 'nodes' ? formats.nodeListCsv(graph) : formats.edgeListCsv(graph),
        mime: 'text/csv;charset=utf-8',
      };
    },
  },
  {
    id: 'gexf',
    labelKey: 'export.format.gexf',
    helpKey: 'export.help.gexf',
    needs: 'data',
    run: async (input) => {
      const { toGexf } = await import('../../domain/graphFormats');
      return {
        fileName: fileNameFor(input.title, 'gexf'),
        content: toGexf(await exportGraphOf(input), '1.3'),
        mime: 'application/gexf+xml',
      };
    },
  },
  {
    id: 'gexf12',
    labelKey: 'export.format.gexf12',
    helpKey: 'export.help.gexf12',
    needs: 'data',
    run: async (input) => {
      const { toGexf } = await import('../../domain/graphFormats');
      return {
        fileName: fileNameFor(`${input.title} gexf12`, 'gexf'),
        content: toGexf(await exportGraphOf(input), '1.2draft'),
        mime: 'application/gexf+xml',
      };
    },
  },
  {
    id: 'graphml',
    labelKey: 'export.format.graphml',
    helpKey: 'export.help.graphml',
    needs: 'data',
    run: async (input) => {
      const { toGraphml } = await import('../../domain/graphFormats');
      return {
        fileName: fileNameFor(input.title, 'graphml'),
        content: toGraphml(await exportGraphOf(input)),
        mime: 'application/graphml+xml',
      };
    },
  },
];

/** The exporter of `id`. @throws Error for an id not in the registry. */
export function exporterFor(id: ExportFormat): Exporter {
  const exporter = EXPORTERS.find((e) => e.id === id);
  if (!exporter) throw new Error(`No exporter "${id}".`);
  return exporter;
}
