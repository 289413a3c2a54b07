// metricsClient and handler: latest-wins, cache, joining, progress, worker failures, and the
// message protocol — through the in-thread fallback and a fake worker running the real handler.
import { describe, expect, it, vi } from 'vitest';
import { createMetricsHandler } from '../../src/metrics/handler';
import { createMetricsClient } from '../../src/metrics/metricsClient';
import type { MetricsProgress } from '../../src/metrics/types';
import { connectWorker, defaultCreateWorker } from '../../src/metrics/workerTransport';
import { FakeWorker } from './fakeWorker';
import { collectHandler, gridInput, inputOf, karateInput } from './helpers';

describe('metricsClient with the in-thread fallback (no Worker in Node)', () => {
  it('computes real metrics', async () => {
    expect(typeof Worker).toBe('undefined');
    const client = createMetricsClient();
    const result = await client.compute(karateInput());
    expect(result.key).toBe('karate:false');
    expect(result.nodes['1']!.betweenness).toBeCloseTo(0.4376352813852815, 10);
    client.dispose();
  });

  it('latest wins: a new compute rejects the running one with an AbortError', async () => {
    const client = createMetricsClient();
    const first = client.compute(gridInput(30, 30));
    const second = client.compute(karateInput());
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    await expect(second).resolves.toMatchObject({ key: 'karate:false' });
    client.dispose();
  });

  it('caches by key (LRU) and joins a running compute of the same key', async () => {
    const workers: FakeWorker[] = [];
    const client = createMetricsClient({
      cacheSize: 2,
      createWorker: () => {
        const w = new FakeWorker();
        workers.push(w);
        return w;
      },
    });
    const computes = () =>
      workers.flatMap((w) => w.sent).filter((m) => m.type === 'compute').length;
    const a = inputOf(['a-b', 'b-c']);
    const b = inputOf(['a-b', 'b-c', 'c-d']);
    const c = inputOf(['x-y']);
    const [r1, r1again] = await Promise.all([client.compute(a), client.compute(a)]);
    expect(r1again).toBe(r1);
    expect(computes()).toBe(1);
    expect(await client.compute(a)).toBe(r1);
    expect(computes()).toBe(1);
    await client.compute(b);
    await client.compute(a); // refreshes a: b is now least recent
    await client.compute(c); // evicts b
    expect(computes()).toBe(3);
    expect(await client.compute(a)).toBe(r1);
    await client.compute(b);
    expect(computes()).toBe(4);
    expect(workers).toHaveLength(1);
    client.dispose();
    expect(workers[0]!.terminated).toBe(true);
  });

  it('a cached result also supersedes the running compute', async () => {
    const client = createMetricsClient({ createWorker: null });
    const small = inputOf(['a-b']);
    await client.compute(small);
    const slow = client.compute(gridInput(30, 30));
    const cached = client.compute(small);
    await expect(slow).rejects.toMatchObject({ name: 'AbortError' });
    await expect(cached).resolves.toMatchObject({ key: small.key });
    client.dispose();
  });

  it('reports progress, with an early estimate on big graphs', async () => {
    const client = createMetricsClient({
      createWorker: () => new FakeWorker(),
      estimateThreshold: 0,
    });
    const seen: MetricsProgress[] = [];
    const result = await client.compute(gridInput(20, 20), (p) => seen.push(p));
    expect(seen.length).toBeGreaterThan(3);
    const partial = seen.find((p) => p.partial)?.partial;
    expect(partial?.estimate).toBe(true);
    expect(result.estimate).toBe(false);
    expect(result.nodes['9,9']!.betweenness).toBeCloseTo(0.06862881145995395, 12);
    client.dispose();
  });

  it('rejects with a clear message when the worker fails, then recovers with a new worker', async () => {
    let created = 0;
    const client = createMetricsClient({
      createWorker: () => {
        created++;
        const w = new FakeWorker();
        if (created === 1) {
          w.postMessage = () => setTimeout(() => w.onerror?.({ message: 'boom' }), 0);
        }
        return w;
      },
    });
    await expect(client.compute(karateInput())).rejects.toThrow(/metrics worker failed: boom/);
    await expect(client.compute(karateInput())).resolves.toMatchObject({ key: 'karate:false' });
    expect(created).toBe(2);
    client.dispose();
  });

  it('passes compute errors through as MetricsError', async () => {
    const client = createMetricsClient({ createWorker: null });
    const bad = {
      key: 'bad',
      nodes: ['a'],
      edges: [{ source: 'a', target: 'q', weight: 1 }],
      weighted: false,
    };
    await expect(client.compute(bad)).rejects.toMatchObject({
      name: 'MetricsError',
      message: expect.stringMatching(/unknown node "q"/) as string,
    });
    client.dispose();
  });

  it('dispose rejects the running compute and refuses new ones', async () => {
    const client = createMetricsClient({ createWorker: null });
    const running = client.compute(gridInput(30, 30));
    client.dispose();
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    await expect(client.compute(karateInput())).rejects.toThrow(/disposed/);
  });
});

describe('a Worker that cannot be constructed (sandboxed iframe, opaque origin)', () => {
  const securityError = () => {
    const error = new Error("Failed to construct 'Worker': cannot be accessed from origin 'null'");
    error.name = 'SecurityError';
    return error;
  };

  it('defaultCreateWorker gives null instead of throwing', () => {
    const construct = vi.fn(function Worker() {
      throw securityError();
    });
    vi.stubGlobal('Worker', construct);
    try {
      expect(defaultCreateWorker()).toBeNull();
      expect(construct).toHaveBeenCalledOnce();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('the default client computes in-thread when `new Worker` throws', async () => {
    const construct = vi.fn(function Worker() {
      throw securityError();
    });
    vi.stubGlobal('Worker', construct);
    try {
      const client = createMetricsClient({ poolSize: 0 });
      const result = await client.compute(karateInput());
      expect(construct).toHaveBeenCalled();
      expect(result.nodes['1']!.betweenness).toBeCloseTo(0.4376352813852815, 10);
      client.dispose();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('a throwing factory falls back to the in-thread handler, and keeps it', async () => {
    const factory = vi.fn((): FakeWorker => {
      throw securityError();
    });
    const client = createMetricsClient({ createWorker: factory, poolSize: 0 });
    const result = await client.compute(karateInput());
    expect(factory).toHaveBeenCalledOnce();
    expect(result.key).toBe('karate:false');
    expect(result.nodes['1']!.betweenness).toBeCloseTo(0.4376352813852815, 10);
    // The fallback stays: a second compute does not try the factory again.
    await client.compute(gridInput(4, 4));
    expect(factory).toHaveBeenCalledOnce();
    client.dispose();
  });
});

describe('workerTransport', () => {
  it('wires messages and failures of the worker a factory makes, or gives null for none', () => {
    expect(connectWorker(null, vi.fn(), vi.fn())).toBeNull();
    const worker = new FakeWorker();
    const onData = vi.fn();
    const onFailure = vi.fn();
    const transport = connectWorker(() => worker, onData, onFailure);
    worker.onmessage?.({ data: 'hello' });
    expect(onData).toHaveBeenCalledWith('hello');
    const preventDefault = vi.fn();
    worker.onerror?.({ message: 'boom', preventDefault });
    expect(preventDefault).toHaveBeenCalledOnce();
    worker.onerror?.({});
    worker.onmessageerror?.({});
    expect(onFailure.mock.calls).toEqual([
      ['boom'],
      ['unknown error (the worker script may have failed to load)'],
      ['a message could not be deserialised'],
    ]);
    transport?.post({ type: 'cancel', id: 1 });
    expect(worker.sent).toEqual([{ type: 'cancel', id: 1 }]);
    transport?.terminate();
    expect(worker.terminated).toBe(true);
  });
});

describe('handler protocol', () => {
  it('answers a compute with progress then one result', async () => {
    const { handler, responses, until } = collectHandler();
    handler.receive({ type: 'compute', id: 7, input: karateInput() });
    await until((r) => r.some((x) => x.type === 'result'));
    expect(responses.every((r) => r.id === 7)).toBe(true);
    expect(responses.filter((r) => r.type === 'result')).toHaveLength(1);
    expect(responses.at(-1)?.type).toBe('result');
    expect(responses.some((r) => r.type === 'progress')).toBe(true);
  });

  it('cancel and supersede end the running compute with AbortError', async () => {
    const { handler, responses, until } = collectHandler();
    handler.receive({ type: 'compute', id: 1, input: gridInput(30, 30) });
    handler.receive({ type: 'cancel', id: 1 });
    handler.receive({ type: 'compute', id: 2, input: gridInput(30, 30) });
    handler.receive({ type: 'compute', id: 3, input: inputOf(['a-b']) });
    await until((r) => r.filter((x) => x.type !== 'progress').length === 3);
    const ends = responses.filter((r) => r.type !== 'progress');
    expect(ends.map((r) => [r.id, r.type === 'error' ? r.error.name : r.type])).toEqual(
      expect.arrayContaining([
        [1, 'AbortError'],
        [2, 'AbortError'],
        [3, 'result'],
      ]),
    );
  });

  it('answers malformed messages with an error', () => {
    const post = vi.fn();
    const handler = createMetricsHandler(post);
    handler.receive({ type: 'compute', id: 4, input: { nodes: 'nope' } });
    handler.receive('hello');
    expect(post).toHaveBeenNthCalledWith(1, {
      type: 'error',
      id: 4,
      error: { name: 'TypeError', message: 'Malformed metrics request.' },
    });
    expect(post).toHaveBeenNthCalledWith(2, expect.objectContaining({ id: -1, type: 'error' }));
  });
});

describe('metricsClient analyses (scenario, brokerage)', () => {
  // Path a – b – c: removing b leaves a and c without any tie and splits the one component.
  const path = () => inputOf(['a-b', 'b-c']);

  it('runs a scenario through the in-thread fallback', async () => {
    const client = createMetricsClient({ createWorker: null });
    const result = await client.scenario(path(), { nodes: ['b'] });
    expect(result.removedNodes).toEqual(['b']);
    expect(result.newlyIsolated).toEqual(['a', 'c']);
    expect(result.before.components).toBe(1);
    expect(result.after.components).toBe(2);
    // b lay on the one shortest path a–c of 1 pair among (3−1)(3−2)/2 = 1: normalised 1.
    expect(result.removedBetweenness.b).toBeCloseTo(1, 10);
    client.dispose();
  });

  it('runs brokerage and structural holes through a (fake) worker', async () => {
    const client = createMetricsClient({ createWorker: () => new FakeWorker() });
    const groups = { a: 'university', b: 'region', c: 'municipality' };
    const { brokerage, structuralHoles } = await client.brokerage(
      { ...path(), directed: false },
      groups,
    );
    // b is the only broker: a→b→c and c→b→a, three different groups = liaison twice.
    expect(brokerage.nodes.b!.roles.liaison).toBe(2);
    expect(brokerage.nodes.b!.brokeredPairs).toBe(1);
    expect(brokerage.nodes.a!.total).toBe(0);
    // Burt: two equal unconnected contacts → effective size 2, constraint 2·(1/2)² = 0.5.
    expect(structuralHoles.b!.effectiveSize).toBeCloseTo(2, 10);
    expect(structuralHoles.b!.constraint).toBeCloseTo(0.5, 10);
    expect(structuralHoles.a!.constraint).toBeCloseTo(1, 10);
    client.dispose();
  });

  it('a newer analysis of the same kind supersedes the older; a compute is left alone', async () => {
    const client = createMetricsClient({ createWorker: () => new FakeWorker() });
    const running = client.compute(karateInput());
    const first = client.scenario(path(), { nodes: ['a'] });
    const second = client.scenario(path(), { nodes: ['c'] });
    const groups = client.brokerage(path(), { a: 'x', b: 'y', c: 'x' });
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    await expect(second).resolves.toMatchObject({ removedNodes: ['c'] });
    await expect(groups).resolves.toMatchObject({ brokerage: { groups: ['x', 'y'] } });
    await expect(running).resolves.toMatchObject({ key: 'karate:false' });
    client.dispose();
  });

  it('passes errors through as MetricsError and rejects on worker failure and dispose', async () => {
    const client = createMetricsClient({ createWorker: null });
    await expect(client.brokerage(path(), { a: 'x', b: 'y' })).rejects.toMatchObject({
      name: 'MetricsError',
    });
    const pending = client.scenario(path(), { nodes: ['b'] });
    client.dispose();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    await expect(client.scenario(path(), {})).rejects.toThrow(/disposed/);

    const failing = createMetricsClient({
      createWorker: () => {
        const w = new FakeWorker();
        w.postMessage = () => setTimeout(() => w.onerror?.({ message: 'boom' }), 0);
        return w;
      },
    });
    await expect(failing.scenario(path(), { nodes: ['b'] })).rejects.toThrow(
      /metrics worker failed: boom/,
    );
    failing.dispose();
  });
});
