// @vitest-environment jsdom
/**
 * The export dialog in jsdom: formats come from the registry, a graph format says in one
 * line what the file holds, and a download saves the registry's file (here GraphML of the
 * tiny network, parsed back).
 */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import Graph from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyFilters, DEFAULT_FILTERS } from '../../../src/domain/filters';
import { buildViewGraph } from '../../../src/domain/viewGraph';
import { ExportDialog } from '../../../src/features/export/ExportDialog';
import { EXPORTERS } from '../../../src/features/export/exporters';
import { makeTranslate } from '../../../src/i18n';
import { computeMetrics } from '../../../src/metrics/compute';
import { useAppStore } from '../../../src/state/store';
import { DEFAULT_NAV_STATE } from '../../../src/url/navState';
import { tinyDataset } from '../../fixtures/tinyDataset';
import { plainViewModel, renderWithData } from '../renderWithData';

const data = tinyDataset();
const visible = applyFilters(data, DEFAULT_FILTERS);
const graph = buildViewGraph(visible, 'network');
const model = plainViewModel(visible, graph);
const sv = makeTranslate('sv');

const saved: Blob[] = [];

/** A blob's text (jsdom's Blob has no text()). */
function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(new Error('unreadable blob'));
    reader.readAsText(blob);
  });
}
beforeEach(() => {
  saved.length = 0;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    saved.push(blob);
    return 'blob:test';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function open() {
  renderWithData(<ExportDialog cy={null} model={model} />, data);
  useAppStore.setState({ nav: { ...DEFAULT_NAV_STATE, view: 'network' } });
  fireEvent.click(screen.getByTestId('export-button'));
}

describe('ExportDialog', () => {
  it('offers every registered format', () => {
    open();
    for (const e of EXPORTERS)
      expect(screen.getByRole('radio', { name: sv(e.labelKey) })).toBeTruthy();
  });

  it('says what a graph file holds and saves the registry’s file', async () => {
    open();
    const metrics = computeMetrics({
      key: graph.signature,
      nodes: graph.nodes.map((n) => n.id),
      edges: graph.links.map((l) => ({ source: l.source, target: l.target, weight: l.weight })),
      weighted: true,
    });
    useAppStore.setState((s) => ({ metrics: { ...s.metrics, status: 'done', result: metrics } }));
    fireEvent.click(screen.getByRole('radio', { name: 'GraphML' }));
    const holds = await screen.findByTestId('export-holds');
    expect(holds.textContent).toContain('oriktade band, vikt = antal gemensamma samarbeten');
    expect(holds.textContent).toContain('Mäklare (betweenness)');
    fireEvent.click(screen.getByRole('button', { name: 'Ladda ned' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const parsed = parseGraphml(Graph, await blobText(saved[0]!));
    expect(parsed.type).toBe('undirected');
    expect(parsed.getNodeAttribute('org:region-a', 'betweenness')).toBe(
      metrics.nodes['org:region-a']!.betweenness,
    );
  });

  it('does not offer a picture download without the picture', () => {
    open();
    fireEvent.click(screen.getByRole('radio', { name: 'PNG-bild' }));
    expect(screen.getByRole('button', { name: 'Ladda ned' })).toHaveProperty('disabled', true);
  });
});
