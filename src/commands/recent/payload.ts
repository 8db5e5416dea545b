import { z } from 'zod';
import { offsetField } from '../shared/list-ref';
import { dayField } from '../shared/payload-fields';

/**
 * "orders today", "orders since monday": orders of every customer created or changed in a period of UTC days
 * (inclusive; no `until`: up to now), as the index saw them; optionally in one status.
 */
export const recentPayload = () =>
  z.object({
    kind: z.literal('recent'),
    since: dayField,
    until: dayField.optional(),
    status: z.string().trim().min(1).max(40).optional(),
    offset: offsetField.optional(),
  });

export type RecentCommand = z.infer<ReturnType<typeof recentPayload>>;
