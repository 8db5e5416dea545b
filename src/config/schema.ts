// The environment as a zod schema: each variable's own check first (fields.ts), then the rules that tie
// variables together, in the order a person fixing them meets them. Only the first problem is reported.

import { z } from 'zod';
import { isLoopbackHost } from '../net/loopback';
import { isGuid } from '../partnercenter/guid-format';
import { CLOUD_NAMES, CLOUDS } from './clouds';
import { fieldProblem, quoteForMessage } from './errors';
import { choice, fraction, guidList, oneOf, redisKeyPrefix, redisUrl, text, wholeNumber } from './fields';
import {
  PRICES_SETTINGS,
  type Config,
  type PartnerCenterCredentials,
  type PartnerCenterConfig,
  type SandboxConfig,
} from './types';

const sandboxFields = {
  SANDBOX_PORT: wholeNumber(3979),
  SANDBOX_LATENCY_MS: wholeNumber(0, 0, 60_000),
  // Pending sandbox orders complete this long after start, so a watch in the Emulator hears something; 0 = never.
  SANDBOX_ORDER_COMPLETE_AFTER_S: wholeNumber(300, 0, 7 * 86_400),
  // A partner at scale: this many customers, the hand-written ones topped up with synthetic ones; 0 = none added.
  SANDBOX_CUSTOMERS: wholeNumber(0, 0, 100_000),
};

/** The SANDBOX_* variables: the bot's embedded sandbox and `npm run sandbox` read them alike. */
export const sandboxSchema = z.object(sandboxFields).transform((v): SandboxConfig => ({
  sandboxPort: v.SANDBOX_PORT,
  sandboxLatencyMs: v.SANDBOX_LATENCY_MS,
  sandboxOrderCompleteAfterS: v.SANDBOX_ORDER_COMPLETE_AFTER_S,
  sandboxCustomers: v.SANDBOX_CUSTOMERS,
}));

const CREDENTIAL_VARIABLES = [
  'PARTNER_CENTER_CLIENT_ID',
  'PARTNER_CENTER_TENANT_ID',
  'PARTNER_CENTER_CLIENT_SECRET',
  'PARTNER_CENTER_CERTIFICATE_PATH',
  'PARTNER_CENTER_CERTIFICATE_THUMBPRINT',
  'PARTNER_CENTER_REFRESH_TOKEN',
] as const;

const fields = z.object({
  MicrosoftAppId: text,
  // Any tenant could install a multi-tenant bot: it is opt-in (the default is SingleTenant).
  MicrosoftAppType: choice(['SingleTenant', 'MultiTenant', 'UserAssignedMSI'] as const),
  MicrosoftAppTenantId: text,
  MicrosoftAppPassword: text,
  HOST: text,
  ALLOWED_TENANT_IDS: guidList,
  PARTNER_CENTER_CLOUD: oneOf(CLOUD_NAMES, 'global'),
  PARTNER_CENTER_SANDBOX: choice(['true', 'false'] as const),
  PARTNER_CENTER_CLIENT_ID: text,
  PARTNER_CENTER_TENANT_ID: text,
  PARTNER_CENTER_CLIENT_SECRET: text,
  PARTNER_CENTER_CERTIFICATE_PATH: text,
  PARTNER_CENTER_CERTIFICATE_THUMBPRINT: text,
  PARTNER_CENTER_REFRESH_TOKEN: text,
  // Checked only when the sandbox is used (a rule below), as they mean nothing otherwise.
  SANDBOX_PORT: z.string().optional(),
  SANDBOX_LATENCY_MS: z.string().optional(),
  SANDBOX_ORDER_COMPLETE_AFTER_S: z.string().optional(),
  SANDBOX_CUSTOMERS: z.string().optional(),
  PARTNER_CENTER_BASE_URL: text,
  PARTNER_CENTER_LOGIN_URL: text,
  ALLOWED_USER_IDS: guidList,
  PORT: wholeNumber(3978),
  RATE_LIMIT_PER_MINUTE: wholeNumber(20, 0, 10_000),
  // Anything but the three names stops start-up: a typo must not show prices to a whole channel.
  PRICES_IN_SHARED_CONVERSATIONS: oneOf(PRICES_SETTINGS, 'asker'),
  REDIS_URL: redisUrl,
  REDIS_KEY_PREFIX: redisKeyPrefix,
  // Partner Center allows about 500 requests a minute per partner tenant: leave headroom for other tools.
  PARTNER_CENTER_BUDGET_PER_MINUTE: wholeNumber(400, 1, 100_000),
  WATCH_MAX_PER_PERSON: wholeNumber(25, 1, 1_000),
  // The index crawler's share of that budget: never more than a fifth, so people's turns keep the rest; 0 = off.
  INDEX_BUDGET_SHARE: fraction(0.2, 0, 0.2),
  // Customers the in-process index holds (without REDIS_URL); the least recently read go first when full.
  INDEX_MAX_CUSTOMERS: wholeNumber(20_000, 1, 1_000_000),
  CUSTOMER_DIRECTORY_REFRESH_MINUTES: wholeNumber(15, 0, 1_440),
  WATCH_TTL_DAYS: wholeNumber(14, 1, 365),
  WATCH_POLL_TICK_MS: wholeNumber(10_000, 100, 60_000),
  // The hour (UTC) digests post at: daily ones every day, weekly ones on Mondays.
  DIGEST_HOUR_UTC: wholeNumber(8, 0, 23),
  // Teams gives up on a turn at about 15 s; past 14 s the answer would come after its retry.
  TURN_DEADLINE_MS: wholeNumber(12_000, 1_000, 14_000),
  SHUTDOWN_DEADLINE_MS: wholeNumber(20_000, 1_000, 300_000),
  LOG_LEVEL: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
});

type Fields = z.infer<typeof fields>;

const appType = (v: Fields) => v.MicrosoftAppType ?? 'SingleTenant';
const credentialSet = (v: Fields) => CREDENTIAL_VARIABLES.find((name) => v[name]);
/** The sandbox or live Partner Center, never by accident: see the rules on PARTNER_CENTER_SANDBOX. */
const usesSandbox = (v: Fields) => !v.PARTNER_CENTER_CLIENT_ID;
const sandboxProblem = (v: Fields) => {
  const parsed = sandboxSchema.safeParse(v);
  const issue = parsed.success ? undefined : parsed.error.issues[0];
  return issue && fieldProblem(issue);
};

/** Rules across variables, in order; each returns the problem, or undefined when it holds. */
const rules: ((v: Fields) => string | undefined)[] = [
  (v) =>
    !v.MicrosoftAppId && v.MicrosoftAppType
      ? 'MicrosoftAppType is set but MicrosoftAppId is empty: set both, or neither for the Emulator'
      : undefined,
  // It is also the default allowed tenant, compared with the GUID Teams sends: a domain would lock everyone out.
  (v) =>
    v.MicrosoftAppTenantId && !isGuid(v.MicrosoftAppTenantId)
      ? `MicrosoftAppTenantId must be the tenant's GUID (directory id), got ${quoteForMessage(v.MicrosoftAppTenantId)}`
      : undefined,
  (v) =>
    v.MicrosoftAppId && appType(v) !== 'MultiTenant' && !v.MicrosoftAppTenantId
      ? `MicrosoftAppType=${appType(v)} needs MicrosoftAppTenantId`
      : undefined,
  (v) =>
    v.MicrosoftAppId && appType(v) !== 'UserAssignedMSI' && !v.MicrosoftAppPassword
      ? 'MicrosoftAppId is set but MicrosoftAppPassword is empty'
      : undefined,
  (v) =>
    !v.MicrosoftAppId && v.HOST && !isLoopbackHost(v.HOST)
      ? `HOST=${quoteForMessage(v.HOST)} is not a loopback address: without MicrosoftAppId inbound auth is off (Emulator mode), so the bot listens on 127.0.0.1, ::1 or localhost only`
      : undefined,
  (v) =>
    v.MicrosoftAppId && appType(v) === 'MultiTenant' && v.ALLOWED_TENANT_IDS.length === 0
      ? 'MicrosoftAppType=MultiTenant needs ALLOWED_TENANT_IDS: otherwise any organisation that installs the app reads your data'
      : undefined,
  // The sandbox's invented customers reach Teams users (an app id) only with PARTNER_CENTER_SANDBOX=true,
  // and half-set credentials are refused, not ignored.
  (v) =>
    v.PARTNER_CENTER_SANDBOX === 'true' && credentialSet(v)
      ? `PARTNER_CENTER_SANDBOX=true but ${credentialSet(v)} is set: use the sandbox or Partner Center credentials, not both`
      : undefined,
  (v) => {
    if (v.PARTNER_CENTER_CLIENT_ID || v.PARTNER_CENTER_SANDBOX === 'true') return undefined;
    if (v.MicrosoftAppId)
      return 'MicrosoftAppId is set but PARTNER_CENTER_CLIENT_ID is empty: Teams users need Partner Center credentials (PARTNER_CENTER_SANDBOX=true serves invented demo data)';
    if (v.PARTNER_CENTER_SANDBOX === 'false')
      return 'PARTNER_CENTER_SANDBOX=false but PARTNER_CENTER_CLIENT_ID is empty';
    const stray = credentialSet(v);
    return stray ? `${stray} is set but PARTNER_CENTER_CLIENT_ID is empty` : undefined;
  },
  (v) => (usesSandbox(v) ? sandboxProblem(v) : undefined),
  (v) =>
    v.PARTNER_CENTER_CLIENT_ID && !v.PARTNER_CENTER_TENANT_ID
      ? 'PARTNER_CENTER_CLIENT_ID is set but PARTNER_CENTER_TENANT_ID is empty'
      : undefined,
  (v) =>
    v.PARTNER_CENTER_CLIENT_ID && !credentials(v)
      ? 'PARTNER_CENTER_CLIENT_ID needs PARTNER_CENTER_CLIENT_SECRET, PARTNER_CENTER_CERTIFICATE_PATH + _THUMBPRINT, or PARTNER_CENTER_REFRESH_TOKEN'
      : undefined,
  (v) =>
    v.PARTNER_CENTER_CLIENT_ID &&
    v.PARTNER_CENTER_BASE_URL &&
    !/^https?:\/\/[^\s]+$/i.test(v.PARTNER_CENTER_BASE_URL)
      ? `PARTNER_CENTER_BASE_URL is not a URL: ${quoteForMessage(v.PARTNER_CENTER_BASE_URL)}`
      : undefined,
];

function credentials(v: Fields): PartnerCenterCredentials | undefined {
  const clientId = v.PARTNER_CENTER_CLIENT_ID;
  const secret = v.PARTNER_CENTER_CLIENT_SECRET;
  const {
    PARTNER_CENTER_CERTIFICATE_PATH: certificatePath,
    PARTNER_CENTER_CERTIFICATE_THUMBPRINT: thumbprint,
  } = v;
  if (v.PARTNER_CENTER_REFRESH_TOKEN) {
    const refreshToken = v.PARTNER_CENTER_REFRESH_TOKEN;
    return { kind: 'refreshToken', clientId, refreshToken, clientSecret: secret || undefined };
  }
  if (secret) return { kind: 'secret', clientId, clientSecret: secret };
  if (certificatePath && thumbprint) return { kind: 'certificate', clientId, certificatePath, thumbprint };
  return undefined;
}

function partnerCenter(v: Fields): PartnerCenterConfig {
  if (usesSandbox(v)) return { mode: 'sandbox', ...sandboxSchema.parse(v) };
  const cloud = v.PARTNER_CENTER_CLOUD;
  const baseUrl = v.PARTNER_CENTER_BASE_URL.replace(/\/+$/, '');
  return {
    mode: 'live',
    cloud,
    endpoints: { ...CLOUDS[cloud], ...(baseUrl ? { apiBaseUrl: baseUrl } : {}) },
    tenantId: v.PARTNER_CENTER_TENANT_ID,
    credentials: credentials(v)!,
    authorityRoute: v.PARTNER_CENTER_LOGIN_URL.replace(/\/+$/, '') || undefined,
  };
}

/** The whole environment of the bot, as readConfig reads it. */
export const configSchema = fields
  .superRefine((v, ctx) => {
    for (const rule of rules) {
      const message = rule(v);
      if (message) {
        ctx.addIssue({ code: 'custom', message, continue: false });
        return;
      }
    }
  })
  .transform((v): Config => {
    const appId = v.MicrosoftAppId;
    const tenants = v.ALLOWED_TENANT_IDS;
    const pc = partnerCenter(v);
    return {
      port: v.PORT,
      host: v.HOST || (appId ? '0.0.0.0' : 'localhost'),
      bot: {
        appId,
        appPassword: v.MicrosoftAppPassword,
        appType: appType(v),
        appTenantId: v.MicrosoftAppTenantId,
      },
      partnerCenter: pc,
      cloud: v.PARTNER_CENTER_CLOUD,
      pricesInSharedConversations: v.PRICES_IN_SHARED_CONVERSATIONS,
      sandboxNotice: !!appId && pc.mode === 'sandbox',
      access: {
        // Default: only the tenant the bot is registered in.
        allowedTenantIds:
          tenants.length > 0 ? tenants : v.MicrosoftAppTenantId ? [v.MicrosoftAppTenantId] : [],
        allowedUserIds: v.ALLOWED_USER_IDS,
      },
      rateLimitPerMinute: v.RATE_LIMIT_PER_MINUTE,
      redisUrl: v.REDIS_URL,
      redisKeyPrefix: v.REDIS_KEY_PREFIX,
      partnerCenterBudgetPerMinute: v.PARTNER_CENTER_BUDGET_PER_MINUTE,
      customerDirectoryRefreshMinutes: v.CUSTOMER_DIRECTORY_REFRESH_MINUTES,
      index: { budgetShare: v.INDEX_BUDGET_SHARE, maxCustomers: v.INDEX_MAX_CUSTOMERS },
      watch: {
        maxPerPerson: v.WATCH_MAX_PER_PERSON,
        ttlDays: v.WATCH_TTL_DAYS,
        pollTickMs: v.WATCH_POLL_TICK_MS,
      },
      digest: { hourUtc: v.DIGEST_HOUR_UTC },
      turnDeadlineMs: v.TURN_DEADLINE_MS,
      shutdownDeadlineMs: v.SHUTDOWN_DEADLINE_MS,
      logLevel: v.LOG_LEVEL,
    };
  });
