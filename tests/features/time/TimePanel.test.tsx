// @vitest-environment jsdom
/**
 * The time and scenarios panel in jsdom on the tiny dataset (analyses through the in-thread
 * fallback): the year slider drives the filter and the counts (alfa 2020–2023 is the one
 * dated collaboration active in 2021, beta has no year), tabs move by arrow keys, a removal
 * is summarised and restored, and a triangle of organisations has no broker.
 */
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { applyFilters, DEFAULT_FILTERS } from '../../../src/domain/filters';
import { buildViewGraph } from '../../../src/domain/viewGraph';
import { TimeButton } from '../../../src/features/time/TimeButton';
import { useAppStore } from '../../../src/state/store';
import type { ViewModel } from '../../../src/state/useViewModel';
import { tinyDataset } from '../../fixtures/tinyDataset';
import { plainViewModel, renderWithData } from '../renderWithData';

const data = tinyDataset();
const modelFor = (view: 'affiliation' | 'network'): ViewModel => {
  const visible = applyFilters(data, useAppStore.getState().nav.filters ?? DEFAULT_FILTERS);
  return plainViewModel(visible, buildViewGraph(visible, view));
};

afterEach(() => cleanup());

describe('TimePanel', () => {
  it('opens from its button; the year slider sets the filter and the counts follow', () => {
    renderWithData(<TimeButton model={modelFor('affiliation')} />, data);
    fireEvent.click(screen.getByRole('button', { name: 'Tid och scenarier' }));
    expect(useAppStore.getState().nav.timeTab).toBe('time');
    fireEvent.change(screen.getByRole('slider', { name: /^År/ }), { target: { value: '2021' } });
    const f = useAppStore.getState().nav.filters;
    expect([f.yearFrom, f.yearTo]).toEqual([2021, 2021]);
    const status = document.querySelector('.time-status')!.textContent;
    expect(status).toContain('1 daterat samarbete aktiva 2021');
    expect(status).toContain('1 samarbete saknar årtal');
    fireEvent.click(screen.getByRole('radio', { name: 'Dölj' }));
    expect(useAppStore.getState().nav.filters.includeUndated).toBe(false);
    fireEvent.click(screen.getByRole('radio', { name: /Visa avskilda/ }));
    expect(useAppStore.getState().nav.undatedApart).toBe(true);
    expect(useAppStore.getState().nav.filters.includeUndated).toBe(true);
  });

  it('moves between tabs with the arrow keys and closes with Escape', () => {
    renderWithData(<TimeButton model={modelFor('affiliation')} />, data);
    act(() => useAppStore.getState().openTimeTab('time'));
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Tid' }), { key: 'ArrowRight' });
    expect(useAppStore.getState().nav.timeTab).toBe('whatif');
    expect(screen.getByRole('tab', { name: 'Tänk om' })).toHaveProperty('tabIndex', 0);
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Tänk om' }), { key: 'End' });
    expect(useAppStore.getState().nav.timeTab).toBe('brokers');
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(useAppStore.getState().nav.timeTab).toBeNull();
  });

  it('what if: search, take out, read the summary, restore everything', async () => {
    renderWithData(<TimeButton model={modelFor('network')} />, data);
    act(() => useAppStore.getState().openTimeTab('whatif'));
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'kommun' } });
    const button = screen.getAllByRole('button', { name: /^Ta bort / })[0]!;
    fireEvent.click(button);
    expect(useAppStore.getState().nav.removed).toHaveLength(1);
    const removed = useAppStore.getState().nav.removed[0]!;
    expect(removed.startsWith('org:')).toBe(true);
    await waitFor(() => expect(screen.getByText(/^Utan /)).toBeTruthy(), { timeout: 5000 });
    fireEvent.click(screen.getByRole('button', { name: 'Återställ allt' }));
    expect(useAppStore.getState().nav.removed).toEqual([]);
  });

  it('brokers: organisations all tied to each other broker nothing', async () => {
    renderWithData(<TimeButton model={modelFor('affiliation')} />, data);
    act(() => useAppStore.getState().openTimeTab('brokers'));
    // Network view of the tiny data: region-a, kommun-b, uni-c pairwise tied (alfa).
    await waitFor(
      () =>
        expect(screen.getByText('Ingen förmedlar kontakter mellan dessa världar.')).toBeTruthy(),
      { timeout: 5000 },
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Dela in i världar efter' }), {
      target: { value: 'sector' },
    });
    expect(useAppStore.getState().nav.worlds).toBe('sector');
  });
});
