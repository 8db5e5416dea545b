import { TurnContext, type Activity } from 'botbuilder';
import type { WatchConversation } from '../state/watch-store';

/**
 * Where a watch's notices go: this conversation, and in a Teams channel this thread. A message posted at the
 * top of a channel arrives with the channel's id; its thread is `<channel id>;messageid=<the message's id>`.
 */
export function watchConversationOf(activity: Activity): WatchConversation {
  const reference = TurnContext.getConversationReference(activity);
  let conversationId = activity.conversation.id;
  const root = activity.replyToId ?? activity.id;
  if (
    activity.conversation.conversationType === 'channel' &&
    !conversationId.includes(';messageid=') &&
    root
  ) {
    conversationId = `${conversationId};messageid=${root}`;
  }
  const channelData = activity.channelData as { tenant?: { id?: string } } | undefined;
  const { activityId: _activityId, ...rest } = reference;
  return {
    serviceUrl: activity.serviceUrl,
    conversationId,
    tenantId: channelData?.tenant?.id ?? activity.conversation.tenantId,
    channelId: activity.channelId,
    reference: JSON.parse(
      JSON.stringify({ ...rest, conversation: { ...activity.conversation, id: conversationId } }),
    ) as Record<string, unknown>,
  };
}
