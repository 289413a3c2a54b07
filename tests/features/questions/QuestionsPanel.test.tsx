// @vitest-environment jsdom
/**
 * The question builder's own controls: the "whole group" drop-down (components/Select)
 * fills the comparison with the group's collaborations, and the node picker (the shared
 * combobox) adds one by keyboard.
 */
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { applyFilters, DEFAULT_FILTERS } from '../../../src/domain/filters';
import { buildViewGraph } from '../../../src/domain/viewGraph';
import { QuestionsPanel } from '../../../src/features/questions/QuestionsPanel';
import { useAppStore } from '../../../src/state/store';
import { tinyDataset } from '../../fixtures/tinyDataset';
import { plainViewModel, renderWithData } from '../renderWithData';

const data = tinyDataset();
const visible = applyFilters(data, DEFAULT_FILTERS);
const model = plainViewModel(visible, buildViewGraph(visible, 'affiliation'));

describe('QuestionsPanel builder', () => {
  afterEach(cleanup);

  it('fills a comparison from a whole group and adds a node picked by keyboard', async () => {
    const user = userEvent.setup();
    renderWithData(<QuestionsPanel model={model} />, data);
    useAppStore.getState().draftQuestion({ kind: 'compare', ids: [] });
    const group = await screen.findByRole('combobox', { name: 'Eller jämför en hel grupp' });
    expect(group).toHaveValue('');
    await user.selectOptions(group, 'network');
    expect(group).toHaveValue('network');
    expect(useAppStore.getState().ui.questionDraft?.ids).toEqual(['col:beta']);

    const picker = screen.getByRole('combobox', { name: 'Sök och välj' });
    await user.type(picker, 'alfa');
    expect(picker).toHaveAttribute('aria-expanded', 'true');
    const list = screen.getByRole('listbox');
    expect(within(list).getAllByRole('option')[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().ui.questionDraft?.ids).toEqual(['col:beta', 'col:alfa']);
    expect(picker).toHaveValue('');
    expect(screen.queryByRole('listbox')).toBeNull();
  });
});
