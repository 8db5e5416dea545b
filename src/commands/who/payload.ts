import { z } from 'zod';
import { offsetField } from '../shared/list-ref';

/** "who has E5": subscriptions of every customer whose name or offer id contains `offer`, from the index. */
export const whoPayload = () =>
  z.object({
    kind: z.literal('who'),
    offer: z.string().trim().min(1).max(100),
    offset: offsetField.optional(),
  });

export type WhoCommand = z.infer<ReturnType<typeof whoPayload>>;
