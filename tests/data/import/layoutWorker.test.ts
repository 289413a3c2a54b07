/**
 * The layout worker client: in-thread fallback without Worker (as in Node), the same
 * positions through a fake worker that runs the real handler, abort terminates it.
 */
import { describe, expect, it } from 'vitest';
import { computeLayout, type LayoutRequest } from '../../../src/data/import/layout';
import {
  handleLayoutRequest,
  layoutOffThread,
  type LayoutWorkerLike,
  type LayoutWorkerRequest,
  type LayoutWorkerResponse,
} from '../../../src/data/import/layoutWorker';

const request: LayoutRequest = {
  nodes: ['a', 'b', 'c'],
  edges: [
    ['a', 'b'],
    ['b', 'c'],
  ],
  iterations: 30,
};

class FakeWorker implements LayoutWorkerLike {
  onmessage: LayoutWorkerLike['onmessage'] = null;
  onerror: LayoutWorkerLike['onerror'] = null;
  terminated = false;
  postMessage(message: LayoutWorkerRequest): void {
    const data = structuredClone(message);
    setTimeout(() => {
      void handleLayoutRequest(data, (response: LayoutWorkerResponse) => {
        const copy = structuredClone(response);
        setTimeout(() => {
          if (!this.terminated) this.onmessage?.({ data: copy });
        }, 0);
      });
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('layoutOffThread', () => {
  it('falls back to this thread without Worker, with the same positions', async () => {
    expect(typeof Worker).toBe('undefined');
    expect(await layoutOffThread(request)).toEqual(await computeLayout(request));
  });

  it('gives the same positions and progress through a worker, then terminates it', async () => {
    const worker = new FakeWorker();
    const fractions: number[] = [];
    const positions = await layoutOffThread(request, {
      createWorker: () => worker,
      onProgress: (f) => fractions.push(f),
    });
    expect(positions).toEqual(await computeLayout(request));
    expect(fractions.at(-1)).toBe(1);
    expect(worker.terminated).toBe(true);
  });

  it('abort terminates the worker and rejects with the reason', async () => {
    const worker = new FakeWorker();
    const controller = new AbortController();
    const pending = layoutOffThread(
      { ...request, iterations: 5000 },
      { createWorker: () => worker, signal: controller.signal },
    );
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker.terminated).toBe(true);
  });
});
