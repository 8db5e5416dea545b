import fc from 'fast-check';
import { CLOUDS, ConfigError, quoteForMessage, readConfig, readSandboxConfig } from '../src/config';
import { readBenchSettings } from '../bench/settings';

const APP_ID = '5f0c1b7e-2a44-4c1d-9e3b-7d6a8f2c4e10';
const TENANT = '0b6d2c9e-8f41-4a3e-b5d7-1c2e3f4a5b6c';
const OTHER_TENANT = 'e3c1a9b4-6d2f-4e8a-9b7c-5a4d3e2f1c0b';
const USER = '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const APP_PASSWORD = 'app-pa55word-value';
const PC_SECRET = 'pc-client-secret-value';

const partnerCenter = {
  PARTNER_CENTER_CLIENT_ID: APP_ID,
  PARTNER_CENTER_TENANT_ID: TENANT,
  PARTNER_CENTER_CLIENT_SECRET: PC_SECRET,
};

/** A production configuration: a single-tenant registration answering from Partner Center. */
const singleTenant = {
  MicrosoftAppId: APP_ID,
  MicrosoftAppPassword: APP_PASSWORD,
  MicrosoftAppType: 'SingleTenant',
  MicrosoftAppTenantId: TENANT,
  ...partnerCenter,
};

/** The ConfigError readConfig throws for env (fails the test when it does not throw one). */
function configError(env: Record<string, string>): ConfigError {
  try {
    readConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error(`readConfig accepted ${JSON.stringify(env)}`);
}

function expectOneClearLine(message: string): void {
  expect(message).not.toMatch(/[\r\n\u2028\u2029]/);
  expect(message.length).toBeGreaterThan(15);
  expect(message.length).toBeLessThan(300);
  expect(message).not.toMatch(/\bat .+:\d+:\d+/); // no stack frames
}

describe('readConfig: Emulator mode', () => {
  it('turns inbound auth off and listens on localhost (127.0.0.1 and ::1) only when there is no MicrosoftAppId', () => {
    const config = readConfig({});
    expect(config.bot.appId).toBe('');
    expect(config.host).toBe('localhost');
    expect(config.port).toBe(3978);
    expect(config.partnerCenter).toEqual({
      mode: 'sandbox',
      sandboxPort: 3979,
      sandboxLatencyMs: 0,
      sandboxOrderCompleteAfterS: 300,
      sandboxCustomers: 0,
    });
    expect(config.access).toEqual({ allowedTenantIds: [], allowedUserIds: [] });
    expect(config.rateLimitPerMinute).toBe(20);
    expect(config.turnDeadlineMs).toBe(12_000);
    expect(config.shutdownDeadlineMs).toBe(20_000);
    expect(config.sandboxNotice).toBe(false);
    expect(config.logLevel).toBe('info');
  });

  it('treats a blank MicrosoftAppId as no app id', () => {
    expect(readConfig({ MicrosoftAppId: '   ' }).host).toBe('localhost');
  });

  it('lets HOST override the listening address', () => {
    expect(readConfig({ HOST: '::1' }).host).toBe('::1');
    expect(readConfig({ ...singleTenant, HOST: '10.0.0.4' }).host).toBe('10.0.0.4');
  });

  it.each(['127.0.0.1', '127.0.0.2', '::1', '[::1]', 'localhost', 'LOCALHOST', '::ffff:127.0.0.1'])(
    'accepts the loopback HOST %s',
    (host) => expect(readConfig({ HOST: host }).host).toBe(host),
  );

  it.each(['0.0.0.0', '::', '[::]', '192.168.1.20', '10.0.0.4', 'fe80::1', 'bot.contoso.com', '128.0.0.1'])(
    'refuses HOST=%s: nothing checks who calls, so only this machine may',
    (host) => {
      const err = configError({ HOST: host });
      expect(err.message).toBe(
        `HOST=${quoteForMessage(host)} is not a loopback address: without MicrosoftAppId inbound auth is off (Emulator mode), so the bot listens on 127.0.0.1, ::1 or localhost only`,
      );
      expectOneClearLine(err.message);
    },
  );
});

describe('readConfig: inbound auth', () => {
  it('reads a single-tenant registration and listens on every interface', () => {
    const config = readConfig(singleTenant);
    expect(config.bot).toEqual({
      appId: APP_ID,
      appPassword: APP_PASSWORD,
      appType: 'SingleTenant',
      appTenantId: TENANT,
    });
    expect(config.host).toBe('0.0.0.0');
  });

  it('accepts MicrosoftAppType in any case', () => {
    expect(readConfig({ ...singleTenant, MicrosoftAppType: 'singletenant' }).bot.appType).toBe(
      'SingleTenant',
    );
  });

  it('allows only the registration tenant by default', () => {
    expect(readConfig(singleTenant).access).toEqual({ allowedTenantIds: [TENANT], allowedUserIds: [] });
  });

  it('ALLOWED_TENANT_IDS replaces the default; ids may be separated by commas, semicolons or spaces', () => {
    const config = readConfig({
      ...singleTenant,
      ALLOWED_TENANT_IDS: ` ${OTHER_TENANT}; ${TENANT.toUpperCase()} ,`,
      ALLOWED_USER_IDS: `${USER}`,
    });
    expect(config.access).toEqual({
      allowedTenantIds: [OTHER_TENANT, TENANT.toUpperCase()],
      allowedUserIds: [USER],
    });
  });

  it('a user-assigned managed identity needs no password', () => {
    const config = readConfig({
      MicrosoftAppId: APP_ID,
      MicrosoftAppType: 'UserAssignedMSI',
      MicrosoftAppTenantId: TENANT,
      ...partnerCenter,
    });
    expect(config.bot.appType).toBe('UserAssignedMSI');
  });

  it('is single-tenant unless MicrosoftAppType says otherwise', () => {
    expect(readConfig({}).bot.appType).toBe('SingleTenant');
    const { MicrosoftAppType: _type, ...untyped } = singleTenant;
    expect(readConfig(untyped).bot.appType).toBe('SingleTenant');
    const { MicrosoftAppTenantId: _tenant, ...noTenant } = untyped;
    expect(configError(noTenant).message).toBe('MicrosoftAppType=SingleTenant needs MicrosoftAppTenantId');
  });

  it('starts a multi-tenant bot only with an explicit tenant allow list', () => {
    const multi = { ...singleTenant, MicrosoftAppType: 'MultiTenant', MicrosoftAppTenantId: '' };
    expect(configError(multi).message).toMatch(/^MicrosoftAppType=MultiTenant needs ALLOWED_TENANT_IDS/);
    // The registration tenant is no substitute: the list must be chosen.
    expect(configError({ ...multi, MicrosoftAppTenantId: TENANT }).message).toMatch(
      /^MicrosoftAppType=MultiTenant needs ALLOWED_TENANT_IDS/,
    );
    const config = readConfig({ ...multi, ALLOWED_TENANT_IDS: `${TENANT},${OTHER_TENANT}` });
    expect(config.bot.appType).toBe('MultiTenant');
    expect(config.access.allowedTenantIds).toEqual([TENANT, OTHER_TENANT]);
  });

  it('serves Teams users from Partner Center: an app id without credentials is refused', () => {
    const { PARTNER_CENTER_CLIENT_ID: _id, ...noClientId } = singleTenant;
    const registrationOnly = {
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: APP_PASSWORD,
      MicrosoftAppTenantId: TENANT,
    };
    for (const env of [registrationOnly, { ...registrationOnly, PARTNER_CENTER_SANDBOX: 'false' }]) {
      expect(configError(env).message).toBe(
        'MicrosoftAppId is set but PARTNER_CENTER_CLIENT_ID is empty: Teams users need Partner Center credentials (PARTNER_CENTER_SANDBOX=true serves invented demo data)',
      );
    }
    expect(configError(noClientId).message).toMatch(/PARTNER_CENTER_CLIENT_ID is empty/);
    expect(readConfig(singleTenant)).toMatchObject({ partnerCenter: { mode: 'live' }, sandboxNotice: false });
  });

  it('uses the sandbox with an app id only when PARTNER_CENTER_SANDBOX=true, and then labels every card', () => {
    const demo = readConfig({
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: APP_PASSWORD,
      MicrosoftAppTenantId: TENANT,
      PARTNER_CENTER_SANDBOX: 'TRUE',
    });
    expect(demo.partnerCenter.mode).toBe('sandbox');
    expect(demo.sandboxNotice).toBe(true);
    // In Emulator mode the sandbox is the default and the developer knows: no label.
    expect(readConfig({ PARTNER_CENTER_SANDBOX: 'true' })).toMatchObject({
      partnerCenter: { mode: 'sandbox' },
      sandboxNotice: false,
    });
  });
});

describe('readConfig: deadlines', () => {
  it('reads TURN_DEADLINE_MS and SHUTDOWN_DEADLINE_MS', () => {
    const config = readConfig({ TURN_DEADLINE_MS: '8000', SHUTDOWN_DEADLINE_MS: '5000' });
    expect(config.turnDeadlineMs).toBe(8000);
    expect(config.shutdownDeadlineMs).toBe(5000);
  });

  it.each([
    [
      'TURN_DEADLINE_MS',
      '15000',
      /^TURN_DEADLINE_MS must be a whole number from 1000 to 14000, got "15000"$/,
    ],
    ['TURN_DEADLINE_MS', '0', /^TURN_DEADLINE_MS must be a whole number from 1000 to 14000/],
    ['SHUTDOWN_DEADLINE_MS', '10s', /^SHUTDOWN_DEADLINE_MS must be a whole number from 1000 to 300000/],
  ])('refuses %s=%s', (name, value, expected) => {
    expect(configError({ [name]: value }).message).toMatch(expected);
  });
});

describe('readConfig: Partner Center', () => {
  it('uses the sandbox without credentials and the cloud endpoints with them', () => {
    expect(
      readConfig({ SANDBOX_PORT: '0', SANDBOX_LATENCY_MS: '250', SANDBOX_ORDER_COMPLETE_AFTER_S: '0' })
        .partnerCenter,
    ).toEqual({
      mode: 'sandbox',
      sandboxPort: 0,
      sandboxLatencyMs: 250,
      sandboxOrderCompleteAfterS: 0,
      sandboxCustomers: 0,
    });
    const live = readConfig({
      PARTNER_CENTER_CLIENT_ID: APP_ID,
      PARTNER_CENTER_TENANT_ID: TENANT,
      PARTNER_CENTER_CLIENT_SECRET: PC_SECRET,
      PARTNER_CENTER_CLOUD: 'China',
    }).partnerCenter;
    expect(live).toMatchObject({
      mode: 'live',
      cloud: 'china',
      endpoints: CLOUDS.china,
      credentials: { kind: 'secret', clientId: APP_ID, clientSecret: PC_SECRET },
    });
  });
});

describe('readConfig: every configuration problem is one clear line', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    [
      'SingleTenant without an app id',
      { MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: TENANT },
      /MicrosoftAppType is set but MicrosoftAppId is empty/,
    ],
    [
      'MicrosoftAppType without MicrosoftAppId',
      { MicrosoftAppType: 'MultiTenant' },
      /MicrosoftAppId is empty/,
    ],
    [
      'an unknown MicrosoftAppType',
      { ...singleTenant, MicrosoftAppType: 'Tenant' },
      /MicrosoftAppType must be one of SingleTenant, MultiTenant, UserAssignedMSI, got "Tenant"/,
    ],
    [
      'SingleTenant without a tenant',
      { ...singleTenant, MicrosoftAppTenantId: '' },
      /MicrosoftAppType=SingleTenant needs MicrosoftAppTenantId/,
    ],
    [
      'a tenant domain instead of the tenant GUID',
      { ...singleTenant, MicrosoftAppTenantId: 'contoso.onmicrosoft.com' },
      /MicrosoftAppTenantId must be the tenant's GUID.*"contoso\.onmicrosoft\.com"/,
    ],
    [
      'an app id without a password',
      { ...singleTenant, MicrosoftAppPassword: '' },
      /MicrosoftAppId is set but MicrosoftAppPassword is empty/,
    ],
    [
      'an unknown PARTNER_CENTER_CLOUD',
      { PARTNER_CENTER_CLOUD: 'mars' },
      /PARTNER_CENTER_CLOUD must be one of global, usgov, china, got "mars"/,
    ],
    [
      'PARTNER_CENTER_CLIENT_ID without a tenant',
      { PARTNER_CENTER_CLIENT_ID: APP_ID, PARTNER_CENTER_CLIENT_SECRET: PC_SECRET },
      /PARTNER_CENTER_CLIENT_ID is set but PARTNER_CENTER_TENANT_ID is empty/,
    ],
    [
      'PARTNER_CENTER_CLIENT_ID without any credential',
      { PARTNER_CENTER_CLIENT_ID: APP_ID, PARTNER_CENTER_TENANT_ID: TENANT },
      /PARTNER_CENTER_CLIENT_ID needs PARTNER_CENTER_CLIENT_SECRET/,
    ],
    [
      'a base URL that is not a URL',
      {
        PARTNER_CENTER_CLIENT_ID: APP_ID,
        PARTNER_CENTER_TENANT_ID: TENANT,
        PARTNER_CENTER_CLIENT_SECRET: PC_SECRET,
        PARTNER_CENTER_BASE_URL: 'api.example.com',
      },
      /PARTNER_CENTER_BASE_URL is not a URL: "api\.example\.com"/,
    ],
    [
      'a tenant list with a name in it',
      { ALLOWED_TENANT_IDS: `${TENANT},contoso` },
      /ALLOWED_TENANT_IDS must list GUIDs separated by commas, got "contoso"/,
    ],
    [
      'a user list with a UPN in it',
      { ALLOWED_USER_IDS: 'dana@contoso.com' },
      /ALLOWED_USER_IDS must list GUIDs/,
    ],
    [
      'a PORT that is not a number',
      { PORT: 'abc' },
      /PORT must be a whole number from 0 to 65535, got "abc"/,
    ],
    ['a PORT out of range', { PORT: '70000' }, /PORT must be a whole number from 0 to 65535, got "70000"/],
    ['a negative PORT', { PORT: '-1' }, /PORT must be a whole number/],
    ['a fractional PORT', { PORT: '3978.5' }, /PORT must be a whole number/],
    ['a hexadecimal PORT', { PORT: '0x1F90' }, /PORT must be a whole number from 0 to 65535, got "0x1F90"/],
    ['a PORT in exponent notation', { PORT: '1e3' }, /PORT must be a whole number/],
    ['a bad SANDBOX_PORT', { SANDBOX_PORT: 'x' }, /SANDBOX_PORT must be a whole number/],
    [
      'a bad RATE_LIMIT_PER_MINUTE',
      { RATE_LIMIT_PER_MINUTE: 'lots' },
      /RATE_LIMIT_PER_MINUTE must be a whole number from 0 to 10000/,
    ],
    ['an unknown LOG_LEVEL', { LOG_LEVEL: 'verbose' }, /LOG_LEVEL must be one of fatal, error/],
    [
      'Emulator mode on every interface',
      { HOST: '0.0.0.0' },
      /^HOST="0\.0\.0\.0" is not a loopback address: without MicrosoftAppId inbound auth is off/,
    ],
    [
      'an app id without Partner Center credentials',
      { ...singleTenant, PARTNER_CENTER_CLIENT_ID: '' },
      /^MicrosoftAppId is set but PARTNER_CENTER_CLIENT_ID is empty/,
    ],
    [
      'the sandbox asked for together with credentials',
      { ...singleTenant, PARTNER_CENTER_SANDBOX: 'true' },
      /^PARTNER_CENTER_SANDBOX=true but PARTNER_CENTER_CLIENT_ID is set: use the sandbox or Partner Center credentials, not both$/,
    ],
    [
      'the sandbox asked for together with a stray secret',
      { PARTNER_CENTER_SANDBOX: 'true', PARTNER_CENTER_CLIENT_SECRET: PC_SECRET },
      /^PARTNER_CENTER_SANDBOX=true but PARTNER_CENTER_CLIENT_SECRET is set/,
    ],
    [
      'the sandbox refused without credentials',
      { PARTNER_CENTER_SANDBOX: 'false' },
      /^PARTNER_CENTER_SANDBOX=false but PARTNER_CENTER_CLIENT_ID is empty$/,
    ],
    [
      'a PARTNER_CENTER_SANDBOX that is not true or false',
      { PARTNER_CENTER_SANDBOX: 'yes' },
      /^PARTNER_CENTER_SANDBOX must be one of true, false, got "yes"$/,
    ],
    [
      'credentials without a client id',
      { PARTNER_CENTER_TENANT_ID: TENANT, PARTNER_CENTER_REFRESH_TOKEN: 'rt' },
      /^PARTNER_CENTER_TENANT_ID is set but PARTNER_CENTER_CLIENT_ID is empty$/,
    ],
    [
      'a multi-tenant bot without a tenant allow list',
      { ...singleTenant, MicrosoftAppType: 'MultiTenant' },
      /^MicrosoftAppType=MultiTenant needs ALLOWED_TENANT_IDS/,
    ],
  ];

  it.each(cases)('%s', (_name, env, expected) => {
    const err = configError(env);
    expect(err.name).toBe('ConfigError');
    expect(err.message).toMatch(expected);
    expectOneClearLine(err.message);
  });

  it('never echoes a password or secret', () => {
    const withSecrets = { MicrosoftAppPassword: APP_PASSWORD, PARTNER_CENTER_CLIENT_SECRET: PC_SECRET };
    let checked = 0;
    for (const [, env] of cases) {
      try {
        readConfig({ ...withSecrets, ...env });
      } catch (err) {
        checked++;
        expect((err as Error).message).not.toContain(APP_PASSWORD);
        expect((err as Error).message).not.toContain(PC_SECRET);
      }
    }
    expect(checked).toBeGreaterThan(cases.length - 3);
  });

  it('stays one short line whatever was pasted into a variable (newlines, control characters, megabytes)', () => {
    const junk = fc
      .string({ unit: 'binary', minLength: 1, maxLength: 200 })
      .filter((s) => s.trim() !== '' && !/^\d{1,5}$/.test(s.trim()));
    const name = fc.constantFrom(
      'PORT',
      'SANDBOX_PORT',
      'PARTNER_CENTER_CLOUD',
      'LOG_LEVEL',
      'ALLOWED_TENANT_IDS',
      'MicrosoftAppType',
    );
    fc.assert(
      fc.property(name, junk, (variable, value) => {
        let message: string | undefined;
        try {
          readConfig({ [variable]: value });
        } catch (err) {
          expect(err).toBeInstanceOf(ConfigError);
          message = (err as Error).message;
        }
        if (message !== undefined) expectOneClearLine(message);
      }),
      { numRuns: 300 },
    );
    expectOneClearLine(configError({ PORT: `12\n34` }).message);
    expectOneClearLine(configError({ PORT: 'x'.repeat(1_000_000) }).message);
  });
});

describe('quoteForMessage', () => {
  it('quotes, escapes line breaks and control characters, and cuts long values', () => {
    expect(quoteForMessage('abc')).toBe('"abc"');
    expect(quoteForMessage('a\nb\r\u2028"c"')).toBe('"a\\u000ab\\u000d\\u2028\\"c\\""');
    expect(quoteForMessage('x'.repeat(100))).toBe(`"${'x'.repeat(60)}…"`);
    expect(quoteForMessage('é'.repeat(3))).toBe('"ééé"');
  });
});

describe('readSandboxConfig (npm run sandbox)', () => {
  it('reads the SANDBOX_* variables with the same defaults as the bot', () => {
    expect(readSandboxConfig({})).toEqual({
      sandboxPort: 3979,
      sandboxLatencyMs: 0,
      sandboxOrderCompleteAfterS: 300,
      sandboxCustomers: 0,
    });
    expect(readSandboxConfig({ SANDBOX_PORT: '0', SANDBOX_LATENCY_MS: '250' })).toEqual({
      sandboxPort: 0,
      sandboxLatencyMs: 250,
      sandboxOrderCompleteAfterS: 300,
      sandboxCustomers: 0,
    });
  });

  it.each([
    ['SANDBOX_PORT', 'abc', /^SANDBOX_PORT must be a whole number from 0 to 65535, got "abc"$/],
    ['SANDBOX_PORT', '70000', /^SANDBOX_PORT must be a whole number from 0 to 65535/],
    ['SANDBOX_LATENCY_MS', '-5', /^SANDBOX_LATENCY_MS must be a whole number from 0 to 60000, got "-5"$/],
  ])('refuses %s=%s in one line, as the bot does', (name, value, expected) => {
    let message = '';
    try {
      readSandboxConfig({ [name]: value });
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      message = (err as Error).message;
    }
    expect(message).toMatch(expected);
    expect(configError({ [name]: value }).message).toBe(message);
  });

  it('checks the sandbox settings only when the sandbox is used, as before', () => {
    expect(readConfig({ ...singleTenant, SANDBOX_PORT: 'x' }).partnerCenter.mode).toBe('live');
  });
});

describe('the benchmark settings (bench/settings.ts)', () => {
  it('uses the same schema fields: defaults, and one clear line for a bad value', () => {
    expect(readBenchSettings({})).toEqual({ pairs: 5, seconds: 3, only: [] });
    expect(readBenchSettings({ BENCH_PAIRS: '2', BENCH_SECONDS: '1' })).toEqual({
      pairs: 2,
      seconds: 1,
      only: [],
    });
    expect(readBenchSettings({ BENCH_ONLY: 'budgetBurst, coalescingRepeated' }).only).toEqual([
      'budgetBurst',
      'coalescingRepeated',
    ]);
    expect(() => readBenchSettings({ BENCH_ONLY: 'budget' })).toThrow(
      new ConfigError('BENCH_ONLY must list names from budgetBurst, coalescingRepeated, index, got "budget"'),
    );
    expect(() => readBenchSettings({ BENCH_SECONDS: '3s' })).toThrow(
      new ConfigError('BENCH_SECONDS must be a whole number from 1 to 600, got "3s"'),
    );
  });
});

describe('INDEX_BUDGET_SHARE (issue 18)', () => {
  it('defaults to 0.2, takes 0 (off) to 0.2, and refuses more or less', () => {
    expect(readConfig({}).index).toEqual({ budgetShare: 0.2, maxCustomers: 20_000 });
    expect(readConfig({ INDEX_BUDGET_SHARE: '0' }).index.budgetShare).toBe(0);
    expect(readConfig({ INDEX_BUDGET_SHARE: '0.15' }).index.budgetShare).toBe(0.15);
    for (const bad of ['0.3', '-0.1', 'abc', '1'])
      expect(() => readConfig({ INDEX_BUDGET_SHARE: bad })).toThrow(
        /^INDEX_BUDGET_SHARE must be a number from 0 to 0.2/,
      );
  });
});

describe('DIGEST_HOUR_UTC (issue 19)', () => {
  it('defaults to 8, takes a whole hour from 0 to 23, and refuses anything else', () => {
    expect(readConfig({}).digest).toEqual({ hourUtc: 8 });
    expect(readConfig({ DIGEST_HOUR_UTC: '0' }).digest.hourUtc).toBe(0);
    expect(readConfig({ DIGEST_HOUR_UTC: ' 23 ' }).digest.hourUtc).toBe(23);
    for (const bad of ['24', '-1', '8.5', '08:00', 'eight', '1e1'])
      expect(() => readConfig({ DIGEST_HOUR_UTC: bad })).toThrow(
        new ConfigError(`DIGEST_HOUR_UTC must be a whole number from 0 to 23, got "${bad}"`),
      );
  });
});
