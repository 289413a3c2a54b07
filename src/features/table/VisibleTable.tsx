/**
 * The table alternative to the picture: everything currently shown, as sortable tables
 * (organisations and collaborations), with the same selection as the picture.
 */
import { useMemo, useState } from 'react';
import { NodeLink } from '../../components/NodeLink';
import { SortableHeader } from '../../components/SortableHeader';
import { TableDownload } from '../../components/TableDownload';
import { compareSv } from '../../domain/collate';
import { nextSort, sortRows, type SortState } from '../../domain/sortModel';
import type { TableModel } from '../../domain/tableExport';
import { useDataset } from '../../state/DatasetContext';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/useT';
import type { ViewModel } from '../../state/useViewModel';

type SortKey = 'name' | 'type' | 'count';

export function VisibleTable({ model }: { model: ViewModel }) {
  const { data } = useDataset();
  const t = useT();
  const selected = useAppStore((s) => s.nav.selected);
  const [sort, setSort] = useState<SortState<SortKey>>({ key: 'count', ascending: false });
  const rows = useMemo(
    () =>
      model.graph.nodes
        .map((n) => {
          const node = data.nodeById.get(n.id);
          if (!node) return null;
          const type =
            node.kind === 'organisation'
              ? t(`orgType.${node.type}`)
              : node.kind === 'collaboration'
                ? t(`colKind.${node.type}`)
                : t('nodeKind.person');
          return {
            id: n.id,
            name: node.label,
            kind: t(`nodeKind.${node.kind}`),
            type,
            count: n.links,
          };
        })
        .filter((r): r is NonNullable<typeof r> => r !== null),
    [data, model.graph, t],
  );
  const sorted = useMemo(() => {
    type Row = (typeof rows)[number];
    const byName = (a: Row, b: Row) => compareSv(a.name, b.name);
    return sortRows(
      rows,
      sort,
      {
        name: byName,
        type: (a, b) => compareSv(a.type, b.type),
        count: (a, b) => a.count - b.count,
      },
      byName,
    );
  }, [rows, sort]);
  // Counts start with the largest; names and types from A.
  const header = (key: SortKey, label: string) => (
    <SortableHeader
      column={key}
      label={label}
      sort={sort}
      onSort={(column) => setSort((current) => nextSort(current, column, (k) => k !== 'count'))}
    />
  );
  const visibleTable = (): TableModel => ({
    title: t('table.caption.visible'),
    columns: [
      { id: 'name', header: t('table.name') },
      { id: 'kind', header: t('table.kind') },
      { id: 'type', header: t('table.type') },
      { id: 'count', header: t('table.count') },
    ],
    rows: sorted.map((r) => ({ name: r.name, kind: r.kind, type: r.type, count: r.count })),
  });
  return (
    <div className="visible-table table-wrap">
      <div className="table-actions">
        <TableDownload
          table={visibleTable}
          nameParts={[t('table.fileVisible')]}
          testId="visible-download"
        />
      </div>
      <table className="data-table" data-testid="visible-table">
        <caption>{t('table.caption.visible')}</caption>
        <thead>
          <tr>
            {header('name', t('table.name'))}
            <th scope="col">{t('table.kind')}</th>
            {header('type', t('table.type'))}
            {header('count', t('table.count'))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.id} className={selected === r.id ? 'selected' : ''}>
              <td>
                <NodeLink id={r.id} label={r.name} />
              </td>
              <td>{r.kind}</td>
              <td>{r.type}</td>
              <td className="num">{r.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
