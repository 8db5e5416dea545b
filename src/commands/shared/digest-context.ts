import type { DigestStore } from '../../state/digest-store';
import type { WatchConversation } from '../../state/watch-store';

/** What the digest command needs beyond the API: the store, where this turn happens, who asks, the digest hour. */
export interface DigestContext {
  store: DigestStore;
  conversation: WatchConversation;
  owner: { id: string; name?: string };
  /** DIGEST_HOUR_UTC. */
  hourUtc: number;
  now(): number;
}
