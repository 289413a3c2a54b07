/**
 * The table alternative to the picture: everything currently shown, as sortable tables
 * (organisations and collaborations), with the same selection as the picture.
 */
import { useMemo, useState } from 'react';
import { downloadText } from '../../components/download';
import { NodeLink } from '../../components/NodeLink';
import { compareSv } from '../../domain/collate';
import { fileNameFor, toCsv } from '../../domain/csv';
import { useDataset } from '../../state/DatasetContext';
import { useAppStore } from '../../state/store';
import { useT } from '../../state/useT';
import type { ViewModel } from '../../state/useViewModel';

type SortKey = 'name' | 'type' | 'count';

export function VisibleTable({ model }: { model: ViewModel }) {
  const { data } = useDataset();
  const t = useT();
  const selected = useAppStore((s) => s.nav.selected);
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({
    key: 'count',
    ascending: false,
  });
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
    const dir = sort.ascending ? 1 : -1;
    return [...rows].sort((a, b) => {
      const byName = compareSv(a.name, b.name);
      if (sort.key === 'name') return dir * byName;
      if (sort.key === 'type') return dir * compareSv(a.type, b.type) || byName;
      return dir * (a.count - b.count) || byName;
    });
  }, [rows, sort]);
  const header = (key: SortKey, label: string) => (
    <th
      scope="col"
      aria-sort={sort.key === key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}
    >
      <button
        type="button"
        className="sort-button"
        onClick={() =>
          setSort({ key, ascending: sort.key === key ? !sort.ascending : key !== 'count' })
        }
      >
        {label}
        <span aria-hidden="true">{sort.key === key ? (sort.ascending ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
  const exportCsv = () =>
    downloadText(
      fileNameFor('samverkanskartan-urval', 'csv'),
      toCsv(
        [t('table.name'), t('table.kind'), t('table.type'), t('table.count')],
        sorted.map((r) => [r.name, r.kind, r.type, r.count]),
      ),
      'text/csv;charset=utf-8',
    );
  return (
    <div className="visible-table table-wrap">
      <div className="table-actions">
        <button type="button" onClick={exportCsv}>
          {t('table.exportCsv')}
        </button>
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
