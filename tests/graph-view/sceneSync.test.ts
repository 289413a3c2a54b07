import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { applyFilters, DEFAULT_FILTERS } from '../../src/domain/filters';
import { buildViewGraph } from '../../src/domain/viewGraph';
import { applyFocus } from '../../src/graph-view/controllers';
import { buildElements } from '../../src/graph-view/elements';
import { createSceneSync, diffScene, nextTask } from '../../src/graph-view/sceneSync';
import { STYLESHEET } from '../../src/graph-view/stylesheet';
import { tinyDataset } from '../fixtures/tinyDataset';

function elementsFor(view: 'affiliation' | 'network', size: (links: number) => number = (n) => n) {
  const data = tinyDataset();
  const graph = buildViewGraph(applyFilters(data, DEFAULT_FILTERS), view);
  return buildElements(data, graph, {
    sizeValues: new Map(graph.nodes.map((n) => [n.id, size(n.links)])),
  });
}

function positionsFor(elements: readonly ElementDefinition[]) {
  const out: Record<string, { x: number; y: number }> = {};
  elements
    .filter((e) => e.group === 'nodes')
    .forEach((e, i) => (out[e.data.id ?? ''] = { x: i * 50, y: (i % 3) * 40 }));
  return out;
}

const batching = (cy: Core) => (cy as unknown as { batching: () => boolean }).batching();
const ids = (cy: Core) =>
  cy
    .elements()
    .map((e) => e.id())
    .sort();

/** Runs `update` and resolves once the job has settled. */
function settle(cy: Core, budgetMs = 0) {
  let settled = 0;
  let resolve: () => void = () => undefined;
  const sync = createSceneSync(
    cy,
    () => {
      settled += 1;
      resolve();
    },
    budgetMs,
  );
  const next = () => new Promise<void>((r) => (resolve = r));
  return { sync, next, settledCount: () => settled };
}

describe('diffScene', () => {
  it('adds nodes before edges into an empty instance, and nothing once they are in', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    const elements = elementsFor('affiliation');
    const diff = diffScene(cy, elements);
    expect(diff.remove).toEqual([]);
    expect(diff.update).toEqual([]);
    expect(diff.add).toHaveLength(elements.length);
    const firstEdge = diff.add.findIndex((d) => d.group === 'edges');
    expect(diff.add.slice(firstEdge).every((d) => d.group === 'edges')).toBe(true);
    cy.add(elements);
    expect(diffScene(cy, elements)).toEqual({ remove: [], add: [], update: [] });
  });

  it('removes what is gone, updates changed data and re-adds an edge whose ends moved', () => {
    const elements = elementsFor('affiliation');
    const cy = cytoscape({ headless: true, styleEnabled: true, elements });
    const resized = elementsFor('affiliation', (n) => 10 - n).filter(
      (d) => d.data.id !== 'org:uni-c' && d.data.source !== 'org:uni-c',
    );
    const edge = resized.find((d) => d.group === 'edges');
    if (!edge) throw new Error('fixture has edges');
    const moved = { ...edge, data: { ...edge.data, target: 'col:gamma' } };
    const diff = diffScene(
      cy,
      resized.map((d) => (d === edge ? moved : d)),
    );
    expect(diff.remove).toContain('org:uni-c');
    expect(diff.remove).toContain(edge.data.id);
    expect(diff.add).toEqual([moved]);
    expect(diff.update.map((u) => u.id)).toContain('org:region-a');
    expect(diff.update.every((u) => u.id.startsWith('org:') || u.id.startsWith('col:'))).toBe(true);
  });
});

describe('createSceneSync on headless cytoscape', () => {
  it('brings in elements and positions over several tasks under one batch, then settles', async () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    const { sync, next, settledCount } = settle(cy);
    const elements = elementsFor('affiliation');
    const positions = positionsFor(elements);
    const done = next();
    sync.update({ elements, positions, animate: false });
    expect(sync.busy()).toBe(true);
    expect(batching(cy)).toBe(true);
    // With a zero budget each task takes one step: nothing is there after the first task.
    expect(cy.elements().length).toBe(0);
    await done;
    expect(sync.busy()).toBe(false);
    expect(batching(cy)).toBe(false);
    expect(settledCount()).toBe(1);
    expect(ids(cy)).toEqual(elements.map((e) => e.data.id).sort());
    for (const [id, p] of Object.entries(positions))
      expect(cy.getElementById(id).position()).toEqual(p);
    // A node with no position is placed beside its neighbours, not at the origin.
    const partial = { ...positions };
    delete partial['col:beta'];
    const again = next();
    sync.update({ elements, positions: partial, animate: false });
    await again;
    expect(cy.getElementById('col:beta').position()).not.toEqual({ x: 0, y: 0 });
  });

  it('a new target supersedes the running job: the end state is the newest target only', async () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    const { sync, next, settledCount } = settle(cy);
    const affiliation = elementsFor('affiliation');
    const network = elementsFor('network');
    const done = next();
    sync.update({ elements: affiliation, positions: positionsFor(affiliation), animate: false });
    // Let the first job add some of its elements (a condition, not a sleep), then switch.
    while (cy.elements().length === 0) await new Promise((r) => setTimeout(r, 0));
    sync.update({ elements: network, positions: positionsFor(network), animate: false });
    await done;
    expect(settledCount()).toBe(1);
    expect(ids(cy)).toEqual(network.map((e) => e.data.id).sort());
    expect(
      cy
        .nodes()
        .map((n) => n.id())
        .every((id) => id.startsWith('org:')),
    ).toBe(true);
    expect(batching(cy)).toBe(false);
  });

  it('updates data in place: a kept node keeps its identity', async () => {
    const elements = elementsFor('affiliation');
    const cy = cytoscape({ headless: true, styleEnabled: true, elements });
    const before = cy.getElementById('org:region-a');
    const { sync, next } = settle(cy, 50);
    const resized = elementsFor('affiliation', (n) => 10 - n);
    const done = next();
    sync.update({ elements: resized, positions: positionsFor(resized), animate: false });
    await done;
    const after = cy.getElementById('org:region-a');
    expect(after.same(before)).toBe(true);
    expect(after.data('size')).toBe(resized.find((d) => d.data.id === 'org:region-a')?.data.size);
  });

  it('dispose stops the job and closes the batch', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    const { sync, settledCount } = settle(cy);
    const elements = elementsFor('affiliation');
    sync.update({ elements, positions: positionsFor(elements), animate: false });
    expect(batching(cy)).toBe(true);
    sync.dispose();
    sync.dispose();
    expect(batching(cy)).toBe(false);
    expect(sync.busy()).toBe(false);
    expect(settledCount()).toBe(0);
  });
});

/** A target in which only the node sizes differ: nothing to place, no fit. */
function sizesOnly(positions: Record<string, { x: number; y: number }>) {
  return {
    elements: elementsFor('affiliation', (n) => 10 - n),
    positions,
    animate: false,
    place: false,
  };
}

describe('createSceneSync placement', () => {
  it('only new data (place: false) leaves moved nodes and the viewport alone', async () => {
    const elements = elementsFor('affiliation');
    const positions = positionsFor(elements);
    const cy = cytoscape({ headless: true, styleEnabled: true });
    const { sync, next } = settle(cy, 50);
    let done = next();
    sync.update({ elements, positions, animate: false });
    await done;
    // The user drags a node and zooms in.
    cy.getElementById('org:region-a').position({ x: 999, y: 999 });
    cy.zoom(2.5);
    done = next();
    sync.update(sizesOnly(positions));
    await done;
    expect(cy.getElementById('org:region-a').position()).toEqual({ x: 999, y: 999 });
    expect(cy.zoom()).toBe(2.5);
    // A new layout (place: true) puts it back.
    done = next();
    sync.update({ elements, positions, animate: false });
    await done;
    expect(cy.getElementById('org:region-a').position()).toEqual(positions['org:region-a']);
  });

  it('a placing job superseded by a data-only one still places the nodes', async () => {
    const affiliation = elementsFor('affiliation');
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: affiliation });
    cy.nodes().positions(() => ({ x: -500, y: -500 }));
    const { sync, next } = settle(cy);
    const positions = positionsFor(affiliation);
    const done = next();
    sync.update({ elements: affiliation, positions, animate: false });
    sync.update(sizesOnly(positions));
    await done;
    for (const [id, p] of Object.entries(positions))
      expect(cy.getElementById(id).position()).toEqual(p);
  });
});

describe('createSceneSync without warming textures (large pictures)', () => {
  /** Runs one job with a zero budget (one step per task) and counts its tasks. */
  async function tasksOf(warmTextures: boolean) {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    const { sync, next } = settle(cy, 0);
    const elements = elementsFor('affiliation');
    const positions = positionsFor(elements);
    const spy = vi.spyOn(globalThis, 'setTimeout');
    // A steady clock: chunk sizes adapt to measured time, which a pause of the test runner
    // (GC, JIT) would change from run to run, and with them the number of steps.
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 0.5));
    const done = next();
    sync.update({ elements, positions, animate: false, warmTextures });
    await done;
    now.mockRestore();
    // Only the job's own tasks (its runner is named `run`), not timers of the test runner.
    const tasks = spy.mock.calls.filter(
      ([fn]) => typeof fn === 'function' && fn.name === 'run',
    ).length;
    spy.mockRestore();
    return { cy, tasks, elements, positions };
  }

  it('brings in the same scene in fewer steps', async () => {
    const warm = await tasksOf(true);
    const cold = await tasksOf(false);
    expect(ids(cold.cy)).toEqual(ids(warm.cy));
    for (const [id, p] of Object.entries(cold.positions))
      expect(cold.cy.getElementById(id).position()).toEqual(p);
    expect(batching(cold.cy)).toBe(false);
    expect(cold.tasks).toBeLessThan(warm.tasks);
  });
});

/** A styled headless picture with the affiliation scene brought in (one job settled). */
async function styledScene() {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: STYLESHEET });
  const settled = settle(cy);
  const elements = elementsFor('affiliation');
  const done = settled.next();
  settled.sync.update({ elements, positions: positionsFor(elements), animate: false });
  await done;
  return { cy, elements, ...settled };
}

describe("createSceneSync restyle (a large picture's selection)", () => {
  it('applies the classes under a held batch, styles in slices, then calls back; not a scene job', async () => {
    const { cy, sync, settledCount } = await styledScene();
    const restyled = new Set<string>();
    cy.on('style', (event) => restyled.add((event.target as { id: () => string }).id()));
    let called = 0;
    const finished = new Promise<void>((resolve) =>
      sync.restyle(
        () => applyFocus(cy, 'col:beta', null),
        () => {
          called += 1;
          resolve();
        },
      ),
    );
    // The classes are in at once, their style is not: the batch is held until the job ends.
    expect(cy.getElementById('org:uni-c').hasClass('faded')).toBe(true);
    expect(batching(cy)).toBe(true);
    expect(sync.busy()).toBe(false);
    expect(restyled.size).toBe(0);
    await finished;
    expect(called).toBe(1);
    expect(batching(cy)).toBe(false);
    expect(settledCount()).toBe(1);
    // Every element whose classes changed was styled; the faded opacity is in.
    expect(restyled.has('org:uni-c')).toBe(true);
    expect(Number(cy.getElementById('org:uni-c').style('opacity'))).toBeLessThan(0.5);
    // Nothing changes: called back at once, no batch left open.
    let again = 0;
    sync.restyle(
      () => applyFocus(cy, 'col:beta', null),
      () => (again += 1),
    );
    expect(again).toBe(1);
    expect(batching(cy)).toBe(false);
  });

  it('a scene job started meanwhile takes over; its end styles the rest', async () => {
    const { cy, sync, next, settledCount, elements } = await styledScene();
    let called = 0;
    sync.restyle(
      () => applyFocus(cy, 'col:beta', null),
      () => (called += 1),
    );
    const second = next();
    sync.update(sizesOnly(positionsFor(elements)));
    expect(sync.busy()).toBe(true);
    await second;
    expect(settledCount()).toBe(2);
    expect(called).toBe(0);
    expect(batching(cy)).toBe(false);
    expect(Number(cy.getElementById('org:uni-c').style('opacity'))).toBeLessThan(0.5);
  });
});

describe('nextTask', () => {
  it('posts through scheduler.postTask where there is one (no 4 ms clamp), and cancels', () => {
    const posted: { fn: () => void; signal: AbortSignal }[] = [];
    vi.stubGlobal('scheduler', {
      postTask(fn: () => void, options: { signal: AbortSignal }) {
        posted.push({ fn, signal: options.signal });
        return Promise.resolve();
      },
    });
    try {
      const ran: string[] = [];
      nextTask(() => ran.push('a'));
      const cancel = nextTask(() => ran.push('b'));
      cancel();
      expect(posted).toHaveLength(2);
      expect(posted.map((p) => p.signal.aborted)).toEqual([false, true]);
      // The scheduler runs what is not aborted.
      for (const p of posted) if (!p.signal.aborted) p.fn();
      expect(ran).toEqual(['a']);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('falls back to setTimeout without a scheduler, and cancels', async () => {
    expect(typeof (globalThis as { scheduler?: unknown }).scheduler).toBe('undefined');
    const ran: string[] = [];
    nextTask(() => ran.push('a'));
    nextTask(() => ran.push('b'))();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(ran).toEqual(['a']);
  });
});
