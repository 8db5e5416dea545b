import { z } from 'zod';
import { isPathSafeId } from '../partnercenter/path-segment';
import type { Command } from './command';

// Card buttons carry the whole query, so a click works on any instance of the bot and after a restart.
// The reserved key tells our payloads apart from anything else a client may submit.
export const ACTION_KEY = 'pcbot';

const text = z.string().trim().min(1).max(200);
// Order ids go into URL paths; customers may be tenant ids that do. A tampered `..` is refused here.
const id = text.refine(isPathSafeId, 'not an id');
const customer = text.refine((v) => v !== '.' && v !== '..', 'not a customer');
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const filtersSchema = z
  .object({
    billingCycle: z
      .enum(['monthly', 'annual', 'one_time', 'none', 'triennial', 'biennial', 'unknown'])
      .optional(),
    status: z.string().max(40).optional(),
    since: day.optional(),
    until: day.optional(),
    product: z.string().max(100).optional(),
    reseller: z.string().max(200).optional(),
    includePrices: z.boolean().optional(),
    includeSystemPurchases: z.boolean().optional(),
  })
  .strict();

const commandSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('help'),
    topic: z.enum(['help', 'orders', 'order', 'subscriptions']).optional(),
  }),
  z.object({
    kind: z.literal('orders'),
    customer,
    filters: filtersSchema,
    offset: z.number().int().min(0).max(100_000).optional(),
    refresh: z.boolean().optional(),
  }),
  z.object({ kind: z.literal('order'), customer, orderId: id, refresh: z.boolean().optional() }),
  z.object({
    kind: z.literal('subscriptions'),
    customer,
    orderId: id,
    refresh: z.boolean().optional(),
  }),
]);

const payloadSchema = z.union([
  z.object({ [ACTION_KEY]: z.literal('run'), command: commandSchema }),
  z.object({ [ACTION_KEY]: z.literal('type'), text: z.string().min(1).max(500) }),
]);

export type ActionPayload = z.infer<typeof payloadSchema>;

/** Button data that runs `command` when clicked. */
export function runAction(command: Command): Record<string, unknown> {
  return { [ACTION_KEY]: 'run', command };
}

/** Button data that behaves as if the user typed `text`. */
export function typeAction(text: string): Record<string, unknown> {
  return { [ACTION_KEY]: 'type', text };
}

export type SubmitReading =
  { kind: 'command'; command: Command } | { kind: 'text'; text: string } | { kind: 'invalid' };

/** Reads a card submit (activity.value): a command, text to parse, or invalid (tampered or from an unknown card). */
export function readSubmit(value: unknown): SubmitReading {
  const parsed = payloadSchema.safeParse(value);
  if (!parsed.success) return { kind: 'invalid' };
  const payload = parsed.data;
  return 'text' in payload
    ? { kind: 'text', text: payload.text }
    : { kind: 'command', command: payload.command as Command };
}
