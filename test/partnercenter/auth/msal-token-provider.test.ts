import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MsalTokenProvider } from '../../../src/partnercenter/auth/msal-token-provider';
import { RoutedNetworkClient } from '../../../src/partnercenter/auth/routed-network-client';
import { PartnerCenterClient } from '../../../src/partnercenter/client';
import { DEFAULT_TRANSPORT_SETTINGS, Transport } from '../../../src/partnercenter/transport';
import { CLOUDS, type PartnerCenterCredentials } from '../../../src/config';
import { CONTOSO_TENANT_ID, startSandbox, type Sandbox } from '../../../dev/sandbox';
import { turn } from '../../support/partner-center';

const PARTNER_TENANT = '3c8f4a52-6d0e-4b6f-9a1e-2f5b7c9d1e3a';
let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.clearRequests());

const tokenPosts = () =>
  sandbox.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/oauth2/v2.0/token'));

function provider(credentials: PartnerCenterCredentials, cloud: keyof typeof CLOUDS = 'global') {
  const endpoints = CLOUDS[cloud];
  return new MsalTokenProvider({
    tenantId: PARTNER_TENANT,
    authorityHost: endpoints.authorityHost,
    resource: endpoints.resource,
    credentials,
    // Real MSAL; its requests for the cloud's login host go to the sandbox's token endpoint.
    networkClient: new RoutedNetworkClient([endpoints.authorityHost, ...endpoints.loginAliases], sandbox.url),
  });
}

describe('MsalTokenProvider with real MSAL against the sandbox token endpoint', () => {
  it('gets an app-only token with a client secret and serves the second one from its cache', async () => {
    const tokens = provider({ kind: 'secret', clientId: 'app-1', clientSecret: 'correct-horse' });
    const first = await tokens.getToken();
    const second = await tokens.getToken();
    expect(first).toBeTruthy();
    expect(second).toBe(first);
    expect(tokenPosts()).toHaveLength(1);
    expect(tokenPosts()[0]!.path).toBe(`/${PARTNER_TENANT}/oauth2/v2.0/token`);
  });

  it('gets a token the Partner Center API accepts', async () => {
    const tokens = provider({ kind: 'secret', clientId: 'app-2', clientSecret: 'correct-horse' });
    const client = new PartnerCenterClient(
      new Transport({ ...DEFAULT_TRANSPORT_SETTINGS, baseUrl: sandbox.url, tokens }),
    );
    const customer = await client.getCustomer(CONTOSO_TENANT_ID, turn());
    expect(customer.companyProfile.companyName).toBe('Contoso');
  });

  it('reports a rejected secret as unauthorized, without retrying or leaking it', async () => {
    const tokens = provider({ kind: 'secret', clientId: 'app-3', clientSecret: 'wrong' });
    const client = new PartnerCenterClient(
      new Transport({ ...DEFAULT_TRANSPORT_SETTINGS, baseUrl: sandbox.url, tokens }),
    );
    const err = await client.getCustomer(CONTOSO_TENANT_ID, turn()).catch((e: unknown) => e);
    expect(err).toMatchObject({ reason: 'unauthorized' });
    expect(JSON.stringify(sandbox.requests)).not.toContain('wrong');
    expect(String((err as Error).message)).not.toContain('wrong');
  });

  it('uses a stored refresh token (App+User), then MSAL cache and silent refresh', async () => {
    const tokens = provider({
      kind: 'refreshToken',
      clientId: 'app-4',
      clientSecret: 's',
      refreshToken: 'stored-rt',
    });
    const first = await tokens.getToken();
    const second = await tokens.getToken();
    expect(first).toBeTruthy();
    expect(second).toBe(first);
    expect(tokenPosts()).toHaveLength(1);
  });

  it.each(['usgov', 'china'] as const)(
    'asks the %s login authority for the cloud resource',
    async (cloud) => {
      const tokens = provider({ kind: 'secret', clientId: `app-${cloud}`, clientSecret: 's' }, cloud);
      expect(await tokens.getToken()).toBeTruthy();
      expect(tokenPosts()).toHaveLength(1);
    },
  );
});

describe('MsalTokenProvider with a certificate', () => {
  it('signs a client assertion with the private key and gets a token', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'pc-cert-')), 'key.pem');
    writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const thumbprint = createHash('sha256')
      .update(publicKey.export({ type: 'spki', format: 'der' }))
      .digest('hex');

    const tokens = provider({ kind: 'certificate', clientId: 'app-cert', certificatePath: file, thumbprint });
    expect(await tokens.getToken()).toBeTruthy();
    const form = tokenPosts()[0]?.form ?? {};
    expect(form.client_assertion_type).toBe('urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
  });
});
