import { z } from 'zod';

/** "watches": what this conversation watches. */
export const watchesPayload = () => z.object({ kind: z.literal('watches') });

export type WatchesCommand = z.infer<ReturnType<typeof watchesPayload>>;
