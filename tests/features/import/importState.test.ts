/** The import producers of the store and the URL fields of an imported dataset and list. */
import { describe, expect, it } from 'vitest';
import { shownDatasetId } from '../../../src/features/import/useImportedDataset';
import {
  INITIAL_STATE,
  producers,
  useAppStore,
  type AppState,
  type Producer,
} from '../../../src/state/store';
import { DEFAULT_NAV_STATE, parseNavState, serializeNavState } from '../../../src/url/navState';

const base = (): AppState => ({ ...useAppStore.getInitialState(), ...INITIAL_STATE });
const apply = (state: AppState, ...steps: Producer[]) =>
  steps.reduce<AppState>((s, step) => ({ ...s, ...step(s) }), state);

describe('import producers', () => {
  it('openDataset switches the dataset and forgets selection, query and list', () => {
    const s = apply(
      base(),
      producers.select('org:a'),
      producers.updateNav({ query: 'lund' }),
      producers.showList('l1', ['org:b', 'org:a', 'org:a'], 'only'),
      producers.openDataset('abc-1'),
    );
    expect(s.nav).toMatchObject({ dataset: 'abc-1', selected: null, query: '', list: '' });
    expect(s.imports).toEqual({ highlight: [], focus: 'off' });
    // Opening the same one again changes nothing.
    expect(producers.openDataset('abc-1')(s)).toEqual({});
  });

  it('showList keeps distinct sorted ids; setListFocus and clearList', () => {
    let s = apply(base(), producers.showList('l1', ['org:b', 'org:a', 'org:b'], 'highlight'));
    expect(s.imports).toEqual({ highlight: ['org:a', 'org:b'], focus: 'highlight' });
    expect(s.nav.list).toBe('l1');
    s = apply(s, producers.setListFocus('only'));
    expect(s.imports.focus).toBe('only');
    s = apply(s, producers.clearList());
    expect(s.nav.list).toBe('');
    expect(s.imports).toEqual({ highlight: [], focus: 'off' });
  });
});

describe('navState ds and list', () => {
  it('round-trips and omits the defaults', () => {
    const state = { ...DEFAULT_NAV_STATE, dataset: 'mk2x-a1b2c3', list: 'mk3-zz' };
    const text = serializeNavState(state);
    expect(text).toBe('?ds=mk2x-a1b2c3&list=mk3-zz');
    expect(parseNavState(text)).toEqual({ state, ignored: [] });
    expect(serializeNavState(DEFAULT_NAV_STATE)).toBe('');
  });

  it('drops ids that the store cannot have made, with a notice', () => {
    const parsed = parseNavState('?ds=../../etc&list=A%20B');
    expect(parsed.state.dataset).toBe('');
    expect(parsed.state.list).toBe('');
    expect(parsed.ignored).toEqual(['ds=../../etc', 'list=A B']);
  });
});

describe('shownDatasetId', () => {
  it('shows the dataset the address names until the address is read into the store', () => {
    // At start the store still has the default (bundled) dataset: the address's one is shown,
    // so its selection is checked against the imported network, not the bundled data.
    expect(shownDatasetId('', 'abc-1', false)).toBe('abc-1');
    // Once read, the store decides (also when the user goes back to the bundled data).
    expect(shownDatasetId('abc-1', 'abc-1', true)).toBe('abc-1');
    expect(shownDatasetId('', 'abc-1', true)).toBe('');
  });
});
