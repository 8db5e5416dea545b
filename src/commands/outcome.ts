import type { ActionData, AdaptiveCard } from '../cards';
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
  /**
   * The card left its money out (a shared conversation): this data runs the command again for one person's
   * priced view (Teams: the asker's refresh, and "Show prices to me").
   */
  privateView?: ActionData;
}
