/**
 * The keyboard and ARIA logic of the app's search-as-you-type fields (ARIA 1.2 combobox
 * with a listbox): ArrowDown opens and moves down, ArrowUp moves up, Enter chooses the
 * active option, Escape closes the open list (keeping the query, and without letting the key
 * reach the app); with the list closed Escape does what the browser does (a search field
 * clears). The active option is the input's aria-activedescendant.
 * Callers render the input and options and spread the props this hook hands out.
 */
import { useId, useState, type KeyboardEvent, type MouseEvent } from 'react';

export interface ComboboxOptions {
  /** How many options are listed now. */
  count: number;
  /** Whether there is anything to list (e.g. the query is not blank); the list shows only then. */
  hasQuery: boolean;
  /** Called with the chosen option's index; the list closes afterwards. */
  onChoose: (index: number) => void;
  /** Open the list when the input gets focus (default false). */
  openOnFocus?: boolean;
}

export interface Combobox {
  /** The listbox is shown (open and something to list). */
  showList: boolean;
  /** Index of the active option. */
  active: number;
  /** Call from the input's onChange: the list opens at its first option. */
  onQueryChange: () => void;
  inputProps: {
    role: 'combobox';
    'aria-expanded': boolean;
    'aria-controls': string;
    'aria-autocomplete': 'list';
    'aria-activedescendant': string | undefined;
    autoComplete: 'off';
    spellCheck: false;
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
    onFocus: () => void;
    onBlur: () => void;
  };
  listProps: { id: string; role: 'listbox' };
  optionProps: (index: number) => {
    id: string;
    role: 'option';
    'aria-selected': boolean;
    onMouseDown: (event: MouseEvent) => void;
    onClick: () => void;
    onMouseEnter: () => void;
  };
}

export function useCombobox({
  count,
  hasQuery,
  onChoose,
  openOnFocus = false,
}: ComboboxOptions): Combobox {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const baseId = useId();
  const listId = `${baseId}-list`;
  const optionId = (index: number) => `${baseId}-${index}`;
  const showList = open && hasQuery;

  const choose = (index: number) => {
    if (index < 0 || index >= count) return;
    onChoose(index);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.max(0, Math.min(i + 1, count - 1)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape' && showList) {
      // Closes the list only; with the list closed Escape goes on to the field and the app.
      event.stopPropagation();
      event.preventDefault();
      setOpen(false);
    }
  };

  return {
    showList,
    active,
    onQueryChange: () => {
      setActive(0);
      setOpen(true);
    },
    inputProps: {
      role: 'combobox',
      'aria-expanded': showList,
      'aria-controls': listId,
      'aria-autocomplete': 'list',
      'aria-activedescendant': showList && active < count ? optionId(active) : undefined,
      autoComplete: 'off',
      spellCheck: false,
      onKeyDown,
      onFocus: () => {
        if (openOnFocus) setOpen(true);
      },
      onBlur: () => setOpen(false),
    },
    listProps: { id: listId, role: 'listbox' },
    optionProps: (index) => ({
      id: optionId(index),
      role: 'option',
      'aria-selected': index === active,
      // Keeps focus in the input, so the click chooses before a blur closes the list.
      onMouseDown: (event) => event.preventDefault(),
      onClick: () => choose(index),
      onMouseEnter: () => setActive(index),
    }),
  };
}
