/** Import problems in the user's language, errors first, each naming its row and column. */
import type { ImportProblem } from '../../data/import/problems';
import { useT } from '../../state/useT';
import { problemText } from './listReport';

const SHOWN = 12;

export function ProblemList({ problems }: { problems: readonly ImportProblem[] }) {
  const t = useT();
  const sorted = [...problems].sort(
    (a, b) => Number(b.severity === 'error') - Number(a.severity === 'error'),
  );
  if (sorted.length === 0) return null;
  const errors = sorted.some((p) => p.severity === 'error');
  return (
    <div>
      <p>
        <strong>{errors ? t('import.problemsTitle') : t('import.warningsTitle')}</strong>
      </p>
      <ul className="import-problems">
        {sorted.slice(0, SHOWN).map((p, i) => (
          <li key={i} data-code={p.code}>
            {problemText(p, t)}
          </li>
        ))}
      </ul>
      {sorted.length > SHOWN ? (
        <p className="small muted">{t('import.moreProblems', { count: sorted.length - SHOWN })}</p>
      ) : null}
    </div>
  );
}
