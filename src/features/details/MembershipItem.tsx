/**
 * One membership in a details list: the other end (collaboration or organisation), the
 * role, whether it is implied, the curator's note and the evidence.
 */
import { NodeLink } from '../../components/NodeLink';
import type { MembershipEdge } from '../../data/graphSchema';
import { inLanguage } from '../../domain/labels';
import { useDataset } from '../../state/DatasetContext';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/useT';
import { Evidence } from './Evidence';

export function MembershipItem({
  membership: m,
  showEnd,
  showRole = true,
}: {
  membership: MembershipEdge;
  showEnd: 'organisation' | 'collaboration';
  showRole?: boolean;
}) {
  const { data } = useDataset();
  const t = useT();
  const lang = useAppStore((s) => s.nav.lang);
  const note = inLanguage(lang, m.note, m.noteEn);
  const end = showEnd === 'organisation' ? m.source : m.target;
  return (
    <li>
      <NodeLink id={end} label={data.nodeById.get(end)?.label ?? end} />{' '}
      {showRole ? <span className={`role role-${m.role}`}>{t(`role.${m.role}`)}</span> : null}
      {m.implied ? (
        <span className="implied" title={t('details.implied.help')}>
          {' '}
          ({t('details.implied')})
        </span>
      ) : null}
      {note ? <span className="note"> — {note}</span> : null}
      <Evidence evidence={m.evidence} />
    </li>
  );
}
