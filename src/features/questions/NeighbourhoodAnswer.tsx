/** "Who is close?": the neighbourhood that became the view, with a control to widen or narrow it and its nodes by distance. */
import { NodeLink } from '../../components/NodeLink';
import { RadioGroup } from '../../components/RadioGroup';
import { TableDownload } from '../../components/TableDownload';
import { labelLookup } from '../../domain/labels';
import type { NeighbourhoodResult } from '../../domain/neighbourhood';
import { useDataset } from '../../state/DatasetContext';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/useT';
import { NEIGHBOURHOOD_DEPTHS } from '../../url/navState';
import { tableModel } from './tableModel';

export function NeighbourhoodAnswer({ result }: { result: NeighbourhoodResult }) {
  const { data } = useDataset();
  const t = useT();
  const labelOf = labelLookup(data);
  const depth = useAppStore((s) => s.nav.questions.depth);
  const setOptions = useAppStore((s) => s.setQuestionOptions);
  if (result.kind !== 'found') {
    return (
      <section className="answer">
        <p className="answer-summary" role="status">
          {t('questions.hood.unknown', { name: labelOf(result.centre) })}
        </p>
      </section>
    );
  }
  const rings = new Map<number, string[]>();
  for (const { id, distance } of result.distances) {
    if (distance === 0) continue;
    rings.set(distance, [...(rings.get(distance) ?? []), id]);
  }
  return (
    <section className="answer" aria-labelledby="answer-title">
      <h3 id="answer-title">{t('questions.hood.heading', { name: labelOf(result.centre) })}</h3>
      <RadioGroup
        label={t('questions.depth')}
        options={NEIGHBOURHOOD_DEPTHS.map((d) => ({
          value: d,
          label: t('questions.depth.value', { depth: d }),
        }))}
        value={depth}
        onChange={(d) => setOptions({ depth: d })}
      />
      <p className="answer-summary" data-testid="answer-summary">
        {t('questions.hood.summary', { count: result.distances.length, depth: result.depth })}
      </p>
      <TableDownload
        nameParts={[labelOf(result.centre), t('questions.kind.neighbourhood')]}
        table={() =>
          tableModel(t('questions.kind.neighbourhood'), {
            header: [t('questions.col.name'), t('questions.depth')],
            rows: result.distances.map((d) => [labelOf(d.id), String(d.distance)]),
          })
        }
      />
      {[...rings].map(([distance, ids]) => (
        <details key={distance} open={distance === 1}>
          <summary>{t('questions.hood.atDistance', { distance, count: ids.length })}</summary>
          <ul className="answer-list">
            {ids.map((id) => (
              <li key={id}>
                <NodeLink id={id} label={labelOf(id)} />
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
