/** The store's producers as pure functions, and the store binding them, without React. */
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../src/domain/filters';
import {
  INITIAL_STATE,
  producers,
  useAppStore,
  type AppState,
  type Producer,
} from '../../src/state/store';
import type { Slide } from '../../src/url/slides';

const base = (): AppState => ({ ...useAppStore.getInitialState(), ...INITIAL_STATE });
const apply = (state: AppState, ...steps: Producer[]) =>
  steps.reduce<AppState>((s, step) => ({ ...s, ...step(s) }), state);
const slide = (id: string): Slide => ({ id, title: id, view: '' });

describe('producers', () => {
  it('openDataset resets the selection and "draw all", and does nothing for the open one', () => {
    const drawing = apply(base(), producers.select('org:a'), producers.setDrawAll(true));
    const opened = apply(drawing, producers.openDataset('import-1', 'network'));
    expect(opened.nav.dataset).toBe('import-1');
    expect(opened.nav.selected).toBeNull();
    expect(opened.nav.view).toBe('network');
    expect(opened.ui.drawAll).toBe(false);
    const again = apply(
      apply(opened, producers.setDrawAll(true)),
      producers.openDataset('import-1'),
    );
    expect(again.ui.drawAll).toBe(true);
  });

  it('select and filters change only the nav slice, keeping the rest', () => {
    const s = apply(base(), producers.select('org:a'), producers.setFilters({ roles: ['lead'] }));
    expect(s.nav.selected).toBe('org:a');
    expect(s.nav.filters.roles).toEqual(['lead']);
    expect(s.nav.filters.organisationTypes).toEqual([]);
    expect(s.ui).toBe(base().ui);
  });

  it('resetFilters keeps the people toggle (a display choice, not a filter)', () => {
    const s = apply(
      base(),
      producers.setFilters({ showPeople: true, roles: ['lead'], yearFrom: 2020 }),
      producers.resetFilters(),
    );
    expect(s.nav.filters).toEqual({ ...DEFAULT_FILTERS, showPeople: true });
  });

  it('notify gives each notice its own id; dismiss removes only that one', () => {
    const s = apply(base(), producers.notify('info', 'a'), producers.notify('error', 'b'));
    expect(s.ui.notices.map((n) => [n.id, n.text])).toEqual([
      [1, 'a'],
      [2, 'b'],
    ]);
    const after = apply(s, producers.dismiss(1));
    expect(after.ui.notices.map((n) => n.text)).toEqual(['b']);
  });

  it('hover returns no change when the hovered node is the same', () => {
    const s = apply(base(), producers.hover('org:a'));
    expect(producers.hover('org:a')(s)).toEqual({});
    expect(producers.hover(null)(s)).toEqual({ ui: { ...s.ui, hovered: null } });
  });

  it('setDrawAll turns drawing the whole large picture on and off', () => {
    const on = apply(base(), producers.setDrawAll(true));
    expect(on.ui.drawAll).toBe(true);
    expect(apply(on, producers.setDrawAll(false)).ui.drawAll).toBe(false);
  });

  it('moveSlide moves within bounds and ignores unknown ids', () => {
    const s = apply(base(), producers.setSavedSlides([slide('a'), slide('b'), slide('c')]));
    const ids = (x: AppState) => x.slides.saved.map((v) => v.id);
    expect(ids(apply(s, producers.moveSlide('a', 1)))).toEqual(['b', 'a', 'c']);
    expect(ids(apply(s, producers.moveSlide('c', 5)))).toEqual(['a', 'b', 'c']);
    expect(ids(apply(s, producers.moveSlide('a', -1)))).toEqual(['a', 'b', 'c']);
    expect(producers.moveSlide('zzz', 1)(s)).toEqual({});
  });

  it('addSlide stops at the cap; updateSlide and removeSlide touch one slide', () => {
    const many = Array.from({ length: 200 }, (_, i) => slide(`s${i}`));
    const s = apply(base(), producers.setSavedSlides(many), producers.addSlide(slide('x')));
    expect(s.slides.saved).toHaveLength(200);
    expect(s.slides.saved.some((v) => v.id === 'x')).toBe(false);
    const t = apply(
      base(),
      producers.setSavedSlides([slide('a'), slide('b')]),
      producers.updateSlide('b', { title: 'B!' }),
      producers.removeSlide('a'),
    );
    expect(t.slides.saved).toEqual([{ id: 'b', title: 'B!', view: '' }]);
  });

  it('leavePresentation returns to explore and drops the sequence from the link', () => {
    const s = apply(
      base(),
      producers.updateNav({ mode: 'present', sequence: 'abc', slide: 3 }),
      producers.present([slide('a')], 0),
      producers.leavePresentation(),
    );
    expect(s.nav).toMatchObject({ mode: 'explore', sequence: '', slide: 0 });
    expect(s.slides.sequence).toBeNull();
  });

  it('retryMetrics counts attempts; setMetrics merges', () => {
    const s = apply(
      base(),
      producers.setMetrics({ status: 'error', error: 'x' }),
      producers.retryMetrics(),
    );
    expect(s.metrics).toMatchObject({ status: 'error', error: 'x', attempt: 1 });
  });
});

describe('the store binds each producer', () => {
  beforeEach(() => useAppStore.setState(INITIAL_STATE));

  it('an action changes the store as its producer says', () => {
    useAppStore.getState().select('col:x');
    useAppStore.getState().notify('warning', 'w');
    const s = useAppStore.getState();
    expect(s.nav.selected).toBe('col:x');
    expect(s.ui.notices).toEqual([{ id: 1, kind: 'warning', text: 'w' }]);
  });
});

describe('question producers', () => {
  it('a new question replaces the old one but keeps the chosen options', () => {
    const s = apply(
      base(),
      producers.setQuestionOptions({ depth: 2, focus: 'only' }),
      producers.askCompare(['col:a', 'col:b', 'col:a']),
      producers.askNeighbourhood('col:a'),
    );
    expect(s.nav.questions).toMatchObject({
      compare: [],
      neighbourhood: 'col:a',
      depth: 2,
      focus: 'only',
    });
    const c = apply(base(), producers.askCompare(['col:a', 'col:b', 'col:a']));
    expect(c.nav.questions.compare).toEqual(['col:a', 'col:b']);
  });

  it('a route keeps the suggestions open; clearing keeps the options only', () => {
    const s = apply(
      base(),
      producers.askSuggestions('org:k'),
      producers.askRoute('org:k', 'org:x'),
    );
    expect(s.nav.questions).toMatchObject({
      suggest: 'org:k',
      route: { from: 'org:k', to: 'org:x' },
    });
    const cleared = apply(
      s,
      producers.setQuestionOptions({ routeRanked: true }),
      producers.clearQuestions(),
    );
    expect(cleared.nav.questions).toMatchObject({ suggest: null, route: null, routeRanked: true });
  });
});
