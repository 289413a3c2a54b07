/** "Who should we meet?": organisations close to the focus that it has no collaboration with yet, ranked by Adamic–Adar, each with its reason and a one-click route. */
import { NodeLink } from '../../components/NodeLink';
import { TableDownload } from '../../components/TableDownload';
import { labelLookup } from '../../domain/labels';
import type { Suggestion } from '../../domain/suggestions';
import { formatNumber } from '../../i18n';
import { useDataset } from '../../state/DatasetContext';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/useT';
import { tableModel } from './tableModel';

export function SuggestionsAnswer({ focus, result }: { focus: string; result: Suggestion[] }) {
  const { data } = useDataset();
  const t = useT();
  const lang = useAppStore((s) => s.nav.lang);
  const askRoute = useAppStore((s) => s.askRoute);
  const labelOf = labelLookup(data);
  const name = labelOf(focus);
  return (
    <section className="answer" aria-labelledby="answer-title">
      <h3 id="answer-title">{t('questions.suggest.heading', { name })}</h3>
      <p className="small muted">{t('questions.suggest.explain', { name })}</p>
      {result.length === 0 ? (
        <p className="answer-summary" role="status">
          {t('questions.suggest.none', { name })}
        </p>
      ) : (
        <>
          <TableDownload
            nameParts={[name, t('questions.kind.suggestions')]}
            table={() =>
              tableModel(t('questions.kind.suggestions'), {
                header: [
                  t('questions.col.name'),
                  'Adamic–Adar',
                  t('questions.col.count'),
                  t('questions.suggest.partners', { names: '' }).replace(/:\s*$/, ''),
                ],
                rows: result.map((s) => [
                  labelOf(s.id),
                  formatNumber(lang, s.adamicAdar, 3),
                  String(s.commonNeighbours),
                  s.sharedPartners.map((p) => labelOf(p.id)).join('; '),
                ]),
              })
            }
          />
          <ol className="suggestions" data-testid="suggestions">
            {result.map((s) => (
              <li key={s.id}>
                <NodeLink id={s.id} label={labelOf(s.id)} />
                <span className="small">
                  {' '}
                  {t('questions.suggest.reason', {
                    partners: s.commonNeighbours,
                    collaborations: s.collaborations.length,
                  })}{' '}
                  · {t('questions.suggest.score', { score: formatNumber(lang, s.adamicAdar, 2) })}
                </span>
                <p className="small muted">
                  {t('questions.suggest.partners', {
                    names: s.sharedPartners.map((p) => labelOf(p.id)).join(', '),
                  })}
                </p>
                <button
                  type="button"
                  className="small-button"
                  onClick={() => askRoute(focus, s.id)}
                >
                  {t('questions.suggest.route')}
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
