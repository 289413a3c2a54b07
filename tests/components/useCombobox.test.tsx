// @vitest-environment jsdom
/**
 * useCombobox, the keyboard and ARIA logic shared by the search box and the question
 * pickers: arrows move the active option (aria-activedescendant), Enter chooses, Escape
 * closes the list without reaching the app, a click chooses without a blur closing first.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useCombobox } from '../../src/components/useCombobox';

const WORDS = ['Alfa', 'Alnarp', 'Alvesta', 'Beta'];

function Picker({ onPick, openOnFocus }: { onPick: (w: string) => void; openOnFocus?: boolean }) {
  const [query, setQuery] = useState('');
  const hits = WORDS.filter((w) => query && w.toLowerCase().startsWith(query.toLowerCase()));
  const combobox = useCombobox({
    count: hits.length,
    hasQuery: query.trim().length > 0,
    openOnFocus,
    onChoose: (index) => onPick(hits[index] ?? '?'),
  });
  return (
    <div>
      <label htmlFor="picker">Välj</label>
      <input
        id="picker"
        type="search"
        {...combobox.inputProps}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          combobox.onQueryChange();
        }}
      />
      {combobox.showList ? (
        <ul {...combobox.listProps} aria-label="Träffar">
          {hits.map((hit, i) => (
            <li key={hit} {...combobox.optionProps(i)}>
              {hit}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

const input = () => screen.getByRole('combobox', { name: 'Välj' });
const activeOption = () => {
  const id = input().getAttribute('aria-activedescendant');
  return id ? document.getElementById(id)?.textContent : null;
};

describe('useCombobox', () => {
  afterEach(cleanup);

  it('opens on typing, moves with the arrows inside the list and chooses with Enter', async () => {
    const user = userEvent.setup();
    const onPick = vi.fn();
    render(<Picker onPick={onPick} />);
    expect(input()).toHaveAttribute('aria-expanded', 'false');
    expect(input()).toHaveAttribute('aria-autocomplete', 'list');
    await user.type(input(), 'al');
    expect(input()).toHaveAttribute('aria-expanded', 'true');
    expect(input().getAttribute('aria-controls')).toBe(screen.getByRole('listbox').id);
    expect(activeOption()).toBe('Alfa');
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(activeOption()).toBe('Alvesta'); // stops at the last option
    expect(screen.getByRole('option', { name: 'Alvesta' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await user.keyboard('{ArrowUp}');
    expect(activeOption()).toBe('Alnarp');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(activeOption()).toBe('Alfa'); // stops at the first
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onPick).toHaveBeenCalledWith('Alnarp');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(input()).not.toHaveAttribute('aria-activedescendant');
    // ArrowDown opens the list again at the query.
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('listbox')).toBeInTheDocument();
  });

  it('closes with Escape without the key reaching the app; a closed list lets it through', () => {
    const appEscape = vi.fn();
    render(
      <div
        onKeyDown={(e) => {
          if (e.key === 'Escape') appEscape();
        }}
      >
        <Picker onPick={() => {}} />
      </div>,
    );
    fireEvent.change(input(), { target: { value: 'be' } });
    expect(screen.getByRole('listbox')).toBeInTheDocument();
    fireEvent.keyDown(input(), { key: 'Escape' });
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(appEscape).not.toHaveBeenCalled();
    expect(input()).toHaveValue('be'); // the query stays
    fireEvent.keyDown(input(), { key: 'Escape' });
    expect(appEscape).toHaveBeenCalledTimes(1);
  });

  it('chooses by click, follows the pointer and closes on blur; opens on focus when asked', async () => {
    const user = userEvent.setup();
    const onPick = vi.fn();
    render(<Picker onPick={onPick} openOnFocus />);
    await user.type(input(), 'a');
    await user.hover(screen.getByRole('option', { name: 'Alvesta' }));
    expect(activeOption()).toBe('Alvesta');
    await user.click(screen.getByRole('option', { name: 'Alnarp' }));
    expect(onPick).toHaveBeenCalledWith('Alnarp');
    expect(input()).toHaveFocus(); // mousedown on an option keeps focus in the field
    await user.tab();
    expect(screen.queryByRole('listbox')).toBeNull();
    await user.click(input());
    expect(screen.getByRole('listbox')).toBeInTheDocument();
    expect(onPick).toHaveBeenCalledTimes(1);
  });

  it('lists nothing and chooses nothing for a blank query', async () => {
    const user = userEvent.setup();
    const onPick = vi.fn();
    render(<Picker onPick={onPick} />);
    await user.type(input(), '   ');
    expect(screen.queryByRole('listbox')).toBeNull();
    await user.keyboard('{Enter}');
    expect(onPick).not.toHaveBeenCalled();
  });
});
