// Reads and validates the environment once. Every problem is one clear line (ConfigError), never a stack trace.

import { isLoopbackHost } from './net/loopback';

export type Cloud = 'global' | 'usgov' | 'china';

export interface CloudEndpoints {
  apiBaseUrl: string;
  authorityHost: string;
  /** Other names MSAL may use for the same login service (instance aliases). */
  loginAliases: string[];
  /** The token resource: scope is `${resource}/.default`. */
  resource: string;
}

export const CLOUDS: Record<Cloud, CloudEndpoints> = {
  global: {
    apiBaseUrl: 'https://api.partnercenter.microsoft.com',
    authorityHost: 'https://login.microsoftonline.com',
    loginAliases: ['https://login.windows.net', 'https://login.microsoft.com', 'https://sts.windows.net'],
    resource: 'https://api.partnercenter.microsoft.com',
  },
  usgov: {
    apiBaseUrl: 'https://api.partnercenter.microsoft.com',
    authorityHost: 'https://login.microsoftonline.us',
    loginAliases: ['https://login.usgovcloudapi.net'],
    resource: 'https://api.partnercenter.microsoft.com',
  },
  china: {
    apiBaseUrl: 'https://partner.partnercenterapi.microsoftonline.cn',
    authorityHost: 'https://login.chinacloudapi.cn',
    loginAliases: ['https://login.partner.microsoftonline.cn'],
    resource: 'https://partner.partnercenterapi.microsoftonline.cn',
  },
};

export type PartnerCenterCredentials =
  | { kind: 'secret'; clientId: string; clientSecret: string }
  | { kind: 'certificate'; clientId: string; certificatePath: string; thumbprint: string }
  | { kind: 'refreshToken'; clientId: string; clientSecret?: string; refreshToken: string };

export type PartnerCenterConfig =
  | { mode: 'sandbox'; sandboxPort: number; sandboxLatencyMs: number }
  | {
      mode: 'live';
      cloud: Cloud;
      endpoints: CloudEndpoints;
      tenantId: string;
      credentials: PartnerCenterCredentials;
      /** Send MSAL's login requests to this base URL instead (a proxy, or the sandbox in tests). */
      authorityRoute?: string;
    };

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
  /** The sandbox answers real (authenticated) users, for a demo: every card then says "Sandbox data". */
  sandboxNotice: boolean;
  access: { allowedTenantIds: string[]; allowedUserIds: string[] };
  /** Commands per user per minute; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Shared state for several instances (redis:// or rediss://); none: everything in this process. */
  redisUrl?: string;
  /** Partner Center calls per minute for the whole partner tenant, all instances together. */
  partnerCenterBudgetPerMinute: number;
  /** How often the customer directory is reloaded from Partner Center; 0: no directory, every name is searched. */
  customerDirectoryRefreshMinutes: number;
  /** Budget of a whole turn: Teams sends the activity again when it has no answer after about 15 s. */
  turnDeadlineMs: number;
  /** How long SIGTERM waits for turns in flight before closing what is left. */
  shutdownDeadlineMs: number;
  logLevel: string;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const str = (env: Env, name: string): string => (env[name] ?? '').trim();

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A value as an error message shows it: quoted, control characters and line breaks escaped (so the message
 * stays one line whatever was pasted into the variable), and cut short.
 */
export function shown(raw: string, max = 60): string {
  const chars = [...raw];
  const cut = chars.length > max ? `${chars.slice(0, max).join('')}…` : raw;
  const escaped = cut.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `"${escaped.replace(/"/g, '\\"')}"`;
}

function int(env: Env, name: string, fallback: number, min = 0, max = 65535): number {
  const raw = str(env, name);
  if (!raw) return fallback;
  // Digits only: Number() would also take "0x1F90", "1e3" or "3978.0".
  const value = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got ${shown(raw)}`);
  }
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = str(env, name);
  if (!raw) return fallback;
  const found = allowed.find((a) => a.toLowerCase() === raw.toLowerCase());
  if (!found) throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got ${shown(raw)}`);
  return found;
}

function readBotAuth(env: Env): BotAuthConfig {
  const appId = str(env, 'MicrosoftAppId');
  const appType = oneOf(
    env,
    'MicrosoftAppType',
    ['SingleTenant', 'MultiTenant', 'UserAssignedMSI'],
    // Any tenant could install a multi-tenant bot: it is opt-in, and then needs ALLOWED_TENANT_IDS.
    'SingleTenant',
  );
  const appTenantId = str(env, 'MicrosoftAppTenantId');
  if (!appId && str(env, 'MicrosoftAppType')) {
    throw new ConfigError(
      'MicrosoftAppType is set but MicrosoftAppId is empty: set both, or neither for the Emulator',
    );
  }
  // It is also the default allowed tenant, compared with the GUID Teams sends: a domain would lock everyone out.
  if (appTenantId && !GUID.test(appTenantId)) {
    throw new ConfigError(
      `MicrosoftAppTenantId must be the tenant's GUID (directory id), got ${shown(appTenantId)}`,
    );
  }
  if (appId && appType !== 'MultiTenant' && !appTenantId) {
    throw new ConfigError(`MicrosoftAppType=${appType} needs MicrosoftAppTenantId`);
  }
  if (appId && appType !== 'UserAssignedMSI' && !str(env, 'MicrosoftAppPassword')) {
    throw new ConfigError('MicrosoftAppId is set but MicrosoftAppPassword is empty');
  }
  return { appId, appPassword: str(env, 'MicrosoftAppPassword'), appType, appTenantId };
}

const CREDENTIAL_VARIABLES = [
  'PARTNER_CENTER_CLIENT_ID',
  'PARTNER_CENTER_TENANT_ID',
  'PARTNER_CENTER_CLIENT_SECRET',
  'PARTNER_CENTER_CERTIFICATE_PATH',
  'PARTNER_CENTER_CERTIFICATE_THUMBPRINT',
  'PARTNER_CENTER_REFRESH_TOKEN',
];

/**
 * The sandbox or live Partner Center, never by accident: the sandbox's invented customers reach Teams users
 * (an app id) only with PARTNER_CENTER_SANDBOX=true, and half-set credentials are refused, not ignored.
 */
function readPartnerCenter(env: Env, appId: string): PartnerCenterConfig {
  const clientId = str(env, 'PARTNER_CENTER_CLIENT_ID');
  const cloud = oneOf(env, 'PARTNER_CENTER_CLOUD', ['global', 'usgov', 'china'] as const, 'global');
  const sandboxFlag = str(env, 'PARTNER_CENTER_SANDBOX')
    ? oneOf(env, 'PARTNER_CENTER_SANDBOX', ['true', 'false'] as const, 'false')
    : undefined;
  const credentialSet = CREDENTIAL_VARIABLES.find((name) => str(env, name));
  if (sandboxFlag === 'true' && credentialSet) {
    throw new ConfigError(
      `PARTNER_CENTER_SANDBOX=true but ${credentialSet} is set: use the sandbox or Partner Center credentials, not both`,
    );
  }
  if (!clientId && sandboxFlag !== 'true') {
    if (appId) {
      throw new ConfigError(
        'MicrosoftAppId is set but PARTNER_CENTER_CLIENT_ID is empty: Teams users need Partner Center credentials (PARTNER_CENTER_SANDBOX=true serves invented demo data)',
      );
    }
    if (sandboxFlag === 'false') {
      throw new ConfigError('PARTNER_CENTER_SANDBOX=false but PARTNER_CENTER_CLIENT_ID is empty');
    }
    if (credentialSet) throw new ConfigError(`${credentialSet} is set but PARTNER_CENTER_CLIENT_ID is empty`);
  }
  if (!clientId) {
    return {
      mode: 'sandbox',
      sandboxPort: int(env, 'SANDBOX_PORT', 3979),
      sandboxLatencyMs: int(env, 'SANDBOX_LATENCY_MS', 0, 0, 60_000),
    };
  }
  const tenantId = str(env, 'PARTNER_CENTER_TENANT_ID');
  if (!tenantId)
    throw new ConfigError('PARTNER_CENTER_CLIENT_ID is set but PARTNER_CENTER_TENANT_ID is empty');
  const secret = str(env, 'PARTNER_CENTER_CLIENT_SECRET');
  const certificatePath = str(env, 'PARTNER_CENTER_CERTIFICATE_PATH');
  const thumbprint = str(env, 'PARTNER_CENTER_CERTIFICATE_THUMBPRINT');
  const refreshToken = str(env, 'PARTNER_CENTER_REFRESH_TOKEN');

  let credentials: PartnerCenterCredentials;
  if (refreshToken)
    credentials = { kind: 'refreshToken', clientId, refreshToken, clientSecret: secret || undefined };
  else if (secret) credentials = { kind: 'secret', clientId, clientSecret: secret };
  else if (certificatePath && thumbprint)
    credentials = { kind: 'certificate', clientId, certificatePath, thumbprint };
  else {
    throw new ConfigError(
      'PARTNER_CENTER_CLIENT_ID needs PARTNER_CENTER_CLIENT_SECRET, PARTNER_CENTER_CERTIFICATE_PATH + _THUMBPRINT, or PARTNER_CENTER_REFRESH_TOKEN',
    );
  }
  const endpoints = { ...CLOUDS[cloud] };
  const baseUrl = str(env, 'PARTNER_CENTER_BASE_URL');
  if (baseUrl) {
    if (!/^https?:\/\/[^\s]+$/i.test(baseUrl))
      throw new ConfigError(`PARTNER_CENTER_BASE_URL is not a URL: ${shown(baseUrl)}`);
    endpoints.apiBaseUrl = baseUrl.replace(/\/+$/, '');
  }
  const authorityRoute = str(env, 'PARTNER_CENTER_LOGIN_URL').replace(/\/+$/, '') || undefined;
  return { mode: 'live', cloud, endpoints, tenantId, credentials, authorityRoute };
}

function idList(env: Env, name: string): string[] {
  const ids = str(env, name)
    .split(/[\s,;]+/)
    .filter(Boolean);
  const bad = ids.find((id) => !GUID.test(id));
  if (bad) throw new ConfigError(`${name} must list GUIDs separated by commas, got ${shown(bad)}`);
  return ids;
}

function readHost(env: Env, appId: string): string {
  const host = str(env, 'HOST');
  if (!appId && host && !isLoopbackHost(host)) {
    throw new ConfigError(
      `HOST=${shown(host)} is not a loopback address: without MicrosoftAppId inbound auth is off (Emulator mode), so the bot listens on 127.0.0.1, ::1 or localhost only`,
    );
  }
  return host || (appId ? '0.0.0.0' : '127.0.0.1');
}

/** REDIS_URL as given (it may hold a password: the error never shows it). */
function readRedisUrl(env: Env): string | undefined {
  const url = str(env, 'REDIS_URL');
  if (!url) return undefined;
  let scheme: string | undefined;
  try {
    scheme = new URL(url).protocol;
  } catch {
    scheme = undefined;
  }
  if (scheme !== 'redis:' && scheme !== 'rediss:')
    throw new ConfigError('REDIS_URL must be a redis:// or rediss:// URL');
  return url;
}

export function readConfig(env: Env = process.env): Config {
  const bot = readBotAuth(env);
  const host = readHost(env, bot.appId);
  const tenants = idList(env, 'ALLOWED_TENANT_IDS');
  if (bot.appId && bot.appType === 'MultiTenant' && tenants.length === 0) {
    throw new ConfigError(
      'MicrosoftAppType=MultiTenant needs ALLOWED_TENANT_IDS: otherwise any organisation that installs the app reads your data',
    );
  }
  const partnerCenter = readPartnerCenter(env, bot.appId);
  return {
    port: int(env, 'PORT', 3978),
    host,
    bot,
    partnerCenter,
    sandboxNotice: !!bot.appId && partnerCenter.mode === 'sandbox',
    access: {
      // Default: only the tenant the bot is registered in.
      allowedTenantIds: tenants.length > 0 ? tenants : bot.appTenantId ? [bot.appTenantId] : [],
      allowedUserIds: idList(env, 'ALLOWED_USER_IDS'),
    },
    rateLimitPerMinute: int(env, 'RATE_LIMIT_PER_MINUTE', 20, 0, 10_000),
    redisUrl: readRedisUrl(env),
    // Partner Center allows about 500 requests a minute per partner tenant: leave headroom for other tools.
    partnerCenterBudgetPerMinute: int(env, 'PARTNER_CENTER_BUDGET_PER_MINUTE', 400, 1, 100_000),
    customerDirectoryRefreshMinutes: int(env, 'CUSTOMER_DIRECTORY_REFRESH_MINUTES', 15, 0, 1440),
    // Teams gives up on a turn at about 15 s; past 14 s the answer would come after its retry.
    turnDeadlineMs: int(env, 'TURN_DEADLINE_MS', 12_000, 1_000, 14_000),
    shutdownDeadlineMs: int(env, 'SHUTDOWN_DEADLINE_MS', 20_000, 1_000, 300_000),
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
  };
}
