/** Orders in these states never change again: there is nothing to watch, and a watch ends there. */
const FINAL_STATUSES: ReadonlySet<string> = new Set(['completed', 'cancelled']);

export const isFinal = (status: string | null | undefined): boolean =>
  FINAL_STATUSES.has((status ?? '').toLowerCase());
