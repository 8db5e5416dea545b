// The cards the scheduler posts, given to it by the app: the scheduler decides when and what, the digest command
// decides what a post looks like (so this core folder imports no command).
import type { AdaptiveCard } from '../cards/types';
import type { RenewalsDigest, WindowAlert } from '../state/digest-store';
import type { DigestContent } from './content';
import type { WindowEvent } from './windows';

export interface DigestCards {
  /** A renewals digest's post for its period. */
  renewals(digest: RenewalsDigest, content: DigestContent, now: number): AdaptiveCard;
  /** A window alert's notice: windows closing within 24 hours, windows opened. */
  windows(alert: WindowAlert, events: readonly WindowEvent[], now: number): AdaptiveCard;
}
