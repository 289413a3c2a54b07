/** A tie in the collaboration network: the two organisations and the collaborations they share. */
import { useMemo } from 'react';
import { NodeLink } from '../../components/NodeLink';
import { CollaborationSwatch } from '../../components/Swatch';
import { labelLookup } from '../../domain/labels';
import { keyCollaborators } from '../../domain/projection';
import { useDataset } from '../../state/DatasetContext';
import { useT } from '../../state/useT';

export function TieDetails({ a, b }: { a: string; b: string }) {
  const { data } = useDataset();
  const t = useT();
  const labelOf = labelLookup(data);
  const shared = useMemo(
    () =>
      keyCollaborators(a, data.memberships, labelOf).find((k) => k.organisation === b)
        ?.collaborations ?? [],
    [data, a, b, labelOf],
  );
  return (
    <article className="details" aria-labelledby="details-title">
      <p className="details-kind">{t('details.tie')}</p>
      <h2 id="details-title">
        <NodeLink id={a} label={labelOf(a)} /> · <NodeLink id={b} label={labelOf(b)} />
      </h2>
      <p>{t('details.tie.count', { count: shared.length })}</p>
      <ul className="membership-list" data-testid="tie-collaborations">
        {shared.map((c) => {
          const col = data.nodeById.get(c);
          return (
            <li key={c}>
              {col?.kind === 'collaboration' ? (
                <CollaborationSwatch kind={col.type} size={12} />
              ) : null}{' '}
              <NodeLink id={c} label={labelOf(c)} />
            </li>
          );
        })}
      </ul>
    </article>
  );
}
