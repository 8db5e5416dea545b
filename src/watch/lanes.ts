/**
 * Tasks by key: one key's tasks run one after another, in the order given (a conversation's notices arrive in
 * order), and up to `width` keys run at once, so a slow or hung key holds one lane, never the others.
 */
export class Lanes {
  private readonly queues = new Map<string, (() => Promise<void>)[]>();
  /** Keys with tasks that wait for a lane. */
  private readonly waiting: string[] = [];
  private running = 0;
  private idle: (() => void)[] = [];

  constructor(
    private readonly width: number,
    private readonly onError: (err: unknown) => void,
  ) {}

  add(key: string, task: () => Promise<void>): void {
    const queue = this.queues.get(key);
    if (queue) {
      queue.push(task);
      return;
    }
    this.queues.set(key, [task]);
    this.waiting.push(key);
    this.next();
  }

  /** Settles when every task added so far (and any they add) has ended. */
  settled(): Promise<void> {
    if (this.running === 0 && this.waiting.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  private next(): void {
    while (this.running < this.width && this.waiting.length > 0) {
      const key = this.waiting.shift()!;
      this.running++;
      void this.drain(key).finally(() => {
        this.running--;
        this.next();
        if (this.running === 0 && this.waiting.length === 0) {
          const idle = this.idle;
          this.idle = [];
          idle.forEach((resolve) => resolve());
        }
      });
    }
  }

  private async drain(key: string): Promise<void> {
    const queue = this.queues.get(key)!;
    for (let task = queue.shift(); task; task = queue.shift()) {
      try {
        await task();
      } catch (err) {
        this.onError(err);
      }
    }
    this.queues.delete(key);
  }
}
