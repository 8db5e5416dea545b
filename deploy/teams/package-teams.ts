// `npm run package:teams`: fills in deploy/teams/manifest.json, validates it offline against the Teams schema
// shipped by @microsoft/app-manifest, checks the icons, and writes dist/teams/pc-orders-bot.zip.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { zipSync } from 'fflate';
import { findRepoRoot } from './paths';
import { readPngInfo } from './png';

const ROOT = findRepoRoot(__dirname);
const TEAMS_DIR = path.join(ROOT, 'deploy', 'teams');
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The Teams app id when none is given; one per published app, not per environment. */
export const DEFAULT_TEAMS_APP_ID = '5d2b7c3e-8f41-4a6e-9b0d-2c7e1f4a9b63';
const ICON_SIZES = { color: 192, outline: 32 } as const;

export interface PackageVariables {
  MICROSOFT_APP_ID: string;
  TEAMS_APP_ID: string;
  BOT_DOMAIN: string;
}

type Manifest = Record<string, unknown> & { manifestVersion: string };

/** The manifest template with {{NAME}} placeholders replaced; an unknown placeholder is an error. */
export function fillManifest(template: string, vars: PackageVariables): Manifest {
  const filled = template.replace(/\{\{([A-Z_]+)\}\}/g, (_, name: string) => {
    const value = (vars as unknown as Record<string, string | undefined>)[name];
    if (value === undefined) throw new Error(`manifest.json uses {{${name}}}, which has no value`);
    return value;
  });
  return JSON.parse(filled) as Manifest;
}

function schemaFor(version: string): object {
  const file = require.resolve(
    `@microsoft/app-manifest/build/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`,
  );
  return JSON.parse(readFileSync(file, 'utf8')) as object;
}

/** Problems with the manifest (empty when it is valid): the schema of its manifestVersion, plus what it cannot say. */
export function validateManifest(manifest: Manifest): string[] {
  let schema: object;
  try {
    schema = schemaFor(manifest.manifestVersion);
  } catch {
    return [
      `manifestVersion ${JSON.stringify(manifest.manifestVersion)} has no schema in @microsoft/app-manifest`,
    ];
  }
  // The Teams schemas are draft-04; `strict: false` because they use a few later keywords Ajv then ignores.
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const problems = validate(manifest)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);

  const bots = (manifest.bots ?? []) as { botId?: string; commandLists?: { commands?: unknown[] }[] }[];
  for (const bot of bots) {
    if (!bot.botId || !GUID.test(bot.botId)) problems.push(`/bots botId must be the bot's app id (a GUID)`);
  }
  if (typeof manifest.id !== 'string' || !GUID.test(manifest.id)) problems.push('/id must be a GUID');
  return problems;
}

/** Problems with an icon (empty when it is a PNG of the size Teams requires). */
export function checkIcon(kind: keyof typeof ICON_SIZES, png: Buffer): string[] {
  const size = ICON_SIZES[kind];
  try {
    const info = readPngInfo(png);
    return info.width === size && info.height === size
      ? []
      : [`${kind} icon must be ${size}×${size}, is ${info.width}×${info.height}`];
  } catch (err) {
    return [`${kind} icon is not a PNG: ${(err as Error).message}`];
  }
}

export interface PackageResult {
  zipPath: string;
  manifest: Manifest;
}

/** Builds the app package, or throws with every problem found. */
export function packageTeamsApp(
  vars: PackageVariables,
  outDir = path.join(ROOT, 'dist', 'teams'),
): PackageResult {
  const manifest = fillManifest(readFileSync(path.join(TEAMS_DIR, 'manifest.json'), 'utf8'), vars);
  const color = readFileSync(path.join(TEAMS_DIR, 'color.png'));
  const outline = readFileSync(path.join(TEAMS_DIR, 'outline.png'));
  const problems = [
    ...validateManifest(manifest),
    ...checkIcon('color', color),
    ...checkIcon('outline', outline),
  ];
  if (problems.length > 0) throw new Error(`the Teams manifest is not valid:\n- ${problems.join('\n- ')}`);

  const zip = zipSync({
    'manifest.json': Buffer.from(JSON.stringify(manifest, null, 2)),
    'color.png': color,
    'outline.png': outline,
  });
  mkdirSync(outDir, { recursive: true });
  const zipPath = path.join(outDir, 'pc-orders-bot.zip');
  writeFileSync(zipPath, zip);
  return { zipPath, manifest };
}

/** Variables from the environment; `--dev` allows a placeholder bot id for a local look at the package. */
export function variablesFromEnv(env: NodeJS.ProcessEnv, dev: boolean): PackageVariables {
  const appId = (env.MicrosoftAppId ?? '').trim();
  if (!appId && !dev)
    throw new Error('set MicrosoftAppId (the Azure Bot app id), or pass --dev for a test package');
  return {
    MICROSOFT_APP_ID: appId || '00000000-0000-0000-0000-000000000000',
    TEAMS_APP_ID: (env.TEAMS_APP_ID ?? '').trim() || DEFAULT_TEAMS_APP_ID,
    BOT_DOMAIN: (env.BOT_DOMAIN ?? '').trim() || 'localhost',
  };
}

if (require.main === module) {
  try {
    const dev = process.argv.includes('--dev');
    const { zipPath, manifest } = packageTeamsApp(variablesFromEnv(process.env, dev));
    console.log(`Teams app package (manifest ${manifest.manifestVersion}, valid) written to ${zipPath}`);
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
}
