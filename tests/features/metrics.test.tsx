// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { MetricsPanel } from '../../src/features/metrics/MetricsPanel';
import { useMetricsRunner } from '../../src/features/metrics/useMetricsRunner';
import { useAppStore } from '../../src/state/store';
import { useViewModel } from '../../src/state/useViewModel';
import { renderWithData } from './renderWithData';

afterEach(cleanup);

/** The panel plus the runner, as the explorer mounts them. */
function PanelWithRunner() {
  const model = useViewModel();
  useMetricsRunner(model.graph);
  return <MetricsPanel />;
}

describe('MetricsPanel', () => {
  it('computes measures for the graph shown (in-thread without Worker) and ranks organisations', async () => {
    renderWithData(<PanelWithRunner />);
    const table = await screen.findByTestId('ranking-table');
    const rows = within(table).getAllByRole('row').slice(1);
    // Region Alfa sits in all three collaborations: the broker of the tiny graph.
    expect(rows[0]).toHaveTextContent('Region Alfa');
    expect(rows).toHaveLength(3);
    expect(screen.getByTestId('metrics-status')).toHaveTextContent(/6 noder, 7 kopplingar/);
    expect(
      screen.getByText(/Ligger på många kortaste vägar mellan andra/, { selector: '#rank-help' }),
    ).toBeInTheDocument();
  });

  it('renders the communities and their members only once their disclosure is opened', async () => {
    const user = userEvent.setup();
    renderWithData(<PanelWithRunner />);
    await screen.findByTestId('ranking-table');
    const summary = await screen.findByText('Grupper (communities)', { selector: 'summary' });
    // Closed: nothing of the (possibly thousands of members long) list is rendered.
    expect(screen.queryByTestId('community-list')).toBeNull();
    await user.click(summary);
    const list = await screen.findByTestId('community-list');
    expect(within(list).queryAllByRole('button')).toHaveLength(0);
    await user.click(within(list).getAllByRole('listitem')[0]!.querySelector('summary')!);
    expect(within(list).getAllByRole('button').length).toBeGreaterThan(1);
  });

  it('filters the ranking by organisation type and writes size and colour choices to the URL state', async () => {
    const user = userEvent.setup();
    renderWithData(<PanelWithRunner />);
    const table = await screen.findByTestId('ranking-table');
    await user.selectOptions(screen.getByLabelText('Visa organisationstyp'), 'municipality');
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual([expect.stringContaining('Bästa stad')]);
    await user.selectOptions(screen.getByLabelText('Storlek efter'), 'pagerank');
    await user.selectOptions(screen.getByLabelText('Färg efter'), 'community');
    expect(useAppStore.getState().nav).toMatchObject({ sizeBy: 'pagerank', colourBy: 'community' });
    expect(screen.getByText(/Kopplad till andra välkopplade/)).toBeInTheDocument();
  });

  it('recomputes when a filter changes the graph', async () => {
    renderWithData(<PanelWithRunner />);
    await screen.findByTestId('ranking-table');
    act(() => useAppStore.getState().setFilters({ collaborationKinds: ['network'] }));
    await waitFor(() =>
      expect(screen.getByTestId('metrics-status')).toHaveTextContent(/3 noder, 2 kopplingar/),
    );
  });
});
