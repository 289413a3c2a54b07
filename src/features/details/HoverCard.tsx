/**
 * A small card beside the pointer for the hovered node or link: what it is, and for a tie
 * in the collaboration network, the collaborations behind it.
 */
import { labelLookup } from '../../domain/labels';
import { keyCollaborators } from '../../domain/projection';
import { useDataset } from '../../state/DatasetContext';
import { useT } from '../../state/useT';

const LISTED = 8;

export function HoverCard({ id, point }: { id: string; point: { x: number; y: number } }) {
  const { data } = useDataset();
  const t = useT();
  const labelOf = labelLookup(data);
  let title: string;
  let meta: string;
  let items: string[] = [];
  let more = 0;
  if (id.startsWith('tie:')) {
    const [a = '', b = ''] = id.slice(4).split('|');
    const shared =
      keyCollaborators(a, data.memberships, labelOf).find((k) => k.organisation === b)
        ?.collaborations ?? [];
    title = t('details.tie.title', { a: labelOf(a), b: labelOf(b) });
    meta = t('details.tie.count', { count: shared.length });
    items = shared.slice(0, LISTED).map(labelOf);
    more = Math.max(0, shared.length - LISTED);
  } else if (id.startsWith('e:')) {
    const [org = '', col = ''] = id.slice(2).split('|');
    const roles = (data.membershipsByOrganisation.get(org) ?? [])
      .filter((m) => m.target === col)
      .map((m) => t(`role.${m.role}`));
    title = `${labelOf(org)} → ${labelOf(col)}`;
    meta = roles.join(', ');
  } else {
    const node = data.nodeById.get(id);
    if (!node) return null;
    title = node.label;
    meta =
      node.kind === 'organisation'
        ? t(`orgType.${node.type}`)
        : node.kind === 'collaboration'
          ? t(`colKind.${node.type}`)
          : t('nodeKind.person');
  }
  return (
    <div
      className="hover-card"
      style={{ left: point.x + 14, top: point.y + 14 }}
      role="tooltip"
      data-testid="hover-card"
    >
      <strong>{title}</strong>
      {meta ? <div className="small muted">{meta}</div> : null}
      {items.length > 0 ? (
        <ul>
          {items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
          {more > 0 ? <li className="muted">+{more}</li> : null}
        </ul>
      ) : null}
    </div>
  );
}
