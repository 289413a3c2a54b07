/**
 * Filters with collaborations as members and funding families, on the acting fixture.
 */
import { describe, expect, it } from 'vitest';
import { applyFilters, DEFAULT_FILTERS, expandFundingSelection } from '../../src/domain/filters';
import { actingDataset } from '../fixtures/actingDataset';
import { tinyDataset } from '../fixtures/tinyDataset';

const data = actingDataset();
const ids = (set: ReadonlySet<string>) => [...set].sort();
const edgeIds = (v: ReturnType<typeof applyFilters>) => v.memberships.map((m) => m.id).sort();

describe('filters with collaborations as members', () => {
  it('keeps collaboration → collaboration memberships by default, and names the acting bodies', () => {
    const v = applyFilters(data, DEFAULT_FILTERS);
    expect(edgeIds(v)).toContain('m:council:col:corner:member');
    expect(edgeIds(v)).toContain('m:prog:col:proj:part');
    expect(ids(v.actingCollaborations)).toEqual(['col:corner']); // a part does not act
    expect(ids(v.organisations)).toEqual(['org:k1', 'org:k2', 'org:reg', 'org:uni']);
    expect(v.collaborations.has('col:lonely')).toBe(true); // passes every filter
  });

  it('applies the kind filter to both ends of a collaboration → collaboration membership', () => {
    const councilOnly = applyFilters(data, { ...DEFAULT_FILTERS, collaborationKinds: ['council'] });
    expect(edgeIds(councilOnly)).toEqual(['m:council:reg:member']);
    expect(councilOnly.actingCollaborations.size).toBe(0);
    const both = applyFilters(data, {
      ...DEFAULT_FILTERS,
      collaborationKinds: ['council', 'subregion'],
    });
    expect(edgeIds(both)).toContain('m:council:col:corner:member');
    expect(ids(both.actingCollaborations)).toEqual(['col:corner']);
  });

  it('shows only organisations of the chosen types as members while a type filter is set', () => {
    const v = applyFilters(data, { ...DEFAULT_FILTERS, organisationTypes: ['region'] });
    expect(edgeIds(v)).toEqual(['m:council:reg:member', 'm:prog:reg:partner']);
    expect(ids(v.organisations)).toEqual(['org:reg']);
    expect(v.actingCollaborations.size).toBe(0);
    expect(ids(v.collaborations)).toEqual(['col:council', 'col:prog']);
  });

  it('filters the structural role like any role', () => {
    const v = applyFilters(data, { ...DEFAULT_FILTERS, roles: ['part'] });
    expect(edgeIds(v)).toEqual(['m:prog:col:proj:part']);
    expect(ids(v.collaborations)).toEqual(['col:prog', 'col:proj']);
    expect(v.organisations.size + v.actingCollaborations.size).toBe(0);
  });
});

describe('funding families', () => {
  it('expands a family to all its programmes, and a programme to itself only', () => {
    expect([...expandFundingSelection(data, ['interreg'])].sort()).toEqual([
      'interreg',
      'interreg-x',
    ]);
    expect([...expandFundingSelection(data, ['interreg-x'])]).toEqual(['interreg-x']);
    expect([...expandFundingSelection(data, ['unknown'])]).toEqual(['unknown']);
  });

  it('matches any programme of a selected family', () => {
    const family = applyFilters(data, { ...DEFAULT_FILTERS, funding: ['interreg'] });
    expect(ids(family.collaborations)).toEqual(['col:prog', 'col:proj']);
    expect(edgeIds(family)).toContain('m:prog:col:proj:part');
    const one = applyFilters(data, { ...DEFAULT_FILTERS, funding: ['interreg-x'] });
    expect(ids(one.collaborations)).toEqual(['col:prog']);
    expect(edgeIds(one)).toEqual(['m:prog:reg:partner']); // the part's end is filtered out
    expect(applyFilters(data, { ...DEFAULT_FILTERS, funding: ['esf'] }).collaborations.size).toBe(
      0,
    );
  });
});

describe('filters (tiny dataset)', () => {
  const tiny = tinyDataset();
  it('shows everything with members by default', () => {
    const visible = applyFilters(tiny, DEFAULT_FILTERS);
    expect([...visible.collaborations].sort()).toEqual(['col:alfa', 'col:beta', 'col:gamma']);
    expect(visible.organisations.has('org:bolag-d')).toBe(false); // no memberships
    expect(visible.people.size).toBe(0);
  });

  it('filters by organisation type and drops collaborations left without members', () => {
    const visible = applyFilters(tiny, { ...DEFAULT_FILTERS, organisationTypes: ['municipality'] });
    expect([...visible.organisations]).toEqual(['org:kommun-b']);
    expect([...visible.collaborations].sort()).toEqual(['col:alfa', 'col:beta']);
  });

  it('filters by period overlap, with an explicit choice for undated collaborations', () => {
    const range = { ...DEFAULT_FILTERS, yearFrom: 2011, yearTo: 2015 };
    expect([...applyFilters(tiny, range).collaborations].sort()).toEqual(['col:beta', 'col:gamma']);
    expect([...applyFilters(tiny, { ...range, includeUndated: false }).collaborations]).toEqual([
      'col:gamma',
    ]);
  });

  it('filters by role, funding, kind and source', () => {
    expect([
      ...applyFilters(tiny, { ...DEFAULT_FILTERS, roles: ['convener'] }).collaborations,
    ]).toEqual(['col:beta']);
    expect([
      ...applyFilters(tiny, { ...DEFAULT_FILTERS, funding: ['esf'] }).collaborations,
    ]).toEqual(['col:gamma']);
    expect([
      ...applyFilters(tiny, { ...DEFAULT_FILTERS, collaborationKinds: ['network'] }).collaborations,
    ]).toEqual(['col:beta']);
    expect(applyFilters(tiny, { ...DEFAULT_FILTERS, sources: ['other'] }).collaborations.size).toBe(
      0,
    );
  });

  it('shows people and their seats only when asked', () => {
    const visible = applyFilters(tiny, { ...DEFAULT_FILTERS, showPeople: true });
    expect([...visible.people].sort()).toEqual(['person:anna-a', 'person:bo-b']);
  });
});
