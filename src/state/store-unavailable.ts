// What a shared-store failure may say: its kind and the class of key, never the command or its arguments
// (ioredis errors carry them: a whole watch document with names and conversation references).

/** The shared store did not answer (down, stalled, full): named by kind, key class and operation only. */
export class StoreUnavailableError extends Error {
  constructor(
    /** e.g. "watch": which kind of state, never a key. */
    readonly keyClass: string,
    readonly operation: string,
    /** e.g. "timeout", "OOM", "ECONNREFUSED", "offline". */
    readonly kind: string,
  ) {
    super(`shared store unavailable: ${keyClass} ${operation} (${kind})`);
    this.name = 'StoreUnavailableError';
  }
}

export function isStoreUnavailable(err: unknown): err is StoreUnavailableError {
  return err instanceof StoreUnavailableError;
}

/** A Redis failure's kind: its code, Redis' error word (OOM, BUSY, LOADING…), or what ioredis says happened. */
export function redisErrorKind(err: unknown): string {
  if (!err || typeof err !== 'object') return 'unavailable';
  const { code, message } = err as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && /^[A-Z_]+$/.test(code)) return code;
  const text = typeof message === 'string' ? message : '';
  if (/timed out/i.test(text)) return 'timeout';
  if (/enableOfflineQueue|closed|not writeable/i.test(text)) return 'offline';
  // A script error ("ERR Error running script …: OOM …") says its cause after the script's name.
  const cause = /\b(OOM|BUSY|LOADING|MISCONF|READONLY|NOSCRIPT)\b/.exec(text)?.[1];
  return cause ?? /^([A-Z]{2,})\b/.exec(text)?.[1] ?? 'unavailable';
}
