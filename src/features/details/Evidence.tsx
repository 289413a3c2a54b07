/** Shows where a fact comes from: source document title and section (and page). */
import type { Evidence as EvidenceEntry } from '../../data/graphSchema';
import { useDataset } from '../../state/DatasetContext';
import { useT } from '../../state/useT';

export function Evidence({ evidence }: { evidence: readonly EvidenceEntry[] }) {
  const { data } = useDataset();
  const t = useT();
  if (evidence.length === 0) return null;
  return (
    <span className="evidence">
      {evidence.map((e, i) => {
        const source = data.sourceById.get(e.source);
        const text = `${source?.title ?? e.source} (${source?.year ?? ''}) › ${e.section}${e.page ? `, ${t('details.page', { page: e.page })}` : ''}`;
        return (
          <span key={i} className="evidence-item" title={`${t('details.evidence')}: ${text}`}>
            <span className="visually-hidden">{t('details.evidence')}: </span>
            {text}
          </span>
        );
      })}
    </span>
  );
}
