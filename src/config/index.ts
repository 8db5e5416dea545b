// Reads and validates the environment once (schema.ts). Every problem is one clear line (ConfigError), never a
// stack trace.

import type { z } from 'zod';
import { configErrorOf } from './errors';
import { configSchema, sandboxSchema } from './schema';
import type { Config, SandboxConfig } from './types';

export { CLOUDS, type Cloud, type CloudEndpoints } from './clouds';
export { ConfigError, quoteForMessage } from './errors';
export { nameList, wholeNumber } from './fields';
export type * from './types';

/** Environment variables, as process.env holds them. */
export type Env = Record<string, string | undefined>;

/** `env` read by `schema` (built from fields.ts); the first problem is thrown as a ConfigError. */
export function parseEnv<T>(schema: z.ZodType<T>, env: Env): T {
  const parsed = schema.safeParse(env);
  if (!parsed.success) throw configErrorOf(parsed.error);
  return parsed.data;
}

/** The bot's configuration; throws ConfigError. */
export const readConfig = (env: Env = process.env): Config => parseEnv(configSchema, env);

/** The sandbox's own settings, for `npm run sandbox`; throws ConfigError. */
export const readSandboxConfig = (env: Env = process.env): SandboxConfig => parseEnv(sandboxSchema, env);
