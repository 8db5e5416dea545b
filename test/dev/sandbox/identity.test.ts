import {
  CONTOSO_TENANT_ID,
  EXPIRED_REFRESH_TOKEN,
  MFA_REQUIRED_REFRESH_TOKEN,
  PARTNER_TENANT_ID,
  WRONG_CLIENT_SECRET,
} from '../../../dev/sandbox';
import { getJson, useSandbox } from './helpers';

const sandbox = useSandbox();
const TOKEN_PATH = `/${PARTNER_TENANT_ID}/oauth2/v2.0/token`;

interface TokenBody {
  token_type?: string;
  expires_in?: number;
  ext_expires_in?: number;
  access_token?: string;
  refresh_token?: string;
  scope?: string;
  id_token?: string;
  client_info?: string;
  error?: string;
  error_description?: string;
  error_codes?: number[];
  suberror?: string;
}

async function token(fields: Record<string, string>): Promise<{ status: number; body: TokenBody }> {
  const res = await fetch(sandbox().url + TOKEN_PATH, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
  return { status: res.status, body: (await res.json()) as TokenBody };
}

const APP = { client_id: 'app-id', client_secret: 's3cret' };
const APP_ONLY = {
  ...APP,
  grant_type: 'client_credentials',
  scope: 'https://api.partnercenter.microsoft.com/.default',
};

describe('token endpoint', () => {
  it('issues app-only tokens the API then accepts', async () => {
    const { status, body } = await token(APP_ONLY);
    expect(status).toBe(200);
    expect(body).toEqual({
      token_type: 'Bearer',
      expires_in: 3599,
      ext_expires_in: 3599,
      access_token: expect.any(String),
    });
    const other = await token(APP_ONLY);
    expect(other.body.access_token).not.toBe(body.access_token);
    const api = await getJson(sandbox(), `/v1/customers/${CONTOSO_TENANT_ID}`, {
      Authorization: `Bearer ${body.access_token ?? ''}`,
    });
    expect(api.status).toBe(200);
  });

  it('redeems a refresh token for a new access and refresh token (app+user)', async () => {
    const { status, body } = await token({
      ...APP,
      grant_type: 'refresh_token',
      refresh_token: 'stored-refresh-token',
      scope: 'https://api.partnercenter.microsoft.com/user_impersonation openid profile offline_access',
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      token_type: 'Bearer',
      scope: 'https://api.partnercenter.microsoft.com/user_impersonation',
      expires_in: 3599,
      access_token: expect.any(String),
      refresh_token: expect.any(String),
    });
    expect(body.refresh_token).not.toBe('stored-refresh-token');
  });

  it('adds an id_token and client_info when the OpenID scopes are asked for, so MSAL can build its account', async () => {
    const { body } = await token({
      ...APP,
      grant_type: 'refresh_token',
      refresh_token: 'stored-refresh-token',
      scope: 'https://api.partnercenter.microsoft.com/user_impersonation openid profile offline_access',
    });
    const [, payload] = (body.id_token ?? '').split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    expect(claims).toMatchObject({
      aud: 'app-id',
      tid: PARTNER_TENANT_ID,
      ver: '2.0',
      oid: expect.any(String),
    });
    const info = JSON.parse(Buffer.from(body.client_info ?? '', 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    expect(info).toEqual({ uid: claims.oid, utid: PARTNER_TENANT_ID });
    const noOpenId = await token({
      ...APP,
      grant_type: 'refresh_token',
      refresh_token: 'r',
      scope: 'x/user_impersonation',
    });
    expect(noOpenId.body.id_token).toBeUndefined();
  });

  it.each([
    [
      'no client_id',
      { grant_type: 'client_credentials', scope: 'x/.default' },
      400,
      'invalid_request',
      900144,
    ],
    ['a wrong secret', { ...APP_ONLY, client_secret: WRONG_CLIENT_SECRET }, 401, 'invalid_client', 7000215],
    [
      'no secret',
      { client_id: 'a', grant_type: 'client_credentials', scope: 'x/.default' },
      401,
      'invalid_client',
      7000218,
    ],
    ['an unknown grant', { ...APP, grant_type: 'password' }, 400, 'unsupported_grant_type', 70003],
    [
      'a scope without /.default',
      { ...APP_ONLY, scope: 'https://api.partnercenter.microsoft.com/user_impersonation' },
      400,
      'invalid_scope',
      1002012,
    ],
    [
      'an expired refresh token',
      { ...APP, grant_type: 'refresh_token', refresh_token: EXPIRED_REFRESH_TOKEN },
      400,
      'invalid_grant',
      700082,
    ],
    [
      'MFA required',
      { ...APP, grant_type: 'refresh_token', refresh_token: MFA_REQUIRED_REFRESH_TOKEN },
      400,
      'invalid_grant',
      50076,
    ],
  ])('refuses %s', async (_what, fields: Record<string, string>, status, error, code) => {
    const res = await token(fields);
    expect(res.status).toBe(status);
    expect(res.body.error).toBe(error);
    expect(res.body.error_codes).toEqual([code]);
    expect(res.body.error_description).toMatch(new RegExp(`^AADSTS${code}: `));
  });

  it('describes a wrong secret as Entra does', async () => {
    const { body } = await token({ ...APP_ONLY, client_secret: WRONG_CLIENT_SECRET });
    expect(body.error_description).toBe('AADSTS7000215: Invalid client secret provided.');
  });

  it('records token requests without secrets', async () => {
    await token({ ...APP, grant_type: 'refresh_token', refresh_token: 'stored-refresh-token', scope: 'x' });
    const [recorded] = sandbox().requests;
    expect(recorded).toMatchObject({ method: 'POST', path: TOKEN_PATH, status: 200 });
    expect(recorded?.form).toEqual({ client_id: 'app-id', grant_type: 'refresh_token', scope: 'x' });
    expect(JSON.stringify(sandbox().requests)).not.toMatch(/s3cret|stored-refresh-token/);
  });

  it('needs no bearer token and ignores the API knobs', async () => {
    sandbox().knobs.bom = true;
    sandbox().knobs.faults.push({ status: 503 });
    const { status } = await token(APP_ONLY);
    expect(status).toBe(200);
  });

  it('can be made to fail with a matching fault', async () => {
    sandbox().knobs.faults.push({ match: '/oauth2/', status: 503, times: 1 });
    expect((await token(APP_ONLY)).status).toBe(503);
    expect((await token(APP_ONLY)).status).toBe(200);
  });
});

describe('metadata', () => {
  it('serves an OpenID configuration pointing at the sandbox', async () => {
    const { status, body } = await getJson<Record<string, unknown>>(
      sandbox(),
      `/${PARTNER_TENANT_ID}/v2.0/.well-known/openid-configuration`,
      {},
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({
      token_endpoint: `${sandbox().url}/${PARTNER_TENANT_ID}/oauth2/v2.0/token`,
      authorization_endpoint: `${sandbox().url}/${PARTNER_TENANT_ID}/oauth2/v2.0/authorize`,
      issuer: `${sandbox().url}/${PARTNER_TENANT_ID}/v2.0`,
      jwks_uri: `${sandbox().url}/${PARTNER_TENANT_ID}/discovery/v2.0/keys`,
    });
    const common = await getJson<{ issuer: string }>(
      sandbox(),
      '/common/v2.0/.well-known/openid-configuration',
      {},
    );
    expect(common.body.issuer).toBe(`${sandbox().url}/{tenantid}/v2.0`);
  });

  it('serves instance discovery metadata', async () => {
    const authority = encodeURIComponent(
      `https://login.microsoftonline.com/${PARTNER_TENANT_ID}/oauth2/v2.0/authorize`,
    );
    const { status, body } = await getJson<{
      tenant_discovery_endpoint: string;
      'api-version': string;
      metadata: { preferred_network: string; preferred_cache: string; aliases: string[] }[];
    }>(sandbox(), `/common/discovery/instance?api-version=1.1&authorization_endpoint=${authority}`, {});
    expect(status).toBe(200);
    expect(body['api-version']).toBe('1.1');
    expect(body.tenant_discovery_endpoint).toBe(
      `${sandbox().url}/${PARTNER_TENANT_ID}/v2.0/.well-known/openid-configuration`,
    );
    const host = new URL(sandbox().url).host;
    expect(body.metadata[0]).toEqual({ preferred_network: host, preferred_cache: host, aliases: [host] });
    expect(body.metadata[1]?.aliases).toContain('login.microsoftonline.com');
  });

  it('records metadata requests too', async () => {
    await fetch(`${sandbox().url}/common/discovery/instance?api-version=1.1`);
    expect(sandbox().requests.map((r) => [r.path, r.query['api-version'], r.status])).toEqual([
      ['/common/discovery/instance', '1.1', 200],
    ]);
  });
});
