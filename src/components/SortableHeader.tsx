/**
 * One column header of a sortable table (the app's one sort control): a button inside the
 * `<th>` that names what it sorts by, `aria-sort` on the header, a ▲/▼ mark for sighted
 * users and a polite announcement of the new order after a click. The order itself is the
 * pure model in src/domain/sortModel.ts; the table owns the state.
 */
import { ariaSortOf, type SortState } from '../domain/sortModel';
import { useT } from '../state/useT';
import { LiveRegion } from './LiveRegion';

export function SortableHeader<K extends string>({
  column,
  label,
  sort,
  onSort,
  className,
}: {
  column: K;
  label: string;
  sort: SortState<K>;
  /** Called with the clicked column; the table applies `nextSort`. */
  onSort: (column: K) => void;
  className?: string;
}) {
  const t = useT();
  const ariaSort = ariaSortOf(sort, column);
  const announcement = ariaSort === 'none' ? '' : t(`table.sorted.${ariaSort}`, { column: label });
  return (
    <th scope="col" aria-sort={ariaSort} className={className}>
      <button
        type="button"
        className="sort-button"
        onClick={() => onSort(column)}
        aria-label={t('table.sortBy', { column: label })}
      >
        {label}
        <span aria-hidden="true">
          {ariaSort === 'ascending' ? ' ▲' : ariaSort === 'descending' ? ' ▼' : ''}
        </span>
      </button>
      <LiveRegion text={announcement} />
    </th>
  );
}
