import type { z } from 'zod';
import { listRefSchema } from '../shared/list-ref';
import { oneOrderPayload } from '../shared/payload-fields';

/** `back`: the list the click came from (absent when typed). */
export const orderPayload = () => oneOrderPayload('order').extend({ back: listRefSchema.optional() });

export type OrderCommand = z.infer<ReturnType<typeof orderPayload>>;
