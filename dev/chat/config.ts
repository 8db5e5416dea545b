import { readConfig, type Config, type Env } from '../../src/config';

export type { Env };

/**
 * The configuration of `env`, as `npm start` reads it, made safe to run beside it and to talk to without a
 * token: ports 0 (the bot and the sandbox get free ports), loopback only, and no inbound auth, since the chat
 * plays the Emulator. Partner Center, access lists, the rate limit and the log level stay as configured.
 * Throws ConfigError like readConfig.
 */
export function chatConfig(env: Env): Config {
  // The app registration is left out before reading, so its production rules (credentials, tenants) do not apply.
  const config = readConfig({
    ...env,
    PORT: '0',
    SANDBOX_PORT: '0',
    HOST: '127.0.0.1',
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    MicrosoftAppType: '',
  });
  return {
    ...config,
    host: '127.0.0.1',
    bot: { appId: '', appPassword: '', appType: 'MultiTenant', appTenantId: '' },
  };
}
