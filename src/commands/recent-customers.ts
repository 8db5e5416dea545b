// The customers each person asked about lately, so that an id the index does not know yet can be offered
// "for <customer>" as buttons. Kept in this process (a convenience, not a record): each instance remembers
// the turns it answered, a restart forgets, and only tenant ids and names are held.
import { LRUCache } from 'lru-cache';
import type { CustomerRef } from '../cards/types';
import type { RecentCustomers } from './deps';

const PER_PERSON = 5;
const MAX_PEOPLE = 10_000;

export class RecentCustomerMemory {
  private readonly people = new LRUCache<string, CustomerRef[]>({ max: MAX_PEOPLE });

  /** One person's view (`person`: their tenant and user id, as the bot knows them). */
  of(person: string): RecentCustomers {
    return {
      list: () => this.people.get(person) ?? [],
      note: (customer) => {
        const id = customer.id.toLowerCase();
        const others = (this.people.get(person) ?? []).filter((c) => c.id.toLowerCase() !== id);
        this.people.set(person, [customer, ...others].slice(0, PER_PERSON));
      },
    };
  }
}
