import { z } from 'zod';
import type { RenewalKind } from '../../index/renewals';
import { MAX_AHEAD_DAYS } from '../parse/date-ahead';
import { offsetField } from '../shared/list-ref';
import { customerField, dayField } from '../shared/payload-fields';

const GROUPS = ['terms', 'ends', 'changes', 'rollovers'] as const satisfies readonly RenewalKind[];

/**
 * "renewals [for <customer>] [period]": subscriptions whose term ends in a period, from the partner-wide index.
 * The period is the next `within` days from when it runs (the default, 30, when nothing is given), or UTC days
 * `since` (absent: today) to `until`, inclusive. `group` and `offset` page one group (a card's buttons).
 */
export const renewalsPayload = () =>
  z.object({
    kind: z.literal('renewals'),
    customer: customerField.optional(),
    within: z.number().int().min(1).max(MAX_AHEAD_DAYS).optional(),
    since: dayField.optional(),
    until: dayField.optional(),
    group: z.enum(GROUPS).optional(),
    offset: offsetField.optional(),
  });

export type RenewalsCommand = z.infer<ReturnType<typeof renewalsPayload>>;
