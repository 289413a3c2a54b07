// The worker pool for exact betweenness/closeness: pooled results equal the one-worker
// result, the sources are split without gaps or overlaps, progress only grows, and
// cancellation, a crashing pool worker and a failing pool job are handled — through the
// client and on the pool module alone, with in-thread fake workers running the real handler.
import { describe, expect, it } from 'vitest';
import {
  BrandesRunner,
  createPartial,
  identityOrder,
  type BrandesPartial,
} from '../../src/metrics/brandes';
import { computeMetrics } from '../../src/metrics/compute';
import { buildCsr } from '../../src/metrics/csr';
import { createMetricsClient, type MetricsClientOptions } from '../../src/metrics/metricsClient';
import { defaultPoolSize, phaseStart } from '../../src/metrics/plan';
import {
  isMetricsRequest,
  type BrandesRequest,
  type MetricsRequest,
  type MetricsResponse,
  type PoolSums,
} from '../../src/metrics/protocol';
import type { MetricsInput, MetricsProgress, MetricsResult } from '../../src/metrics/types';
import { createWorkerPool, type PoolRunEvents } from '../../src/metrics/workerPool';
import { FakeWorker } from './fakeWorker';
import { collectHandler, inputOf, karateInput, randomInput } from './helpers';

/** A client whose workers are fakes; the first worker created is the main one. */
function poolClient(
  poolSize: number,
  options: MetricsClientOptions & { make?: (index: number) => FakeWorker } = {},
) {
  const workers: FakeWorker[] = [];
  const { make = () => new FakeWorker(), ...rest } = options;
  const client = createMetricsClient({
    poolSize,
    poolThreshold: 0,
    createWorker: () => {
      const worker = make(workers.length);
      workers.push(worker);
      return worker;
    },
    ...rest,
  });
  const brandesJobs = (id?: number) =>
    workers
      .flatMap((w) => w.sent)
      .filter(
        (m): m is BrandesRequest => m.type === 'brandes' && (id === undefined || m.id === id),
      );
  return { client, workers, brandesJobs };
}

function close(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(expected));
}

/** Pooled and one-worker results agree: exactly, or to rounding where sums are reordered. */
function expectSameResult(pooled: MetricsResult, single: MetricsResult): void {
  expect(pooled.key).toBe(single.key);
  expect(pooled.estimate).toBe(false);
  expect(pooled.sources).toBe(single.sources);
  expect(pooled.failures).toEqual(single.failures);
  const { averagePathLength, ...stats } = pooled.stats;
  const { averagePathLength: singleApl, ...singleStats } = single.stats;
  expect(stats).toEqual(singleStats);
  if (singleApl === null) expect(averagePathLength).toBeNull();
  else expect(close(averagePathLength!, singleApl)).toBe(true);
  expect(Object.keys(pooled.nodes).sort()).toEqual(Object.keys(single.nodes).sort());
  let nonZero = 0;
  for (const [id, expected] of Object.entries(single.nodes)) {
    const actual = pooled.nodes[id]!;
    const { betweenness, closeness, ...rest } = actual;
    const { betweenness: b, closeness: c, ...expectedRest } = expected;
    expect(rest).toEqual(expectedRest);
    if (!close(betweenness, b) || !close(closeness, c)) {
      expect({ id, betweenness, closeness }).toEqual({ id, betweenness: b, closeness: c });
    }
    if (b > 0) nonZero++;
  }
  expect(nonZero).toBeGreaterThan(0);
}

const sorted = (values: Iterable<number>) => [...values].sort((a, b) => a - b);

/** Resolves once `condition` holds, checking after each pending task has run. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('defaultPoolSize', () => {
  it('leaves one core to the page, caps at 4, and needs 3 cores for a pool of 2', () => {
    expect(defaultPoolSize(undefined)).toBe(0);
    expect(defaultPoolSize(1)).toBe(0);
    expect(defaultPoolSize(2)).toBe(1);
    expect(defaultPoolSize(3)).toBe(2);
    expect(defaultPoolSize(5)).toBe(4);
    expect(defaultPoolSize(64)).toBe(4);
  });
});

describe('pooled result equals the one-worker result', () => {
  const cases: Array<[string, MetricsInput]> = [
    ['karate', karateInput(false)],
    ['karate weighted', karateInput(true)],
    ['random G(200, 600)', randomInput(200, 600, 'pool-a')],
    ['random weighted G(180, 700)', randomInput(180, 700, 'pool-w', [1, 2, 3, 5])],
    ['random sparse G(150, 120), several components', randomInput(150, 120, 'pool-c')],
  ];
  for (const [name, input] of cases) {
    for (const size of [2, 3]) {
      it(`${name}, pool of ${size}`, async () => {
        const { client, workers, brandesJobs } = poolClient(size);
        const pooled = await client.compute(input);
        expectSameResult(pooled, computeMetrics(input));
        expect(pooled.workers).toBe(size);
        expect(pooled.timingsMs.pool).toBeGreaterThanOrEqual(0);
        expect(workers).toHaveLength(1 + size);
        // Every source exactly once, in contiguous ranges of one shuffled order.
        const jobs = brandesJobs();
        expect(jobs).toHaveLength(size);
        const n = input.nodes.length;
        expect(sorted(jobs.flatMap((j) => [...j.sources]))).toEqual([...identityOrder(n)]);
        const sizes = jobs.map((j) => j.sources.length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        client.dispose();
        expect(workers.every((w) => w.terminated)).toBe(true);
      });
    }
  }

  it('with the early estimate: the main worker keeps the sampled sources, the pool the rest', async () => {
    const input = randomInput(400, 1200, 'pool-estimate');
    const { client, brandesJobs } = poolClient(3, { estimateThreshold: 0 });
    const seen: MetricsProgress[] = [];
    const pooled = await client.compute(input, (p) => seen.push(p));
    expectSameResult(pooled, computeMetrics(input));
    const estimate = seen.find((p) => p.partial)?.partial;
    expect(estimate?.estimate).toBe(true);
    expect(estimate?.sources).toBe(40); // n / 10, the main worker's own sources
    const poolSources = brandesJobs().flatMap((j) => [...j.sources]);
    expect(poolSources).toHaveLength(400 - 40);
    expect(new Set(poolSources).size).toBe(360);
    client.dispose();
  });

  it('reports progress that only grows, counting the sources finished across the pool', async () => {
    const input = randomInput(1500, 6000, 'pool-progress');
    const { client } = poolClient(3, { estimateThreshold: 0 });
    const seen: MetricsProgress[] = [];
    const pooled = await client.compute(input, (p) => seen.push(p));
    const fractions = seen.map((p) => p.fraction);
    for (let i = 1; i < fractions.length; i++) {
      expect(fractions[i]).toBeGreaterThanOrEqual(fractions[i - 1]!);
    }
    expect(fractions.every((f) => f >= 0 && f <= 1)).toBe(true);
    expect(fractions.at(-1)).toBe(1);
    const during = seen.filter(
      (p) => p.phase === 'betweenness' && p.fraction > phaseStart('betweenness') && !p.partial,
    );
    expect(during.length).toBeGreaterThan(5);
    expect(seen.some((p) => p.partial?.estimate)).toBe(true);
    expect(seen.every((p) => p.key === input.key)).toBe(true);
    expect(pooled.estimate).toBe(false);
    client.dispose();
  });

  it('small graphs, pool size below 2 and the in-thread fallback use one worker', async () => {
    const input = karateInput();
    const below = poolClient(4, { poolThreshold: 1e9 });
    expect((await below.client.compute(input)).workers).toBeUndefined();
    expect(below.workers).toHaveLength(1);
    const one = poolClient(1);
    expect((await one.client.compute(input)).workers).toBeUndefined();
    expect(one.brandesJobs()).toHaveLength(0);
    const inThread = createMetricsClient({ createWorker: null, poolSize: 4, poolThreshold: 0 });
    expect((await inThread.compute(input)).workers).toBeUndefined();
    for (const c of [below.client, one.client, inThread]) c.dispose();
  });
});

describe('pool: cancellation and failures', () => {
  it('a newer compute cancels every pool job mid-way; the pool then serves the new one', async () => {
    const big = randomInput(3000, 9000, 'pool-cancel');
    const { client, workers, brandesJobs } = poolClient(2);
    let midPool!: () => void;
    const reachedPool = new Promise<void>((resolve) => (midPool = resolve));
    const first = client.compute(big, (p) => {
      if (p.phase === 'betweenness' && p.fraction > phaseStart('betweenness')) midPool();
    });
    await reachedPool;
    const firstId = brandesJobs()[0]!.id;
    const second = client.compute(karateInput(true));
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    expectSameResult(await second, computeMetrics(karateInput(true)));
    expect(workers).toHaveLength(3); // no worker was replaced
    const [main, ...pool] = workers;
    for (const w of [main!, ...pool]) {
      expect(w.sent).toContainEqual({ type: 'cancel', id: firstId });
    }
    // The pool jobs of the first compute stopped early instead of running to the end.
    const ends = pool.flatMap((w) => w.responses.filter((r) => r.id === firstId));
    expect(ends.filter((r) => r.type === 'brandesResult')).toHaveLength(0);
    expect(ends.filter((r) => r.type === 'error' && r.error.name === 'AbortError')).toHaveLength(2);
    client.dispose();
  });

  it('dispose mid-pool rejects the compute and terminates every worker', async () => {
    const { client, workers } = poolClient(2);
    const running = client.compute(randomInput(3000, 9000, 'pool-dispose'));
    await until(() => workers.slice(1).every((w) => w.sent.some((m) => m.type === 'brandes')));
    client.dispose();
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    expect(workers).toHaveLength(3);
    expect(workers.every((w) => w.terminated)).toBe(true);
  });

  it('a crashing pool worker rejects with a clear message; the next compute works', async () => {
    const input = randomInput(200, 600, 'pool-crash');
    const { client, workers, brandesJobs } = poolClient(3, {
      make: (index) => {
        const worker = new FakeWorker();
        if (index === 2) {
          // The second pool worker dies when handed its job.
          const post = worker.postMessage.bind(worker);
          worker.postMessage = (message: MetricsRequest, transfer?: Transferable[]) => {
            if (message.type === 'brandes') {
              setTimeout(() => worker.onerror?.({ message: 'out of memory' }), 0);
            } else {
              post(message, transfer);
            }
          };
        }
        return worker;
      },
    });
    const failed = client.compute(input);
    await expect(failed).rejects.toMatchObject({
      name: 'MetricsWorkerError',
      message: 'A metrics pool worker failed: out of memory',
    });
    const failedId = brandesJobs()[0]!.id;
    expect(workers[2]!.terminated).toBe(true);
    expect(workers[0]!.sent).toContainEqual({ type: 'cancel', id: failedId });
    const result = await client.compute({ ...input, key: 'again' });
    expectSameResult({ ...result, key: input.key }, computeMetrics(input));
    expect(result.workers).toBe(3);
    expect(workers).toHaveLength(5); // main + 3 pool + the replacement
    expect(workers[4]!.sent.some((m) => m.type === 'brandes')).toBe(true);
    client.dispose();
  });

  it('a pool job that fails (without crashing) fails betweenness and closeness alone', async () => {
    const input = karateInput();
    const { client } = poolClient(2, {
      make: (index) => {
        const worker = new FakeWorker();
        if (index === 1) {
          worker.postMessage = (message: MetricsRequest) => {
            if (message.type !== 'brandes') return;
            const data: MetricsResponse = {
              type: 'error',
              id: message.id,
              error: { name: 'MetricsError', message: 'Source index 99 out of range.' },
            };
            setTimeout(() => worker.onmessage?.({ data }), 0);
          };
        }
        return worker;
      },
    });
    const result = await client.compute(input);
    expect(result.failures).toEqual({
      betweenness: 'Source index 99 out of range.',
      closeness: 'Source index 99 out of range.',
    });
    expect(result.nodes['1']!.betweenness).toBe(0);
    expect(result.nodes['1']!.pagerank).toBeGreaterThan(0);
    expect(result.stats.averagePathLength).toBeCloseTo(2.408199643493761, 10);
    client.dispose();
  });

  it('a crash of the main worker during a pooled compute also stops the pool', async () => {
    let main: FakeWorker | null = null;
    const { client, workers } = poolClient(2, {
      make: (index) => {
        const worker = new FakeWorker();
        if (index === 0) main = worker;
        return worker;
      },
    });
    const running = client.compute(randomInput(3000, 9000, 'pool-main-crash'));
    await until(() => workers.slice(1).every((w) => w.sent.some((m) => m.type === 'brandes')));
    main!.onerror?.({ message: 'boom' });
    await expect(running).rejects.toThrow(/metrics worker failed: boom/);
    const jobId = workers[1]!.sent.find((m) => m.type === 'brandes')?.id;
    expect(jobId).toBeDefined();
    for (const w of workers.slice(1)) expect(w.sent).toContainEqual({ type: 'cancel', id: jobId });
    client.dispose();
  });
});

/** Records what a pool run tells its owner; `sums` resolves with the sums handed over. */
function recorder() {
  const seen = { progress: [] as boolean[], sums: [] as PoolSums[], crashes: [] as string[] };
  let deliver: (sums: PoolSums) => void = () => undefined;
  const sums = new Promise<PoolSums>((resolve) => (deliver = resolve));
  const events: PoolRunEvents = {
    onProgress: (rangeFinished) => seen.progress.push(rangeFinished),
    onSums: (s) => {
      seen.sums.push(s);
      deliver(s);
    },
    onCrash: (message) => seen.crashes.push(message),
  };
  return { seen, events, sums };
}

/** Sums of Brandes from every node of `input`, in one runner (the reference). */
function referenceSums(input: MetricsInput) {
  const { csr } = buildCsr(input.nodes, input.edges);
  const expected = createPartial(csr.n);
  new BrandesRunner(csr, input.weighted).run(identityOrder(csr.n), 0, csr.n, expected);
  return { csr, expected };
}

function expectSameSums(actual: BrandesPartial, expected: BrandesPartial): void {
  expect(actual.n).toBe(expected.n);
  expect(actual.sources).toBe(expected.sources);
  expect([...actual.wasSource]).toEqual([...expected.wasSource]);
  expect([...actual.reached]).toEqual([...expected.reached]);
  for (let v = 0; v < expected.n; v++) {
    expect(close(actual.dependency[v]!, expected.dependency[v]!)).toBe(true);
    expect(close(actual.distanceSum[v]!, expected.distanceSum[v]!)).toBe(true);
  }
}

describe('workerPool on its own', () => {
  const fakes = () => {
    const workers: FakeWorker[] = [];
    const make = () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    };
    return { workers, make };
  };

  it('shares every source out once and hands over the merged sums once', async () => {
    const input = randomInput(120, 300, 'pool-unit');
    const { csr, expected } = referenceSums(input);
    const { workers, make } = fakes();
    const pool = createWorkerPool(3, make);
    expect(workers).toHaveLength(0); // none before they are wanted
    expect(pool.ensure()).toBe(true);
    expect(workers).toHaveLength(3);
    const { seen, events, sums } = recorder();
    const sources = identityOrder(csr.n);
    const run = pool.start(5, csr, false, sources, events);
    expect(run).toMatchObject({ jobId: 5, workers: 3, nodes: 120 });
    expect(sources).toHaveLength(120); // copied per range, not moved away
    const handed = await sums;
    if (!('partial' in handed)) throw new Error(handed.failure);
    expectSameSums(handed.partial, expected);
    expect(run.ended()).toBe(true);
    expect(run.sourcesDone()).toBe(120);
    expect(run.ms()).toBeGreaterThanOrEqual(0);
    expect(seen.progress.filter(Boolean)).toHaveLength(3); // one per finished range
    expect(seen.crashes).toEqual([]);
    // Each worker got one contiguous range of the order given, 40 sources each.
    const ranges = workers.map((w) =>
      w.sent.filter((m): m is BrandesRequest => m.type === 'brandes').map((m) => [...m.sources]),
    );
    expect(ranges.map((r) => r.length)).toEqual([1, 1, 1]);
    expect(ranges.map((r) => [r[0]![0], r[0]!.at(-1), r[0]!.length])).toEqual([
      [0, 39, 40],
      [40, 79, 40],
      [80, 119, 40],
    ]);
    pool.terminate();
    expect(workers.every((w) => w.terminated)).toBe(true);
  });

  it('fewer sources than workers: only as many ranges as sources', async () => {
    const input = inputOf(['a-b', 'b-c', 'c-d']);
    const { csr } = referenceSums(input);
    const { workers, make } = fakes();
    const pool = createWorkerPool(4, make);
    const { events, sums } = recorder();
    const run = pool.start(1, csr, false, Int32Array.from([2, 0]), events);
    expect(run.workers).toBe(2);
    const handed = await sums;
    expect('partial' in handed && handed.partial.sources).toBe(2);
    expect(workers).toHaveLength(2); // started on demand, only where a range went
    pool.terminate();
  });

  it('stop tells every worker to cancel and ignores what they answer after', async () => {
    const input = randomInput(1500, 6000, 'pool-unit-stop');
    const { csr } = buildCsr(input.nodes, input.edges);
    const { workers, make } = fakes();
    const pool = createWorkerPool(2, make);
    const { seen, events } = recorder();
    const run = pool.start(9, csr, false, identityOrder(csr.n), events);
    // What each worker's answers reached the pool with (the pool's handler runs first).
    const delivered = new Map<FakeWorker, unknown[]>();
    for (const w of workers) {
      const toPool = w.onmessage;
      delivered.set(w, []);
      w.onmessage = (event) => {
        toPool?.(event);
        delivered.get(w)?.push(event.data);
      };
    }
    const isAbort = (data: unknown) =>
      (data as MetricsResponse).type === 'error' &&
      (data as { error: { name: string } }).error.name === 'AbortError';
    await until(() => seen.progress.length > 0);
    run.stop();
    run.stop();
    expect(run.ended()).toBe(true);
    for (const w of workers) {
      expect(w.sent.filter((m) => m.type === 'cancel')).toEqual([{ type: 'cancel', id: 9 }]);
    }
    // Both workers end their job with an AbortError, which the stopped run does not pass on.
    const progressBefore = seen.progress.length;
    await until(() => workers.every((w) => delivered.get(w)?.some(isAbort)));
    expect(seen.sums).toEqual([]);
    expect(seen.progress).toHaveLength(progressBefore);
    pool.terminate();
  });

  it('a crashing worker ends the run at once; it is replaced on the next ensure', async () => {
    const input = randomInput(200, 600, 'pool-unit-crash');
    const { csr, expected } = referenceSums(input);
    const { workers, make } = fakes();
    const pool = createWorkerPool(3, () => {
      const worker = make();
      if (workers.length === 2) {
        worker.postMessage = (message: MetricsRequest) => {
          if (message.type === 'brandes') {
            setTimeout(() => worker.onerror?.({ message: 'out of memory' }), 0);
          }
        };
      }
      return worker;
    });
    const first = recorder();
    const run = pool.start(1, csr, false, identityOrder(csr.n), first.events);
    await until(() => first.seen.crashes.length > 0);
    expect(first.seen.crashes).toEqual(['out of memory']);
    expect(run.ended()).toBe(true);
    expect(workers[1]!.terminated).toBe(true);
    for (const w of [workers[0]!, workers[2]!])
      expect(w.sent).toContainEqual({ type: 'cancel', id: 1 });
    expect(pool.ensure()).toBe(true);
    expect(workers).toHaveLength(4);
    const second = recorder();
    pool.start(2, csr, false, identityOrder(csr.n), second.events);
    const handed = await second.sums;
    if (!('partial' in handed)) throw new Error(handed.failure);
    expectSameSums(handed.partial, expected);
    expect(first.seen.sums).toEqual([]);
    pool.terminate();
  });

  it('a worker that cannot be started: ensure says so, and a run reports the crash before start returns', () => {
    const input = randomInput(50, 100, 'pool-unit-nostart');
    const { csr } = buildCsr(input.nodes, input.edges);
    const { workers, make } = fakes();
    const pool = createWorkerPool(2, () => {
      if (workers.length >= 1) throw new Error('no more workers');
      return make();
    });
    expect(pool.ensure()).toBe(false);
    const { seen, events } = recorder();
    const run = pool.start(3, csr, false, identityOrder(csr.n), events);
    expect(seen.crashes).toEqual(['it could not be started']);
    expect(run.ended()).toBe(true);
    expect(workers[0]!.sent.map((m) => m.type)).toEqual(['brandes', 'cancel']);
    pool.terminate();
  });
});

describe('handler: pool messages', () => {
  it('a brandes job returns the sums of exactly its sources', async () => {
    const input = randomInput(120, 300, 'job');
    const { csr } = buildCsr(input.nodes, input.edges);
    const sources = Int32Array.from([5, 17, 3, 99, 42]);
    const { handler, responses, until } = collectHandler();
    handler.receive({ type: 'brandes', id: 3, graph: csr, weighted: false, sources });
    await until((r) => r.some((x) => x.type === 'brandesResult'));
    const expected = createPartial(csr.n);
    new BrandesRunner(csr, false).run(sources, 0, sources.length, expected);
    const result = responses.find((r) => r.type === 'brandesResult');
    expect(result).toEqual({ type: 'brandesResult', id: 3, partial: expected });
    expect(responses.some((r) => r.type === 'brandesProgress' && r.done === 5)).toBe(true);
  });

  it('a pooled compute hands out its graph, waits for the sums, and can be cancelled while waiting', async () => {
    const { handler, responses, until } = collectHandler();
    handler.receive({ type: 'compute', id: 8, input: karateInput(), pooled: true });
    await until((r) => r.some((x) => x.type === 'progress' && x.progress.phase === 'betweenness'));
    const graph = responses.find((r) => r.type === 'graph');
    expect(graph?.type === 'graph' && graph.sources.length).toBe(34);
    // Drain the queued tasks (no wall-clock wait): without sums nothing may finish.
    for (let turn = 0; turn < 10; turn++) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(responses.some((r) => r.type === 'result' || r.type === 'error')).toBe(false);
    handler.receive({ type: 'cancel', id: 8 });
    await until((r) => r.some((x) => x.type === 'error'));
    expect(responses.at(-1)).toMatchObject({ type: 'error', id: 8, error: { name: 'AbortError' } });
  });

  it('rejects pool messages whose arrays do not fit together', () => {
    const { csr } = buildCsr(['a', 'b'], [{ source: 'a', target: 'b', weight: 1 }]);
    const ok = { type: 'brandes', id: 1, graph: csr, weighted: false, sources: new Int32Array(1) };
    expect(isMetricsRequest(ok)).toBe(true);
    const badGraph = { ...csr, offsets: new Int32Array([0, 1]) };
    expect(isMetricsRequest({ ...ok, graph: badGraph })).toBe(false);
    expect(isMetricsRequest({ ...ok, sources: [0] })).toBe(false);
    expect(isMetricsRequest({ type: 'partial', id: 1, partial: createPartial(2) })).toBe(true);
    expect(isMetricsRequest({ type: 'partial', id: 1, failure: 'x' })).toBe(true);
    const short = { ...createPartial(2), reached: new Float64Array(1) };
    expect(isMetricsRequest({ type: 'partial', id: 1, partial: short })).toBe(false);
  });
});
