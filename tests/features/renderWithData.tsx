/** Renders a component inside the dataset context with a fresh store, for component tests. */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Dataset } from '../../src/data/dataset';
import type { VisibleSet } from '../../src/domain/filters';
import { buildSearchIndex } from '../../src/domain/search';
import type { ViewGraph } from '../../src/domain/viewGraph';
import { DatasetContext } from '../../src/state/DatasetContext';
import { INITIAL_STATE, useAppStore } from '../../src/state/store';
import type { ViewModel } from '../../src/state/useViewModel';
import { tinyDataset } from '../fixtures/tinyDataset';

export function renderWithData(ui: ReactElement, data: Dataset = tinyDataset()) {
  useAppStore.setState(INITIAL_STATE);
  const value = { data, searchIndex: buildSearchIndex(data.file.nodes) };
  const wrap = (node: ReactElement) => (
    <DatasetContext.Provider value={value}>{node}</DatasetContext.Provider>
  );
  const result = render(wrap(ui));
  return { ...result, rerender: (node: ReactElement) => result.rerender(wrap(node)) };
}

/** A view model of `graph` with no question asked, for components that take one. */
export function plainViewModel(visible: VisibleSet, graph: ViewGraph): ViewModel {
  return {
    visible,
    graph,
    fullGraph: graph,
    question: { answers: [], graph, positions: null, emphasis: null },
    positions: {},
    groupLabels: [],
  };
}
