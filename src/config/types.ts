import type { Cloud, CloudEndpoints } from './clouds';

export type PartnerCenterCredentials =
  | { kind: 'secret'; clientId: string; clientSecret: string }
  | { kind: 'certificate'; clientId: string; certificatePath: string; thumbprint: string }
  | { kind: 'refreshToken'; clientId: string; clientSecret?: string; refreshToken: string };

/** What the Partner Center sandbox needs (the bot's embedded one and `npm run sandbox` alike). */
export interface SandboxConfig {
  sandboxPort: number;
  sandboxLatencyMs: number;
  sandboxOrderCompleteAfterS: number;
  /** SANDBOX_CUSTOMERS: customers in the sandbox, topped up with synthetic ones (0: the hand-written ones only). */
  sandboxCustomers: number;
}

export type PartnerCenterConfig =
  | ({ mode: 'sandbox' } & SandboxConfig)
  | {
      mode: 'live';
      cloud: Cloud;
      endpoints: CloudEndpoints;
      tenantId: string;
      credentials: PartnerCenterCredentials;
      /** Send MSAL's login requests to this base URL instead (a proxy, or the sandbox in tests). */
      authorityRoute?: string;
    };

/**
 * Who sees prices and totals of money in channels and group chats (PRICES_IN_SHARED_CONVERSATIONS): only those
 * who ask, each in their own view (`asker`); the whole conversation (`everyone`); or nobody (`never`: 1:1 only).
 */
export const PRICES_SETTINGS = ['asker', 'everyone', 'never'] as const;
export type PricesInSharedConversations = (typeof PRICES_SETTINGS)[number];

export interface BotAuthConfig {
  appId: string;
  appPassword: string;
  appType: 'SingleTenant' | 'MultiTenant' | 'UserAssignedMSI';
  appTenantId: string;
}

export interface Config {
  port: number;
  /** 0.0.0.0 when inbound auth is on; loopback only in Emulator mode, where nothing checks who is calling. */
  host: string;
  bot: BotAuthConfig;
  partnerCenter: PartnerCenterConfig;
  /** PARTNER_CENTER_CLOUD, in sandbox mode too: whose portal the "Open in Partner Center" buttons open. */
  cloud: Cloud;
  /** Prices in channels and group chats (see PRICES_SETTINGS). */
  pricesInSharedConversations: PricesInSharedConversations;
  /** The sandbox answers real (authenticated) users, for a demo: every card then says "Sandbox data". */
  sandboxNotice: boolean;
  access: { allowedTenantIds: string[]; allowedUserIds: string[] };
  /** Commands per user per minute; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Shared state for several instances (redis:// or rediss://); none: everything in this process. */
  redisUrl?: string;
  /** Start of every Redis key; the partner's scope follows it. */
  redisKeyPrefix: string;
  /** Partner Center calls per minute for the whole partner tenant, all instances together. */
  partnerCenterBudgetPerMinute: number;
  /** How often the customer directory is reloaded from Partner Center; 0: no directory, every name is searched. */
  customerDirectoryRefreshMinutes: number;
  /** The partner-wide index: the crawler's share of the budget (0: off), and the in-process store's bound. */
  index: { budgetShare: number; maxCustomers: number };
  /** Watched orders: watches per person, their lifetime, how often each instance looks. */
  watch: { maxPerPerson: number; ttlDays: number; pollTickMs: number };
  /** Digests in threads: the hour (UTC) they post at (weekly ones on Mondays). */
  digest: { hourUtc: number };
  /** Budget of a whole turn: Teams sends the activity again when it has no answer after about 15 s. */
  turnDeadlineMs: number;
  /** How long SIGTERM waits for turns in flight before closing what is left. */
  shutdownDeadlineMs: number;
  logLevel: string;
}
