/**
 * Web worker shell for importing a network: forwards each request to the shared handler
 * (importWorker.ts) and posts its progress and answer back. No logic here.
 */
import { handleImportRequest, type ImportWorkerRequest } from './importWorker';

self.onmessage = (event: MessageEvent<ImportWorkerRequest>) => {
  void handleImportRequest(event.data, (response) => self.postMessage(response));
};
