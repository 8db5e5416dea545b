// The sandbox in a worker thread (bench/sandbox-thread.ts starts it): answers the main thread's questions about
// its request log, and closes when asked.
import { parentPort, workerData } from 'node:worker_threads';
import { startSandbox, type SandboxOptions } from '../dev/sandbox';
import type { RequestCounts, ToSandbox } from './sandbox-thread';

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('bench/sandbox-worker runs in a worker thread');
  const sandbox = await startSandbox(workerData as SandboxOptions);
  port.on('message', (message: ToSandbox) => {
    if (message === 'counts') port.postMessage(countsOf(sandbox.requests));
    if (message === 'clear') {
      sandbox.clearRequests();
      port.postMessage('cleared');
    }
    if (message === 'close') void sandbox.close().then(() => port.close());
  });
  port.postMessage({ url: sandbox.url });
}

function countsOf(requests: { path: string; query: Record<string, string> }[]): RequestCounts {
  const count = (pattern: RegExp) => requests.filter((r) => pattern.test(r.path)).length;
  const firstOrdersPages = requests.filter((r) => /\/orders$/i.test(r.path) && !('seekOperation' in r.query));
  return {
    total: requests.length,
    customerListPages: count(/\/customers$/i),
    ordersLists: count(/\/orders$/i),
    subscriptionsLists: count(/\/subscriptions$/i),
    ordersListsOfCustomers: firstOrdersPages.length,
    customersListed: new Set(firstOrdersPages.map((r) => r.path.toLowerCase())).size,
  };
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
