/**
 * The first-paint signal (src/app/afterPaint.ts): the mark is set in the frame after the
 * first render of a completed scene, never before, and work waiting for it runs then (or
 * when the wait is released because no picture will be painted). cy is a tiny stand-in
 * with cytoscape's on/off; animation frames are run by hand.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as AfterPaint from '../../src/app/afterPaint';
import type { Core } from '../../src/graph-view/GraphCanvas';

type Module = typeof AfterPaint;

// The real scene counter needs a drawn picture; each test passes its own `drawn`.
vi.mock('../../src/graph-view/GraphCanvas', () => ({ scenesCompleted: () => 0 }));

let frames: FrameRequestCallback[] = [];
function runFrame(): void {
  const due = frames;
  frames = [];
  for (const f of due) f(performance.now());
}

function fakeCy() {
  const handlers = new Map<string, Set<() => void>>();
  const cy = {
    on(event: string, fn: () => void) {
      if (!handlers.has(event)) handlers.set(event, new Set());
      handlers.get(event)?.add(fn);
      return cy;
    },
    off(event: string, fn: () => void) {
      handlers.get(event)?.delete(fn);
      return cy;
    },
  };
  const render = () => {
    for (const fn of [...(handlers.get('render') ?? [])]) fn();
  };
  const listening = () => handlers.get('render')?.size ?? 0;
  return { cy: cy as unknown as Core, render, listening };
}

const marks = () => performance.getEntriesByName('graph-painted').length;

let m: Module;
beforeEach(async () => {
  vi.resetModules();
  performance.clearMarks();
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (fn: FrameRequestCallback) => frames.push(fn));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => {
    frames.splice(id - 1, 1);
  });
  m = await import('../../src/app/afterPaint');
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('markGraphPaintedWhenDrawn', () => {
  it('marks in the frame after the first render of a completed scene, once', () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const { cy, render, listening } = fakeCy();
    let drawn = false;
    const waited = vi.fn();
    m.afterGraphPaint(waited);
    m.markGraphPaintedWhenDrawn(cy, () => drawn);

    render(); // a frame before the scene job completed
    runFrame();
    expect(marks()).toBe(0);
    expect(m.graphPainted()).toBe(false);

    drawn = true;
    render();
    expect(listening()).toBe(0);
    expect(marks()).toBe(0); // not in the frame that drew, but in the next one
    runFrame();
    expect(marks()).toBe(1);
    // The waiting work runs in a task of its own after that frame.
    expect(waited).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(m.graphPainted()).toBe(true);
    expect(waited).toHaveBeenCalledTimes(1);

    // Later renders or pictures add no second mark.
    render();
    m.markGraphPaintedWhenDrawn(fakeCy().cy, () => true);
    runFrame();
    vi.runAllTimers();
    expect(marks()).toBe(1);
  });

  it('stops watching when disposed before the paint', () => {
    const { cy, render, listening } = fakeCy();
    const stop = m.markGraphPaintedWhenDrawn(cy, () => true);
    stop();
    expect(listening()).toBe(0);
    render();
    runFrame();
    expect(marks()).toBe(0);
  });
});

describe('afterGraphPaint', () => {
  it('runs waiting work on release, and later work at once', () => {
    const first = vi.fn();
    const cancelled = vi.fn();
    m.afterGraphPaint(first);
    const cancel = m.afterGraphPaint(cancelled);
    cancel();
    expect(first).not.toHaveBeenCalled();
    m.releaseAfterPaint();
    expect(first).toHaveBeenCalledTimes(1);
    expect(cancelled).not.toHaveBeenCalled();
    m.releaseAfterPaint();
    expect(first).toHaveBeenCalledTimes(1);
    const later = vi.fn();
    m.afterGraphPaint(later);
    expect(later).toHaveBeenCalledTimes(1);
    // Released without a picture: no mark is claimed.
    expect(marks()).toBe(0);
  });
});
