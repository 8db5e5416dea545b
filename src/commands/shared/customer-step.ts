import { chooseCustomerCard } from '../../cards/choose-customer';
import { errorCard } from '../../cards/error';
import type { CustomerRef } from '../../cards/types';
import type { Customer } from '../../partnercenter/models';
import { runAction } from '../actions';
import type { Command } from '../command';
import type { CommandEnv } from '../deps';
import type { CommandOutcome } from '../outcome';
import { resolveCustomer } from '../resolve-customer';

export const customerRef = (c: Customer): CustomerRef => ({
  id: c.id,
  name: c.companyProfile.companyName,
  // Absent (or null) in some real profiles.
  domain: c.companyProfile.domain ?? undefined,
});

/** A command that names a customer (the one-order commands' customer is optional: given here). */
type WithCustomer<C> = C extends unknown
  ? 'customer' extends keyof C
    ? C & { customer: string }
    : never
  : never;
type CustomerCommand = WithCustomer<Command>;

/**
 * Resolves the command's customer. When it is not one customer, returns the card to answer with instead:
 * a choice of customers (each button re-runs the command for that tenant id) or "no customer matches".
 */
export async function customerOrReply(
  command: CustomerCommand,
  env: CommandEnv,
): Promise<{ customer: Customer } | { reply: CommandOutcome }> {
  const resolution = await resolveCustomer(env.api, command.customer, env.ctx, env.directory);
  const locale = { locale: env.ctx.locale };
  switch (resolution.kind) {
    case 'found': {
      const ref = customerRef(resolution.customer);
      env.recent?.note(ref);
      // The progress card, if one is shown after this, names the customer instead of what was typed.
      if (env.learnt) env.learnt.customer = ref;
      return { customer: resolution.customer };
    }
    case 'ambiguous':
      return {
        reply: {
          command: command.kind,
          result: 'ambiguous',
          resultCount: resolution.candidates.length,
          card: chooseCustomerCard(
            {
              query: command.customer,
              candidates: resolution.candidates.map(customerRef),
              total: resolution.total,
              near: resolution.near,
              action: (customerId) => runAction({ ...command, customer: customerId }),
            },
            locale,
          ),
        },
      };
    case 'none':
      return {
        reply: {
          command: command.kind,
          result: 'notFound',
          card: errorCard(
            {
              kind: 'customerNotFound',
              query: command.customer,
              closestNames: resolution.closest,
              tryName: (name) => runAction({ ...command, customer: name }),
            },
            locale,
          ),
        },
      };
  }
}
