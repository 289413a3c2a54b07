/**
 * The batched bit-parallel BFS Brandes (batchedBfs.ts) against the one-source BFS reference
 * and the weighted Dijkstra run with unit strengths, on random, disconnected, grid and messy
 * (self-loops, parallel ties) graphs, every batch width and ragged source ranges.
 */
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { BatchedBfsBrandes, popcount } from '../../src/metrics/batchedBfs';
import {
  BrandesRunner,
  createPartial,
  shuffledOrder,
  type BrandesPartial,
} from '../../src/metrics/brandes';
import { buildCsr, type Csr } from '../../src/metrics/csr';
import type { MetricsInput } from '../../src/metrics/types';
import { gridInput, inputOf, karateInput, randomInput } from './helpers';

function csrOf(input: MetricsInput): Csr {
  return buildCsr(input.nodes, input.edges).csr;
}

function sums(
  csr: Csr,
  kernel: boolean | number,
  order: Int32Array,
  from = 0,
  to = csr.n,
  weighted = false,
): BrandesPartial {
  const partial = createPartial(csr.n);
  new BrandesRunner(csr, weighted, kernel).run(order, from, to, partial);
  return partial;
}

function expectSame(a: BrandesPartial, b: BrandesPartial): void {
  expect(a.sources).toBe(b.sources);
  expect([...a.wasSource]).toEqual([...b.wasSource]);
  expect([...a.reached]).toEqual([...b.reached]);
  expect([...a.distanceSum]).toEqual([...b.distanceSum]);
  for (let v = 0; v < a.n; v++) {
    const scale = Math.max(1, Math.abs(b.dependency[v]!));
    expect(Math.abs(a.dependency[v]! - b.dependency[v]!) / scale).toBeLessThan(1e-12);
  }
}

const graphs: Array<[string, MetricsInput]> = [
  ['random', randomInput(300, 1200, 'batch-a')],
  ['sparse and disconnected, isolated nodes', randomInput(200, 150, 'batch-b')],
  ['grid (huge path counts)', gridInput(12, 15)],
  ['karate', karateInput()],
  [
    'self-loops and parallel ties',
    inputOf(['a-b', 'a-b', 'b-a', 'a-a', 'b-c', 'c-d', 'd-a', 'd-d', 'e-f'], { nodes: ['g'] }),
  ],
];

describe('batched bit-parallel BFS Brandes', () => {
  it.each(graphs)('%s: equals the one-source BFS for every width', (_, input) => {
    const csr = csrOf(input);
    const order = shuffledOrder(csr.n, seedrandom('batch-order'));
    const reference = sums(csr, false, order);
    for (const width of [1, 5, 31, 32]) expectSame(sums(csr, width, order), reference);
  });

  it.each(graphs)('%s: equals Dijkstra with unit strengths', (_, input) => {
    const csr = csrOf(input);
    const unit: Csr = { ...csr, strengths: new Float64Array(csr.strengths.length).fill(1) };
    const order = shuffledOrder(csr.n, seedrandom('unit'));
    expectSame(sums(csr, true, order), sums(unit, false, order, 0, csr.n, true));
  });

  it('ragged source ranges (not multiples of 32) add up to the same sums', () => {
    const csr = csrOf(graphs[0]![1]);
    const order = shuffledOrder(csr.n, seedrandom('ragged'));
    const reference = sums(csr, false, order, 7, 250);
    const partial = createPartial(csr.n);
    const runner = new BrandesRunner(csr, false);
    for (const [from, to] of [
      [7, 40],
      [40, 41],
      [41, 133],
      [133, 250],
    ] as const) {
      runner.run(order, from, to, partial);
    }
    expectSame(partial, reference);
  });

  it('path counts above 2^24 (20×20 grid): the batch is redone in Float64, sums unchanged', () => {
    const csr = csrOf(gridInput(20, 20));
    const order = shuffledOrder(csr.n, seedrandom('wide'));
    const kernel = new BatchedBfsBrandes(csr);
    const partial = createPartial(csr.n);
    for (let from = 0; from < csr.n; from += 32) {
      kernel.runBatch(order, from, Math.min(csr.n, from + 32), partial);
    }
    expect(kernel.wideCounts).toBe(true);
    partial.sources = csr.n;
    partial.wasSource.fill(1);
    expectSame(partial, sums(csr, false, order));
  });

  it('switches to Float64 counts mid-run without losing or doubling a batch', () => {
    // A random part (small counts) and a 20×20 grid (counts up to C(38, 19) ≈ 3.5·10^10);
    // the random part's sources come first, so the first batches stay in Float32.
    const random = randomInput(100, 300, 'mixed');
    const grid = gridInput(20, 20);
    const input: MetricsInput = {
      key: 'mixed',
      nodes: [...random.nodes, ...grid.nodes],
      edges: [...random.edges, ...grid.edges],
      weighted: false,
    };
    const { csr, indexOf } = buildCsr(input.nodes, input.edges);
    const order = Int32Array.from([...random.nodes, ...grid.nodes], (id) => indexOf.get(id)!);
    const kernel = new BatchedBfsBrandes(csr);
    const partial = createPartial(csr.n);
    kernel.runBatch(order, 0, 32, partial);
    expect(kernel.wideCounts).toBe(false);
    for (let from = 32; from < csr.n; from += 32) {
      kernel.runBatch(order, from, Math.min(csr.n, from + 32), partial);
    }
    expect(kernel.wideCounts).toBe(true);
    partial.sources = csr.n;
    partial.wasSource.fill(1);
    expectSame(partial, sums(csr, false, order));
  });

  it('counts below 2^24 stay in Float32 and are exact (12×15 grid, up to C(25, 11))', () => {
    const csr = csrOf(gridInput(12, 15));
    const kernel = new BatchedBfsBrandes(csr);
    const order = shuffledOrder(csr.n, seedrandom('narrow'));
    const partial = createPartial(csr.n);
    for (let from = 0; from < csr.n; from += 32) {
      kernel.runBatch(order, from, Math.min(csr.n, from + 32), partial);
    }
    expect(kernel.wideCounts).toBe(false);
    partial.sources = csr.n;
    partial.wasSource.fill(1);
    expectSame(partial, sums(csr, false, order));
  });

  it('rejects a source out of range before doing any work', () => {
    const csr = csrOf(graphs[4]![1]);
    const partial = createPartial(csr.n);
    expect(() => new BrandesRunner(csr, false).run([0, 99], 0, 2, partial)).toThrow(RangeError);
    expect(partial.sources).toBe(0);
  });

  it('popcount', () => {
    expect([0, 1, 3, 0x80000000 | 0, -1, 0x55555555].map(popcount)).toEqual([0, 1, 2, 1, 32, 16]);
  });
});
