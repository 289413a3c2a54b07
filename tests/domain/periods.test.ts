/**
 * Periods on the dated fixture (tests/fixtures/datedDataset.ts): the span, per-year counts,
 * the active/inactive/undated split (the year filter's rule), and comparing 2018–2020 with
 * 2021–2023 using metrics computed per period by computeMetrics. Answers worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { applyFilters, DEFAULT_FILTERS } from '../../src/domain/filters';
import {
  activityByYear,
  classifyCollaborations,
  comparePeriods,
  filtersForPeriod,
  periodStatus,
  yearSpan,
  type PeriodValues,
  type YearRange,
} from '../../src/domain/periods';
import { buildViewGraph } from '../../src/domain/viewGraph';
import { computeMetrics } from '../../src/metrics/compute';
import { datedDataset } from '../fixtures/datedDataset';

const data = datedDataset();
const A = { from: 2018, to: 2020 };
const B = { from: 2021, to: 2023 };

describe('year span and activity', () => {
  it('spans the stated years', () => {
    expect(yearSpan(data.collaborations)).toEqual({ min: 2015, max: 2023 });
    expect(yearSpan([{ id: 'x' }])).toBeNull();
  });

  it('counts active dated collaborations per year, undated apart', () => {
    // p5 in 2015–16; p1 2018–20; p3 from 2019 on; p2 2021–23; p4 only 2022.
    const activity = activityByYear(data.collaborations);
    expect(activity.years).toEqual([
      { year: 2015, active: 1 },
      { year: 2016, active: 1 },
      { year: 2017, active: 0 },
      { year: 2018, active: 1 },
      { year: 2019, active: 2 },
      { year: 2020, active: 2 },
      { year: 2021, active: 2 },
      { year: 2022, active: 3 },
      { year: 2023, active: 2 },
    ]);
    expect(activity.dated).toBe(5);
    expect(activity.undated).toBe(1);
    expect(activityByYear([{ id: 'x' }])).toEqual({ years: [], dated: 0, undated: 1 });
  });

  it('classifies by the year filter’s rule', () => {
    expect(classifyCollaborations(data.collaborations, A)).toEqual({
      active: ['col:p1', 'col:p3'],
      inactive: ['col:p2', 'col:p4', 'col:p5'],
      undated: ['col:n1'],
    });
    // The same decision as applyFilters with that year range and undated hidden.
    for (const range of [A, B, { from: 2022, to: 2022 }, { from: 1990, to: 2030 }]) {
      const visible = applyFilters(data, {
        ...DEFAULT_FILTERS,
        yearFrom: range.from,
        yearTo: range.to,
        includeUndated: false,
      });
      const active = classifyCollaborations(data.collaborations, range).active;
      expect(active.sort()).toEqual([...visible.collaborations].sort());
    }
  });

  it('refuses a reversed or fractional range', () => {
    const col = data.collaborations[0]!;
    expect(() => periodStatus(col, { from: 2021, to: 2020 })).toThrow(RangeError);
    expect(() => periodStatus(col, { from: 2020.5, to: 2021 })).toThrow(RangeError);
  });
});

/** Degree and betweenness per organisation on the network view of one period. */
function networkValues(range: YearRange): PeriodValues {
  const visible = applyFilters(data, filtersForPeriod(DEFAULT_FILTERS, range));
  const view = buildViewGraph(visible, 'network');
  const result = computeMetrics({
    key: view.signature,
    nodes: view.nodes.map((n) => n.id),
    edges: view.links.map((l) => ({ source: l.source, target: l.target, weight: l.weight })),
    weighted: true,
  });
  return Object.fromEntries(
    Object.entries(result.nodes).map(([id, m]) => [
      id,
      { degree: m.degree, betweenness: m.betweenness },
    ]),
  );
}

describe('comparePeriods', () => {
  // A (p1, p3): ties r–k, k–u, k–f, u–f. Degrees r 1, k 3, u 2, f 2; k lies between r and
  //   u, f: betweenness 2 / 3 pairs = 2/3.
  // B (p2, p3, p4): ties r–u, r–f, k–u, k–f, u–f. Degrees r 2, k 2, u 3, f 3; r–k runs
  //   through u or f: each 1/2 / 3 = 1/6.
  const comparison = comparePeriods(data, A, B, networkValues(A), networkValues(B));
  const row = (id: string) => comparison.rows.find((r) => r.id === id)!;

  it('lists the collaborations that started and ended', () => {
    expect(comparison.started).toEqual(['col:p2', 'col:p4']);
    expect(comparison.ended).toEqual(['col:p1']);
    expect(comparison.undated).toBe(1);
    expect(comparison.measures).toEqual(['betweenness', 'degree', 'collaborations']);
  });

  it('gives values, changes and ranks per organisation', () => {
    expect(row('org:k').measures.betweenness!.a).toBeCloseTo(2 / 3, 12);
    expect(row('org:k').measures.betweenness!.change).toBeCloseTo(-2 / 3, 12);
    expect(row('org:u').measures.betweenness!.b).toBeCloseTo(1 / 6, 12);
    expect(comparison.rows.map((r) => [r.id, r.measures.betweenness!.rank])).toEqual([
      ['org:k', 1],
      ['org:f', 2],
      ['org:u', 2],
      ['org:r', 4],
    ]);
    expect(row('org:r').measures.degree).toEqual({ a: 1, b: 2, change: 1, rank: 1 });
    expect(row('org:k').measures.degree).toEqual({ a: 3, b: 2, change: -1, rank: 1 });
    expect(row('org:k').measures.collaborations).toEqual({ a: 2, b: 1, change: -1, rank: 1 });
    expect(row('org:u').measures.collaborations).toEqual({ a: 1, b: 2, change: 1, rank: 1 });
  });

  it('names the collaborations behind each change', () => {
    expect(row('org:r')).toMatchObject({ started: ['col:p2', 'col:p4'], ended: ['col:p1'] });
    expect(row('org:k')).toMatchObject({ started: [], ended: ['col:p1'] });
    expect(row('org:u')).toMatchObject({ started: ['col:p2'], ended: [] });
    expect(row('org:f')).toMatchObject({ started: ['col:p4'], ended: [] });
  });

  it('counts only the collaborations it is given, and reads missing values as 0', () => {
    const c = comparePeriods(
      data,
      A,
      B,
      {},
      { 'org:x': { degree: 4 } },
      {
        collaborations: ['col:p1', 'col:p2'],
      },
    );
    expect(c.started).toEqual(['col:p2']);
    expect(c.ended).toEqual(['col:p1']);
    expect(c.undated).toBe(0);
    expect(c.rows.map((r) => r.id)).toEqual(['org:x', 'org:k', 'org:r', 'org:u']);
    const x = c.rows[0]!;
    expect(x.measures.degree).toEqual({ a: 0, b: 4, change: 4, rank: 1 });
    expect(c.rows.find((r) => r.id === 'org:r')!.measures.collaborations).toEqual({
      a: 1,
      b: 1,
      change: 0,
      rank: 3,
    });
  });
});
