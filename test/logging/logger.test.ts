import fc from 'fast-check';
import { createLogger, isSecretName, redactDeep, redactText, REDACTED } from '../../src/logging/logger';
import { PartnerCenterError } from '../../src/partnercenter/errors';
import { LogCapture } from '../support/harness';

function capture() {
  const logs = new LogCapture();
  return { logs, logger: createLogger('info', logs) };
}

/** Secret values, each distinct so a leak names its source. */
const S = Object.fromEntries(
  Array.from({ length: 30 }, (_, i) => [`s${i}`, `SECRET-${i}-${'q'.repeat(8)}`]),
) as Record<string, string>;

function expectNoSecret(text: string): void {
  for (const [name, secret] of Object.entries(S)) {
    if (text.includes(secret)) throw new Error(`${name} (${secret}) leaked into: ${text}`);
  }
}

describe('createLogger redaction', () => {
  it('censors credentials wherever they are in a log object', () => {
    const { logs, logger } = capture();
    logger.info(
      {
        authorization: `Bearer ${S.s0}`,
        Authorization: `Bearer ${S.s1}`,
        headers: {
          authorization: `Bearer ${S.s2}`,
          Authorization: `Bearer ${S.s3}`,
          accept: 'application/json',
        },
        req: { headers: { authorization: `Bearer ${S.s4}`, 'proxy-authorization': S.s5, cookie: S.s6 } },
        token: S.s7,
        accessToken: S.s8,
        access_token: S.s9,
        refresh_token: S.s10,
        refreshToken: S.s11,
        client_secret: S.s12,
        clientSecret: S.s13,
        MicrosoftAppPassword: S.s14,
        password: S.s15,
        nested: {
          deeper: {
            still: { token: S.s16, request: { headers: { Authorization: `Bearer ${S.s17}` } } },
          },
          config: { bot: { appPassword: S.s18 }, partnerCenter: { credentials: { clientSecret: S.s19 } } },
        },
        attempts: [{ headers: { authorization: `Bearer ${S.s20}` } }, { id_token: S.s21 }],
        correlationId: 'c0ffee00-0000-4000-8000-000000000001',
        tokenType: 'Bearer',
      },
      'calling Partner Center',
    );
    expect(logs.lines).toHaveLength(1);
    const line = logs.lines[0]!;
    expectNoSecret(line);
    const record = JSON.parse(line) as Record<string, unknown>;
    expect(record).toMatchObject({
      authorization: REDACTED,
      Authorization: REDACTED,
      headers: { authorization: REDACTED, Authorization: REDACTED, accept: 'application/json' },
      req: { headers: { authorization: REDACTED, 'proxy-authorization': REDACTED, cookie: REDACTED } },
      token: REDACTED,
      accessToken: REDACTED,
      access_token: REDACTED,
      refresh_token: REDACTED,
      refreshToken: REDACTED,
      client_secret: REDACTED,
      clientSecret: REDACTED,
      MicrosoftAppPassword: REDACTED,
      password: REDACTED,
      nested: {
        deeper: { still: { token: REDACTED, request: { headers: { Authorization: REDACTED } } } },
        config: { bot: { appPassword: REDACTED }, partnerCenter: { credentials: REDACTED } },
      },
      attempts: [{ headers: { authorization: REDACTED } }, { id_token: REDACTED }],
      // What support needs stays.
      correlationId: 'c0ffee00-0000-4000-8000-000000000001',
      tokenType: 'Bearer',
      msg: 'calling Partner Center',
    });
  });

  it('scrubs bearer tokens, JWTs and form secrets written into strings and messages', () => {
    const { logs, logger } = capture();
    const jwt = `eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJ${S.s22}.c2lnbmF0dXJl`;
    logger.warn(
      { detail: `request failed: Authorization: Bearer ${S.s23}` },
      `retrying with Bearer ${S.s24}`,
    );
    logger.warn({ body: `grant_type=client_credentials&client_secret=${S.s25}&scope=x` }, `got ${jwt}`);
    logger.info(`basic auth Basic ${S.s26}`);
    const text = logs.text();
    expectNoSecret(text);
    expect(text).not.toContain(jwt);
    expect(text).toContain(`Bearer ${REDACTED}`);
    expect(text).toContain(`client_secret=${REDACTED}`);
  });

  it('serializes errors with their causes and fields, without the secrets in them', () => {
    const { logs, logger } = capture();
    const cause = Object.assign(new Error(`token endpoint said no to Bearer ${S.s0}`), {
      request: { headers: { authorization: `Bearer ${S.s1}` } },
    });
    const err = Object.assign(new Error('Partner Center listOrders failed (500)', { cause }), {
      config: { headers: { Authorization: `Bearer ${S.s2}` } },
      accessToken: S.s3,
      status: 500,
    });
    logger.error({ err, correlationId: 'abc' }, 'command failed');
    logger.error(err);
    logger.error({ err: new Error(`plain Bearer ${S.s4}`) });
    logger.error(new Error(`alone Bearer ${S.s5}`));
    logger.error({ detail: { error: new Error(`nested Bearer ${S.s6}`) } }, 'nested');
    const text = logs.text();
    expectNoSecret(text);
    const [first] = logs.records();
    expect(first).toMatchObject({
      msg: 'command failed',
      correlationId: 'abc',
      err: {
        type: 'Error',
        message: expect.stringContaining('Partner Center listOrders failed (500)'),
        stack: expect.stringContaining('Error: Partner Center listOrders failed'),
        status: 500,
        accessToken: REDACTED,
        config: { headers: { Authorization: REDACTED } },
      },
    });
    // The cause's message is kept (redacted), so the log still says why.
    expect((first!.err as { message: string }).message).toContain('token endpoint said no');
    expect(logs.records().map((r) => r.msg)).toEqual([
      'command failed',
      'Partner Center listOrders failed (500)',
      `plain Bearer ${REDACTED}`,
      `alone Bearer ${REDACTED}`,
      'nested',
    ]);
  });

  it('logs errors without the payloads they carry: Redis command arguments, Partner Center descriptions', () => {
    const { logs, logger } = capture();
    const watchDocument = JSON.stringify({ owner: { name: 'Ada Lovelace' }, customerName: 'Contoso' });
    // What ioredis puts on a refused command (DataHandler.returnError).
    const redisErr = Object.assign(new Error("OOM command not allowed when used memory > 'maxmemory'."), {
      command: { name: 'evalsha', args: ['sha', '5', 'pcbot:v1:watch:abc', watchDocument] },
    });
    const pcErr = new PartnerCenterError({
      reason: 'badRequest',
      status: 400,
      operation: 'listOrders',
      correlationId: 'corr-1',
      requestId: 'req-1',
      code: 600,
      description: 'Line item price 1234.56 USD does not match',
    });
    logger.error({ err: redisErr, correlationId: 'corr-0' }, 'command failed');
    logger.error({ err: pcErr }, 'command failed');
    logger.warn({ err: new Error('wrapped', { cause: redisErr }) }, 'wrapped');
    const text = logs.text();
    for (const leak of ['Ada Lovelace', 'Contoso', '1234.56', 'pcbot:v1:watch'])
      expect(text).not.toContain(leak);
    const [first, second] = logs.records();
    expect(first!.err).toMatchObject({ command: 'evalsha', message: expect.stringContaining('OOM') });
    expect(second!.err).toMatchObject({
      message: 'Partner Center listOrders failed (400, code 600)',
      reason: 'badRequest',
      correlationId: 'corr-1',
    });
  });

  it('copes with cycles, depth, buffers and objects with toJSON, and never changes what it was given', () => {
    const { logs, logger } = capture();
    const cyclic: Record<string, unknown> = { name: 'loop', token: S.s7 };
    cyclic.self = cyclic;
    let deep: Record<string, unknown> = { token: S.s8 };
    for (let i = 0; i < 50; i++) deep = { next: deep };
    const headers = {
      toJSON: () => ({ Authorization: `Bearer ${S.s9}`, 'content-type': 'application/json' }),
    };
    const original = { headers, token: S.s10 };
    logger.info({ cyclic, deep, headers, buffer: Buffer.from(S.s11!), original }, 'odd shapes');
    const text = logs.text();
    expectNoSecret(text);
    const record = logs.records()[0]!;
    expect(record.cyclic).toEqual({ name: 'loop', token: REDACTED, self: '[circular]' });
    expect(record.headers).toEqual({ Authorization: REDACTED, 'content-type': 'application/json' });
    expect(original.token).toBe(S.s10);
    expect(cyclic.token).toBe(S.s7);
  });

  it('never lets a secret through, whatever the object around it (property)', () => {
    const secretKey = fc.constantFrom(
      'authorization',
      'Authorization',
      'token',
      'accessToken',
      'access_token',
      'refresh_token',
      'refreshToken',
      'client_secret',
      'clientSecret',
      'MicrosoftAppPassword',
      'appPassword',
      'password',
      'id_token',
      'client_assertion',
      'x-api-key',
      'cookie',
    );
    const secret = fc.stringMatching(/^[A-Za-z0-9]{12,24}$/).map((s) => `zz${s}zz`);
    const path = fc.array(
      fc.oneof(fc.constantFrom('headers', 'req', 'err', 'config', 'request', 'options'), fc.nat(3)),
      {
        maxLength: 6,
      },
    );
    fc.assert(
      fc.property(path, secretKey, secret, fc.jsonValue({ maxDepth: 2 }), (steps, key, value, noise) => {
        let node: unknown = { [key]: value, noise };
        for (const step of [...steps].reverse()) {
          node = typeof step === 'number' ? [...Array<null>(step).fill(null), node] : { [step]: node, noise };
        }
        const { logs, logger } = capture();
        logger.info(node as Record<string, unknown>, 'property');
        logger.info(
          { wrapped: node },
          `and as text: ${JSON.stringify({ Authorization: `Bearer ${value}` })}`,
        );
        expect(logs.text()).not.toContain(value);
      }),
      { numRuns: 200 },
    );
  });
});

describe('redactText and redactDeep', () => {
  it('leave ordinary text alone', () => {
    const text = 'orders for contoso (3 found) in 120 ms; correlation c0ffee00; status code 500';
    expect(redactText(text)).toBe(text);
    expect(redactDeep({ a: [1, 'two', { three: true }], at: new Date(0) })).toEqual({
      a: [1, 'two', { three: true }],
      at: new Date(0),
    });
  });
});

describe('credential-named values inside text (secret=, password:, "token":"…")', () => {
  const X = 'Zq9-SECRET-value_x';
  it.each([
    ['secret=', `secret=${X} next`, `secret=${REDACTED} next`],
    ['password= in a query', `?user=dana&password=${X}&x=1`, `?user=dana&password=${REDACTED}&x=1`],
    ['token=', `token=${X}`, `token=${REDACTED}`],
    ['key=', `key=${X}`, `key=${REDACTED}`],
    ['pwd=', `Server=db;Uid=dana;Pwd=${X};`, `Server=db;Uid=dana;Pwd=${REDACTED};`],
    ['api_key=', `api_key=${X}`, `api_key=${REDACTED}`],
    ['a header line', `x-api-key: ${X}`, `x-api-key: ${REDACTED}`],
    ['secret: …', `secret: ${X}`, `secret: ${REDACTED}`],
    ['spaces around =', `Password = ${X}`, `Password = ${REDACTED}`],
    ['a camelCase name', `MicrosoftAppPassword=${X}`, `MicrosoftAppPassword=${REDACTED}`],
    ['an environment name', `PARTNER_CENTER_CLIENT_SECRET=${X}`, `PARTNER_CENTER_CLIENT_SECRET=${REDACTED}`],
    [
      'a SAS signature',
      `https://a.blob.core.windows.net/c?sv=1&sig=${X}&se=2`,
      `https://a.blob.core.windows.net/c?sv=1&sig=${REDACTED}&se=2`,
    ],
    [
      'JSON in a string',
      `body {"password":"${X}","user":"dana"}`,
      `body {"password":"${REDACTED}","user":"dana"}`,
    ],
    ['JSON with spaces', `{ "clientSecret": "${X}" }`, `{ "clientSecret": "${REDACTED}" }`],
    ['single quotes', `{'token': '${X}'}`, `{'token': '${REDACTED}'}`],
    ['escaped JSON in a string', `{\\"password\\":\\"${X}\\"}`, `{\\"password\\":\\"${REDACTED}\\"}`],
    ['a quoted value with an escaped quote', `"password":"a\\"${X}"`, `"password":"${REDACTED}"`],
    ['a quoted value cut short', `password="${X} and more`, `password="${REDACTED}"`],
    ['a pair inside the value of another', `settings: pwd=${X}`, `settings: pwd=${REDACTED}`],
    [
      'a password in a URL',
      `https://dana:${X}@proxy.contoso.com/`,
      `https://dana:${REDACTED}@proxy.contoso.com/`,
    ],
  ])('%s', (_name, text, expected) => {
    expect(redactText(text)).toBe(expected);
    expect(redactText(expected)).toBe(expected); // redacting twice changes nothing
  });

  it.each([
    '3 tokens left in the bucket',
    'tokens: 5',
    'correlationId=c0ffee00-0000-4000-8000-000000000001',
    'the password was wrong; the token is expired',
    'Error: token expired',
    'monkey=banana',
    'keyboard: us',
    'key points: speed',
    'tokenType=Bearer',
    'status: 500, time: 12:30',
    'at get (/app/src/partnercenter/auth/token-provider.ts:12:5)',
    'orders for contoso; billingCycle=monthly; customerId=b0d70a69',
  ])('leaves "%s" alone', (text) => {
    expect(redactText(text)).toBe(text);
  });

  it('isSecretName judges a name by its last word', () => {
    for (const name of [
      'secret',
      'client_secret',
      'clientSecret',
      'x-api-key',
      'APIKey',
      'Pwd',
      'sig',
      'id_token',
    ])
      expect({ name, secret: isSecretName(name) }).toEqual({ name, secret: true });
    for (const name of ['tokens', 'tokenType', 'monkey', 'keyboard', 'correlationId', 'signal', 'passenger'])
      expect({ name, secret: isSecretName(name) }).toEqual({ name, secret: false });
  });

  it('reach no log line: messages, string fields, error messages', () => {
    const { logs, logger } = capture();
    logger.warn(`connecting with secret=${S.s0} and password: ${S.s1}`);
    logger.info({ detail: `upstream said {"access_token":"${S.s2}","expires_in":3599}` }, 'token answer');
    logger.error({ err: new Error(`login failed for key=${S.s3}`) }, 'login');
    logger.error(new Error(`bad config: pwd=${S.s4}`));
    const text = logs.text();
    expectNoSecret(text);
    expect(logs.records().map((r) => r.msg)).toEqual([
      `connecting with secret=${REDACTED} and password: ${REDACTED}`,
      'token answer',
      'login',
      `bad config: pwd=${REDACTED}`,
    ]);
    expect(logs.records()[1]!.detail).toBe(`upstream said {"access_token":"${REDACTED}","expires_in":3599}`);
  });

  it('handles large text in one pass (a pattern that backtracks would not finish within the test timeout)', () => {
    expect(redactText('a'.repeat(500_000))).toHaveLength(500_000);
    expect(redactText('token: '.repeat(70_000))).toContain(REDACTED);
    expect(redactText(`"password":"${'a'.repeat(500_000)}`)).toBe(`"password":"${REDACTED}"`);
  });
});
