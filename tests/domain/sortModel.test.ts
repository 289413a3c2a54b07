import { describe, expect, it } from 'vitest';
import { compareSv } from '../../src/domain/collate';
import { ariaSortOf, nextSort, sortRows, type SortState } from '../../src/domain/sortModel';

interface Row {
  name: string;
  count: number;
}
const rows: readonly Row[] = [
  { name: 'Östra', count: 2 },
  { name: 'Alfa', count: 5 },
  { name: 'Åby', count: 2 },
  { name: 'Beta', count: 2 },
];
const comparators = {
  name: (a: Row, b: Row) => compareSv(a.name, b.name),
  count: (a: Row, b: Row) => a.count - b.count,
};
const byName = comparators.name;
const names = (list: readonly Row[]) => list.map((r) => r.name);

describe('sortModel', () => {
  it('says a direction only for the sorted column', () => {
    const state: SortState<'name' | 'count'> = { key: 'count', ascending: false };
    expect(ariaSortOf(state, 'count')).toBe('descending');
    expect(ariaSortOf({ key: 'count', ascending: true }, 'count')).toBe('ascending');
    expect(ariaSortOf(state, 'name')).toBe('none');
  });

  it('flips the sorted column and starts another in its first direction', () => {
    const state: SortState<'name' | 'count'> = { key: 'name', ascending: true };
    expect(nextSort(state, 'name')).toEqual({ key: 'name', ascending: false });
    expect(nextSort({ key: 'name', ascending: false }, 'name')).toEqual({
      key: 'name',
      ascending: true,
    });
    expect(nextSort(state, 'count')).toEqual({ key: 'count', ascending: true });
    expect(nextSort(state, 'count', (key) => key !== 'count')).toEqual({
      key: 'count',
      ascending: false,
    });
  });

  it('sorts in Swedish order both ways without touching the input', () => {
    const before = names(rows);
    expect(names(sortRows(rows, { key: 'name', ascending: true }, comparators))).toEqual([
      'Alfa',
      'Beta',
      'Åby',
      'Östra',
    ]);
    expect(names(sortRows(rows, { key: 'name', ascending: false }, comparators))).toEqual([
      'Östra',
      'Åby',
      'Beta',
      'Alfa',
    ]);
    expect(names(rows)).toEqual(before);
  });

  it('breaks ties ascending whichever way the column runs', () => {
    const descending = sortRows(rows, { key: 'count', ascending: false }, comparators, byName);
    expect(names(descending)).toEqual(['Alfa', 'Beta', 'Åby', 'Östra']);
    const ascending = sortRows(rows, { key: 'count', ascending: true }, comparators, byName);
    expect(names(ascending)).toEqual(['Beta', 'Åby', 'Östra', 'Alfa']);
  });
});
