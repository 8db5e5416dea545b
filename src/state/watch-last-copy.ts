import type { Watch, WatchCopy } from './watch-store';

/**
 * The watches this instance last read from the shared store, by conversation, kept so that `watches` can still
 * answer (saying how old its copy is) while Redis does not. A conversation is copied only when read whole.
 */
export class LastCopy {
  private readonly byConversation = new Map<string, WatchCopy>();

  constructor(private readonly now: () => number) {}

  get size(): number {
    let n = 0;
    for (const copy of this.byConversation.values()) n += copy.watches.length;
    return n;
  }

  of(conversationId: string): WatchCopy | undefined {
    const copy = this.byConversation.get(conversationId);
    return copy && { at: copy.at, watches: copy.watches.map((w) => structuredClone(w)) };
  }

  ofConversation(conversationId: string, watches: readonly Watch[]): void {
    this.byConversation.set(conversationId, { watches: [...watches], at: this.now() });
  }

  /** Every watch stored: every conversation's copy is replaced. */
  everything(watches: readonly Watch[]): void {
    const at = this.now();
    this.byConversation.clear();
    for (const watch of watches) {
      const id = watch.conversation.conversationId;
      const copy = this.byConversation.get(id) ?? { watches: [], at };
      copy.watches.push(watch);
      this.byConversation.set(id, copy);
    }
  }

  added(watch: Watch): void {
    this.byConversation.get(watch.conversation.conversationId)?.watches.push(watch);
  }

  removed(id: string): void {
    for (const copy of this.byConversation.values()) copy.watches = copy.watches.filter((w) => w.id !== id);
  }
}
