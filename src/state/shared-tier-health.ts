import type { Logger } from '../logging/logger';

export interface FallbackMetrics {
  /** A shared-state operation answered from this process because Redis was unavailable. */
  sharedTierFallback(operation: string): void;
}

/**
 * Whether the shared tier (Redis) is reachable. Going down and coming back are each logged once; while it is
 * down, answers come from the in-process tier and every such fallback is counted.
 */
export class SharedTierHealth {
  private up = false;
  private reported = false;

  constructor(
    private readonly logger: Logger,
    private readonly metrics?: FallbackMetrics,
  ) {}

  get status(): 'ok' | 'degraded' {
    return this.up ? 'ok' : 'degraded';
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
}

function codeOf(err: unknown): string | undefined {
  if (err && typeof err === 'object') {
    const { code, name } = err as { code?: unknown; name?: unknown };
    if (typeof code === 'string') return code;
    if (typeof name === 'string') return name;
  }
  return undefined;
}
