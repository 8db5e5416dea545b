import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import {
  checkIcon,
  fillManifest,
  packageTeamsApp,
  validateManifest,
  variablesFromEnv,
} from '../../deploy/teams/package-teams';
import { readPngInfo } from '../../deploy/teams/png';

const DEPLOY = path.join(__dirname, '..', '..', 'deploy');
const template = readFileSync(path.join(DEPLOY, 'teams', 'manifest.json'), 'utf8');
const vars = {
  MICROSOFT_APP_ID: '4f1e2d3c-5b6a-4789-9abc-def012345678',
  TEAMS_APP_ID: '5d2b7c3e-8f41-4a6e-9b0d-2c7e1f4a9b63',
  BOT_DOMAIN: 'pcbot.azurewebsites.net',
};

describe('the Teams app package', () => {
  it('fills the placeholders and validates against the schema of its manifestVersion', () => {
    const manifest = fillManifest(template, vars);
    expect(JSON.stringify(manifest)).not.toContain('{{');
    expect(manifest).toMatchObject({
      bots: [{ botId: vars.MICROSOFT_APP_ID, scopes: ['personal', 'team', 'groupChat'] }],
    });
    expect(validateManifest(manifest)).toEqual([]);
  });

  it('writes a zip with exactly the manifest and two icons of the right sizes', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'teams-'));
    const { zipPath } = packageTeamsApp(vars, out);
    const files = unzipSync(readFileSync(zipPath));
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(readPngInfo(Buffer.from(files['color.png']!))).toMatchObject({ width: 192, height: 192 });
    expect(readPngInfo(Buffer.from(files['outline.png']!))).toMatchObject({ width: 32, height: 32 });
    const manifest = JSON.parse(Buffer.from(files['manifest.json']!).toString('utf8'));
    expect(manifest.validDomains).toEqual(['pcbot.azurewebsites.net']);
  });

  it('rejects an old-schema scope spelling and too many commands, saying where', () => {
    const manifest = fillManifest(template, vars) as ReturnType<typeof fillManifest> & {
      bots: { scopes: string[]; commandLists: { commands: unknown[] }[] }[];
    };
    manifest.bots[0]!.scopes = ['personal', 'groupchat'];
    manifest.bots[0]!.commandLists[0]!.commands = Array.from({ length: 13 }, (_, i) => ({
      title: `command ${i}`,
      description: 'too many',
    }));
    const problems = validateManifest(manifest).join('\n');
    expect(problems).toContain('/bots/0/scopes/1');
    expect(problems).toContain('/bots/0/commandLists/0/commands');
  });

  it('rejects a bot id that is not a GUID and an unknown manifest version', () => {
    expect(validateManifest(fillManifest(template, { ...vars, MICROSOFT_APP_ID: 'my-bot' })).join()).toMatch(
      /botId/,
    );
    expect(validateManifest({ ...fillManifest(template, vars), manifestVersion: '0.1' })).toEqual([
      expect.stringContaining('no schema'),
    ]);
  });

  it('checks icon sizes', () => {
    const outline = readFileSync(path.join(DEPLOY, 'teams', 'outline.png'));
    expect(checkIcon('outline', outline)).toEqual([]);
    expect(checkIcon('color', outline)).toEqual(['color icon must be 192×192, is 32×32']);
    expect(checkIcon('color', Buffer.from('not a png'))[0]).toMatch(/not a PNG/);
  });

  it('needs the bot app id unless asked for a development package', () => {
    expect(() => variablesFromEnv({}, false)).toThrow(/MicrosoftAppId/);
    expect(variablesFromEnv({}, true).MICROSOFT_APP_ID).toBe('00000000-0000-0000-0000-000000000000');
    expect(variablesFromEnv({ MicrosoftAppId: vars.MICROSOFT_APP_ID }, false).MICROSOFT_APP_ID).toBe(
      vars.MICROSOFT_APP_ID,
    );
  });
});

describe('the container and Azure templates', () => {
  const dockerfile = readFileSync(path.join(DEPLOY, 'Dockerfile'), 'utf8');
  const bicep = readFileSync(path.join(DEPLOY, 'azure', 'main.bicep'), 'utf8');

  it('builds on Node 22, ships production dependencies only, runs as non-root with a health check', () => {
    expect(dockerfile).toMatch(/^FROM node:22\S* AS build/m);
    expect(dockerfile).toMatch(/^FROM node:22\S* AS runtime/m);
    expect(dockerfile).toContain('npm ci --omit=dev');
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\n?.*healthz/m);
  });

  it('creates a single-tenant Azure Bot with the Teams channel and secrets in Key Vault', () => {
    expect(bicep).toContain("msaAppType: 'SingleTenant'");
    expect(bicep).toContain("name: 'MsTeamsChannel'");
    expect(bicep).toContain('enableRbacAuthorization: true');
    expect(bicep).toMatch(/MicrosoftAppPassword', value: '@Microsoft\.KeyVault\(SecretUri=/);
    expect(bicep).toMatch(/PARTNER_CENTER_CLIENT_SECRET', value: '@Microsoft\.KeyVault\(SecretUri=/);
  });
});
