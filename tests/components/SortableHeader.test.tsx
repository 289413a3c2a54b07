// @vitest-environment jsdom
/**
 * SortableHeader: a button in the <th> named "Sortera efter …", aria-sort on the header,
 * the direction marked and announced, and the click handed to the table's sort model.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { SortableHeader } from '../../src/components/SortableHeader';
import { compareSv } from '../../src/domain/collate';
import { nextSort, sortRows, type SortState } from '../../src/domain/sortModel';
import { INITIAL_STATE, useAppStore } from '../../src/state/store';

type Key = 'name' | 'count';
const rows = [
  { name: 'Beta', count: 1 },
  { name: 'Åby', count: 3 },
  { name: 'Alfa', count: 2 },
];

function Table() {
  const [sort, setSort] = useState<SortState<Key>>({ key: 'name', ascending: true });
  const sorted = sortRows(rows, sort, {
    name: (a, b) => compareSv(a.name, b.name),
    count: (a, b) => a.count - b.count,
  });
  const onSort = (column: Key) =>
    setSort((current) => nextSort(current, column, (k) => k !== 'count'));
  return (
    <table>
      <thead>
        <tr>
          <SortableHeader column="name" label="Namn" sort={sort} onSort={onSort} />
          <SortableHeader column="count" label="Antal" sort={sort} onSort={onSort} />
        </tr>
      </thead>
      <tbody>
        {sorted.map((r) => (
          <tr key={r.name}>
            <td>{r.name}</td>
            <td>{r.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const firstColumn = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.querySelector('td')?.textContent);

describe('SortableHeader', () => {
  afterEach(cleanup);

  it('puts a named button in each column header with aria-sort on the sorted one', () => {
    useAppStore.setState(INITIAL_STATE);
    render(<Table />);
    const [name, count] = screen.getAllByRole('columnheader');
    expect(name).toHaveAttribute('aria-sort', 'ascending');
    expect(count).toHaveAttribute('aria-sort', 'none');
    expect(within(name!).getByRole('button', { name: 'Sortera efter Namn' })).toHaveTextContent(
      'Namn ▲',
    );
    expect(firstColumn()).toEqual(['Alfa', 'Beta', 'Åby']);
  });

  it('flips and moves the order on click, is reached by keyboard and announces the order', async () => {
    useAppStore.setState(INITIAL_STATE);
    const user = userEvent.setup();
    render(<Table />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Sortera efter Namn' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getAllByRole('columnheader')[0]).toHaveAttribute('aria-sort', 'descending');
    expect(firstColumn()).toEqual(['Åby', 'Beta', 'Alfa']);
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toEqual([
      'Sorterat efter Namn, fallande',
      '',
    ]);

    await user.tab();
    await user.keyboard(' ');
    const [name, count] = screen.getAllByRole('columnheader');
    expect(name).toHaveAttribute('aria-sort', 'none');
    expect(count).toHaveAttribute('aria-sort', 'descending'); // counts start with the largest
    expect(within(count!).getByRole('button')).toHaveTextContent('Antal ▼');
    expect(firstColumn()).toEqual(['Åby', 'Alfa', 'Beta']);
    expect(within(count!).getByRole('status')).toHaveTextContent('Sorterat efter Antal, fallande');
  });

  it('speaks English when the language is English', () => {
    useAppStore.setState({ ...INITIAL_STATE, nav: { ...INITIAL_STATE.nav, lang: 'en' } });
    render(<Table />);
    expect(screen.getByRole('button', { name: 'Sort by Antal' })).toBeInTheDocument();
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('Sorted by Namn, ascending');
  });
});
