// Offline checks of a Teams app manifest: the JSON schema of its manifestVersion as shipped by
// @microsoft/app-manifest (draft-04, hence ajv-draft-04), the command-menu limits said in plain words, and the
// icons (PNG, exact size, outline white on transparent). No network: nothing fetches the $schema URL.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { PNG, type PNGWithMetadata } from 'pngjs';

export interface CheckResult {
  /** Anything Teams would refuse: the package is not written. */
  errors: string[];
  /** Allowed, but worth a look. */
  warnings: string[];
}

type Json = Record<string, unknown>;

const SCHEMAS_DIR = path.join(
  path.dirname(require.resolve('@microsoft/app-manifest/package.json')),
  'build',
  'json-schemas',
  'teams',
);

/** The manifest versions whose schema @microsoft/app-manifest ships, oldest first (e.g. "1.29", "1.30"). */
export function shippedManifestVersions(): string[] {
  return readdirSync(SCHEMAS_DIR)
    .filter((d) => /^v\d+\.\d+$/.test(d))
    .map((d) => d.slice(1))
    .sort((a, b) => {
      const [a1, a2] = a.split('.').map(Number) as [number, number];
      const [b1, b2] = b.split('.').map(Number) as [number, number];
      return a1 - b1 || a2 - b2;
    });
}

type SchemaFile = 'MicrosoftTeams.schema.json' | 'MicrosoftTeams.Localization.schema.json';

/** A Teams schema (the manifest's, or its language files') of one manifestVersion, from disk. */
function loadTeamsSchema(version: string, file: SchemaFile = 'MicrosoftTeams.schema.json'): Json {
  if (!/^\d+\.\d+$/.test(version) || !shippedManifestVersions().includes(version)) {
    throw new Error(
      `manifestVersion ${JSON.stringify(version)} has no schema in @microsoft/app-manifest ` +
        `(it ships ${shippedManifestVersions().slice(-6).join(', ')} and older)`,
    );
  }
  return JSON.parse(readFileSync(path.join(SCHEMAS_DIR, `v${version}`, file), 'utf8'));
}

const validators = new Map<string, ValidateFunction>();

function validatorFor(version: string, file: SchemaFile = 'MicrosoftTeams.schema.json'): ValidateFunction {
  const key = `${version}/${file}`;
  let validate = validators.get(key);
  if (!validate) {
    // strict: false because the schemas use keywords without their "type" (Ajv's strictTypes would throw).
    // The Localization schemas hold a pattern only valid without the "u" flag ("\\b]" in activityTypes keys).
    const unicodeRegExp = file !== 'MicrosoftTeams.Localization.schema.json';
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: false, unicodeRegExp });
    addFormats(ajv);
    validate = ajv.compile(loadTeamsSchema(version, file));
    validators.set(key, validate);
  }
  return validate;
}

/** `/bots/0/commandLists/1` → `bots[0].commandLists[1]`, the way one reads it in manifest.json. */
function jsonPath(pointer: string): string {
  if (!pointer) return 'the manifest';
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), '');
}

function describeSchemaError(e: ErrorObject): string {
  const where = jsonPath(e.instancePath);
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]) ?? [];
      const near =
        typeof e.data === 'string'
          ? allowed.find((a) => typeof a === 'string' && a.toLowerCase() === (e.data as string).toLowerCase())
          : undefined;
      return (
        `${where} is ${JSON.stringify(e.data)}, which is not one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}` +
        (near !== undefined ? ` (did you mean ${JSON.stringify(near)}? the values are case-sensitive)` : '')
      );
    }
    case 'additionalProperties':
      return `${where} has the property "${String(params.additionalProperty)}", which this manifest version does not know`;
    case 'required':
      return `${where} lacks the required property "${String(params.missingProperty)}"`;
    case 'maxItems':
      return `${where} has ${Array.isArray(e.data) ? e.data.length : '?'} items; at most ${String(params.limit)} are allowed`;
    case 'maxLength':
      return `${where} is ${typeof e.data === 'string' ? e.data.length : '?'} characters long; at most ${String(params.limit)} are allowed`;
    case 'pattern':
      return `${where} is ${JSON.stringify(e.data)}, which does not match ${String(params.pattern)}`;
    case 'const':
      return `${where} must be ${JSON.stringify(params.allowedValue)}, is ${JSON.stringify(e.data)}`;
    default:
      return `${where} ${e.message ?? 'is invalid'}`;
  }
}

interface CommandList {
  scopes?: unknown;
  commands?: unknown;
}

/** The command menu in Teams' words: how many lists and commands, for which scopes. */
function checkCommandLists(manifest: Json, schema: Json, version: string, result: CheckResult): void {
  const botSchema = ((schema.properties as Json)?.bots as Json)?.items as Json | undefined;
  const listsSchema = (botSchema?.properties as Json | undefined)?.commandLists as Json | undefined;
  const maxLists = (listsSchema?.maxItems as number | undefined) ?? 3;
  const commandsSchema = ((listsSchema?.items as Json | undefined)?.properties as Json | undefined)
    ?.commands as Json | undefined;
  const maxCommands = (commandsSchema?.maxItems as number | undefined) ?? 10;

  const bots = Array.isArray(manifest.bots) ? (manifest.bots as Json[]) : [];
  bots.forEach((bot, b) => {
    const botScopes = Array.isArray(bot.scopes) ? (bot.scopes as unknown[]) : [];
    const lists = Array.isArray(bot.commandLists) ? (bot.commandLists as CommandList[]) : [];
    if (lists.length > maxLists) {
      result.errors.push(
        `bots[${b}].commandLists has ${lists.length} lists; manifest ${version} allows at most ${maxLists}`,
      );
    }
    const listOfScope = new Map<string, number>();
    lists.forEach((list, l) => {
      const scopes = Array.isArray(list.scopes) ? (list.scopes as unknown[]).map(String) : [];
      const commands = Array.isArray(list.commands) ? (list.commands as Json[]) : [];
      const name = `bots[${b}].commandLists[${l}] (${scopes.join(', ') || 'no scope'})`;
      if (commands.length > maxCommands) {
        result.errors.push(
          `${name} has ${commands.length} commands; manifest ${version} allows at most ${maxCommands} per list`,
        );
      }
      for (const scope of scopes) {
        if (!botScopes.includes(scope)) {
          result.errors.push(`${name} is for scope "${scope}", which bots[${b}].scopes does not include`);
        }
        const other = listOfScope.get(scope);
        if (other !== undefined) {
          result.errors.push(
            `scope "${scope}" has two command lists: bots[${b}].commandLists[${other}] and [${l}]`,
          );
        } else listOfScope.set(scope, l);
      }
      const seen = new Set<string>();
      for (const command of commands) {
        const title = typeof command.title === 'string' ? command.title.trim() : '';
        if (seen.has(title.toLowerCase())) result.errors.push(`${name} lists the command "${title}" twice`);
        seen.add(title.toLowerCase());
        // Manifest 1.20 and older allowed 32 and 128 characters; older clients cut longer texts.
        if (title.length > 32) result.warnings.push(`${name}: the title "${title}" is over 32 characters`);
        if (typeof command.description === 'string' && command.description.length > 128) {
          result.warnings.push(`${name}: the description of "${title}" is over 128 characters`);
        }
      }
    });
  });
}

/** Every problem with a manifest (already filled in): its schema, then the checks the schema cannot say. */
export function validateManifest(manifest: unknown): CheckResult {
  const result: CheckResult = { errors: [], warnings: [] };
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) {
    result.errors.push('the manifest is not a JSON object');
    return result;
  }
  const m = manifest as Json;
  const version = typeof m.manifestVersion === 'string' ? m.manifestVersion : '';
  let validate: ValidateFunction;
  try {
    validate = validatorFor(version);
  } catch (err) {
    result.errors.push((err as Error).message);
    return result;
  }
  if (!validate(m)) {
    // anyOf/oneOf/if only repeat what their branches said.
    const specific = (validate.errors ?? []).filter((e) => !['anyOf', 'oneOf', 'if'].includes(e.keyword));
    result.errors.push(...new Set(specific.map(describeSchemaError)));
  }
  if (typeof m.version === 'string' && !/^\d+\.\d+\.\d+$/.test(m.version)) {
    result.errors.push(`version is "${m.version}"; Teams wants three numbers, like 1.0.0`);
  }
  checkCommandLists(m, loadTeamsSchema(version), version, result);
  return result;
}

/** `bots[0].commandLists[0].commands[3].title` → the manifest's value there (undefined when there is none). */
function atPath(manifest: Json, key: string): unknown {
  let node: unknown = manifest;
  for (const part of key.split('.')) {
    const [, name, index] = /^([A-Za-z]+)(?:\[(\d+)\])?$/.exec(part) ?? [];
    if (!name || !node || typeof node !== 'object') return undefined;
    node = (node as Json)[name];
    if (index !== undefined) node = Array.isArray(node) ? node[Number(index)] : undefined;
  }
  return node;
}

const asList = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);

/**
 * What a complete language file translates: the app's name and descriptions, every command of the bot's menus,
 * every message-extension command and its parameters (each its title and description).
 */
export function localizablePaths(manifest: Json): string[] {
  const paths = ['name.short', 'name.full', 'description.short', 'description.full'];
  const both = (at: string) => paths.push(`${at}.title`, `${at}.description`);
  asList(manifest.bots).forEach((bot, b) =>
    asList(bot.commandLists).forEach((list, l) =>
      asList(list.commands).forEach((_, c) => both(`bots[${b}].commandLists[${l}].commands[${c}]`)),
    ),
  );
  asList(manifest.composeExtensions).forEach((extension, e) =>
    asList(extension.commands).forEach((command, c) => {
      both(`composeExtensions[${e}].commands[${c}]`);
      asList(command.parameters).forEach((_, p) =>
        both(`composeExtensions[${e}].commands[${c}].parameters[${p}]`),
      );
    }),
  );
  return paths;
}

/**
 * Problems with one language file of a manifest (already filled in): the Localization schema of the manifest's
 * version, its $schema naming that version (Teams wants both the same), every text it gives standing for one the
 * manifest has, and each of the manifest's texts translated (else Teams shows the default language's there).
 */
export function validateLanguageFile(name: string, file: unknown, manifest: Json): CheckResult {
  const result: CheckResult = { errors: [], warnings: [] };
  const version = typeof manifest.manifestVersion === 'string' ? manifest.manifestVersion : '';
  if (typeof file !== 'object' || file === null || Array.isArray(file)) {
    result.errors.push(`${name} is not a JSON object`);
    return result;
  }
  const texts = file as Json;
  let validate: ValidateFunction;
  try {
    validate = validatorFor(version, 'MicrosoftTeams.Localization.schema.json');
  } catch (err) {
    result.errors.push((err as Error).message);
    return result;
  }
  if (!validate(texts)) {
    const specific = (validate.errors ?? []).filter((e) => !['anyOf', 'oneOf', 'if'].includes(e.keyword));
    result.errors.push(
      ...new Set(
        specific.map((e) => `${name}: ${describeSchemaError(e).replace(/^the manifest/, 'the file')}`),
      ),
    );
  }
  const schema = typeof texts.$schema === 'string' ? texts.$schema : '';
  if (!schema.includes(`/v${version}/`))
    result.errors.push(
      `${name} has the $schema of another version than manifest ${version}: ${schema || 'none'}`,
    );
  for (const [key, value] of Object.entries(texts)) {
    if (!key.includes('[')) continue;
    if (typeof atPath(manifest, key) !== 'string') {
      result.errors.push(`${name} has ${key}, a text the manifest does not have`);
    } else if (
      key.startsWith('bots[') &&
      key.endsWith('.title') &&
      typeof value === 'string' &&
      value.length > 32
    ) {
      result.warnings.push(`${name}: the title "${value}" (${key}) is over 32 characters`);
    }
  }
  for (const key of localizablePaths(manifest))
    if (typeof texts[key] !== 'string' && typeof atPath(manifest, key) === 'string')
      result.errors.push(`${name} has no ${key}: Teams would show English`);
  return result;
}

const ICON_SIZES = { color: 192, outline: 32 } as const;
export type IconKind = keyof typeof ICON_SIZES;

/** Problems with one icon: a PNG of the exact size; the outline one white on a transparent background. */
export function checkIcon(kind: IconKind, png: Buffer): string[] {
  const size = ICON_SIZES[kind];
  let image: PNGWithMetadata;
  try {
    image = PNG.sync.read(png);
  } catch (err) {
    return [`the ${kind} icon is not a valid PNG: ${(err as Error).message}`];
  }
  const problems: string[] = [];
  if (image.width !== size || image.height !== size) {
    problems.push(`the ${kind} icon must be ${size}×${size} pixels, is ${image.width}×${image.height}`);
  }
  if (kind !== 'outline') return problems;
  // pngjs decodes to RGBA whatever the file holds; only colour types 4 and 6 carry an alpha channel.
  if (!image.alpha) {
    problems.push('the outline icon must have a transparent background (no alpha channel)');
    return problems;
  }
  let opaque = 0;
  let transparent = 0;
  let coloured = 0;
  const rgba = image.data;
  for (let i = 0; i < rgba.length; i += 4) {
    if (rgba[i + 3] === 0) transparent++;
    else {
      opaque++;
      if (rgba[i]! < 240 || rgba[i + 1]! < 240 || rgba[i + 2]! < 240) coloured++;
    }
  }
  if (transparent === 0) problems.push('the outline icon has no transparent pixel');
  if (opaque === 0) problems.push('the outline icon is fully transparent');
  if (coloured > 0) problems.push(`the outline icon must be white: ${coloured} visible pixels are not`);
  return problems;
}
