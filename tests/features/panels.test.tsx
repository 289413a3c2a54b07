// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { applyFilters, DEFAULT_FILTERS } from '../../src/domain/filters';
import { buildViewGraph } from '../../src/domain/viewGraph';
import { DetailsPanel } from '../../src/features/details/DetailsPanel';
import { FilterPanel } from '../../src/features/filters/FilterPanel';
import { SearchBox } from '../../src/features/search/SearchBox';
import { useAppStore } from '../../src/state/store';
import type { ViewModel } from '../../src/state/useViewModel';
import { tinyDataset } from '../fixtures/tinyDataset';
import { plainViewModel, renderWithData } from './renderWithData';

afterEach(cleanup);

const select = (id: string | null) => act(() => useAppStore.getState().select(id));

describe('SearchBox', () => {
  it('finds without diacritics, moves with the arrow keys and selects with Enter', async () => {
    const user = userEvent.setup();
    renderWithData(<SearchBox />);
    const box = screen.getByRole('combobox', { name: 'Sök organisation, samarbete eller person' });
    await user.type(box, 'cedertra');
    const options = screen.getAllByRole('option');
    expect(options[0]).toHaveTextContent('Cederträ universitet');
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().nav.selected).toBe('org:uni-c');
    expect(useAppStore.getState().nav.query).toBe('cedertra');
  });

  it('says which alias matched and reports no results', async () => {
    const user = userEvent.setup();
    renderWithData(<SearchBox />);
    const box = screen.getByRole('combobox');
    await user.type(box, 'basta kommun');
    expect(screen.getAllByRole('option')[0]).toHaveTextContent('även känd som Bästa kommun');
    await user.clear(box);
    await user.type(box, 'zzzz');
    expect(screen.getByRole('option')).toHaveTextContent('Inga träffar för ”zzzz”');
  });
});

function model(): ViewModel {
  const data = tinyDataset();
  const visible = applyFilters(data, useAppStore.getState().nav.filters);
  return plainViewModel(visible, buildViewGraph(visible, 'affiliation'));
}

describe('FilterPanel', () => {
  it('filters by organisation type into the URL state, shows counts and resets', async () => {
    const user = userEvent.setup();
    const view = renderWithData(<FilterPanel model={model()} />);
    expect(screen.getByTestId('shown-count')).toHaveTextContent(
      'Visar 3 organisationer, 3 samarbeten',
    );
    await user.click(screen.getByText('Organisationstyp', { selector: 'summary' }));
    const kommun = screen.getByRole('checkbox', { name: /Kommun/ });
    await user.click(kommun);
    expect(useAppStore.getState().nav.filters.organisationTypes).toEqual(['municipality']);
    view.rerender(<FilterPanel model={model()} />);
    expect(screen.getByTestId('shown-count')).toHaveTextContent(
      'Visar 1 organisation, 2 samarbeten',
    );
    expect(screen.getByTestId('shown-count')).toHaveTextContent('1 aktivt filter');
    await user.click(screen.getByRole('button', { name: 'Återställ filter' }));
    expect(useAppStore.getState().nav.filters).toEqual(DEFAULT_FILTERS);
  });

  it('sets a year range and the choice for undated collaborations', () => {
    renderWithData(<FilterPanel model={model()} />);
    fireEvent.change(screen.getByLabelText('Från år'), { target: { value: '2011' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Ta med odaterade samarbeten' }));
    expect(useAppStore.getState().nav.filters).toMatchObject({
      yearFrom: 2011,
      yearTo: null,
      includeUndated: false,
    });
  });
});

describe('DetailsPanel', () => {
  it('shows a hint when nothing is selected', () => {
    renderWithData(<DetailsPanel />);
    expect(screen.getByText(/Välj en organisation/)).toBeInTheDocument();
  });

  it('shows who sits in a collaboration, grouped by role and by organisation type, with seats and evidence', async () => {
    const user = userEvent.setup();
    renderWithData(<DetailsPanel />);
    select('col:alfa');
    expect(screen.getByRole('heading', { name: /Vem sitter i ALFA\?/ })).toBeInTheDocument();
    expect(
      within(screen.getByTestId('member-group-lead')).getByRole('button', { name: 'Region Alfa' }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByTestId('member-group-partner'))
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Bästa stad', 'Cederträ universitet']);
    expect(screen.getAllByText(/Dokumentet \(2022\) › Projekt › Alfa/).length).toBe(4); // 3 members + sources
    expect(
      within(screen.getByTestId('seat-group-council')).getByText('Anna A'),
    ).toBeInTheDocument();
    await user.click(screen.getByText('Efter organisationstyp'));
    expect(
      within(screen.getByTestId('member-group-university')).getByText('Cederträ universitet'),
    ).toBeInTheDocument();
    await user.click(screen.getByText('Tabell'));
    const table = screen.getByTestId('member-table');
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    await user.click(within(table).getByRole('button', { name: 'Sortera efter Organisation' }));
    const firstCells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.querySelector('td')?.textContent);
    expect(firstCells).toEqual(['Bästa stad', 'Cederträ universitet', 'Region Alfa']);
  });

  it("shows an organisation's key collaborators and expands the shared collaborations", async () => {
    const user = userEvent.setup();
    renderWithData(<DetailsPanel />);
    select('org:region-a');
    const ranking = screen.getByTestId('key-collaborators');
    const rows = within(ranking).getAllByRole('listitem');
    expect(rows[0]).toHaveTextContent('Bästa stad2 gemensamma');
    await user.click(within(rows[0]!).getByRole('button', { name: /Bästa stad/ }));
    expect(
      within(rows[0]!)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Alfaprojektet', 'Betanätverket']);
    expect(screen.getByText('Dotter AB')).toBeInTheDocument();
    expect(screen.getByText(/underförstått/)).toBeInTheDocument();
  });

  it('selecting inside a panel selects in the store (and so in the picture); Close clears', async () => {
    const user = userEvent.setup();
    renderWithData(<DetailsPanel />);
    select('col:gamma');
    expect(screen.getByText(/Ett tiotal företag/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cederträ universitet' }));
    expect(useAppStore.getState().nav.selected).toBe('org:uni-c');
    await user.click(screen.getByRole('button', { name: 'Stäng' }));
    expect(useAppStore.getState().nav.selected).toBeNull();
  });

  it("shows a person's seats and a tie's shared collaborations", () => {
    renderWithData(<DetailsPanel />);
    select('person:bo-b');
    expect(screen.getByText('rektor')).toBeInTheDocument();
    select('tie:org:region-a|org:uni-c');
    expect(screen.getByText('2 gemensamma samarbeten')).toBeInTheDocument();
  });
});
