import type { Logger } from '../logging/logger';

export interface FallbackMetrics {
  /** A shared-state operation answered from this process because Redis was unavailable. */
  sharedTierFallback(operation: string): void;
}

/** How the shared tier is tried while it is down: a write (a full Redis answers PING but takes no writes). */
export interface RecoveryProbe {
  run(): Promise<unknown>;
  /** The connection was closed on purpose: stop trying. */
  closed(): boolean;
  /** Between tries (default 1 s). */
  everyMs?: number;
}

/**
 * Whether the shared tier (Redis) is reachable. Going down and coming back are each logged once; while it is
 * down, answers come from the in-process tier and every such fallback is counted. A stall or a full Redis
 * leaves the connection open (no reconnect says it is back), so while down it is probed until a write works.
 */
export class SharedTierHealth {
  private up = false;
  private reported = false;
  private probe?: RecoveryProbe;
  private probing?: NodeJS.Timeout;

  constructor(
    private readonly logger: Logger,
    private readonly metrics?: FallbackMetrics,
  ) {}

  get status(): 'ok' | 'degraded' {
    return this.up ? 'ok' : 'degraded';
  }

  /** Tries `probe` while the tier is down, and marks it reachable when it answers. */
  recoverWith(probe: RecoveryProbe): void {
    this.probe = probe;
    if (!this.up) this.scheduleProbe();
  }

  reachable(): void {
    if (this.up) return;
    this.up = true;
    if (this.reported) this.logger.info('Redis reachable again: state is shared across instances');
    this.reported = false;
  }

  /** Redis failed (a connection error, a command timeout); `code` names the kind, never a URL or secret. */
  unreachable(code: string | undefined): void {
    this.up = false;
    this.scheduleProbe();
    if (this.reported) return;
    this.reported = true;
    this.logger.warn(
      { redis: code ?? 'unavailable' },
      'Redis unreachable: answering from the in-process tier until it is back',
    );
  }

  /** Counts one operation served without the shared tier; `err`, if any, marks the tier unreachable. */
  fallback(operation: string, err?: unknown): void {
    if (err !== undefined) this.unreachable(codeOf(err));
    this.metrics?.sharedTierFallback(operation);
  }

  private scheduleProbe(): void {
    const probe = this.probe;
    if (!probe || this.probing) return;
    this.probing = setTimeout(() => {
      if (probe.closed()) return;
      probe.run().then(
        () => {
          this.probing = undefined;
          this.reachable();
        },
        () => {
          this.probing = undefined;
          if (!this.up) this.scheduleProbe();
        },
      );
    }, probe.everyMs ?? 1_000);
    this.probing.unref();
  }
}

function codeOf(err: unknown): string | undefined {
  if (err && typeof err === 'object') {
    const { code, name } = err as { code?: unknown; name?: unknown };
    if (typeof code === 'string') return code;
    if (typeof name === 'string') return name;
  }
  return undefined;
}
