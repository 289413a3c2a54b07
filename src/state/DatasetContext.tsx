/** Provides the loaded dataset and its search index to the component tree (not store state). */
import { createContext, useContext } from 'react';
import type { Dataset } from '../data/dataset';
import type { SearchEntry } from '../domain/search';

export interface DatasetContextValue {
  data: Dataset;
  searchIndex: SearchEntry[];
}

export const DatasetContext = createContext<DatasetContextValue | null>(null);

export function useDataset(): DatasetContextValue {
  const value = useContext(DatasetContext);
  if (!value) throw new Error('useDataset() outside <DatasetContext.Provider>');
  return value;
}
