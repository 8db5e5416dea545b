import { z } from 'zod';
import { offsetField } from '../shared/list-ref';
import { customerField } from '../shared/payload-fields';

/** "windows [for <customer>]": cancellation windows open now, soonest closing first, from the index. */
export const windowsPayload = () =>
  z.object({
    kind: z.literal('windows'),
    customer: customerField.optional(),
    offset: offsetField.optional(),
  });

export type WindowsCommand = z.infer<ReturnType<typeof windowsPayload>>;
