/** Renders a component inside the dataset context with a fresh store, for component tests. */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Dataset } from '../../src/data/dataset';
import { buildSearchIndex } from '../../src/domain/search';
import { DatasetContext } from '../../src/state/DatasetContext';
import { INITIAL_STATE, useAppStore } from '../../src/state/store';
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
