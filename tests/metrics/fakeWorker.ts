/**
 * An in-thread Worker stand-in for metrics client tests: runs the real handler, delivers
 * messages asynchronously both ways and structured-clones them (moving transferred buffers,
 * which detaches them on the sending side as a real Worker does).
 */
import { createMetricsHandler } from '../../src/metrics/handler';
import type { WorkerLike } from '../../src/metrics/metricsClient';
import type { MetricsRequest, MetricsResponse } from '../../src/metrics/protocol';

export class FakeWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  onmessageerror: WorkerLike['onmessageerror'] = null;
  /** Requests received (as the worker saw them). */
  readonly sent: MetricsRequest[] = [];
  /** Responses posted back. */
  readonly responses: MetricsResponse[] = [];
  terminated = false;
  private readonly handler = createMetricsHandler((response, transfer) => {
    const data = structuredClone(response, { transfer: transfer ?? [] });
    this.responses.push(data);
    setTimeout(() => {
      if (!this.terminated) this.onmessage?.({ data });
    }, 0);
  });

  postMessage(message: MetricsRequest, transfer?: Transferable[]): void {
    const data = structuredClone(message, { transfer: transfer ?? [] });
    this.sent.push(data);
    setTimeout(() => {
      if (!this.terminated) this.handler.receive(data);
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
    this.handler.dispose();
  }
}
