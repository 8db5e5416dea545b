import { randomUUID } from 'node:crypto';
import type { PipelinePolicy } from '@azure/core-rest-pipeline';
import type { Activity } from 'botbuilder';
import { addAfterSerialize } from './connector-pipeline';

// A card is most of a reply (12 KB for ten orders), and a warm answer is the very card object of the turn before
// (commands memoize their cards by content). So each card is encoded once: the activity reaches the connector
// client with a short token in the card's place, and this policy, right after the client has serialized the
// activity, puts the card's UTF-8 bytes where the token is. The body is then a Buffer, which core-rest-pipeline's
// HTTP client sends as it is (a string body it encodes twice, once to measure it).

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
const POLICY_NAME = 'cardBytes';
/** Random per process: no text a person or Partner Center sends can look like a token. */
const TOKEN_PREFIX = `pcbot-card-${randomUUID()}-`;
const QUOTED_PREFIX = `"${TOKEN_PREFIX}`;

const encoded = new WeakMap<object, Buffer>();
let sequence = 0;

/** The card's JSON as UTF-8, encoded once per card object (cards are not changed once made). */
export function cardBytes(card: object): Buffer {
  let bytes = encoded.get(card);
  if (!bytes) {
    bytes = Buffer.from(JSON.stringify(card));
    encoded.set(card, bytes);
  }
  return bytes;
}

/** The cards a connector client's requests carry as tokens, by token, until the policy puts them in. */
type PendingCards = Map<string, object>;

const pendingByClient = new WeakMap<object, PendingCards>();

/**
 * The activities with their Adaptive Cards as tokens, for this connector client (the policy goes into its pipeline
 * the first time). Activities without a card are passed as they are.
 */
export function withCardTokens<T extends Partial<Activity>>(connectorClient: object, activities: T[]): T[] {
  let pending: PendingCards | undefined;
  return activities.map((activity) => {
    if (!activity.attachments?.some(isEncodable)) return activity;
    pending ??= pendingOf(connectorClient);
    const attachments = activity.attachments.map((attachment) => {
      if (!isEncodable(attachment)) return attachment;
      const token = `${TOKEN_PREFIX}${++sequence}`;
      pending!.set(token, attachment.content as object);
      return { ...attachment, content: token };
    });
    return { ...activity, attachments };
  });
}

function isEncodable(attachment: { contentType?: string; content?: unknown }): boolean {
  return (
    attachment.contentType === ADAPTIVE_CARD &&
    typeof attachment.content === 'object' &&
    attachment.content !== null
  );
}

function pendingOf(connectorClient: object): PendingCards {
  let pending = pendingByClient.get(connectorClient);
  if (!pending) {
    pending = new Map();
    pendingByClient.set(connectorClient, pending);
    addAfterSerialize(connectorClient, cardBytesPolicy(pending));
  }
  return pending;
}

/** Puts each token's card bytes in the serialized body; a body without tokens is left as it is. */
export function cardBytesPolicy(pending: PendingCards): PipelinePolicy {
  return {
    name: POLICY_NAME,
    sendRequest(request, next) {
      const body = request.body;
      if (typeof body === 'string' && pending.size > 0) {
        const spliced = splice(body, pending);
        if (spliced) request.body = spliced;
      }
      return next(request);
    },
  };
}

function splice(body: string, pending: PendingCards): Buffer | undefined {
  const parts: Buffer[] = [];
  let from = 0;
  for (;;) {
    const start = body.indexOf(QUOTED_PREFIX, from);
    if (start < 0) break;
    const end = body.indexOf('"', start + 1);
    const token = body.slice(start + 1, end);
    const card = end > 0 ? pending.get(token) : undefined;
    if (!card) break;
    pending.delete(token);
    parts.push(Buffer.from(body.slice(from, start)), cardBytes(card));
    from = end + 1;
  }
  if (parts.length === 0) return undefined;
  parts.push(Buffer.from(body.slice(from)));
  return Buffer.concat(parts);
}
