import type { PipelinePolicy } from '@azure/core-rest-pipeline';
import type { ThreadPacer } from '../outbound/thread-pacer';
import { parseRetryAfterSeconds } from '../partnercenter/retry-strategy';
import { addAfterRetry } from './connector-pipeline';
import { isTyping, type ReplyWindow } from './reply-policy';

// Every request the bot makes into a conversation (POST a reply or a notice, PUT an update, DELETE, typing)
// passes the thread's pacer, each attempt on its own: the reply policy's retries are paced too, and a 429's
// Retry-After pauses that thread (only) where it is seen. Installed per turn after the reply policy, so the
// wait for a slot is not part of an attempt's timeout; it is bounded by the turn's send window instead.

const POLICY_NAME = 'threadPacing';
/** /v3/conversations/{conversationId}/activities[/{activityId}]: the id as sent, a thread's `;messageid=` kept. */
const CONVERSATION_ACTIVITIES = /\/v3\/conversations\/([^/?]+)\/activities(?:[/?]|$)/;

export function pacingPolicy(pacer: ThreadPacer, window: ReplyWindow): PipelinePolicy {
  return {
    name: POLICY_NAME,
    async sendRequest(request, next) {
      const thread = threadOf(request.url);
      if (thread === undefined) return next(request);
      // A typing indicator is a hint: it goes when a slot is free now, or not at all.
      const latestStart = isTyping(request.body) ? Date.now() : window.replyDeadline;
      const response = await pacer.run(thread, () => next(request), latestStart);
      if (response.status === 429) {
        const seconds = parseRetryAfterSeconds(response.headers.get('retry-after')) ?? 1;
        pacer.pause(thread, Date.now() + seconds * 1000);
      }
      return response;
    },
  };
}

/** Adds the pacing policy to a turn's connector client, after its retry (see connector-pipeline.ts). */
export function installPacing(connectorClient: unknown, policy: PipelinePolicy): void {
  addAfterRetry(connectorClient, policy);
}

function threadOf(url: string): string | undefined {
  const match = CONVERSATION_ACTIVITIES.exec(url);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return match[1];
  }
}
