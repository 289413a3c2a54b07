/** Producers of the time and scenarios panel: years, undated mode, periods, what-if, worlds. */
import { describe, expect, it } from 'vitest';
import {
  INITIAL_STATE,
  producers,
  undatedModeOf,
  useAppStore,
  type AppState,
  type Producer,
} from '../../src/state/store';
import { MAX_REMOVED } from '../../src/url/navState';

const base = (): AppState => ({ ...useAppStore.getInitialState(), ...INITIAL_STATE });
const apply = (state: AppState, ...steps: Producer[]) =>
  steps.reduce<AppState>((s, step) => ({ ...s, ...step(s) }), state);

describe('time and scenario producers', () => {
  it('sets one year, a range (swapped when reversed) and clears it', () => {
    let s = apply(base(), producers.setYears(2021, 2021));
    expect([s.nav.filters.yearFrom, s.nav.filters.yearTo]).toEqual([2021, 2021]);
    s = apply(s, producers.setYears(2023, 2018));
    expect([s.nav.filters.yearFrom, s.nav.filters.yearTo]).toEqual([2018, 2023]);
    s = apply(s, producers.setYears(null, null));
    expect([s.nav.filters.yearFrom, s.nav.filters.yearTo]).toEqual([null, null]);
    expect(s.nav.filters.organisationTypes).toEqual([]);
  });

  it('undated mode: show, hide and apart map onto includeUndated + undatedApart', () => {
    const b = base();
    expect(undatedModeOf(b.nav)).toBe('show');
    const hidden = apply(b, producers.setUndatedMode('hide'));
    expect(hidden.nav.filters.includeUndated).toBe(false);
    expect(undatedModeOf(hidden.nav)).toBe('hide');
    const apart = apply(hidden, producers.setUndatedMode('apart'));
    expect(apart.nav.filters.includeUndated).toBe(true);
    expect(apart.nav.undatedApart).toBe(true);
    expect(undatedModeOf(apart.nav)).toBe('apart');
    expect(undatedModeOf(apply(apart, producers.setUndatedMode('show')).nav)).toBe('show');
  });

  it('puts each period in order', () => {
    const s = apply(
      base(),
      producers.setPeriods([
        { from: 2020, to: 2018 },
        { from: 2021, to: 2023 },
      ]),
    );
    expect(s.nav.periods).toEqual([
      { from: 2018, to: 2020 },
      { from: 2021, to: 2023 },
    ]);
    expect(apply(s, producers.setPeriods(null)).nav.periods).toBeNull();
  });

  it('toggles removed ids (sorted, capped) and restores all in one step', () => {
    let s = apply(base(), producers.toggleRemoved('org:b'), producers.toggleRemoved('org:a'));
    expect(s.nav.removed).toEqual(['org:a', 'org:b']);
    s = apply(s, producers.toggleRemoved('org:b'));
    expect(s.nav.removed).toEqual(['org:a']);
    s = apply(s, producers.restoreRemoved());
    expect(s.nav.removed).toEqual([]);
    const many = Array.from({ length: MAX_REMOVED + 3 }, (_, i) =>
      producers.toggleRemoved(`org:x${i}`),
    );
    expect(apply(base(), ...many).nav.removed).toHaveLength(MAX_REMOVED);
  });

  it('a new world scheme drops the pair filter; pairs are stored sorted', () => {
    let s = apply(base(), producers.setWorldPair(['university', 'municipality']));
    expect(s.nav.worldPair).toEqual(['municipality', 'university']);
    expect(apply(s, producers.setWorlds('type')).nav.worldPair).toEqual([
      'municipality',
      'university',
    ]);
    s = apply(s, producers.setWorlds('sector'));
    expect(s.nav.worlds).toBe('sector');
    expect(s.nav.worldPair).toBeNull();
  });

  it('opens and closes the panel tab', () => {
    const s = apply(base(), producers.openTimeTab('whatif'));
    expect(s.nav.timeTab).toBe('whatif');
    expect(apply(s, producers.openTimeTab(null)).nav.timeTab).toBeNull();
  });
});
