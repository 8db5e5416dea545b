/** Counts the turns being answered, so a shutdown can wait for them, though not forever. */
export class TurnsInFlight {
  private count = 0;
  private readonly waiting = new Set<() => void>();

  get size(): number {
    return this.count;
  }

  /** Runs `turn`, counted while it runs. */
  async track<T>(turn: () => Promise<T>): Promise<T> {
    this.count++;
    try {
      return await turn();
    } finally {
      if (--this.count === 0) for (const wake of this.waiting) wake();
    }
  }

  /**
   * Resolves true when no turn is in flight, or false once `deadlineMs` has passed with turns still running (a
   * connector or Partner Center that never answers must not keep the process from stopping).
   */
  settled(deadlineMs: number): Promise<boolean> {
    if (this.count === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const finish = (idle: boolean) => {
        clearTimeout(timer);
        this.waiting.delete(wake);
        resolve(idle);
      };
      const wake = () => finish(true);
      const timer = setTimeout(() => finish(false), deadlineMs);
      this.waiting.add(wake);
    });
  }
}
