import { createHash } from 'node:crypto';

/** The default REDIS_KEY_PREFIX. */
export const DEFAULT_KEY_PREFIX = 'pcbot:';

/** Bumped when a stored shape changes, so instances of two versions never read each other's values. */
const VERSION = 'v1';

/**
 * The root every key of one partner lives under: the configured prefix, then the partner's scope ('sandbox' or
 * `<cloud>|<tenant>`), so two bots for two partners on one Redis share nothing (watches, poller, budget, ...).
 */
export function keyRoot(prefix: string, scope: string): string {
  return `${prefix}${scope}:`;
}

/** A short fixed-length name for an id of any length (user, conversation, activity, cache key). */
export function hashed(id: string): string {
  return createHash('sha256').update(id).digest('base64url').slice(0, 32);
}

/**
 * Every Redis key the bot uses, under one partner's root (see keyRoot). Ids that come from outside (users,
 * conversations, activities, queries) are hashed, so a key stays short whatever a client sends.
 */
export class RedisKeys {
  constructor(readonly root: string) {}

  /** A cached Partner Center answer, and the lock of its cross-instance load. */
  entry(cacheKey: string): string {
    return this.key('entry', hashed(cacheKey));
  }
  lock(cacheKey: string): string {
    return this.key('lock', hashed(cacheKey));
  }
  /** rate-limiter-flexible's prefix for one limiter; it appends `:<id>`, an id given by limiterId. */
  limiter(name: string): string {
    return this.key('limit', name);
  }
  limiterId(id: string): string {
    return hashed(id);
  }
  /** An answered activity (channel, conversation and activity id). */
  seen(activityKey: string): string {
    return this.key('seen', hashed(activityKey));
  }
  /** A token bucket: the partner budget, or the poller's share of it. */
  budget(name: string): string {
    return this.key('budget', name);
  }
  watch(id: string): string {
    return this.key('watch', id);
  }
  /** The ids of all watches, of one conversation's, of one person's. */
  watches(): string {
    return this.key('watches');
  }
  /** Written with the watches: its absence while watches were known means Redis lost them. */
  watchesStored(): string {
    return this.key('watches', 'stored');
  }
  watchesOfConversation(conversationId: string): string {
    return this.key('watches', 'conversation', hashed(conversationId));
  }
  watchesOfOwner(ownerId: string): string {
    return this.key('watches', 'owner', hashed(ownerId));
  }
  /** A digest or window alert in a thread (issue 19), the ids of all of them and of one conversation's. */
  digest(id: string): string {
    return this.key('digest', id);
  }
  digests(): string {
    return this.key('digests');
  }
  digestsOfConversation(conversationId: string): string {
    return this.key('digests', 'conversation', hashed(conversationId));
  }
  /** What a digest announced or is announcing: one key per period or window event, kept with a TTL. */
  digestClaim(digestId: string, claimKey: string): string {
    return this.key('digest-claim', hashed(`${digestId}\n${claimKey}`));
  }
  /** Which instance leads the digest scheduler. */
  digestLock(): string {
    return this.key('digest-scheduler');
  }
  /** Written by the shared tier's recovery probe. */
  health(): string {
    return this.key('health');
  }
  /** Which instance leads the watch poller. */
  pollerLock(): string {
    return this.key('watch-poller');
  }
  /** The customer directory, and the lock of its load. */
  directory(): string {
    return this.key('directory');
  }
  directoryLock(): string {
    return this.key('directory', 'lock');
  }

  /**
   * The partner-wide index (src/index): hashes of records by id, sorted sets by id (lexical), date and status,
   * each customer's ids, when each customer was read, the crawl's progress and the crawler's lock; for the
   * renewal radar, subscriptions by term end (`ends`, `ends:<kind>`, `customer-ends:<customer>`) and by the
   * close of their cancellation window (`windows`, `customer-windows:<customer>`).
   */
  index(...parts: string[]): string {
    return this.key('index', ...parts);
  }

  private key(...parts: string[]): string {
    return `${this.root}${VERSION}:${parts.join(':')}`;
  }
}
