// Activities as Teams sends them: channel threads (`;messageid=`), `<at>` mentions, clicks with replyToId,
// `adaptiveCard/action` and message-extension invokes, and conversation events. Posted to the real bot; the
// connector records replies.
import { randomUUID } from 'node:crypto';
import { emulatorActivity } from './emulator';
import { postRaw, type Harness, type RawResponse } from './harness';

export const BOT = { id: '28:bot-app-id', name: 'Orders Bot' };
export const TENANT = 'tenant-1';

export interface TeamsPlace {
  conversationId: string;
  conversationType: 'personal' | 'channel' | 'groupChat';
}

export const personal = (): TeamsPlace => ({
  conversationId: `a:${randomUUID()}`,
  conversationType: 'personal',
});
export const groupChat = (): TeamsPlace => ({
  conversationId: `19:${randomUUID()}@thread.v2`,
  conversationType: 'groupChat',
});
/** A channel thread: the channel's id with the root message's id. */
export const channelThread = (): TeamsPlace => ({
  conversationId: `19:${randomUUID()}@thread.tacv2;messageid=${Date.now()}`,
  conversationType: 'channel',
});

/** The envelope every Teams activity shares. */
export function teamsActivity(
  harness: Harness,
  place: TeamsPlace,
  fields: Record<string, unknown>,
  userId = '29:person-1',
): Record<string, unknown> {
  return {
    ...emulatorActivity(harness.connector.url, undefined, { channelId: 'msteams' }),
    text: undefined,
    from: { id: userId, name: 'Dana Seller', aadObjectId: `aad-${userId}` },
    recipient: BOT,
    conversation: {
      id: place.conversationId,
      conversationType: place.conversationType,
      tenantId: TENANT,
      ...(place.conversationType === 'personal' ? {} : { isGroup: true }),
    },
    channelData: { tenant: { id: TENANT } },
    entities: [],
    ...fields,
  };
}

/** A typed message; in a channel or group chat it starts with the bot's `<at>` mention, as Teams sends it. */
export function teamsMessage(harness: Harness, place: TeamsPlace, text: string, userId?: string) {
  const mentioned = place.conversationType !== 'personal';
  const mention = `<at>${BOT.name}</at>`;
  return teamsActivity(
    harness,
    place,
    {
      type: 'message',
      text: mentioned ? `${mention} ${text}` : text,
      entities: mentioned ? [{ type: 'mention', text: mention, mentioned: BOT }] : [],
    },
    userId,
  );
}

/** An Action.Submit click: a message with the button's data in `value` and the clicked card's id. */
export function teamsClick(
  harness: Harness,
  place: TeamsPlace,
  data: unknown,
  cardId: string,
  userId?: string,
) {
  return teamsActivity(harness, place, { type: 'message', value: data, replyToId: cardId }, userId);
}

/** An `adaptiveCard/action` invoke (a card's refresh, or an Action.Execute button). */
export function teamsInvoke(harness: Harness, place: TeamsPlace, value: unknown, userId?: string) {
  return teamsActivity(harness, place, { type: 'invoke', name: 'adaptiveCard/action', value }, userId);
}

/**
 * A message-extension invoke as Teams sends it from the compose box or the command box of `place`:
 * `composeExtension/query`, `…/selectItem` (the chosen preview's tap value) or `…/queryLink` ({ url }).
 */
export function teamsComposeInvoke(
  harness: Harness,
  place: TeamsPlace,
  name: 'composeExtension/query' | 'composeExtension/selectItem' | 'composeExtension/queryLink' | string,
  value: unknown,
  userId?: string,
) {
  return teamsActivity(
    harness,
    place,
    { type: 'invoke', name, value, channelData: { tenant: { id: TENANT }, source: { name: 'compose' } } },
    userId,
  );
}

/** The `composeExtension/query` value of the search command with `query` typed (Teams pages by 25). */
export function searchValue(query: string, skip = 0, count = 25) {
  return {
    commandId: 'searchPartnerCenter',
    parameters: [{ name: 'query', value: query }],
    queryOptions: { skip, count },
  };
}

export function post(harness: Harness, activity: Record<string, unknown>): Promise<RawResponse> {
  return postRaw(harness.app.url, JSON.stringify(activity));
}
