import { z } from 'zod';
import { offsetField } from '../shared/list-ref';

/** "pending orders": every customer's, from the index; `offset` is the page. */
export const pendingPayload = () => z.object({ kind: z.literal('pending'), offset: offsetField.optional() });

export type PendingCommand = z.infer<ReturnType<typeof pendingPayload>>;
