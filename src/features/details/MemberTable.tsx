/**
 * The members of a collaboration as a sortable HTML table, downloadable as xlsx or CSV
 * (as sorted, headers in the UI language), and its people and seats as a second download.
 * Sorting is by the shared column headers (SortableHeader over domain/sortModel).
 */
import { useMemo, useState } from 'react';
import { NodeLink } from '../../components/NodeLink';
import { SortableHeader } from '../../components/SortableHeader';
import { TableDownload } from '../../components/TableDownload';
import type { CollaborationNode, MembershipEdge } from '../../data/graphSchema';
import { MEMBERSHIP_ROLES, ORGANISATION_TYPES } from '../../data/vocabulary';
import { compareSv } from '../../domain/collate';
import { nextSort, sortRows, type SortState } from '../../domain/sortModel';
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
  const [sort, setSort] = useState<SortState<Column>>({ key: 'role', ascending: true });

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
    const byName = (a: MemberRow, b: MemberRow) => compareSv(a.organisation, b.organisation);
    return sortRows(
      rows,
      sort,
      {
        organisation: byName,
        type: (a, b) => a.typeRank - b.typeRank,
        role: (a, b) => a.roleRank - b.roleRank,
        source: (a, b) => compareSv(a.source, b.source),
      },
      byName,
    );
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
              <SortableHeader
                key={c.id}
                column={c.id}
                label={c.label}
                sort={sort}
                onSort={(column) => setSort((current) => nextSort(current, column))}
              />
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
