/**
 * An imported network travelling inside the standalone HTML export: the export writes
 * the GraphFile (and its name) into the page before the app's first script; the page's
 * App then opens that file instead of the bundled data. The JSON is made safe inside
 * <script> (scriptSafeJson). The bundled data of the app itself is never changed.
 */
import type { Dataset } from '../../data/dataset';
import type { GraphFile } from '../../data/graphSchema';
import { loadDataset } from '../../data/loadDataset';
import { scriptSafeJson } from '../export/standalone';
import { openedNetwork } from './openedImports';

declare global {
  interface Window {
    /** Set by a standalone export of an imported network: its GraphFile (validated on load). */
    __SAMVERKAN_DATASET__?: unknown;
    /** The imported network's name, for the banner. */
    __SAMVERKAN_DATASET_NAME__?: string;
  }
}

/** Writes `file` and `name` into `html` before its first script (else before </head>). */
export function injectDataset(html: string, file: GraphFile, name: string): string {
  const tag =
    `<script>window.__SAMVERKAN_DATASET__ = JSON.parse(${scriptSafeJson(JSON.stringify(file))});` +
    `window.__SAMVERKAN_DATASET_NAME__ = ${scriptSafeJson(name)};</script>`;
  const first = html.search(/<script\b/i);
  if (first >= 0) return html.slice(0, first) + tag + html.slice(first);
  const head = html.search(/<\/head>/i);
  return head >= 0 ? html.slice(0, head) + tag + html.slice(head) : tag + html;
}

/**
 * For the export: `html` with the imported network `datasetId` (nav.dataset) inside, or
 * unchanged for the bundled data ('') or a network this tab has not opened.
 */
export function injectImportedDataset(html: string, datasetId: string): string {
  const network = datasetId ? openedNetwork(datasetId) : null;
  return network ? injectDataset(html, network.file, network.name) : html;
}

/** The name of the network written into this page by an export, or null (a normal page). */
export function embeddedDatasetName(): string | null {
  return typeof window !== 'undefined' && window.__SAMVERKAN_DATASET__ !== undefined
    ? (window.__SAMVERKAN_DATASET_NAME__ ?? '')
    : null;
}

/**
 * The app's dataset loader: the network written into the page when there is one
 * (validated like the bundled file; throws DatasetError naming the problems), else the
 * bundled data.
 */
export function loadShownDataset(): Promise<Dataset> {
  if (typeof window !== 'undefined' && window.__SAMVERKAN_DATASET__ !== undefined) {
    const json: unknown = window.__SAMVERKAN_DATASET__;
    // The full schema (zod) is loaded only for such a page, not for the bundled data.
    return import('../../data/datasetFromJson').then(({ datasetFromJson }) =>
      datasetFromJson(json),
    );
  }
  return loadDataset();
}
