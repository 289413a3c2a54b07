import { describe, expect, it } from 'vitest';
import { neighbourhood } from '../../src/domain/neighbourhood';
import { createQuestionAnswerer } from '../../src/domain/questions';
import { findRoutes } from '../../src/domain/routes';
import { suggestPartners } from '../../src/domain/suggestions';
import { tieGraph } from '../fixtures/referenceGraphs';

// org:a–org:b–org:c and org:b–col:x (a collaboration member), org:d alone.
const g = tieGraph(
  [
    ['org:a', 'org:b'],
    ['org:b', 'org:c'],
    ['org:b', 'col:x'],
  ],
  ['org:d'],
);

describe('createQuestionAnswerer', () => {
  it('answers like the functions it dispatches to, in cloneable plain data', () => {
    const ask = createQuestionAnswerer();
    const routes = ask(g, { kind: 'routes', from: 'org:a', to: 'org:c' });
    expect(routes).toEqual({ kind: 'routes', result: findRoutes(g, 'org:a', 'org:c') });
    expect(structuredClone(routes)).toEqual(routes);
    const near = ask(g, { kind: 'neighbourhood', centre: 'org:a', depth: 1 });
    expect(near).toEqual({ kind: 'neighbourhood', result: neighbourhood(g, 'org:a', 1) });
    expect(ask(g, { kind: 'suggestions', focus: 'org:a' })).toEqual({
      kind: 'suggestions',
      result: suggestPartners(g, 'org:a'),
    });
  });

  it('restricts suggestions by id prefix and orders ties by the labels given', () => {
    const ask = createQuestionAnswerer();
    const ids = (a: ReturnType<typeof ask>) =>
      a.kind === 'suggestions' ? a.result.map((s) => s.id) : [];
    expect(ids(ask(g, { kind: 'suggestions', focus: 'org:a' }))).toEqual(['col:x', 'org:c']);
    expect(
      ids(ask(g, { kind: 'suggestions', focus: 'org:a', candidatePrefixes: ['org:'] })),
    ).toEqual(['org:c']);
    expect(
      ids(
        ask(g, {
          kind: 'suggestions',
          focus: 'org:a',
          labels: { 'col:x': 'Ö-projektet', 'org:c': 'C-kommun' },
        }),
      ),
    ).toEqual(['org:c', 'col:x']);
  });

  it('rebuilds when the graph signature changes', () => {
    const ask = createQuestionAnswerer();
    expect(ask(g, { kind: 'routes', from: 'org:a', to: 'org:d' }).result).toMatchObject({
      kind: 'no-route',
    });
    const joined = tieGraph(
      [
        ['org:a', 'org:b'],
        ['org:b', 'org:c'],
        ['org:c', 'org:d'],
      ],
      [],
    );
    expect(joined.signature).not.toBe(g.signature);
    expect(ask(joined, { kind: 'routes', from: 'org:a', to: 'org:d' }).result).toMatchObject({
      kind: 'found',
      shortestLength: 3,
    });
  });
});
