import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { checkIcon, shippedManifestVersions, validateManifest } from '../../deploy/teams/manifest-check';
import {
  DEFAULT_TEAMS_APP_ID,
  DEV_BOT_ID,
  TEAMS_DIR,
  TeamsPackageError,
  buildTeamsPackage,
  fillManifest,
  variablesFromEnv,
  type PackageVariables,
} from '../../deploy/teams/package-teams';
import { PNG } from 'pngjs';
import { QUERY_PARAMETER, SEARCH_COMMAND_ID } from '../../src/bot/compose-extension';
import { COMMANDS } from '../../src/commands/registry';
import { PORTAL_HOSTS } from '../../src/compose/portal-link-parse';

/** The commands the Teams menu lists: all but the hidden ones and those kept off the menu. */
const LISTED = COMMANDS.filter((c) => !c.hidden && !c.offMenu);

const template = readFileSync(path.join(TEAMS_DIR, 'manifest.json'), 'utf8');
const values: PackageVariables = {
  BOT_ID: '4f1e2d3c-5b6a-4789-9abc-def012345678',
  BOT_DOMAIN: 'pc-orders-abc.azurewebsites.net',
  TEAMS_APP_ID: DEFAULT_TEAMS_APP_ID,
  APP_VERSION: '1.2.3',
};
const env = { MicrosoftAppId: values.BOT_ID, BOT_DOMAIN: `https://${values.BOT_DOMAIN}/api/messages` };

type Manifest = Record<string, unknown> & {
  bots: { scopes: string[]; commandLists: { scopes: string[]; commands: { title: string }[] }[] }[];
};
const filled = () => fillManifest(template, values) as Manifest;

let work: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'teams-package-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** A copy of deploy/teams with another manifest, to package. */
function teamsDirWith(manifest: unknown): string {
  const dir = path.join(work, 'teams');
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  for (const icon of ['color.png', 'outline.png'])
    copyFileSync(path.join(TEAMS_DIR, icon), path.join(dir, icon));
  return dir;
}

describe('the Teams manifest', () => {
  it('uses a current schema that @microsoft/app-manifest ships, and validates against it', () => {
    const manifest = filled();
    expect(shippedManifestVersions()).toContain(manifest.manifestVersion);
    // 1.25: current, widely accepted by the Teams admin center, and the first with 12 commands per list.
    expect(Number((manifest.manifestVersion as string).split('.')[1])).toBeGreaterThanOrEqual(25);
    expect(validateManifest(manifest)).toEqual({ errors: [], warnings: [] });
  });

  it('has the bot in personal, team and group chat scopes with one command menu for all three', () => {
    const manifest = filled();
    expect(manifest).toMatchObject({
      id: DEFAULT_TEAMS_APP_ID,
      version: '1.2.3',
      name: { short: 'PC Orders', full: 'Partner Center Orders' },
      icons: { color: 'color.png', outline: 'outline.png' },
      validDomains: [values.BOT_DOMAIN],
      bots: [{ botId: values.BOT_ID, scopes: ['personal', 'team', 'groupChat'], supportsFiles: false }],
    });
    const bot = manifest.bots[0]!;
    expect(bot.commandLists).toHaveLength(1);
    expect(bot.commandLists[0]!.scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(bot.commandLists[0]!.commands.map((c) => c.title)).toEqual(
      LISTED.map((c) => c.strings.en.menu.title),
    );
  });

  it('takes its command menu from the command registry, not from manifest.json', () => {
    expect(JSON.parse(template).bots[0]).not.toHaveProperty('commandLists');
    expect(filled().bots[0]!.commandLists[0]!.commands).toEqual(
      LISTED.map((c) => ({ title: c.strings.en.menu.title, description: c.strings.en.menu.description })),
    );
  });

  it('rejects the old lowercase "groupchat" scope, saying where and what was meant', () => {
    const manifest = filled();
    manifest.bots[0]!.scopes = ['personal', 'team', 'groupchat'];
    const { errors } = validateManifest(manifest);
    expect(errors).toContainEqual(
      expect.stringMatching(/^bots\[0\]\.scopes\[2\] is "groupchat".*did you mean "groupChat"\?/),
    );
  });

  it('rejects 13 commands in one list, in plain words', () => {
    const manifest = filled();
    manifest.bots[0]!.commandLists[0]!.commands = Array.from({ length: 13 }, (_, i) => ({
      title: `command ${i}`,
      description: 'one too many',
    }));
    const { errors } = validateManifest(manifest);
    expect(errors).toContain(
      `bots[0].commandLists[0] (personal, team, groupChat) has 13 commands; manifest ${manifest.manifestVersion} allows at most 12 per list`,
    );
    expect(errors).toContain('bots[0].commandLists[0].commands has 13 items; at most 12 are allowed');
  });

  it('rejects a command list for a scope the bot lacks, a scope listed twice, and a fourth list', () => {
    const manifest = filled();
    const bot = manifest.bots[0]!;
    bot.scopes = ['personal', 'team'];
    for (let i = 0; i < 3; i++) bot.commandLists.push({ scopes: ['team'], commands: [{ title: 'help' }] });
    const { errors } = validateManifest(manifest);
    expect(errors).toEqual(
      expect.arrayContaining([
        'bots[0].commandLists has 4 lists; manifest 1.25 allows at most 3',
        'bots[0].commandLists[0] (personal, team, groupChat) is for scope "groupChat", which bots[0].scopes does not include',
        'scope "team" has two command lists: bots[0].commandLists[0] and [1]',
      ]),
    );
  });

  it('rejects an unknown manifest version, a bad bot id and an unknown property', () => {
    expect(validateManifest({ ...filled(), manifestVersion: '0.9' }).errors).toEqual([
      expect.stringContaining('manifestVersion "0.9" has no schema in @microsoft/app-manifest'),
    ]);
    const errors = validateManifest({
      ...fillManifest(template, { ...values, BOT_ID: 'my-bot' }),
      colour: 1,
    }).errors.join('\n');
    expect(errors).toMatch(/bots\[0\]\.botId is "my-bot", which does not match/);
    expect(errors).toMatch(/the manifest has the property "colour"/);
  });
});

describe('the message extension in the manifest (issue 20)', () => {
  interface ComposeExtension {
    botId: string;
    commands: Record<string, unknown>[];
    messageHandlers: { type: string; value: { domains: string[] } }[];
  }
  const extensionOf = (manifest: Record<string, unknown>) =>
    (manifest.composeExtensions as ComposeExtension[])[0]!;

  it('declares the one search command the bot answers, with its one parameter, in the compose box and the command box', () => {
    const manifest = filled();
    expect(manifest.composeExtensions).toHaveLength(1);
    const extension = extensionOf(manifest);
    // The same bot answers the search and the chat (Universal Actions on sent cards need that).
    expect(extension.botId).toBe(values.BOT_ID);
    expect(extension.commands).toEqual([
      expect.objectContaining({
        id: SEARCH_COMMAND_ID,
        type: 'query',
        title: 'Partner Center',
        initialRun: true,
        context: ['compose', 'commandBox'],
        parameters: [expect.objectContaining({ name: QUERY_PARAMETER, inputType: 'text' })],
      }),
    ]);
  });

  it('unfurls the Partner Center portal hosts the link reader knows, global and 21Vianet', () => {
    expect(extensionOf(filled()).messageHandlers).toEqual([
      { type: 'link', value: { domains: Object.keys(PORTAL_HOSTS) } },
    ]);
  });

  it('validates against the schema of its manifest version, which knows composeExtensions and messageHandlers', () => {
    const manifest = filled();
    expect(validateManifest(manifest)).toEqual({ errors: [], warnings: [] });
    // The schema does look at them: a second extension and an unknown handler type are refused.
    const extension = extensionOf(manifest);
    const broken = {
      ...manifest,
      composeExtensions: [
        { ...extension, messageHandlers: [{ type: 'url', value: { domains: ['x'] } }] },
        extension,
      ],
    };
    const { errors } = validateManifest(broken);
    expect(errors).toEqual(
      expect.arrayContaining([
        'composeExtensions has 2 items; at most 1 are allowed',
        expect.stringMatching(/^composeExtensions\[0\]\.messageHandlers\[0\]\.type is "url"/),
      ]),
    );
  });
});

describe('the placeholders', () => {
  it('come from the environment: MicrosoftAppId, BOT_DOMAIN (a URL is cut to its host), defaults for the rest', () => {
    const { values: v } = variablesFromEnv(env, false, '1.2.3');
    expect(v).toEqual(values);
    expect(
      variablesFromEnv({ ...env, TEAMS_APP_ID: values.BOT_ID, TEAMS_APP_VERSION: '2.0.0' }, false, '1.2.3')
        .values,
    ).toMatchObject({ TEAMS_APP_ID: values.BOT_ID, APP_VERSION: '2.0.0' });
  });

  it('need MicrosoftAppId and BOT_DOMAIN unless --dev, which uses placeholders and says so', () => {
    expect(() => variablesFromEnv({}, false, '1.0.0')).toThrow(
      /MicrosoftAppId is not set[\s\S]*BOT_DOMAIN is not set/,
    );
    expect(() => variablesFromEnv({ ...env, MicrosoftAppId: 'bot' }, false, '1.0.0')).toThrow(
      'MicrosoftAppId must be a GUID, got "bot"',
    );
    const dev = variablesFromEnv({}, true, '1.0.0');
    expect(dev.values).toMatchObject({ BOT_ID: DEV_BOT_ID, BOT_DOMAIN: 'localhost' });
    expect(dev.notes.join('\n')).toMatch(/--dev: bot id 0{8}-/);
  });

  it('are all replaced; an unknown one is an error', () => {
    expect(JSON.stringify(filled())).not.toMatch(/\$\{\{/);
    expect(() => fillManifest('{"id": "${{NOPE}}"}', values)).toThrow(/\$\{\{NOPE\}\}, which has no value/);
  });
});

describe('npm run package:teams', () => {
  it('writes a zip with exactly manifest.json, color.png and outline.png at its root', () => {
    const outFile = path.join(work, 'out', 'app.zip');
    const result = buildTeamsPackage({ env, outFile });
    expect(result.zipPath).toBe(outFile);
    const files = unzipSync(readFileSync(outFile));
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(PNG.sync.read(Buffer.from(files['color.png']!))).toMatchObject({ width: 192, height: 192 });
    expect(PNG.sync.read(Buffer.from(files['outline.png']!))).toMatchObject({
      width: 32,
      height: 32,
      alpha: true,
    });
    const manifest = JSON.parse(Buffer.from(files['manifest.json']!).toString('utf8')) as Manifest;
    expect(manifest).toMatchObject({
      bots: [{ botId: values.BOT_ID }],
      composeExtensions: [{ botId: values.BOT_ID, commands: [{ id: SEARCH_COMMAND_ID }] }],
      validDomains: [values.BOT_DOMAIN],
    });
    expect(JSON.stringify(manifest)).not.toContain('${{');
    expect(validateManifest(manifest).errors).toEqual([]);
  });

  it('gives the same bytes for the same inputs', () => {
    const a = buildTeamsPackage({ env, outFile: path.join(work, 'a.zip') });
    const b = buildTeamsPackage({ env, outFile: path.join(work, 'b.zip') });
    expect(readFileSync(a.zipPath).equals(readFileSync(b.zipPath))).toBe(true);
  });

  it('writes nothing for a broken manifest and lists every problem', () => {
    const manifest = JSON.parse(template) as Manifest;
    manifest.bots[0]!.scopes[2] = 'groupchat';
    const outFile = path.join(work, 'broken.zip');
    let error: unknown;
    try {
      buildTeamsPackage({ env, outFile, teamsDir: teamsDirWith(manifest) });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(TeamsPackageError);
    expect((error as Error).message).toMatch(
      /^The Teams app package was not written:\n {2}- bots\[0\]\.scopes\[2\]/,
    );
    expect((error as TeamsPackageError).problems.join('\n')).toContain('is for scope "groupChat"');
    expect(() => readFileSync(outFile)).toThrow();
  });

  it('rejects an icon of the wrong size and an icon that is missing', () => {
    const manifest = JSON.parse(template) as Manifest & { icons: Record<string, string> };
    manifest.icons.outline = 'missing.png';
    const dir = teamsDirWith(manifest);
    copyFileSync(path.join(TEAMS_DIR, 'outline.png'), path.join(dir, 'color.png'));
    expect(() => buildTeamsPackage({ env, outFile: path.join(work, 'x.zip'), teamsDir: dir })).toThrow(
      /the color icon must be 192×192 pixels, is 32×32[\s\S]*icons\.outline names missing\.png/,
    );
  });
});

describe('the icons', () => {
  it('are a 192×192 colour icon and a 32×32 white-on-transparent outline', () => {
    expect(checkIcon('color', readFileSync(path.join(TEAMS_DIR, 'color.png')))).toEqual([]);
    expect(checkIcon('outline', readFileSync(path.join(TEAMS_DIR, 'outline.png')))).toEqual([]);
  });

  it('are checked: not a PNG, an opaque or coloured outline', () => {
    expect(checkIcon('color', Buffer.from('not a png'))[0]).toMatch(/not a valid PNG/);
    const opaqueBlue = png(32, new Uint8Array(32 * 32 * 4).fill(0x40), 2);
    expect(checkIcon('outline', opaqueBlue)).toEqual([
      'the outline icon must have a transparent background (no alpha channel)',
    ]);
    const rgba = new Uint8Array(32 * 32 * 4);
    rgba.set([255, 0, 0, 255], 0); // one red pixel, the rest transparent
    expect(checkIcon('outline', png(32, rgba, 6))).toEqual([
      'the outline icon must be white: 1 visible pixels are not',
    ]);
  });
});

/** A square PNG from RGBA pixels, written as colour type 2 (RGB, no alpha) or 6 (RGBA). */
function png(size: number, rgba: Uint8Array, colorType: 2 | 6): Buffer {
  const image = new PNG({ width: size, height: size });
  image.data = Buffer.from(rgba);
  return PNG.sync.write(image, { colorType, inputHasAlpha: true });
}
