// The customers, orders and subscriptions each person looked up lately: an id the index does not know yet is
// offered "for <customer>" with them as buttons, and the compose box's empty search lists them. Kept in this
// process (a convenience, not a record): each instance remembers the turns it answered, a restart forgets,
// and only tenant ids, names and order or subscription ids are held.
import { LRUCache } from 'lru-cache';
import type { CustomerRef } from '../cards/types';
import type { RecentCustomers, RecentLookup } from './deps';

const PER_PERSON = 5;
const LOOKUPS_PER_PERSON = 10;
const MAX_PEOPLE = 10_000;

interface Remembered {
  customers: CustomerRef[];
  lookups: RecentLookup[];
}

const same = (a: RecentLookup, b: RecentLookup): boolean =>
  a.kind === b.kind &&
  a.id.toLowerCase() === b.id.toLowerCase() &&
  a.customerId.toLowerCase() === b.customerId.toLowerCase();

export class RecentCustomerMemory {
  private readonly people = new LRUCache<string, Remembered>({ max: MAX_PEOPLE });

  /** One person's view (`person`: their tenant and user id, as the bot knows them). */
  of(person: string): RecentCustomers {
    const held = (): Remembered => this.people.get(person) ?? { customers: [], lookups: [] };
    const remember = (lookups: RecentLookup[], lookup: RecentLookup): RecentLookup[] =>
      [lookup, ...lookups.filter((l) => !same(l, lookup))].slice(0, LOOKUPS_PER_PERSON);
    return {
      list: () => held().customers,
      note: (customer) => {
        const { customers, lookups } = held();
        const id = customer.id.toLowerCase();
        this.people.set(person, {
          customers: [customer, ...customers.filter((c) => c.id.toLowerCase() !== id)].slice(0, PER_PERSON),
          lookups: remember(lookups, { kind: 'customer', id: customer.id, customerId: customer.id }),
        });
      },
      lookups: () => held().lookups,
      noteLookup: (lookup) => {
        const { customers, lookups } = held();
        this.people.set(person, { customers, lookups: remember(lookups, lookup) });
      },
    };
  }
}
