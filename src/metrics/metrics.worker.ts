/**
 * Web worker shell for the metrics engine (the main worker and every pool worker): forwards
 * every message to the shared handler and posts its responses back, moving the buffers the
 * handler hands over. All logic lives in handler.ts / compute.ts.
 */
import { createMetricsHandler } from './handler';

const handler = createMetricsHandler((response, transfer) =>
  self.postMessage(response, { transfer: transfer ?? [] }),
);

self.onmessage = (event: MessageEvent<unknown>) => handler.receive(event.data);
