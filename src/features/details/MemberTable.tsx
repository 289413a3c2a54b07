/**
 * The members of a collaboration as a sortable HTML table, downloadable as xlsx or CSV
 * (as sorted, headers in the UI language), and its people and seats as a second download.
 * Sorting is by column header buttons with aria-sort.
 */
import { useMemo, useState } from 'react';
import { NodeLink } from '../../components/NodeLink';
import { TableDownload } from '../../components/TableDownload';
import type { CollaborationNode, MembershipEdge } from '../../data/graphSchema';
import { MEMBERSHIP_ROLES, ORGANISATION_TYPES } from '../../data/vocabulary';
import { compareSv } from '../../domain/collate';
import type { TableModel } from '../../domain/tableExport';
import { useDataset } from '../../state/DatasetContext';
import { useT } from '../../state/useT';

type Column = 'organisation' | 'type' | 'role' | 'source';

export interface MemberRow {
  organisationId: string;
  organisation: string;
  type: string;
  typeRank: number;
  role: string;
  roleRank: number;
  implied: boolean;
  source: string;
}

export function MemberTable({
  collaboration,
  memberships,
}: {
  collaboration: CollaborationNode;
  memberships: readonly MembershipEdge[];
}) {
  const { data } = useDataset();
  const t = useT();
  const [sort, setSort] = useState<{ column: Column; ascending: boolean }>({
    column: 'role',
    ascending: true,
  });

  const rows: MemberRow[] = useMemo(
    () =>
      memberships.map((m) => {
        const org = data.nodeById.get(m.source);
        const type = org?.kind === 'organisation' ? org.type : 'other';
        return {
          organisationId: m.source,
          organisation: org?.label ?? m.source,
          type: t(`orgType.${type}`),
          typeRank: ORGANISATION_TYPES.indexOf(type),
          role: t(`role.${m.role}`) + (m.implied ? ` (${t('details.implied')})` : ''),
          roleRank: MEMBERSHIP_ROLES.indexOf(m.role),
          implied: m.implied,
          source: m.evidence
            .map((e) => `${data.sourceById.get(e.source)?.title ?? e.source} › ${e.section}`)
            .join('; '),
        };
      }),
    [data, memberships, t],
  );

  const sorted = useMemo(() => {
    const dir = sort.ascending ? 1 : -1;
    const byName = (a: MemberRow, b: MemberRow) => compareSv(a.organisation, b.organisation);
    return [...rows].sort((a, b) => {
      switch (sort.column) {
        case 'organisation':
          return dir * byName(a, b);
        case 'type':
          return dir * (a.typeRank - b.typeRank) || byName(a, b);
        case 'role':
          return dir * (a.roleRank - b.roleRank) || byName(a, b);
        case 'source':
          return dir * compareSv(a.source, b.source) || byName(a, b);
      }
    });
  }, [rows, sort]);

  const columns: { id: Column; label: string }[] = [
    { id: 'organisation', label: t('table.organisation') },
    { id: 'type', label: t('table.type') },
    { id: 'role', label: t('table.role') },
    { id: 'source', label: t('table.source') },
  ];

  const name = collaboration.shortName ?? collaboration.label;
  const memberTable = (): TableModel => ({
    title: t('table.caption.members', { name }),
    columns: columns.map((c) => ({ id: c.id, header: c.label })),
    rows: sorted.map((r) => ({
      organisation: r.organisation,
      type: r.type,
      role: r.role,
      source: r.source,
    })),
  });
  const seats = data.seatsByCollaboration.get(collaboration.id) ?? [];
  const labelOf = (id: string) => data.nodeById.get(id)?.label ?? id;
  const seatTable = (): TableModel => ({
    title: `${name} ${t('table.seat')}`,
    columns: [
      { id: 'person', header: t('table.person') },
      { id: 'body', header: t('table.seat') },
      { id: 'role', header: t('table.role') },
      { id: 'title', header: t('table.seatTitle') },
      { id: 'organisation', header: t('table.organisation') },
      { id: 'source', header: t('table.source') },
    ],
    rows: seats.map((seat) => ({
      person: labelOf(seat.source),
      body: t(`seatBody.${seat.body}`),
      role: t(`seatRole.${seat.role}`),
      title: seat.title ?? '',
      organisation: seat.organisation ? labelOf(seat.organisation) : '',
      source: seat.evidence
        .map((e) => `${data.sourceById.get(e.source)?.title ?? e.source} › ${e.section}`)
        .join('; '),
    })),
  });

  return (
    <div className="table-wrap">
      <div className="table-actions">
        <TableDownload
          table={memberTable}
          nameParts={[name, t('table.fileMembers')]}
          label={t('table.download.members')}
          testId="member-download"
        />
        {seats.length > 0 ? (
          <TableDownload
            table={seatTable}
            nameParts={[name, t('table.seats')]}
            label={t('table.download.seats')}
            testId="seat-download"
          />
        ) : null}
      </div>
      <table className="data-table" data-testid="member-table">
        <caption className="visually-hidden">
          {t('table.caption.members', { name: collaboration.label })}
        </caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th
                key={c.id}
                scope="col"
                aria-sort={
                  sort.column === c.id ? (sort.ascending ? 'ascending' : 'descending') : 'none'
                }
              >
                <button
                  type="button"
                  className="sort-button"
                  onClick={() =>
                    setSort({
                      column: c.id,
                      ascending: sort.column === c.id ? !sort.ascending : true,
                    })
                  }
                  aria-label={t('table.sortBy', { column: c.label })}
                >
                  {c.label}
                  <span aria-hidden="true">
                    {sort.column === c.id ? (sort.ascending ? ' ▲' : ' ▼') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r, i) => (
            <tr key={`${r.organisationId}-${i}`}>
              <td>
                <NodeLink id={r.organisationId} label={r.organisation} />
              </td>
              <td>{r.type}</td>
              <td>{r.role}</td>
              <td className="small">{r.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
