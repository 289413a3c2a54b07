/** The caption's words: title, legend of what is drawn, filter summary, sources. */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/data/buildGraph';
import { createDataset } from '../../../src/data/dataset';
import { applyFilters, DEFAULT_FILTERS, type Filters } from '../../../src/domain/filters';
import { buildViewGraph } from '../../../src/domain/viewGraph';
import {
  autoTitle,
  buildCaption,
  captionLegend,
  drawnPart,
  filterSummary,
  sourceTitles,
} from '../../../src/features/export/caption';
import { makeTranslate } from '../../../src/i18n';
import { DEFAULT_NAV_STATE, type NavState } from '../../../src/url/navState';
import { tinyDataset, tinyInput } from '../../fixtures/tinyDataset';

const data = tinyDataset();
const sv = makeTranslate('sv');
const en = makeTranslate('en');
const nav = (patch: Partial<NavState> = {}): NavState => ({ ...DEFAULT_NAV_STATE, ...patch });
const filters = (patch: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...patch });

describe('autoTitle', () => {
  it('prefers the view title, then the selection, then the view name', () => {
    expect(autoTitle(nav({ title: '  Min rubrik ' }), data, sv)).toBe('Min rubrik');
    expect(autoTitle(nav({ selected: 'col:alfa' }), data, sv)).toBe('Alfaprojektet');
    expect(autoTitle(nav({ selected: 'tie:org:kommun-b|org:region-a' }), data, sv)).toBe(
      'Bästa stad och Region Alfa',
    );
    expect(autoTitle(nav(), data, sv)).toBe('Organisationer och samarbeten');
    expect(autoTitle(nav({ view: 'network', lang: 'en' }), data, en)).toBe(
      'Collaboration network between organisations',
    );
  });
});

describe('filterSummary', () => {
  it('is empty without filters', () => {
    expect(filterSummary(DEFAULT_FILTERS, data, 'sv', sv)).toBe('');
  });

  it('names every active filter on one line, ids shown by name', () => {
    const text = filterSummary(
      filters({
        organisationTypes: ['municipality', 'region'],
        collaborationKinds: ['project'],
        roles: ['lead'],
        sources: ['doc'],
        funding: ['esf'],
        yearFrom: 2010,
        yearTo: null,
        includeUndated: false,
      }),
      data,
      'sv',
      sv,
    );
    expect(text).toBe(
      'Organisationstyp: Kommun, Region · Typ av samarbete: Projekt · Roll: Leder/äger · ' +
        'Källdokument: Dokumentet · Finansiering: Europeiska socialfonden · ' +
        'Period: 2010– (utan odaterade)',
    );
    expect(filterSummary(filters({ funding: ['esf'] }), data, 'en', en)).toBe(
      'Funding: European Social Fund',
    );
  });
});

describe('legend and sources', () => {
  const visible = applyFilters(data, filters({ showPeople: true }));
  const graph = buildViewGraph(visible, 'affiliation');

  it('lists only the organisation types and collaboration kinds drawn, with their colours and shapes', () => {
    const groups = captionLegend(data, graph, { colourBy: 'type' }, sv);
    expect(groups.map((g) => g.heading)).toEqual([
      'Organisationer (färg = typ)',
      'Samarbeten (form = slag)',
      'Person',
    ]);
    expect(groups[0]?.items.map((i) => i.label)).toEqual(['Region', 'Kommun', 'Lärosäte']);
    expect(groups[0]?.items[0]?.swatch).toMatchObject({ shape: 'circle', fill: '#332288' });
    expect(groups[1]?.items.map((i) => i.label)).toEqual(['Projekt', 'Nätverk', 'Program']);
    expect(groups[1]?.items[0]?.swatch.shape).toBe('polygon');
  });

  it('leaves out organisation colours when colour means community', () => {
    const groups = captionLegend(data, graph, { colourBy: 'community' }, sv);
    expect(groups.map((g) => g.heading)).not.toContain('Organisationer (färg = typ)');
  });

  it('names the source documents behind the visible collaborations', () => {
    expect(sourceTitles(data, visible.collaborations)).toEqual(['Dokumentet']);
    expect(sourceTitles(data, [])).toEqual([]);
  });

  it('builds the whole caption', () => {
    const caption = buildCaption({
      data,
      visible,
      graph,
      nav: nav({ selected: 'col:beta' }),
      t: sv,
    });
    expect(caption).toMatchObject({
      title: 'Betanätverket',
      subtitle:
        'Organisationer och samarbeten — Visar 3 organisationer, 3 samarbeten och 2 personer',
      filters: 'Inga filter',
      dataAsOf: `Data per ${data.file.dataAsOf}`,
      sources: 'Källor: Dokumentet',
    });
    const untitled = buildCaption({ data, visible, graph, nav: nav(), t: sv });
    expect(untitled.title).toBe('Organisationer och samarbeten');
    expect(untitled.subtitle).toBe('Visar 3 organisationer, 3 samarbeten och 2 personer');
  });
});

describe('the caption of a framed part (a slide of the selection and its neighbourhood)', () => {
  // The tiny dataset with Gamma cited from a second document, so sources can be told apart.
  const input = tinyInput();
  const sourceList = input.sources.content as Record<string, unknown>[];
  input.sources.content = [
    ...sourceList,
    { ...sourceList[0], id: 'doc2', file: 'doc2.txt', title: 'Andra dokumentet' },
  ];
  for (const c of input.collaborations) {
    const content = c.content as { id: string; evidence: { source: string }[] };
    if (content.id === 'gamma')
      content.evidence = content.evidence.map((e) => ({ ...e, source: 'doc2' }));
  }
  const built = buildGraph(input);
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  const two = createDataset({ ...built.graph, positions: { affiliation: {}, network: {} } });
  const visible = applyFilters(two, filters({ showPeople: true }));
  const affiliation = buildViewGraph(visible, 'affiliation');
  // Beta and its neighbourhood: Region A and Kommun B.
  const beta = new Set(['col:beta', 'org:region-a', 'org:kommun-b']);

  it('counts only what is drawn in full, not the whole view', () => {
    const whole = buildCaption({ data: two, visible, graph: affiliation, nav: nav(), t: sv });
    expect(whole.subtitle).toBe('Visar 3 organisationer, 3 samarbeten och 2 personer');
    expect(whole.sources).toBe('Källor: Dokumentet; Andra dokumentet');
    const part = buildCaption({
      data: two,
      visible,
      graph: affiliation,
      nav: nav({ selected: 'col:beta' }),
      t: sv,
      shown: beta,
    });
    expect(part.subtitle).toBe(
      'Organisationer och samarbeten — 2 organisationer, 1 samarbete visas',
    );
    expect(part.sources).toBe('Källor: Dokumentet');
    expect(part.dataAsOf).toBe(`Data per ${two.file.dataAsOf}`);
    expect(part.filters).toBe('Inga filter');
    expect(
      buildCaption({
        data: two,
        visible,
        graph: affiliation,
        nav: nav({ lang: 'en' }),
        t: en,
        shown: beta,
      }).subtitle,
    ).toBe('2 organisations, 1 collaboration shown');
  });

  it('lists in the legend only the types and kinds drawn in the framed part', () => {
    const whole = buildCaption({ data: two, visible, graph: affiliation, nav: nav(), t: sv });
    expect(whole.legend.map((g) => g.items.map((i) => i.label))).toEqual([
      ['Region', 'Kommun', 'Lärosäte'],
      ['Projekt', 'Nätverk', 'Program'],
      ['Person'],
    ]);
    const part = buildCaption({
      data: two,
      visible,
      graph: affiliation,
      nav: nav({ selected: 'col:beta' }),
      t: sv,
      shown: beta,
    });
    // Beta is a network of Region A and Kommun B: no university, project, programme or person.
    expect(part.legend.map((g) => g.heading)).toEqual([
      'Organisationer (färg = typ)',
      'Samarbeten (form = slag)',
    ]);
    expect(part.legend.map((g) => g.items.map((i) => i.label))).toEqual([
      ['Region', 'Kommun'],
      ['Nätverk'],
    ]);
    // The network view draws organisations only: no collaboration shapes in its legend.
    const network = buildViewGraph(visible, 'network');
    const ends = new Set(['org:uni-c', 'org:region-a']);
    expect(
      captionLegend(two, network, { colourBy: 'type' }, sv, ends).map((g) =>
        g.items.map((i) => i.label),
      ),
    ).toEqual([['Region', 'Lärosäte']]);
  });

  it('counts people drawn, and the collaborations behind drawn ties in the network view', () => {
    const alfa = new Set(['col:alfa', 'org:region-a', 'person:anna-a']);
    expect(
      buildCaption({ data: two, visible, graph: affiliation, nav: nav(), t: sv, shown: alfa })
        .subtitle,
    ).toBe('1 organisation, 1 samarbete och 1 person visas');
    const network = buildViewGraph(visible, 'network');
    const ends = new Set(['org:uni-c', 'org:region-a']);
    const part = drawnPart(two, network, ends);
    expect([...part.organisations].sort()).toEqual(['org:region-a', 'org:uni-c']);
    // Uni C and Region A share Alfa and Gamma (not Beta).
    expect([...part.collaborations].sort()).toEqual(['col:alfa', 'col:gamma']);
    expect(
      buildCaption({
        data: two,
        visible,
        graph: network,
        nav: nav({ view: 'network' }),
        t: sv,
        shown: ends,
      }).sources,
    ).toBe('Källor: Dokumentet; Andra dokumentet');
  });
});
