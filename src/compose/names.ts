// Whose a record is, by name: the customer directory, else the customers this person looked up lately, else the
// tenant id shortened. No Partner Center call (the search answers from what is held).
import { shortId } from '../cards/text';
import type { CustomerRef } from '../cards/types';
import type { CommandEnv } from '../commands/deps';
import { customerRef } from '../commands/shared/customer-step';

/** The customer held for this tenant id: the directory's, or one this person looked up lately. */
export function knownCustomer(
  env: Pick<CommandEnv, 'directory' | 'recent'>,
  tenantId: string,
): CustomerRef | undefined {
  const match = env.directory?.resolve(tenantId);
  if (match?.kind === 'found' && match.customer.id.toLowerCase() === tenantId.toLowerCase())
    return customerRef(match.customer);
  return env.recent?.list().find((c) => c.id.toLowerCase() === tenantId.toLowerCase());
}

export function customerName(env: Pick<CommandEnv, 'directory' | 'recent'>, tenantId: string): string {
  return knownCustomer(env, tenantId)?.name || shortId(tenantId);
}
