// `npm run package:teams [-- --dev] [-- --out FILE]`: fills the ${{NAME}} placeholders of deploy/teams/manifest.json
// from the environment (and .env), adds the app's name and descriptions and the command menu from the string tables
// and the command registry (src/cards/strings, src/commands/registry.ts), with one language file per other
// language (localizationInfo), validates the result offline (manifest-check.ts), and writes
// dist/teams/pc-orders-bot.zip with manifest.json, its language files, color.png and outline.png at its root.
//
//   MicrosoftAppId     → ${{BOT_ID}}        the Azure Bot's app id; required unless --dev
//   BOT_DOMAIN         → ${{BOT_DOMAIN}}    the bot's host name (validDomains); required unless --dev
//   TEAMS_APP_ID       → ${{TEAMS_APP_ID}}  the Teams app's own id; defaults to DEFAULT_TEAMS_APP_ID
//   TEAMS_APP_VERSION  → ${{APP_VERSION}}   defaults to package.json's version; raise it for every update

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { LOCALES, pickStrings, type Locale } from '../../src/cards/strings';
import { commandMenu } from '../../src/commands/menu';
import { COMMANDS } from '../../src/commands/registry';
import { checkIcon, validateLanguageFile, validateManifest } from './manifest-check';
import { findRepoRoot } from './paths';

const ROOT = findRepoRoot(__dirname);
export const TEAMS_DIR = path.join(ROOT, 'deploy', 'teams');
const DEFAULT_OUT_FILE = path.join(ROOT, 'dist', 'teams', 'pc-orders-bot.zip');

/** The Teams app's id when TEAMS_APP_ID is not set: one per published app, the same for every update. */
export const DEFAULT_TEAMS_APP_ID = '5d2b7c3e-8f41-4a6e-9b0d-2c7e1f4a9b63';
/** The bot id of a --dev package: passes the schema, but no Teams client can reach a bot with it. */
export const DEV_BOT_ID = '00000000-0000-0000-0000-000000000000';
const DEV_BOT_DOMAIN = 'localhost';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

type Env = Record<string, string | undefined>;

export class TeamsPackageError extends Error {
  constructor(readonly problems: string[]) {
    super(`The Teams app package was not written:\n  - ${problems.join('\n  - ')}`);
    this.name = 'TeamsPackageError';
  }
}

export interface PackageVariables {
  BOT_ID: string;
  BOT_DOMAIN: string;
  TEAMS_APP_ID: string;
  APP_VERSION: string;
}

/** What the variables are and where each came from, to print. */
export interface ResolvedVariables {
  values: PackageVariables;
  notes: string[];
}

/** `https://x.azurewebsites.net/api/messages` or `x.azurewebsites.net` → `x.azurewebsites.net`. */
function hostOf(value: string): string {
  if (!value.includes('://')) return value.replace(/\/.*$/, '');
  try {
    return new URL(value).host;
  } catch {
    return value;
  }
}

/** The placeholder values from the environment; throws TeamsPackageError listing everything missing. */
export function variablesFromEnv(env: Env, dev: boolean, packageVersion: string): ResolvedVariables {
  const get = (name: string) => (env[name] ?? '').trim();
  const problems: string[] = [];
  const notes: string[] = [];

  let botId = get('MicrosoftAppId');
  if (!botId) {
    if (dev) {
      botId = DEV_BOT_ID;
      notes.push(`--dev: bot id ${DEV_BOT_ID} (a placeholder: Teams cannot reach a bot with it)`);
    } else
      problems.push(
        'MicrosoftAppId is not set: the Azure Bot app id goes into bots[0].botId (or pass --dev)',
      );
  } else if (!GUID.test(botId)) problems.push(`MicrosoftAppId must be a GUID, got "${botId}"`);
  else notes.push(`bot id ${botId} (MicrosoftAppId)`);

  let domain = hostOf(get('BOT_DOMAIN'));
  if (!domain) {
    if (dev) {
      domain = DEV_BOT_DOMAIN;
      notes.push(`--dev: valid domain ${DEV_BOT_DOMAIN}`);
    } else {
      problems.push(
        'BOT_DOMAIN is not set: the bot\'s host name, e.g. <app>.azurewebsites.net (the Bicep output "appHostName")',
      );
    }
  } else if (!/^[a-z0-9*]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d+)?$/i.test(domain)) {
    problems.push(`BOT_DOMAIN must be a host name like pc-orders.azurewebsites.net, got "${domain}"`);
  } else notes.push(`valid domain ${domain} (BOT_DOMAIN)`);

  const appId = get('TEAMS_APP_ID') || DEFAULT_TEAMS_APP_ID;
  if (!GUID.test(appId)) problems.push(`TEAMS_APP_ID must be a GUID, got "${appId}"`);
  else notes.push(`Teams app id ${appId} (${get('TEAMS_APP_ID') ? 'TEAMS_APP_ID' : 'default'})`);

  const version = get('TEAMS_APP_VERSION') || packageVersion;
  if (!/^\d+\.\d+\.\d+$/.test(version)) {
    problems.push(`the app version must be three numbers like 1.0.0, got "${version}" (TEAMS_APP_VERSION)`);
  } else
    notes.push(`app version ${version} (${get('TEAMS_APP_VERSION') ? 'TEAMS_APP_VERSION' : 'package.json'})`);

  if (problems.length > 0) throw new TeamsPackageError(problems);
  return { values: { BOT_ID: botId, BOT_DOMAIN: domain, TEAMS_APP_ID: appId, APP_VERSION: version }, notes };
}

/** The scopes of the bot's command menu: one list for all of them. */
const MENU_SCOPES = ['personal', 'team', 'groupChat'] as const;

/** The language of manifest.json itself; each other language of the bot gets a language file. */
const DEFAULT_LOCALE: Locale = 'en';
export const ADDITIONAL_LOCALES = LOCALES.filter((l) => l !== DEFAULT_LOCALE);

/** The tag Teams matches with its client's language ("pt-br"; "it" serves it-IT and it-CH). */
export const languageTag = (locale: Locale): string => locale.toLowerCase();
export const languageFileName = (locale: Locale): string => `${locale}.json`;

/** Where the message extension's search command and its query parameter are (manifest.json declares them). */
const SEARCH = 'composeExtensions[0].commands[0]';
const QUERY = `${SEARCH}.parameters[0]`;

/**
 * The texts Teams shows, by their manifest path as a language file names them, in one language: the app's name
 * and descriptions and the search command's (the shared string table's `app`), and the command menu (each
 * command's `menu`). The search's texts only when the manifest declares the search.
 */
export function localizedTexts(locale: Locale, manifest: Record<string, unknown>): Record<string, string> {
  const { app } = pickStrings(locale);
  const texts: Record<string, string> = {
    'name.short': app.shortName,
    'name.full': app.fullName,
    'description.short': app.shortDescription,
    'description.full': app.fullDescription,
  };
  commandMenu(COMMANDS, locale).forEach(({ title, description }, i) => {
    texts[`bots[0].commandLists[0].commands[${i}].title`] = title;
    texts[`bots[0].commandLists[0].commands[${i}].description`] = description;
  });
  const search = searchOf(manifest);
  if (search) {
    texts[`${SEARCH}.title`] = app.search.title;
    texts[`${SEARCH}.description`] = app.search.description;
    if (search.parameter) {
      texts[`${QUERY}.title`] = app.search.parameterTitle;
      texts[`${QUERY}.description`] = app.search.parameterDescription;
    }
  }
  return texts;
}

type Json = Record<string, unknown>;

/** The manifest's search command and its first parameter, when it declares them. */
function searchOf(manifest: Json): { command: Json; parameter?: Json } | undefined {
  const extension = (manifest.composeExtensions as Json[] | undefined)?.[0];
  const command = (extension?.commands as Json[] | undefined)?.[0];
  if (!command || typeof command !== 'object') return undefined;
  const parameter = (command.parameters as Json[] | undefined)?.[0];
  return { command, parameter: parameter && typeof parameter === 'object' ? parameter : undefined };
}

/** The language files of a filled manifest, by file name: each with the schema of the manifest's version. */
export function languageFiles(manifest: Record<string, unknown>): Record<string, Record<string, string>> {
  const version = String(manifest.manifestVersion);
  const schema = `https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.Localization.schema.json`;
  return Object.fromEntries(
    ADDITIONAL_LOCALES.map((locale) => [
      languageFileName(locale),
      { $schema: schema, ...localizedTexts(locale, manifest) },
    ]),
  );
}

/**
 * The template with every ${{NAME}} replaced (JSON-escaped), parsed, and each bot given the command menu of the
 * registered commands (`commandLists` is not written by hand); an unknown name is an error.
 */
export function fillManifest(template: string, values: PackageVariables): Record<string, unknown> {
  const vars = values as unknown as Record<string, string | undefined>;
  const unknown = new Set<string>();
  const filled = template.replace(PLACEHOLDER, (token, name: string) => {
    const value = vars[name];
    if (value === undefined) {
      unknown.add(name);
      return token;
    }
    return JSON.stringify(value).slice(1, -1);
  });
  if (unknown.size > 0) {
    throw new TeamsPackageError(
      [...unknown].map(
        (n) => `manifest.json uses \${{${n}}}, which has no value (known: ${Object.keys(vars).join(', ')})`,
      ),
    );
  }
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(filled) as Record<string, unknown>;
  } catch (err) {
    throw new TeamsPackageError([`manifest.json is not valid JSON: ${(err as Error).message}`]);
  }
  return withLanguages(withCommandMenu(withAppTexts(manifest)));
}

/**
 * The app's name and descriptions, and the search command's texts, in the default language, from the string
 * table (not manifest.json).
 */
function withAppTexts(manifest: Record<string, unknown>): Record<string, unknown> {
  const { app } = pickStrings(DEFAULT_LOCALE);
  const search = searchOf(manifest);
  if (search) {
    Object.assign(search.command, { title: app.search.title, description: app.search.description });
    if (search.parameter)
      Object.assign(search.parameter, {
        title: app.search.parameterTitle,
        description: app.search.parameterDescription,
      });
  }
  return {
    ...manifest,
    name: { short: app.shortName, full: app.fullName },
    description: { short: app.shortDescription, full: app.fullDescription },
  };
}

/** localizationInfo: the default language, and a language file for each other language of the bot. */
function withLanguages(manifest: Record<string, unknown>): Record<string, unknown> {
  return {
    ...manifest,
    localizationInfo: {
      defaultLanguageTag: languageTag(DEFAULT_LOCALE),
      additionalLanguages: ADDITIONAL_LOCALES.map((locale) => ({
        languageTag: languageTag(locale),
        file: languageFileName(locale),
      })),
    },
  };
}

/** Every bot of the manifest with one command list, for MENU_SCOPES, of the registered commands. */
function withCommandMenu(manifest: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(manifest.bots)) return manifest;
  const bots = (manifest.bots as unknown[]).map((bot) =>
    bot && typeof bot === 'object'
      ? { ...bot, commandLists: [{ scopes: [...MENU_SCOPES], commands: commandMenu() }] }
      : bot,
  );
  return { ...manifest, bots };
}

export interface PackageOptions {
  env?: Env;
  /** Allow a missing MicrosoftAppId / BOT_DOMAIN (placeholders), to look at or test the package. */
  dev?: boolean;
  /** Folder with manifest.json and the icons it names. */
  teamsDir?: string;
  outFile?: string;
}

export interface PackageResult {
  zipPath: string;
  manifest: Record<string, unknown>;
  notes: string[];
  warnings: string[];
}

/** Fills, validates and zips the Teams app; throws TeamsPackageError with every problem found. */
export function buildTeamsPackage(options: PackageOptions = {}): PackageResult {
  const teamsDir = options.teamsDir ?? TEAMS_DIR;
  const outFile = options.outFile ?? DEFAULT_OUT_FILE;
  const packageVersion = (
    JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }
  ).version;
  const { values, notes } = variablesFromEnv(
    options.env ?? process.env,
    options.dev ?? false,
    packageVersion,
  );
  const manifest = fillManifest(readFileSync(path.join(teamsDir, 'manifest.json'), 'utf8'), values);

  const { errors, warnings } = validateManifest(manifest);
  const icons = (manifest.icons ?? {}) as Record<string, unknown>;
  const files: Record<string, Uint8Array> = {};
  for (const kind of ['color', 'outline'] as const) {
    const name = icons[kind];
    if (typeof name !== 'string') continue; // the schema already said it is missing
    if (name.includes('/') || name.includes('\\')) {
      errors.push(`icons.${kind} is "${name}": keep the icons beside manifest.json, at the root of the zip`);
      continue;
    }
    const file = path.join(teamsDir, name);
    if (!existsSync(file)) {
      errors.push(`icons.${kind} names ${name}, which is not in ${teamsDir}`);
      continue;
    }
    const png = readFileSync(file);
    errors.push(...checkIcon(kind, png));
    files[name] = png;
  }
  const languages = languageFiles(manifest);
  for (const [name, file] of Object.entries(languages)) {
    const checked = validateLanguageFile(name, file, manifest);
    errors.push(...checked.errors);
    warnings.push(...checked.warnings);
    files[name] = Buffer.from(`${JSON.stringify(file, null, 2)}\n`, 'utf8');
  }
  const info = (manifest.localizationInfo ?? {}) as { additionalLanguages?: { file?: string }[] };
  for (const { file } of info.additionalLanguages ?? [])
    if (file && !files[file]) errors.push(`localizationInfo names ${file}, which the package does not hold`);
  if (errors.length > 0) throw new TeamsPackageError(errors);

  files['manifest.json'] = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  // A fixed time stamp: the same inputs give the same zip.
  const zip = zipSync(files, { level: 9, mtime: new Date(2024, 0, 1) });
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, zip);
  return { zipPath: outFile, manifest, notes, warnings };
}

function main(argv: string[]): void {
  const dev = argv.includes('--dev');
  const outIndex = argv.indexOf('--out');
  const outFile = outIndex >= 0 ? argv[outIndex + 1] : undefined;
  if (outIndex >= 0 && !outFile) throw new TeamsPackageError(['--out needs a file name']);
  // Like `npm start`: a .env beside package.json, variables already in the environment win.
  const envFile = path.join(ROOT, '.env');
  if (existsSync(envFile)) process.loadEnvFile(envFile);

  const result = buildTeamsPackage({ dev, outFile: outFile && path.resolve(outFile) });
  const { manifestVersion } = result.manifest as { manifestVersion: string };
  console.log(`Teams app package written to ${result.zipPath}`);
  console.log(
    `  manifest ${manifestVersion}, validated offline with the schema from @microsoft/app-manifest`,
  );
  console.log(`  languages: en (manifest.json), ${ADDITIONAL_LOCALES.map(languageFileName).join(', ')}`);
  for (const note of result.notes) console.log(`  ${note}`);
  for (const warning of result.warnings) console.warn(`  warning: ${warning}`);
  if (dev) console.log('  --dev package: for a look or a test, not for upload to a real tenant');
  else
    console.log(
      '  Upload it in the Teams admin center (Teams apps → Manage apps → Upload) or the Developer Portal.',
    );
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (err) {
    console.error(
      err instanceof TeamsPackageError ? err.message : `Could not package: ${(err as Error).message}`,
    );
    process.exit(1);
  }
}
