/** The picture's answer to a question on the tiny dataset: what is emphasised, what becomes the view. */
import { describe, expect, it } from 'vitest';
import { compareSv } from '../../src/domain/collate';
import { applyFilters, DEFAULT_FILTERS } from '../../src/domain/filters';
import { labelLookup } from '../../src/domain/labels';
import { answerQuestions, inducedGraph, ringPositions } from '../../src/domain/questionView';
import { buildViewGraph } from '../../src/domain/viewGraph';
import { NO_QUESTION } from '../../src/url/navState';
import { tinyDataset } from '../fixtures/tinyDataset';

const data = tinyDataset();
const visible = applyFilters(data, DEFAULT_FILTERS);
const graph = buildViewGraph(visible, 'affiliation');
const labelOf = labelLookup(data);
const ask = (patch: Partial<typeof NO_QUESTION>) =>
  answerQuestions(data, visible, graph, { ...NO_QUESTION, ...patch }, labelOf, (a, b) =>
    compareSv(labelOf(a), labelOf(b)),
  );

describe('answerQuestions', () => {
  it('no question: the graph unchanged and nothing emphasised', () => {
    const view = ask({});
    expect(view.answers).toEqual([]);
    expect(view.graph).toBe(graph);
    expect(view.emphasis).toBeNull();
  });

  it('a comparison of collaborations emphasises their members, strongest those in all', () => {
    const cols = data.collaborations.slice(0, 2).map((c) => c.id);
    const view = ask({ compare: cols });
    const answer = view.answers[0];
    expect(answer?.kind).toBe('compare-collaborations');
    if (answer?.kind !== 'compare-collaborations') return;
    const inAll = answer.result.members.inAll;
    for (const id of inAll) expect(view.emphasis?.strong.has(id)).toBe(true);
    for (const row of answer.result.members.rows)
      expect(view.emphasis?.nodes.has(row.id)).toBe(true);
    // Links among emphasised nodes only.
    for (const id of view.emphasis?.links ?? []) {
      const link = graph.links.find((l) => l.id === id);
      expect(view.emphasis?.nodes.has(link?.source ?? '')).toBe(true);
      expect(view.emphasis?.nodes.has(link?.target ?? '')).toBe(true);
    }
  });

  it('with focus "only" the answer becomes the graph; with "dim" the graph stays whole', () => {
    const cols = data.collaborations.slice(0, 2).map((c) => c.id);
    const only = ask({ compare: cols, focus: 'only' });
    const drawn = new Set(graph.nodes.map((n) => n.id));
    // People with seats are emphasised too, but only drawn when the view shows people.
    const expected = [...(only.emphasis?.nodes ?? [])].filter((id) => drawn.has(id)).sort();
    expect(only.graph.nodes.map((n) => n.id).sort()).toEqual(expected);
    expect(only.graph.signature).not.toBe(graph.signature);
    expect(ask({ compare: cols }).graph).toBe(graph);
  });

  it('a neighbourhood replaces the view with its nodes in rings around the centre', () => {
    const centre = data.collaborations[0]?.id ?? '';
    const view = ask({ neighbourhood: centre, depth: 1 });
    expect(view.answers[0]?.kind).toBe('neighbourhood');
    expect(view.positions?.[centre]).toEqual({ x: 0, y: 0 });
    const ids = view.graph.nodes.map((n) => n.id);
    expect(ids).toContain(centre);
    for (const id of ids) expect(view.positions?.[id]).toBeDefined();
    // Every link of the neighbourhood is drawn emphasised, not faded.
    expect(view.emphasis?.links.size).toBe(view.graph.links.length);
  });

  it('routes emphasise exactly the nodes and links on them', () => {
    const [a, b] = [data.organisations[0]?.id ?? '', data.organisations[1]?.id ?? ''];
    const view = ask({ route: { from: a, to: b } });
    const answer = view.answers[0];
    if (answer?.kind !== 'routes' || answer.result.kind !== 'found') {
      expect(answer?.kind).toBe('routes');
      return;
    }
    const onRoutes = new Set(answer.result.routes.flatMap((r) => r.nodes));
    expect([...(view.emphasis?.nodes ?? [])].sort()).toEqual([...onRoutes].sort());
    expect(view.emphasis?.strong).toEqual(new Set([a, b]));
  });
});

describe('ringPositions', () => {
  it('puts the centre at the origin and each distance on its own wider ring', () => {
    const positions = ringPositions(
      [
        { id: 'c', distance: 0 },
        { id: 'a', distance: 1 },
        { id: 'b', distance: 1 },
        { id: 'z', distance: 2 },
      ],
      (x, y) => x.localeCompare(y),
      100,
      10,
    );
    const r = (id: string) => Math.hypot(positions[id]?.x ?? 0, positions[id]?.y ?? 0);
    expect(positions.c).toEqual({ x: 0, y: 0 });
    expect(r('a')).toBeCloseTo(100, 5);
    expect(r('b')).toBeCloseTo(100, 5);
    expect(r('z')).toBeCloseTo(200, 5);
    // First of a ring at the top (y negative, screen coordinates).
    expect(positions.a).toEqual({ x: 0, y: -100 });
  });

  it('widens a crowded ring so neighbours keep their spacing', () => {
    const many = Array.from({ length: 100 }, (_, i) => ({ id: `n${i}`, distance: 1 }));
    const positions = ringPositions(many, (x, y) => x.localeCompare(y), 100, 50);
    const radius = Math.hypot(positions.n0?.x ?? 0, positions.n0?.y ?? 0);
    expect(radius).toBeGreaterThanOrEqual((100 * 50) / (2 * Math.PI) - 0.1);
  });
});

describe('inducedGraph', () => {
  it('keeps only links between the chosen nodes and recounts them', () => {
    const keep = new Set(graph.nodes.slice(0, 5).map((n) => n.id));
    const sub = inducedGraph(graph, keep, 'x');
    for (const l of sub.links) expect(keep.has(l.source) && keep.has(l.target)).toBe(true);
    const total = sub.nodes.reduce((s, n) => s + n.links, 0);
    expect(total).toBe(sub.links.length * 2);
  });
});
