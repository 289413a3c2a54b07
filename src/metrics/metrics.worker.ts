/**
 * Web worker shell for the metrics engine: forwards every message to the shared handler and
 * posts its responses back. All logic lives in handler.ts / compute.ts.
 */
import { createMetricsHandler } from './handler';

const handler = createMetricsHandler((response) => self.postMessage(response));

self.onmessage = (event: MessageEvent<unknown>) => handler.receive(event.data);
