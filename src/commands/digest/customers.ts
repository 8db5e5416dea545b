// The customers a digest or a window alert is kept to ("for contoso, fabrikam"), each resolved as any command's
// customer is. One that is several or none gets the usual card, whose buttons ask again with that one replaced.
import { chooseCustomerCard } from '../../cards/choose-customer';
import { errorCard } from '../../cards/error';
import type { DigestCustomer } from '../../state/digest-store';
import { runAction } from '../actions';
import type { CommandEnv } from '../deps';
import type { CommandOutcome } from '../outcome';
import { resolveCustomer } from '../resolve-customer';
import { customerRef } from '../shared/customer-step';
import type { DigestCommand } from './payload';

type WithCustomers = Extract<DigestCommand, { op: 'add' | 'windows' }>;

export async function customersOrReply(
  command: WithCustomers,
  env: CommandEnv,
): Promise<{ customers?: DigestCustomer[] } | { reply: CommandOutcome }> {
  const typed = command.customers;
  if (!typed) return {};
  const locale = { locale: env.ctx.locale };
  const instead = (i: number, value: string) =>
    runAction({ ...command, customers: typed.map((name, j) => (j === i ? value : name)) });
  const customers: DigestCustomer[] = [];
  for (const [i, name] of typed.entries()) {
    const found = await resolveCustomer(env.api, name, env.ctx, env.directory);
    if (found.kind === 'found') {
      env.recent?.note(customerRef(found.customer));
      const id = found.customer.id;
      // "for contoso, Contoso": one customer, named once.
      if (!customers.some((c) => c.id.toLowerCase() === id.toLowerCase()))
        customers.push({ id, name: found.customer.companyProfile.companyName });
      continue;
    }
    const reply: CommandOutcome =
      found.kind === 'ambiguous'
        ? {
            command: 'digest',
            result: 'ambiguous',
            resultCount: found.candidates.length,
            card: chooseCustomerCard(
              {
                query: name,
                candidates: found.candidates.map(customerRef),
                total: found.total,
                near: found.near,
                action: (customerId) => instead(i, customerId),
              },
              locale,
            ),
          }
        : {
            command: 'digest',
            result: 'notFound',
            card: errorCard(
              {
                kind: 'customerNotFound',
                query: name,
                closestNames: found.closest,
                tryName: (closest) => instead(i, closest),
              },
              locale,
            ),
          };
    return { reply };
  }
  return { customers };
}
