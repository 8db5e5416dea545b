import type { AdaptiveCard } from '../cards';
import type { CommandKind } from './command';

export type OutcomeResult =
  'ok' | 'help' | 'ambiguous' | 'notFound' | 'invalid' | 'error' | 'refused' | 'rateLimited';

/** What a command produced: the card to send and what the audit log records about it. */
export interface CommandOutcome {
  card: AdaptiveCard;
  command: CommandKind | 'unknown';
  result: OutcomeResult;
  customerId?: string;
  resultCount?: number;
  /** The failure behind an error card, for the log (never shown to the user). */
  error?: unknown;
}
