// Conversation events as Teams sends them (see README, "Teams"): `membersAdded` arrives both for the bot's own
// installation and for every person added; `installationUpdate` and `membersRemoved` say when it is removed.
import type { Activity, TurnContext } from 'botbuilder';
import { welcomeCard, type AdaptiveCard } from '../cards';
import { helpCard, typeAction } from '../commands';
import type { Logger } from '../logging/logger';
import type { DigestStore } from '../state/digest-store';
import type { WatchStore } from '../state/watch-store';
import { post, describeFailure } from './replies';

export interface ConversationEventDeps {
  logger: Logger;
  watchStore?: WatchStore;
  digestStore?: DigestStore;
  /** A card as the bot sends it (with the sandbox notice where it applies). */
  cardMessage(card: AdaptiveCard, locale: string): Partial<Activity>;
}

/**
 * Welcome once, when the bot itself is added: 1:1 (and the Emulator) gets the help card, a group chat or a
 * team one short card. People joining a conversation the bot is already in get nothing.
 */
export async function welcomeWhenInstalled(context: TurnContext, deps: ConversationEventDeps): Promise<void> {
  const { activity } = context;
  if (!includesBot(activity, activity.membersAdded)) return;
  const locale = activity.locale || 'en-US';
  const card = isShared(activity)
    ? welcomeCard(
        { botName: activity.recipient?.name || 'Orders Bot', helpAction: typeAction('help') },
        { locale },
      )
    : helpCard({ action: typeAction }, { locale });
  const sent = await post(context, deps.cardMessage(card, locale));
  if (!sent.ok) deps.logger.error({ reply: describeFailure(sent.error) }, 'could not send the welcome');
}

/** The bot was removed from the conversation (uninstalled, or removed as a member): its watches and digests go too. */
export async function forgetWhenRemoved(context: TurnContext, deps: ConversationEventDeps): Promise<void> {
  const { activity } = context;
  const removed =
    (activity.type === 'installationUpdate' && activity.action === 'remove') ||
    includesBot(activity, activity.membersRemoved);
  if (!removed || !activity.conversation?.id) return;
  const conversation = baseConversationId(activity.conversation.id);
  await forgetDigests(conversation, activity, deps);
  if (!deps.watchStore) return;
  try {
    const watches = await deps.watchStore.all();
    const here = watches.filter((w) => baseConversationId(w.conversation.conversationId) === conversation);
    let count = 0;
    for (const watch of here) if (await deps.watchStore.remove(watch.id)) count++;
    deps.logger.info(
      { watchesRemoved: count, conversationType: activity.conversation.conversationType },
      'the bot was removed from a conversation; its watches are removed',
    );
  } catch (err) {
    // Left behind, they end at their expiry; a notice into the gone conversation (403/404) removes them too.
    deps.logger.warn(
      { errorKind: err instanceof Error ? err.name : typeof err },
      'could not remove the watches of a conversation the bot left',
    );
  }
}

async function forgetDigests(
  conversation: string,
  activity: Activity,
  deps: ConversationEventDeps,
): Promise<void> {
  if (!deps.digestStore) return;
  try {
    const digests = await deps.digestStore.all();
    const here = digests.filter((d) => baseConversationId(d.conversation.conversationId) === conversation);
    let count = 0;
    for (const digest of here) if (await deps.digestStore.remove(digest.id)) count++;
    if (count > 0)
      deps.logger.info(
        { digestsRemoved: count, conversationType: activity.conversation.conversationType },
        'the bot was removed from a conversation; its digests are removed',
      );
  } catch (err) {
    // Left behind, they end when their next post gets 403/404.
    deps.logger.warn(
      { errorKind: err instanceof Error ? err.name : typeof err },
      'could not remove the digests of a conversation the bot left',
    );
  }
}

function includesBot(activity: Activity, members: { id: string }[] | undefined): boolean {
  const botId = activity.recipient?.id;
  return !!botId && Array.isArray(members) && members.some((m) => m?.id === botId);
}

/** A channel or a group chat: what the bot posts there, everyone in it sees. */
export function isShared(activity: Partial<Pick<Activity, 'conversation'>>): boolean {
  const type = activity.conversation?.conversationType;
  return type === 'channel' || type === 'groupChat' || activity.conversation?.isGroup === true;
}

/** A channel thread (`…;messageid=…`) belongs to its channel's conversation. */
function baseConversationId(id: string): string {
  const cut = id.indexOf(';messageid=');
  return cut < 0 ? id : id.slice(0, cut);
}
