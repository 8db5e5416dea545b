import { z } from 'zod';

/** "watches": what this conversation watches. */
export interface WatchesCommand {
  kind: 'watches';
}

export const watchesPayload = () => z.object({ kind: z.literal('watches') });
