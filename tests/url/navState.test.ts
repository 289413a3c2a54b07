import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../src/domain/filters';
import {
  cleanNavState,
  DEFAULT_NAV_STATE,
  parseNavState,
  serializeNavState,
  urlForState,
  type NavState,
} from '../../src/url/navState';
import { tinyDataset } from '../fixtures/tinyDataset';

describe('navState', () => {
  it('serialises the default state to an empty query', () => {
    expect(serializeNavState(DEFAULT_NAV_STATE)).toBe('');
  });

  it('round-trips a full state through the URL', () => {
    const state: NavState = {
      ...DEFAULT_NAV_STATE,
      view: 'network',
      display: 'table',
      layout: 'grouped',
      selected: 'org:region-a',
      query: 'malmö högskola',
      lang: 'en',
      sizeBy: 'betweenness',
      colourBy: 'community',
      filters: {
        ...DEFAULT_FILTERS,
        organisationTypes: ['municipality', 'region'],
        collaborationKinds: ['project'],
        sources: ['doc'],
        funding: ['esf'],
        roles: ['lead', 'convener'],
        yearFrom: 2015,
        yearTo: null,
        includeUndated: false,
        showPeople: true,
      },
    };
    const query = serializeNavState(state);
    expect(query).toContain('sel=org:region-a');
    expect(query).toContain('ot=municipality,region');
    expect(query).toContain('y=2015-');
    expect(parseNavState(query)).toEqual({ state, ignored: [] });
  });

  it('round-trips a tie selection', () => {
    const state = { ...DEFAULT_NAV_STATE, view: 'network' as const, selected: 'tie:org:a|org:b' };
    expect(parseNavState(serializeNavState(state)).state.selected).toBe('tie:org:a|org:b');
  });

  it('ignores garbled and unknown parts with a list of what was dropped, never throwing', () => {
    const { state, ignored } = parseNavState(
      '?v=sideways&ot=municipality,castle&y=abc&sel=%3Cscript%3E&foo=1&ppl=yes&lang=fi',
    );
    expect(state.view).toBe('affiliation');
    expect(state.filters.organisationTypes).toEqual(['municipality']);
    expect(state.filters.yearFrom).toBeNull();
    expect(state.selected).toBeNull();
    expect(state.lang).toBe('sv');
    expect(ignored).toEqual(
      expect.arrayContaining([
        'foo',
        'v=sideways',
        'ot=castle',
        'y=abc',
        'sel=<script>',
        'ppl=yes',
        'lang=fi',
      ]),
    );
  });

  it('swaps a reversed year range', () => {
    expect(parseNavState('y=2020-2010').state.filters).toMatchObject({
      yearFrom: 2010,
      yearTo: 2020,
    });
  });

  it('cleans references the dataset does not know', () => {
    const data = tinyDataset();
    const parsed = parseNavState('sel=org:nobody&src=doc,gone&fund=esf,gold');
    const cleaned = cleanNavState(parsed.state, data);
    expect(cleaned.state.selected).toBeNull();
    expect(cleaned.state.filters.sources).toEqual(['doc']);
    expect(cleaned.state.filters.funding).toEqual(['esf']);
    expect(cleaned.ignored).toEqual(['sel=org:nobody', 'src=gone', 'fund=gold']);
    expect(
      cleanNavState(parseNavState('sel=tie:org:region-a|org:gone').state, data).state.selected,
    ).toBeNull();
  });
});

describe('presentation links and URL writing', () => {
  it('reads and writes the slide sequence and position in present mode only', () => {
    const parsed = parseNavState('?mode=present&slides=W1siYSIsIiJdXQ&slide=2');
    expect(parsed.ignored).toEqual([]);
    expect(parsed.state).toMatchObject({ mode: 'present', sequence: 'W1siYSIsIiJdXQ', slide: 2 });
    expect(serializeNavState(parsed.state)).toBe('?mode=present&slides=W1siYSIsIiJdXQ&slide=2');
    // Outside present mode the sequence is not part of the link.
    expect(serializeNavState({ ...parsed.state, mode: 'explore' })).toBe('');
  });

  it('writes a garbled sequence back encoded, so it cannot smuggle parameters', () => {
    const parsed = parseNavState('?mode=present&slides=%26mode%3Dexplore&slide=x');
    expect(parsed.state.sequence).toBe('&mode=explore');
    expect(parsed.state.slide).toBe(0);
    expect(parsed.ignored).toEqual(['slide=x']);
    const written = new URLSearchParams(serializeNavState(parsed.state));
    expect(written.getAll('mode')).toEqual(['present']);
    expect(written.get('slides')).toBe('&mode=explore');
    expect(parseNavState(`slides=${'a'.repeat(200_001)}`).ignored).toHaveLength(1);
  });

  it('urlForState keeps path and hash and replaces the whole query', () => {
    const state = { ...parseNavState('v=network&lang=en').state };
    expect(urlForState(state, '/app/', '#x')).toBe('/app/?v=network&lang=en#x');
    expect(urlForState(parseNavState('').state, '/app/')).toBe('/app/');
  });
});

describe('questions in the link', () => {
  it('round-trips a comparison, routes, a neighbourhood and suggestions', () => {
    const search =
      '?cmp=col:firs,col:string&rt=org:lunds-universitet~org:region-kronoberg&rk=1&rp=1&nb=col:firs&nd=2&sg=org:region-kronoberg&fm=only';
    const parsed = parseNavState(search);
    expect(parsed.ignored).toEqual([]);
    expect(parsed.state.questions).toEqual({
      compare: ['col:firs', 'col:string'],
      route: { from: 'org:lunds-universitet', to: 'org:region-kronoberg' },
      routeRanked: true,
      routePeople: true,
      neighbourhood: 'col:firs',
      depth: 2,
      suggest: 'org:region-kronoberg',
      focus: 'only',
    });
    expect(serializeNavState(parsed.state)).toBe(search);
    expect(parseNavState(serializeNavState(parsed.state)).state).toEqual(parsed.state);
  });

  it('drops malformed question parts with a notice and keeps the rest', () => {
    const parsed = parseNavState('cmp=col:a,<b>,col:c&rt=org:a~&nd=7&nb=javascript:x&fm=all');
    expect(parsed.state.questions).toMatchObject({
      compare: ['col:a', 'col:c'],
      route: null,
      depth: 1,
      neighbourhood: null,
      focus: 'dim',
    });
    expect(parsed.ignored).toEqual(['cmp=<b>', 'rt=org:a~', 'nd=7', 'nb=javascript:x', 'fm=all']);
  });

  it('caps a comparison at the maximum and cleans ids the dataset does not know', () => {
    const many = Array.from({ length: 14 }, (_, i) => `col:c${i}`).join(',');
    const parsed = parseNavState(`cmp=${many}`);
    expect(parsed.state.questions.compare).toHaveLength(12);
    expect(parsed.ignored).toEqual(['cmp=col:c12,col:c13']);
    const cleaned = cleanNavState(
      parseNavState('cmp=org:region-a,org:gone&rt=org:region-a~org:gone&sg=org:gone').state,
      tinyDataset(),
    );
    expect(cleaned.state.questions.compare).toEqual(['org:region-a']);
    expect(cleaned.state.questions.route).toBeNull();
    expect(cleaned.state.questions.suggest).toBeNull();
    expect([...cleaned.ignored].sort()).toEqual(['cmp=org:gone', 'rt=org:gone', 'sg=org:gone']);
  });
});

describe('navState: time and scenario fields', () => {
  it('round-trips tab, undated apart, periods, removed ids, worlds and pair', () => {
    const state: NavState = {
      ...DEFAULT_NAV_STATE,
      timeTab: 'brokers',
      undatedApart: true,
      periods: [
        { from: 2018, to: 2020 },
        { from: 2021, to: 2023 },
      ],
      removed: ['col:alfa', 'org:region-a'],
      worlds: 'sector',
      worldPair: ['academia', 'public'],
    };
    const query = serializeNavState(state);
    expect(query).toBe(
      '?tp=brokers&ua=1&pc=2018-2020_2021-2023&wi=col:alfa,org:region-a&bw=sector&bp=academia,public',
    );
    expect(parseNavState(query)).toEqual({ state, ignored: [] });
    expect(serializeNavState({ ...state, ...pickDefaults() })).toBe('');
  });

  it('drops garbled parts, orders ranges and pairs, and cleans unknown removed ids', () => {
    const parsed = parseNavState(
      'tp=nope&pc=2023-2021_2018-2018&wi=org:region-a,person:x,org:gone,org:region-a&bw=moon&bp=university,municipality',
    );
    expect(parsed.state.timeTab).toBeNull();
    expect(parsed.state.periods).toEqual([
      { from: 2021, to: 2023 },
      { from: 2018, to: 2018 },
    ]);
    expect(parsed.state.removed).toEqual(['org:gone', 'org:region-a']);
    expect(parsed.state.worlds).toBe('type');
    expect(parsed.state.worldPair).toEqual(['municipality', 'university']);
    expect([...parsed.ignored].sort()).toEqual(['bw=moon', 'tp=nope', 'wi=person:x']);
    const cleaned = cleanNavState(parsed.state, tinyDataset());
    expect(cleaned.state.removed).toEqual(['org:region-a']);
    expect(cleaned.ignored).toEqual(['wi=org:gone']);
    expect(parseNavState('pc=2018-2020').ignored).toEqual(['pc=2018-2020']);
    expect(parseNavState('bp=a').ignored).toEqual(['bp=a']);
  });
});

function pickDefaults(): Partial<NavState> {
  const { timeTab, undatedApart, periods, removed, worlds, worldPair } = DEFAULT_NAV_STATE;
  return { timeTab, undatedApart, periods, removed, worlds, worldPair };
}
