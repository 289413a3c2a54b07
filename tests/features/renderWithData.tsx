/** Renders a component inside the dataset context with a fresh store, for component tests. */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Dataset } from '../../src/data/dataset';
import { buildSearchIndex } from '../../src/domain/search';
import { DatasetContext } from '../../src/state/DatasetContext';
import { useAppStore } from '../../src/state/store';
import { DEFAULT_NAV_STATE } from '../../src/url/navState';
import { tinyDataset } from '../fixtures/tinyDataset';

export function renderWithData(ui: ReactElement, data: Dataset = tinyDataset()) {
  useAppStore.setState({ nav: DEFAULT_NAV_STATE, ui: { hovered: null, notices: [] } });
  const value = { data, searchIndex: buildSearchIndex(data.file.nodes) };
  const wrap = (node: ReactElement) => (
    <DatasetContext.Provider value={value}>{node}</DatasetContext.Provider>
  );
  const result = render(wrap(ui));
  return { ...result, rerender: (node: ReactElement) => result.rerender(wrap(node)) };
}
