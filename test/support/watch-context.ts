// The watch commands' context for command tests (no bot): a conversation on the Emulator, one person, a cap
// and a lifetime, each of which a test may set.
import type { WatchContext } from '../../src/commands/shared/watch/context';
import type { WatchStore } from '../../src/state/watch-store';

export interface WatchContextOptions {
  conversationId?: string;
  owner?: string;
  maxPerPerson?: number;
  ttlMs?: number;
  now?: () => number;
}

export function watchContext(store: WatchStore, options: WatchContextOptions = {}): WatchContext {
  return {
    store,
    conversation: {
      serviceUrl: 'http://127.0.0.1:1',
      conversationId: options.conversationId ?? 'conv-1',
      channelId: 'emulator',
      reference: {},
    },
    owner: { id: options.owner ?? 'person-1' },
    maxPerPerson: options.maxPerPerson ?? 10,
    ttlMs: options.ttlMs ?? 86_400_000,
    now: options.now ?? Date.now,
  };
}
