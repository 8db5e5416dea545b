// No Docker engine or Bicep compiler runs here, so these check what can drift between the deployment files and
// the code: the settings the app reads, where the secrets live, and that the image holds no development tools.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CHECKOUT } from '../support/checkout';

const ROOT = CHECKOUT;
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** The variables .env.example documents: the ones the bot reads. */
const documented = new Set(
  [...read('.env.example').matchAll(/^#?\s*([A-Za-z_][A-Za-z0-9_]*)=/gm)].map((m) => m[1]!),
);

describe('deploy/azure/main.bicep', () => {
  const bicep = read('deploy/azure/main.bicep');
  const settings = [...bicep.matchAll(/name: '([A-Za-z_][A-Za-z0-9_]*)'\s*value:/g)].map((m) => m[1]!);
  const secretSettings = ['MicrosoftAppPassword', 'PARTNER_CENTER_CLIENT_SECRET', 'REDIS_URL'];

  it('sets only app settings the bot reads, the secrets among them', () => {
    // App Service's own settings aside.
    const unknown = settings.filter((s) => !documented.has(s) && !/^(WEBSITE_|SCM_|NODE_ENV$)/.test(s));
    expect(unknown).toEqual([]);
    expect(settings).toEqual(expect.arrayContaining(['MicrosoftAppId', ...secretSettings]));
  });

  it('passes the secrets as Key Vault references, never as values', () => {
    for (const name of secretSettings) {
      expect(bicep).toMatch(new RegExp(`name: '${name}'\\s*value: '@Microsoft\\.KeyVault\\(SecretUri=`));
    }
  });

  it('passes the shared-tier settings: REDIS_URL, the partner-wide budget, the directory refresh', () => {
    expect(settings).toEqual(
      expect.arrayContaining([
        'REDIS_URL',
        'PARTNER_CENTER_BUDGET_PER_MINUTE',
        'CUSTOMER_DIRECTORY_REFRESH_MINUTES',
      ]),
    );
  });

  describe('Azure Cache for Redis', () => {
    const start = bicep.search(/^resource redis 'Microsoft\.Cache\/redis@/m);
    const redis = start < 0 ? '' : bicep.slice(start, bicep.indexOf('\n}\n', start));

    it('is there', () => {
      expect(redis).not.toBe('');
    });

    it('speaks TLS only, 1.2 at least', () => {
      expect(redis).toMatch(/enableNonSslPort: false/);
      expect(redis).toMatch(/minimumTlsVersion: '1\.2'/);
    });

    it('is not reachable from the internet: public network access off, a private endpoint instead', () => {
      expect(redis).toMatch(/publicNetworkAccess: 'Disabled'/);
      expect(bicep).toMatch(
        /resource \w+ 'Microsoft\.Network\/privateEndpoints@[^']+' = \{[\s\S]*?groupIds: \[\s*'redisCache'\s*\]/,
      );
      // The app reaches it through its VNet integration, resolving the private DNS name.
      expect(bicep).toMatch(/virtualNetworkSubnetId: /);
      expect(bicep).toMatch(/privatelink\.redis\.cache\.windows\.net/);
    });

    it('has its access key only in Key Vault, as the rediss:// REDIS_URL on port 6380', () => {
      expect(bicep).toMatch(
        /value: 'rediss:\/\/:\$\{uriComponent\(redis\.listKeys\(\)\.primaryKey\)\}@\$\{redis\.properties\.hostName\}:6380'/,
      );
      expect(bicep).not.toMatch(/output .*listKeys/);
    });
  });

  it('runs at least two bot instances', () => {
    expect(bicep).toMatch(/@minValue\(2\)\nparam instanceCount int = [2-9]/);
    expect(bicep).toMatch(/sku: \{\s*name: planSku\s*capacity: instanceCount\s*\}/);
  });

  it('has an example parameter file without secrets that names only declared parameters', () => {
    const example = JSON.parse(read('deploy/azure/main.parameters.example.json')) as {
      parameters: Record<string, unknown>;
    };
    const declared = [...bicep.matchAll(/^param (\w+) /gm)].map((m) => m[1]);
    for (const name of Object.keys(example.parameters)) expect(declared).toContain(name);
    const secure = [...bicep.matchAll(/^@secure\(\)\n(?:@description\(.*\)\n)?param (\w+)/gm)].map(
      (m) => m[1],
    );
    expect(secure.length).toBeGreaterThan(0);
    for (const name of secure) expect(Object.keys(example.parameters)).not.toContain(name);
  });
});

describe('deploy/Dockerfile', () => {
  const dockerfile = read('deploy/Dockerfile');
  const runtime = dockerfile.slice(dockerfile.search(/^FROM .* AS runtime$/m));

  it('copies only the compiled bot and its cards into the runtime image: no dev/ code', () => {
    const copied = [...runtime.matchAll(/^COPY --from=build (\S+)/gm)].map((m) => m[1]);
    expect(copied.sort()).toEqual(['/app/dist/cards', '/app/dist/src']);
  });

  it('keeps secrets and local builds out of the build context', () => {
    const ignore = read('deploy/Dockerfile.dockerignore').split('\n');
    expect(ignore).toEqual(expect.arrayContaining(['.env', 'node_modules', 'dist', '.git']));
  });
});
