/** "Who sits in both?": members in all, some or only one of the compared collaborations (or what compared members share), with people and seats, as lists and a table to download. */
import { NodeLink } from '../../components/NodeLink';
import { TableDownload } from '../../components/TableDownload';
import {
  comparisonTable,
  type CollaborationComparison,
  type ComparedRow,
  type Comparison,
  type MemberComparison,
  type MemberDetail,
} from '../../domain/compare';
import { labelLookup, shortLabel } from '../../domain/labels';
import { useDataset } from '../../state/DatasetContext';
import { useT } from '../../state/useT';
import { tableModel } from './tableModel';

function Rows<D>({
  rows,
  sets,
  describe,
}: {
  rows: readonly ComparedRow<D>[];
  sets: readonly string[];
  describe: (detail: D) => string;
}) {
  const { data } = useDataset();
  const t = useT();
  const labelOf = labelLookup(data);
  if (rows.length === 0) return <p className="muted small">{t('questions.compare.none')}</p>;
  return (
    <ul className="answer-list">
      {rows.map((row) => (
        <li key={row.id}>
          <NodeLink id={row.id} label={labelOf(row.id)} />
          {row.count < sets.length ? (
            <span className="muted small">
              {' '}
              · {t('questions.compare.in')} {row.in.map((s) => shortLabel(data, s)).join(', ')}
            </span>
          ) : null}
          <span className="muted small">
            {' '}
            ·{' '}
            {row.in
              .map((s) => {
                const detail = row.details[s];
                return detail === undefined ? '' : describe(detail);
              })
              .filter(Boolean)
              .join(' / ')}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Heading, the compared sets, the summary and the downloads, shared by both comparisons. */
function ComparisonHead<D>({
  title,
  ids,
  summary,
  comparison,
  describe,
}: {
  title: string;
  ids: readonly string[];
  summary: string;
  comparison: Comparison<D>;
  describe: (detail: D) => string;
}) {
  const { data } = useDataset();
  const t = useT();
  const labelOf = labelLookup(data);
  const headings = {
    id: 'id',
    label: t('questions.col.name'),
    count: t('questions.col.count'),
    evidence: t('questions.col.evidence'),
  };
  return (
    <>
      <h3 id="answer-title">{title}</h3>
      <p className="answer-sets">
        {ids.map((id, i) => (
          <span key={id}>
            {i > 0 ? ' · ' : ''}
            <NodeLink id={id} label={labelOf(id)} />
          </span>
        ))}
      </p>
      <p className="answer-summary" data-testid="answer-summary">
        {summary}
      </p>
      <TableDownload
        nameParts={[...ids.map((id) => shortLabel(data, id)), t('questions.compare.tableTitle')]}
        table={() =>
          tableModel(
            t('questions.compare.tableTitle'),
            comparisonTable(comparison, labelOf, headings, describe),
          )
        }
      />
    </>
  );
}

export function CompareCollaborationsAnswer({
  ids,
  result,
}: {
  ids: string[];
  result: CollaborationComparison;
}) {
  const t = useT();
  const roles = (d: MemberDetail) => d.roles.map((r) => t(`role.${r}`)).join(', ');
  const members = result.members;
  const byCount = (rows: readonly ComparedRow<MemberDetail>[], all: boolean) =>
    rows.filter((r) => (all ? r.count === ids.length : r.count > 1 && r.count < ids.length));
  const inAll = byCount(members.rows, true);
  const inSome = byCount(members.rows, false);
  const inOne = members.rows.filter((r) => r.count === 1);
  return (
    <section className="answer" aria-labelledby="answer-title">
      <ComparisonHead
        title={t('questions.compare.heading', { count: ids.length })}
        ids={ids}
        summary={
          ids.length === 2
            ? t('questions.compare.summaryTwo', { all: inAll.length, one: inOne.length })
            : t('questions.compare.summary', {
                all: inAll.length,
                some: inSome.length,
                one: inOne.length,
              })
        }
        comparison={members}
        describe={roles}
      />
      <h4>{t('questions.compare.inAll', { count: inAll.length })}</h4>
      <Rows rows={inAll} sets={ids} describe={roles} />
      {ids.length > 2 ? (
        <>
          <h4>{t('questions.compare.inSome', { count: inSome.length })}</h4>
          <Rows rows={inSome} sets={ids} describe={roles} />
        </>
      ) : null}
      <details>
        <summary>{t('questions.compare.inOne', { count: inOne.length })}</summary>
        <Rows rows={inOne} sets={ids} describe={roles} />
      </details>
      {result.people.rows.length > 0 ? (
        <>
          <h4>{t('questions.compare.people', { count: result.people.rows.length })}</h4>
          <Rows
            rows={result.people.rows}
            sets={ids}
            describe={(d) =>
              d.seats
                .map((s) => `${t(`seatBody.${s.body}`)}: ${t(`seatRole.${s.role}`)}`)
                .join(', ')
            }
          />
        </>
      ) : null}
    </section>
  );
}

export function CompareMembersAnswer({ ids, result }: { ids: string[]; result: MemberComparison }) {
  const { data } = useDataset();
  const t = useT();
  const labelOf = labelLookup(data);
  const roles = (d: MemberDetail) => d.roles.map((r) => t(`role.${r}`)).join(', ');
  const shared = result.collaborations.rows.filter((r) => r.count === ids.length);
  const some = result.collaborations.rows.filter((r) => r.count < ids.length);
  const partners = result.partners.rows.filter((r) => r.count === ids.length);
  return (
    <section className="answer" aria-labelledby="answer-title">
      <ComparisonHead
        title={t('questions.compare.headingMembers', { count: ids.length })}
        ids={ids}
        summary={t('questions.compare.summaryMembers', {
          all: shared.length,
          partners: partners.length,
        })}
        comparison={result.collaborations}
        describe={roles}
      />
      <h4>{t('questions.compare.sharedCollaborations', { count: shared.length })}</h4>
      <Rows rows={shared} sets={ids} describe={roles} />
      <details>
        <summary>{t('questions.compare.someCollaborations', { count: some.length })}</summary>
        <Rows rows={some} sets={ids} describe={roles} />
      </details>
      <details>
        <summary>{t('questions.compare.sharedPartners', { count: partners.length })}</summary>
        <Rows
          rows={partners}
          sets={ids}
          describe={(d) => d.collaborations.map(labelOf).join(', ')}
        />
      </details>
    </section>
  );
}
