import type { CustomerRef, PriceView } from '../cards/types';
import type { DirectoryMatch } from '../directory/match';
import type { PartnerIndex } from '../index/partner-index';
import type { Customer } from '../partnercenter/models';
import type { PartnerCenterApi } from '../partnercenter/api';
import type { PortalLinks } from '../partnercenter/portal-links';
import type { RequestContext } from '../partnercenter/request-context';
import type { CommandSet } from './command-set';
import type { DigestContext } from './shared/digest-context';
import type { WatchContext } from './shared/watch/context';

/** What every command handler gets: the (cached) Partner Center API and this turn's context. */
export interface CommandEnv {
  /** The commands this bot knows (the registry's; a test may give its own): parsing, clicks, dispatch, help. */
  commands: CommandSet;
  api: PartnerCenterApi;
  ctx: RequestContext & { locale: string };
  /** Where watches are kept and who asks (the watch commands); absent where watching is not offered. */
  watch?: WatchContext;
  /** Where digests and window alerts are kept (the digest command); absent where they are not offered. */
  digest?: DigestContext;
  /** The loaded customer list (src/directory), when the bot keeps one: names resolve with no round trip. */
  directory?: CustomerLookup;
  /** The partner-wide index (src/index): ids alone and questions across customers; absent in unit tests. */
  index?: PartnerIndex;
  /** The customers this person asked about lately (offered when an id alone is not in the index). */
  recent?: RecentCustomers;
  /** How this turn's cards show money: the bot decides by conversation and setting; absent: shown. */
  prices?: PriceView;
  /** The portal of the configured cloud, for "Open in Partner Center"; absent: no such button. */
  portal?: PortalLinks;
  /** The clock (epoch ms) of what looks ahead or back from now (the renewal radar); Date.now when absent. */
  now?: () => number;
  /** What the turn has learnt so far, for its progress card: the customer once it is resolved. */
  learnt?: Learnt;
}

/** Filled in as a command runs; the bot reads it when it shows the progress card. */
export interface Learnt {
  customer?: CustomerRef;
}

/** One person's recent customers, newest first (src/commands/recent-customers.ts). */
export interface RecentCustomers {
  list(): readonly CustomerRef[];
  note(customer: CustomerRef): void;
  /** What this person looked up lately, customers, orders and subscriptions alike, newest first. */
  lookups(): readonly RecentLookup[];
  /** An order or a subscription looked up (customers are noted by `note`). */
  noteLookup(lookup: RecentLookup): void;
}

/** A customer, order or subscription someone looked up: its id as asked (maybe shortened) and whose it is. */
export interface RecentLookup {
  kind: 'customer' | 'order' | 'subscription';
  id: string;
  /** Customer tenant id. */
  customerId: string;
}

export interface CustomerLookup {
  /** undefined: not loaded yet, or nothing close; search Partner Center instead. */
  resolve(typed: string): DirectoryMatch | undefined;
  /** Every customer `typed` names, best first, at most `limit` (the compose box's search lists them all). */
  search?(typed: string, limit: number): Customer[];
  /** Reloads it from Partner Center now. */
  refresh(): Promise<{ count: number; loadedAt?: number }>;
}
