// Teams' message-extension invokes, read and answered in Teams' shapes: `composeExtension/query` (the search
// command, from the compose box or the command box), `composeExtension/selectItem` (a result chosen: its full
// card goes into the message being written) and `composeExtension/queryLink` (a Partner Center link pasted).
// What is found and shown is src/compose's; OrdersBot runs each as one turn like every other way in.
import type { InvokeResponse, MessagingExtensionAttachment, MessagingExtensionResponse } from 'botbuilder';
import { z } from 'zod';
import type { AdaptiveCard } from '../cards';
import { fmt } from '../cards/text';
import type { CommandEnv, OutcomeResult } from '../commands';
import {
  composeTexts,
  searchPartnerCenter,
  unfurlLink,
  type ComposeItem,
  type ComposePreview,
} from '../compose';
import type { Logger } from '../logging/logger';
import { INVOKE_ANSWER_MS } from './universal-actions';
import { within } from './within';

/** The manifest's one search command and its parameter (deploy/teams/manifest.json). */
export const SEARCH_COMMAND_ID = 'searchPartnerCenter';
export const QUERY_PARAMETER = 'query';

export const COMPOSE_INVOKES = new Set([
  'composeExtension/query',
  'composeExtension/selectItem',
  'composeExtension/queryLink',
  'composeExtension/anonymousQueryLink',
]);

/** The verb of the buttons of a card sent from the compose box (Action.Execute: see composedCard). */
export const COMPOSED_VERB = 'pcbot.run';
const COMPOSED_KEY = 'composed';

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';
const THUMBNAIL = 'application/vnd.microsoft.card.thumbnail';
const MAX_QUERY = 500;
const MAX_URL = 2_048;
const DEFAULT_COUNT = 25;
/** A link not held asks Partner Center: its call ends with the invoke's time, and may take this long more to fail. */
const ABORT_GRACE_MS = 1_000;

export type ComposeInvoke =
  | { kind: 'query'; query: string; skip: number; count: number }
  | { kind: 'select'; value: unknown }
  | { kind: 'link'; url: string }
  /** Not for this bot (another command id, zero-install unfurling it does not declare) or malformed. */
  | { kind: 'ignored'; reason: string };

const queryValue = z.object({
  commandId: z.string().max(64),
  parameters: z
    .array(z.object({ name: z.string().max(64), value: z.unknown() }).loose())
    .max(5)
    .optional(),
  queryOptions: z
    .object({
      skip: z.number().int().min(0).max(10_000).optional(),
      count: z.number().int().min(0).optional(),
    })
    .loose()
    .optional(),
});

const linkValue = z.object({ url: z.string().min(1).max(MAX_URL) }).loose();

/** What the invoke asks, or why the bot does not answer it with results. */
export function readComposeInvoke(name: string, value: unknown): ComposeInvoke {
  switch (name) {
    case 'composeExtension/query': {
      const parsed = queryValue.safeParse(value);
      if (!parsed.success) return { kind: 'ignored', reason: 'malformed query' };
      const { commandId, parameters = [], queryOptions } = parsed.data;
      if (commandId !== SEARCH_COMMAND_ID) return { kind: 'ignored', reason: 'unknown command' };
      // `initialRun`: the command opened, nothing typed yet. Otherwise our one parameter (or the first one).
      const typed =
        parameters.find((p) => p.name === QUERY_PARAMETER) ?? parameters.find((p) => p.name !== 'initialRun');
      const query = typeof typed?.value === 'string' ? typed.value.trim().slice(0, MAX_QUERY) : '';
      return {
        kind: 'query',
        query,
        skip: queryOptions?.skip ?? 0,
        count: queryOptions?.count || DEFAULT_COUNT,
      };
    }
    case 'composeExtension/selectItem':
      return { kind: 'select', value: typeof value === 'string' ? parseJson(value) : value };
    case 'composeExtension/queryLink': {
      const parsed = linkValue.safeParse(value);
      return parsed.success ? { kind: 'link', url: parsed.data.url } : { kind: 'ignored', reason: 'no url' };
    }
    default:
      return { kind: 'ignored', reason: 'zero-install unfurling is not offered' };
  }
}

type Decorate = (card: AdaptiveCard) => AdaptiveCard;
type Response = InvokeResponse<MessagingExtensionResponse>;

/** What the audit line records of a search or an unfurled link. */
export interface ComposeAudit {
  command: 'search' | 'unfurl';
  result: OutcomeResult | 'timeout';
  refusal?: 'rate';
  customerId?: string;
  resultCount: number;
}

/**
 * The search's answer: its results, or a line saying why there are none (nothing matches, nothing typed and
 * nothing looked up lately, or it could not finish in time).
 */
export async function answerSearch(
  invoke: Extract<ComposeInvoke, { kind: 'query' }>,
  env: CommandEnv,
  decorate: Decorate,
  logger: Pick<Logger, 'error'>,
): Promise<{ response: Response; audited: ComposeAudit }> {
  const t = composeTexts(env.ctx.locale);
  const done = await within(searchPartnerCenter(invoke.query, env, invoke), INVOKE_ANSWER_MS).catch(
    (err: unknown) => {
      logger.error({ err, correlationId: env.ctx.correlationId }, 'the compose box search failed');
      return { done: false as const };
    },
  );
  if (!done.done)
    return {
      response: messageResponse(t.failed),
      audited: { command: 'search', result: 'timeout', resultCount: 0 },
    };
  const { items, source } = done.value;
  const audited: ComposeAudit = {
    command: 'search',
    result: items.length > 0 ? 'ok' : 'notFound',
    resultCount: items.length,
  };
  // A later page (Teams asks for one as the list is scrolled) that is empty is the end of the list, not a message.
  if (items.length > 0 || invoke.skip > 0) return { response: resultResponse(items, decorate), audited };
  const text = source === 'recent' ? t.start : fmt(t.noMatch, { query: invoke.query });
  return { response: messageResponse(text), audited };
}

/** A pasted link's compact card, or nothing. `limited`: whether the person's limit refused a call it needed. */
export async function answerLink(
  invoke: Extract<ComposeInvoke, { kind: 'link' }>,
  env: CommandEnv,
  decorate: Decorate,
  limited: () => boolean,
): Promise<{ response: Response; audited: ComposeAudit }> {
  const done = await within(unfurlLink(invoke.url, env), INVOKE_ANSWER_MS + ABORT_GRACE_MS);
  const item = done.done ? done.value : undefined;
  const refused = !item && limited();
  return {
    response: item ? unfurlResponse(item, decorate) : emptyResult(),
    audited: {
      command: 'unfurl',
      result: item ? 'ok' : refused ? 'rateLimited' : done.done ? 'notFound' : 'timeout',
      ...(refused ? { refusal: 'rate' as const } : {}),
      customerId: item?.customerId,
      resultCount: item ? 1 : 0,
    },
  };
}

/** The search's results: the compact card of each, with its preview in the list; a tap sends selectItem. */
export function resultResponse(
  items: readonly ComposeItem[],
  decorate: (card: AdaptiveCard) => AdaptiveCard,
) {
  return composeResponse({
    type: 'result',
    attachmentLayout: 'list',
    attachments: items.map((item) => attachment(decorate(item.card), thumbnail(item.preview, item.select))),
  });
}

/** A line instead of results: nothing found, nothing typed yet, or the person may not ask. */
export function messageResponse(text: string) {
  return composeResponse({ type: 'message', text });
}

/** No results: what a link the bot cannot or may not show unfurls into. */
export function emptyResult(): InvokeResponse<MessagingExtensionResponse> {
  return composeResponse({ type: 'result', attachmentLayout: 'list', attachments: [] });
}

/** The chosen result's full card, to go into the message being written. */
export function selectedResponse(card: AdaptiveCard, title: string) {
  return composeResponse({
    type: 'result',
    attachmentLayout: 'list',
    attachments: [attachment(card, thumbnail({ title, subtitle: '', text: '' }))],
  });
}

/**
 * A link's compact card. Not cached by Teams: what it shows depends on who pasted it (access) and on the
 * record's status now.
 */
export function unfurlResponse(item: ComposeItem, decorate: (card: AdaptiveCard) => AdaptiveCard) {
  const response = resultResponse([item], decorate);
  response.body!.cacheInfo = { cacheType: 'no-cache' };
  return response;
}

/**
 * A card for a message a person sends from the compose box. Teams sends Action.Submit from such a card to the
 * bot as `composeExtension/onCardButtonClicked`, with nowhere to answer; Action.Execute (Universal Actions)
 * comes as `adaptiveCard/action`, whose answer replaces the card. So every Submit becomes an Execute carrying
 * the same data, marked so the answer (and its refresh) is made the same way.
 */
export function composedCard(card: AdaptiveCard): AdaptiveCard {
  return convert(card) as AdaptiveCard;
}

/** Whether an `adaptiveCard/action`'s data comes from a card made by composedCard. */
export function isComposed(data: unknown): boolean {
  return (
    typeof data === 'object' && data !== null && (data as Record<string, unknown>)[COMPOSED_KEY] === true
  );
}

function convert(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(convert);
  if (node === null || typeof node !== 'object') return node;
  const element = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(element)) out[key] = key === 'data' ? value : convert(value);
  if (element.type === 'Action.Submit') {
    out.type = 'Action.Execute';
    out.verb = COMPOSED_VERB;
    out.data = marked(element.data);
  } else if (element.type === 'Action.Execute') {
    // The bot's own (a refresh): the answer to it is made the same way.
    out.data = marked(element.data);
  }
  return out;
}

const marked = (data: unknown): unknown =>
  typeof data === 'object' && data !== null && !Array.isArray(data)
    ? { ...data, [COMPOSED_KEY]: true }
    : data;

function attachment(card: AdaptiveCard, preview: MessagingExtensionAttachment): MessagingExtensionAttachment {
  return { contentType: ADAPTIVE, content: card, preview };
}

/** A thumbnail card: the list's row; `tap` sends selectItem with the item's command. */
function thumbnail(preview: ComposePreview, tap?: unknown): MessagingExtensionAttachment {
  const content: Record<string, unknown> = { title: preview.title };
  if (preview.subtitle) content.subtitle = preview.subtitle;
  if (preview.text) content.text = preview.text;
  if (tap !== undefined) content.tap = { type: 'invoke', value: tap };
  return { contentType: THUMBNAIL, content };
}

function composeResponse(
  composeExtension: NonNullable<MessagingExtensionResponse['composeExtension']>,
): InvokeResponse<MessagingExtensionResponse> {
  return { status: 200, body: { composeExtension } };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
