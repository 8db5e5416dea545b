import { z } from 'zod';
import { customerField } from '../shared/payload-fields';

/** Customers one digest may be kept to. */
export const MAX_DIGEST_CUSTOMERS = 10;

const customers = z.array(customerField).min(1).max(MAX_DIGEST_CUSTOMERS).optional();

/**
 * One command, four things to do: `add` a renewals digest (`digest renewals weekly [for a, b]`), `windows`
 * alerts (`watch cancellation windows [for a]`), `list` them (`digests`), `stop` one (a Stop button names its
 * id), those of a kind (`stop digest weekly`, `stop digest windows`) or all (`stop digests`).
 */
export const digestPayload = () =>
  z.discriminatedUnion('op', [
    z.object({
      kind: z.literal('digest'),
      op: z.literal('add'),
      cadence: z.enum(['daily', 'weekly']),
      customers,
    }),
    z.object({ kind: z.literal('digest'), op: z.literal('windows'), customers }),
    z.object({ kind: z.literal('digest'), op: z.literal('list') }),
    z.object({
      kind: z.literal('digest'),
      op: z.literal('stop'),
      id: z
        .string()
        .regex(/^[0-9a-f]{32}$/)
        .optional(),
      which: z.enum(['daily', 'weekly', 'windows', 'all']).optional(),
    }),
  ]);

export type DigestCommand = z.infer<ReturnType<typeof digestPayload>>;
