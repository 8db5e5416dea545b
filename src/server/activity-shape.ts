import { LRUCache } from 'lru-cache';
import { z } from 'zod';

// The fields of an incoming activity that botbuilder and the bot read, with the types they assume. A body that
// does not fit is the caller's mistake (400); without this check a number where a string belongs, a missing
// conversation or serviceUrl makes botbuilder throw mid-turn, which the caller would see as a 500 (and, without
// a serviceUrl, botbuilder would try to reply to api.botframework.com). Unknown fields pass through untouched.

const text = z.string().max(100_000);
const optionalText = text.nullish();
// Ids the bot puts into the URL of its reply (/v3/conversations/{id}/activities/{activityId}); real ones are a
// few hundred characters at most, and a huge one would make the reply itself fail.
const urlId = z.string().max(2_000);

const account = z
  .object({
    id: text,
    name: optionalText,
    aadObjectId: optionalText,
    role: optionalText,
  })
  .loose();

const conversation = account.extend({
  id: urlId.min(1),
  conversationType: optionalText,
  tenantId: optionalText,
  isGroup: z.boolean().nullish(),
});

// A deployment hears from a few service URLs, turn after turn: the last ones found good are not parsed again.
const goodServiceUrls = new LRUCache<string, true>({ max: 64 });

function isHttpUrl(value: string): boolean {
  if (goodServiceUrls.has(value)) return true;
  try {
    const { protocol } = new URL(value);
    if (protocol !== 'http:' && protocol !== 'https:') return false;
  } catch {
    return false;
  }
  goodServiceUrls.set(value, true);
  return true;
}

const serviceUrl = z.string().max(2_000).refine(isHttpUrl, 'must be an http(s) URL');

// Teams puts the bot's @mention here; botbuilder reads type, and mentioned.id and text of mentions.
const entity = z
  .object({ type: text })
  .loose()
  .superRefine((value, ctx) => {
    if (value.type.toLowerCase() !== 'mention') return;
    const mention = z.object({ mentioned: z.object({ id: text }).loose(), text: optionalText });
    const checked = mention.safeParse(value);
    if (!checked.success) for (const issue of checked.error.issues) ctx.addIssue({ ...issue });
  });

const channelData = z
  .object({
    tenant: z.object({ id: optionalText }).loose().nullish(),
    eventType: optionalText,
  })
  .loose();

const attachment = z.object({ contentType: text }).loose();

const activityShape = z
  .object({
    type: z.string().min(1).max(100),
    serviceUrl,
    channelId: text.min(1),
    conversation,
    from: account,
    recipient: account,
    id: urlId.nullish(),
    text: optionalText,
    textFormat: optionalText,
    locale: z.string().max(100).nullish(),
    replyToId: urlId.nullish(),
    name: optionalText,
    timestamp: optionalText,
    localTimestamp: optionalText,
    deliveryMode: optionalText,
    entities: z.array(entity).max(100).nullish(),
    attachments: z.array(attachment).max(100).nullish(),
    membersAdded: z.array(account).max(1000).nullish(),
    membersRemoved: z.array(account).max(1000).nullish(),
    channelData: channelData.nullish(),
  })
  .loose();

/** Why a body is not a usable activity (one short line naming the field), or undefined when it is. */
export function activityProblem(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return 'the body must be an activity object';
  const checked = activityShape.safeParse(body);
  if (checked.success) return undefined;
  const issue = checked.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'activity';
  return `not a valid activity: ${where}: ${issue?.message ?? 'invalid'}`;
}
