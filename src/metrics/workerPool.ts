/**
 * The pool of workers that share exact betweenness/closeness of a large graph: it splits
 * the source nodes into contiguous ranges, one Brandes job per pool worker, counts the
 * sources finished, merges the partial sums and hands them (or the failure) over once. One
 * run at a time: a run ends when its sums are handed over, when it is stopped, or when one
 * of its workers crashes; responses after that are ignored. A crashed worker is replaced on
 * the next `ensure` or run. Workers are slots 0..size−1 and run until `terminate`.
 */
import { mergePartials, splitRange, type BrandesPartial } from './brandes';
import type { Csr } from './csr';
import { isMetricsResponse, type MetricsResponse, type PoolSums } from './protocol';
import { connectWorker, type Transport, type WorkerFactory } from './workerTransport';

/** What a run tells its owner. Called only while the run has not ended. */
export interface PoolRunEvents {
  /**
   * More sources are done (see {@link PoolRun.sourcesDone}): `rangeFinished` is true when a
   * worker finished its whole range, false for the progress it reports along the way.
   */
  onProgress(rangeFinished: boolean): void;
  /** The merged sums of every range, or why there are none; the run has ended. */
  onSums(sums: PoolSums): void;
  /**
   * A worker of the run crashed or could not be started; the run has ended (the other
   * workers were told to cancel). May be called before {@link WorkerPool.start} returns.
   */
  onCrash(message: string): void;
}

/** The pool's share of one pooled compute. */
export interface PoolRun {
  /** The compute's request id (the pool jobs carry it). */
  readonly jobId: number;
  /** Pool workers that got a range (fewer than the pool size when sources are few). */
  readonly workers: number;
  /** Nodes of the graph (progress is counted in source nodes out of these). */
  readonly nodes: number;
  /** Source nodes finished across the pool so far. */
  sourcesDone(): number;
  /** Wall-clock ms from handing out the ranges to the merged sums (0 until then). */
  ms(): number;
  /** True once the run has ended (sums handed over, stopped, or crashed). */
  ended(): boolean;
  /** Ends the run and tells its workers to cancel (they drop it at their next slice). Idempotent. */
  stop(): void;
}

export interface WorkerPool {
  /** Workers the pool runs when complete. */
  readonly size: number;
  /**
   * True when all `size` workers run (started now if needed); false when one cannot be
   * started (the factory gives none or throws).
   */
  ensure(): boolean;
  /**
   * Hands `sources` of `graph` out in contiguous ranges, one per worker (`sources` is
   * copied per range and each copy transferred). A run still going is not stopped by this:
   * stop it first.
   */
  start(
    jobId: number,
    graph: Csr,
    weighted: boolean,
    sources: Int32Array,
    events: PoolRunEvents,
  ): PoolRun;
  /** Stops every worker. The pool can be started again (`ensure`) afterwards. */
  terminate(): void;
}

interface RunState {
  run: PoolRun;
  events: PoolRunEvents;
  /** Pool worker slot of each range, in range order. */
  slots: number[];
  /** Sources done per range. */
  done: number[];
  partials: Array<BrandesPartial | null>;
  remaining: number;
  startedAt: number;
  ms: number;
  ended: boolean;
}

/**
 * Creates a pool of `size` workers made by `factory` (see {@link WorkerFactory}); none is
 * started before {@link WorkerPool.ensure} or {@link WorkerPool.start}.
 */
export function createWorkerPool(size: number, factory: WorkerFactory): WorkerPool {
  /** Pool workers by slot; null where none runs (not started yet, or crashed). */
  const workers: Array<Transport | null> = [];
  let current: RunState | null = null;

  const stop = (state: RunState): void => {
    if (state.ended) return;
    state.ended = true;
    for (const slot of state.slots) workers[slot]?.post({ type: 'cancel', id: state.run.jobId });
  };

  const crash = (slot: number, message: string): void => {
    workers[slot]?.terminate();
    workers[slot] = null;
    const state = current;
    if (!state || state.ended || !state.slots.includes(slot)) return;
    stop(state);
    state.events.onCrash(message);
  };

  /** Hands the sums (or the failure) over and ends the run. */
  const deliver = (state: RunState, sums: PoolSums): void => {
    state.ms = performance.now() - state.startedAt;
    stop(state);
    state.events.onSums(sums);
  };

  const onResponse = (slot: number, response: MetricsResponse): void => {
    const state = current;
    if (!state || state.ended || response.id !== state.run.jobId) return;
    const i = state.slots.indexOf(slot);
    if (i < 0) return;
    switch (response.type) {
      case 'brandesProgress':
        state.done[i] = response.done;
        state.events.onProgress(false);
        return;
      case 'brandesResult': {
        if (state.partials[i]) return;
        state.partials[i] = response.partial;
        state.done[i] = response.partial.sources;
        state.remaining--;
        state.events.onProgress(true);
        if (state.remaining > 0 || state.ended) return;
        let merged: BrandesPartial | null = null;
        try {
          for (const partial of state.partials) {
            if (partial) merged = merged ? mergePartials(merged, partial) : partial;
          }
        } catch (error) {
          deliver(state, { failure: error instanceof Error ? error.message : String(error) });
          return;
        }
        deliver(state, merged ? { partial: merged } : { failure: 'The pool returned no sums.' });
        return;
      }
      case 'error':
        // The job failed in the pool worker (not a crash): betweenness/closeness fail alone.
        deliver(state, { failure: response.error.message });
        return;
      default:
        return;
    }
  };

  /** The worker in `slot`, started if needed; null when none can be started. */
  const worker = (slot: number): Transport | null => {
    const existing = workers[slot];
    if (existing) return existing;
    let started: Transport | null = null;
    try {
      started = connectWorker(
        factory,
        (data) => {
          if (workers[slot] === started && isMetricsResponse(data)) onResponse(slot, data);
        },
        (message) => {
          if (workers[slot] === started) crash(slot, message);
        },
      );
    } catch {
      return null;
    }
    workers[slot] = started;
    return started;
  };

  return {
    size,
    ensure() {
      for (let slot = 0; slot < size; slot++) if (!worker(slot)) return false;
      return true;
    },
    start(jobId, graph, weighted, sources, events) {
      const ranges = splitRange(sources.length, size);
      const state: RunState = {
        run: {
          jobId,
          workers: ranges.length,
          nodes: graph.n,
          sourcesDone: () => state.done.reduce((sum, d) => sum + d, 0),
          ms: () => state.ms,
          ended: () => state.ended,
          stop: () => stop(state),
        },
        events,
        slots: ranges.map((_, i) => i),
        done: ranges.map(() => 0),
        partials: ranges.map(() => null),
        remaining: ranges.length,
        startedAt: performance.now(),
        ms: 0,
        ended: false,
      };
      current = state;
      for (const [i, [from, to]] of ranges.entries()) {
        const target = worker(i);
        if (!target) {
          crash(i, 'it could not be started');
          break;
        }
        const part = sources.slice(from, to);
        target.post({ type: 'brandes', id: jobId, graph, weighted, sources: part }, [part.buffer]);
      }
      return state.run;
    },
    terminate() {
      if (current) current.ended = true;
      current = null;
      for (const w of workers) w?.terminate();
      workers.length = 0;
    },
  };
}
