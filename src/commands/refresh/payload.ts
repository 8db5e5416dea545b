import { z } from 'zod';

/** Reload the customer directory from Partner Center now. */
export interface RefreshCommand {
  kind: 'refresh';
}

export const refreshPayload = () => z.object({ kind: z.literal('refresh') }).strict();
