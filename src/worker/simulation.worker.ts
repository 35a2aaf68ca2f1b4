// The engine runs here, off the main thread, so the page stays responsive while it works.
import { handleRequest } from './handle';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<unknown>) => {
  const { response, transfer } = handleRequest(event.data, (progress) => scope.postMessage(progress));
  scope.postMessage(response, transfer);
};
