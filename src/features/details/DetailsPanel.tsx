/** The right-hand panel: details of whatever is selected, or a hint when nothing is. */
import { useDataset } from '../../state/DatasetContext';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/useT';
import { NodeQuestions } from '../questions/NodeQuestions';
import { CollaborationDetails } from './CollaborationDetails';
import { OrganisationDetails } from './OrganisationDetails';
import { PersonDetails } from './PersonDetails';
import { TieDetails } from './TieDetails';

export function DetailsPanel() {
  const { data } = useDataset();
  const t = useT();
  const selected = useAppStore((s) => s.nav.selected);
  const select = useAppStore((s) => s.select);
  if (!selected) {
    return <p className="details-empty">{t('details.empty')}</p>;
  }
  let body: React.ReactNode = null;
  if (selected.startsWith('tie:')) {
    const [a, b] = selected.slice(4).split('|');
    if (a && b) body = <TieDetails a={a} b={b} />;
  } else {
    const node = data.nodeById.get(selected);
    if (node?.kind === 'organisation')
      body = <OrganisationDetails key={node.id} organisation={node} />;
    else if (node?.kind === 'collaboration')
      body = <CollaborationDetails key={node.id} collaboration={node} />;
    else if (node?.kind === 'person') body = <PersonDetails key={node.id} person={node} />;
  }
  return (
    <div className="details-wrap">
      <button
        type="button"
        className="close-button"
        onClick={() => select(null)}
        aria-label={t('details.close')}
      >
        ×
      </button>
      {body}
      {!selected.startsWith('tie:') ? <NodeQuestions id={selected} /> : null}
    </div>
  );
}
