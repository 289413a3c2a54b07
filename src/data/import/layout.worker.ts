/**
 * Web worker shell for the import layout: forwards each request to the shared handler
 * (layoutWorker.ts) and posts its progress and result back. No logic here.
 */
import { handleLayoutRequest, type LayoutWorkerRequest } from './layoutWorker';

self.onmessage = (event: MessageEvent<LayoutWorkerRequest>) => {
  void handleLayoutRequest(event.data, (response) => self.postMessage(response));
};
