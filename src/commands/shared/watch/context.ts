import type { WatchConversation, WatchStore } from '../../../state/watch-store';

/** What the watch commands need beyond the API: the store, where this turn happens and who asks. */
export interface WatchContext {
  store: WatchStore;
  conversation: WatchConversation;
  owner: { id: string; name?: string };
  maxPerPerson: number;
  ttlMs: number;
  now(): number;
}
