// No Docker engine or Bicep compiler runs here: these read the files as text.

import { readFileSync } from 'node:fs';
import path from 'node:path';

const DEPLOY = path.join(__dirname, '..', '..', 'deploy');
const read = (file: string) => readFileSync(path.join(DEPLOY, file), 'utf8');

describe('deploy/Dockerfile', () => {
  const dockerfile = read('Dockerfile');
  const instructions = dockerfile
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .filter((l) => l.trim() && !l.trim().startsWith('#'));

  it('builds on Node 22 in two stages and ships production dependencies only', () => {
    expect(instructions.filter((l) => /^FROM node:22-bookworm-slim AS \w+$/.test(l))).toHaveLength(2);
    expect(instructions).toEqual(
      expect.arrayContaining(['RUN npm ci --ignore-scripts --no-audit --no-fund', 'RUN npm run build']),
    );
    expect(dockerfile).toMatch(/^RUN npm ci --omit=dev --ignore-scripts\b/m);
    expect(instructions).toEqual(
      expect.arrayContaining([
        'COPY --from=build /app/dist/src ./dist/src',
        'COPY --from=build /app/dist/cards ./dist/cards',
      ]),
    );
  });

  it('runs node dist/src/index.js as the non-root node user on 0.0.0.0:3978 with a health check', () => {
    expect(instructions).toContain('ENV NODE_ENV=production PORT=3978 HOST=0.0.0.0');
    expect(instructions).toContain('USER node');
    expect(instructions).toContain('EXPOSE 3978');
    expect(instructions.find((l) => l.startsWith('HEALTHCHECK'))).toMatch(
      /CMD \["node", "-e", ".*fetch\(.*127\.0\.0\.1.*\/healthz/,
    );
    expect(instructions.at(-1)).toBe('CMD ["node", "dist/src/index.js"]');
    // USER comes before the process starts: nothing after it runs as root.
    expect(instructions.indexOf('USER node')).toBeLessThan(instructions.length - 1);
  });

  it('keeps secrets and local builds out of the build context', () => {
    const ignore = read('Dockerfile.dockerignore').split('\n');
    expect(ignore).toEqual(expect.arrayContaining(['.env', 'node_modules', 'dist', '.git']));
  });
});

describe('deploy/azure/main.bicep', () => {
  const bicep = read('azure/main.bicep');

  it('creates a single-tenant Azure Bot on the app endpoint with the Microsoft Teams channel', () => {
    expect(bicep).toMatch(/resource \w+ 'Microsoft\.BotService\/botServices@2022-09-15'/);
    expect(bicep).toContain("kind: 'azurebot'");
    expect(bicep).toContain("msaAppType: 'SingleTenant'");
    expect(bicep).toContain('msaAppTenantId: botTenantId');
    expect(bicep).toContain("endpoint: 'https://${app.properties.defaultHostName}/api/messages'");
    expect(bicep).toMatch(
      /'Microsoft\.BotService\/botServices\/channels@2022-09-15'[\s\S]*name: 'MsTeamsChannel'/,
    );
  });

  it('keeps both secrets in an RBAC Key Vault, readable by the app identity, referenced from app settings', () => {
    expect(bicep).toMatch(/^@secure\(\)\n(@description\(.*\)\n)?param appPassword string$/m);
    expect(bicep).toMatch(/^@secure\(\)\n(@description\(.*\)\n)?param pcClientSecret string$/m);
    expect(bicep).toContain('enableRbacAuthorization: true');
    expect(bicep).toContain('4633458b-17de-408a-b874-0445c86b69e6'); // Key Vault Secrets User
    expect(bicep).toContain('keyVaultReferenceIdentity: identity.id');
    expect(bicep).toMatch(/name: 'MicrosoftAppPassword'\s*value: '@Microsoft\.KeyVault\(SecretUri=\$\{/);
    expect(bicep).toMatch(
      /name: 'PARTNER_CENTER_CLIENT_SECRET'\s*value: '@Microsoft\.KeyVault\(SecretUri=\$\{/,
    );
    // A secret's value appears only in its Key Vault secret resource: declared, then used once.
    const code = bicep.replace(/\/\/.*$/gm, '');
    expect(code.match(/\bappPassword\b/g)).toHaveLength(2);
    expect(code.match(/\bpcClientSecret\b/g)).toHaveLength(2);
  });

  it('sets every app setting the bot reads, and hardens the Web App', () => {
    for (const setting of [
      'MicrosoftAppId',
      'MicrosoftAppType',
      'MicrosoftAppTenantId',
      'MicrosoftAppPassword',
      'PARTNER_CENTER_TENANT_ID',
      'PARTNER_CENTER_CLIENT_ID',
      'PARTNER_CENTER_CLIENT_SECRET',
      'PARTNER_CENTER_CLOUD',
      'ALLOWED_TENANT_IDS',
      'RATE_LIMIT_PER_MINUTE',
      'LOG_LEVEL',
    ]) {
      expect(bicep).toContain(`name: '${setting}'`);
    }
    for (const line of [
      "linuxFxVersion: 'NODE|22-lts'",
      "healthCheckPath: '/healthz'",
      'httpsOnly: true',
      "minTlsVersion: '1.2'",
      "ftpsState: 'Disabled'",
    ]) {
      expect(bicep).toContain(line);
    }
  });

  it('uses API versions that exist and balanced braces', () => {
    const apis = [...bicep.matchAll(/^resource \w+ '([^']+)@([^']+)'/gm)].map((m) => `${m[1]}@${m[2]}`);
    expect(apis.sort()).toEqual(
      [
        'Microsoft.Authorization/roleAssignments@2022-04-01',
        'Microsoft.BotService/botServices/channels@2022-09-15',
        'Microsoft.BotService/botServices@2022-09-15',
        'Microsoft.KeyVault/vaults/secrets@2023-07-01',
        'Microsoft.KeyVault/vaults/secrets@2023-07-01',
        'Microsoft.KeyVault/vaults@2023-07-01',
        'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31',
        'Microsoft.Web/serverfarms@2023-12-01',
        'Microsoft.Web/sites@2023-12-01',
      ].sort(),
    );
    const code = bicep.replace(/'(?:[^'\\]|\\.)*'/g, "''").replace(/\/\/.*$/gm, '');
    for (const [open, close] of [
      ['{', '}'],
      ['[', ']'],
      ['(', ')'],
    ]) {
      expect(code.split(open!).length).toBe(code.split(close!).length);
    }
  });

  it('has an example parameter file without secrets that names only declared parameters', () => {
    const example = JSON.parse(read('azure/main.parameters.example.json')) as {
      parameters: Record<string, unknown>;
    };
    const declared = [...bicep.matchAll(/^param (\w+) /gm)].map((m) => m[1]);
    for (const name of Object.keys(example.parameters)) expect(declared).toContain(name);
    expect(Object.keys(example.parameters)).not.toContain('appPassword');
    expect(Object.keys(example.parameters)).not.toContain('pcClientSecret');
  });
});
