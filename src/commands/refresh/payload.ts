import { z } from 'zod';

/** Reload the customer directory from Partner Center now. */
export const refreshPayload = () => z.object({ kind: z.literal('refresh') }).strict();

export type RefreshCommand = z.infer<ReturnType<typeof refreshPayload>>;
