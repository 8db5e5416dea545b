import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

export const REDACTED = '[redacted]';

// Partner data is confidential: whatever a log call is handed, these never reach the output. The paths are
// pino's fast redaction of the usual places; redactDeep below catches the same names at any depth, in arrays,
// inside errors and their causes, and bearer tokens written into strings.
const REDACT_PATHS = [
  'authorization',
  'Authorization',
  '*.authorization',
  '*.Authorization',
  'headers.authorization',
  'req.headers.authorization',
  '*.headers.authorization',
  'token',
  '*.token',
  'accessToken',
  '*.accessToken',
  'access_token',
  '*.access_token',
  'refreshToken',
  '*.refreshToken',
  'refresh_token',
  '*.refresh_token',
  'clientSecret',
  '*.clientSecret',
  'client_secret',
  '*.client_secret',
  'password',
  '*.password',
  'appPassword',
  '*.appPassword',
  'MicrosoftAppPassword',
  '*.MicrosoftAppPassword',
];

/** Key names whose values are credentials, in any case and spelling (accessToken, refresh_token, x-api-key…). */
const SECRET_KEY =
  /^(?:(?:proxy-)?authorization|cookie|set-cookie|.*(?:token|secret|password|passwd|passphrase|pwd|assertion|api[-_]?key|credential|credentials))$/i;

/**
 * Key names whose values are credentials, judged by their last word: accessToken, refresh_token, x-api-key,
 * MicrosoftAppPassword, pwd, sig (SAS). Not "tokens", "tokenType", "monkey" or "correlationId".
 */
const SECRET_WORD_ENDINGS = [
  'secret',
  'password',
  'passwd',
  'passphrase',
  'token',
  'apikey',
  'credential',
  'credentials',
  'assertion',
];
const SECRET_WORDS = new Set(['key', 'pwd', 'sig']);

export function isSecretName(name: string): boolean {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_.-]+/);
  const last = words[words.length - 1] ?? '';
  return SECRET_WORDS.has(last) || SECRET_WORD_ENDINGS.some((ending) => last.endsWith(ending));
}

/**
 * `name=value` and `name: value` pairs in text, also as (escaped) JSON: `"password":"…"`, `{\"token\":\"…\"}`.
 * The value is a quoted string (to the end of the line when unterminated, e.g. cut short), or runs to the next
 * space, `&`, `,`, `;`, quote or bracket.
 */
const NAMED_VALUE =
  /(?<![\w.-])([A-Za-z][\w.-]*)(\\?["']?)(\s*[:=]\s*)("(?:[^"\\\r\n]|\\.)*"?|'(?:[^'\\\r\n]|\\.)*'?|\\"(?:(?!\\").)*(?:\\")?|[^\s&,;"'\\<>(){}[\]]+)/g;

/**
 * Every credential-named value replaced. A pair whose name is not a credential is skipped by its name only, so
 * a pair inside its value is still found ("config: pwd=…").
 */
function redactNamedValues(text: string): string {
  NAMED_VALUE.lastIndex = 0;
  let out = '';
  let copied = 0;
  for (let match = NAMED_VALUE.exec(text); match; match = NAMED_VALUE.exec(text)) {
    const [whole, name = '', close, separator, value = ''] = match;
    if (!isSecretName(name)) {
      NAMED_VALUE.lastIndex = match.index + name.length;
      continue;
    }
    const quote = /^\\?["']/.exec(value)?.[0] ?? '';
    out += `${text.slice(copied, match.index)}${name}${close}${separator}${quote}${REDACTED}${quote}`;
    copied = match.index + whole.length;
  }
  return out + text.slice(copied);
}

const SECRET_TEXT: [RegExp, string][] = [
  // "Bearer eyJ…", "Basic dXNl…" in messages, stacks and URLs.
  [/\b(Bearer|Basic)\s+[A-Za-z0-9\-._~+/]+=*/gi, `$1 ${REDACTED}`],
  // A JWT anywhere.
  [/\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g, REDACTED],
  // A password in a URL: https://user:password@host
  [/(\/\/[^/\s:@]+):[^/\s@]+@/g, `$1:${REDACTED}@`],
];

/** A string with bearer tokens, JWTs, URL passwords and credential-named values (`secret=…`) replaced. */
export function redactText(text: string): string {
  let out = text;
  for (const [pattern, replacement] of SECRET_TEXT) out = out.replace(pattern, replacement);
  return redactNamedValues(out);
}

const MAX_DEPTH = 10;

/**
 * A copy of `value` safe to log: credential-named keys censored at any depth, errors serialized (with their
 * causes) and their text scrubbed. Never changes the caller's objects.
 */
export function redactDeep(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return value;
  if (depth >= MAX_DEPTH) return '[too deep]';
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  try {
    if (value instanceof Error) return redactDeep(plainError(value), depth, seen);
    if (Array.isArray(value)) return value.map((item) => redactDeep(item, depth + 1, seen));
    if (Buffer.isBuffer(value) || ArrayBuffer.isView(value)) return `[${value.byteLength} bytes]`;
    // Objects that choose their JSON (e.g. HTTP header collections) are logged as that JSON, so check it.
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    const source = typeof toJSON === 'function' ? (toJSON.call(value) as unknown) : value;
    if (source !== value) return redactDeep(source, depth + 1, seen);
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      out[key] = SECRET_KEY.test(key) && item !== undefined ? REDACTED : redactDeep(item, depth + 1, seen);
    }
    return out;
  } finally {
    seen.delete(value);
  }
}

/**
 * Fields of errors that hold what was sent or answered, never logged: ioredis puts the command's arguments on
 * its errors (a whole watch document: names, conversation references), HTTP errors their bodies, and Partner
 * Center's error descriptions are free text (one held a price). Errors are logged by kind, status and ids.
 */
const PRIVATE_ERROR_FIELDS = new Set([
  'args',
  'argv',
  'body',
  'bodyAsText',
  'description',
  'request',
  'response',
]);

/** pino's error shape (type, message and stack with causes, own fields) as a plain object, without payloads. */
function plainError(err: Error): Record<string, unknown> {
  const serialized = pino.stdSerializers.err(err) as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(serialized)) {
    if (key === 'raw' || PRIVATE_ERROR_FIELDS.has(key)) continue;
    // ioredis' { name, args }: the command's name only.
    out[key] =
      key === 'command' && value && typeof value === 'object' ? (value as { name?: unknown }).name : value;
  }
  return out;
}

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'pc-orders-bot' },
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      // formatters.log has already made errors plain (and redacted) objects; serialize only what it has not.
      serializers: { err: (err: unknown) => (err instanceof Error ? redactDeep(err) : err) },
      formatters: {
        log: (object) => redactDeep(object) as Record<string, unknown>,
      },
      hooks: {
        // The message strings too; an error passed alone becomes { err } with its message scrubbed.
        logMethod(args, method) {
          const [first, ...rest] = args as unknown[];
          if (first instanceof Error && rest.length === 0) {
            return method.apply(this, [{ err: first }, redactText(first.message)] as Parameters<
              typeof method
            >);
          }
          // Without a message pino would print the error's own message, unscrubbed.
          const err = (first as { err?: unknown } | null)?.err;
          if (typeof first === 'object' && err instanceof Error && typeof rest[0] !== 'string') {
            return method.apply(this, [first, redactText(err.message)] as Parameters<typeof method>);
          }
          const scrubbed = args.map((arg) => (typeof arg === 'string' ? redactText(arg) : arg));
          return method.apply(this, scrubbed as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}
