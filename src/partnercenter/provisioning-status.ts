// GET /v1/customers/{id}/orders/{orderId}/provisioningstatus: why an order is still pending, per line item.
// Real Partner Center answers it only with App+User credentials; app-only gets 401/403 (error code 900329).
import { z } from 'zod';
import { PartnerCenterError } from './errors';

export const provisioningStatusItemSchema = z
  .object({ lineItemNumber: z.number(), status: z.string() })
  .loose();

/** The error code Partner Center gives an app-only token on an App+User operation. */
const APP_USER_REQUIRED_CODE = '900329';

/** Whether this failure means "this call needs App+User auth", which app-only bots cannot fix by retrying. */
export function needsAppUserAuth(err: unknown): boolean {
  if (!(err instanceof PartnerCenterError)) return false;
  return err.status === 401 || err.status === 403 || String(err.code ?? '') === APP_USER_REQUIRED_CODE;
}
