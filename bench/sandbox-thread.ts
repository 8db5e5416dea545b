// The embedded sandbox in a worker thread of its own: a crawler pass is tens of thousands of calls, and with the
// sandbox building its answers on the other core while the client reads them, the pass takes about half the wall
// time it takes with both on one thread.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SandboxOptions } from '../dev/sandbox';

export type ToSandbox = 'counts' | 'clear' | 'close';

/** The sandbox's request log, counted by kind. */
export interface RequestCounts {
  total: number;
  customerListPages: number;
  /** Every page of every orders list. */
  ordersLists: number;
  subscriptionsLists: number;
  /** Orders lists asked for (their first pages), and how many customers they were of. */
  ordersListsOfCustomers: number;
  customersListed: number;
}

export interface ThreadSandbox {
  url: string;
  counts(): Promise<RequestCounts>;
  clearRequests(): Promise<void>;
  close(): Promise<void>;
}

export async function startSandboxThread(options: SandboxOptions): Promise<ThreadSandbox> {
  const worker = new Worker(join(__dirname, 'sandbox-worker.js'), { workerData: options });
  // One question at a time: the next message is its answer.
  const next = <T>() =>
    new Promise<T>((resolve, reject) => {
      const fail = (err: Error) => reject(err);
      worker.once('error', fail);
      worker.once('message', (message: T) => {
        worker.off('error', fail);
        resolve(message);
      });
    });
  const { url } = await next<{ url: string }>();
  const ask = <T>(message: ToSandbox) => {
    const answer = next<T>();
    worker.postMessage(message);
    return answer;
  };
  return {
    url,
    counts: () => ask<RequestCounts>('counts'),
    clearRequests: () => ask<void>('clear'),
    close: async () => {
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.postMessage('close');
      await exited;
    },
  };
}
