/** Question starters in a node's details: compare with …, routes to …, its neighbourhood, who it should meet. */
import { useDataset } from '../../state/DatasetContext';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/useT';

export function NodeQuestions({ id }: { id: string }) {
  const { data } = useDataset();
  const t = useT();
  const draft = useAppStore((s) => s.draftQuestion);
  const askNeighbourhood = useAppStore((s) => s.askNeighbourhood);
  const askSuggestions = useAppStore((s) => s.askSuggestions);
  const node = data.nodeById.get(id);
  if (!node) return null;
  const focusBuilder = () =>
    requestAnimationFrame(() =>
      document.querySelector<HTMLInputElement>('.question-builder input')?.focus(),
    );
  return (
    <div className="node-questions" role="group" aria-label={t('questions.title')}>
      {node.kind !== 'person' ? (
        <button
          type="button"
          onClick={() => {
            draft({ kind: 'compare', ids: [id] });
            focusBuilder();
          }}
        >
          {t('questions.compareWith')}
        </button>
      ) : null}
      <button
        type="button"
        onClick={() => {
          draft({ kind: 'routes', ids: [id] });
          focusBuilder();
        }}
      >
        {t('questions.routesFrom')}
      </button>
      <button type="button" onClick={() => askNeighbourhood(id)}>
        {t('questions.showNeighbourhood')}
      </button>
      {node.kind === 'organisation' ? (
        <button type="button" onClick={() => askSuggestions(id)}>
          {t('questions.suggestFor')}
        </button>
      ) : null}
    </div>
  );
}
