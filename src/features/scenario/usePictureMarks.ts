/**
 * What the picture marks for the time and scenarios panel: the "what if?" ghosts
 * (`nav.removed`) and, in the "apart" undated mode, the undated collaborations.
 */
import { useMemo } from 'react';
import { isDated } from '../../domain/periods';
import type { ViewGraph } from '../../domain/viewGraph';
import { useDataset } from '../../state/DatasetContext';
import { useAppStore } from '../../state/store';
import { pictureMarks, type PictureMarks } from './scenarioModel';

export function usePictureMarks(graph: ViewGraph): PictureMarks {
  const { data } = useDataset();
  const removed = useAppStore((s) => s.nav.removed);
  const apart = useAppStore((s) => s.nav.undatedApart && s.nav.filters.includeUndated);
  const undated = useMemo(
    () => (apart ? new Set(data.collaborations.filter((c) => !isDated(c)).map((c) => c.id)) : null),
    [apart, data],
  );
  return useMemo(() => pictureMarks(graph, removed, undated), [graph, removed, undated]);
}
