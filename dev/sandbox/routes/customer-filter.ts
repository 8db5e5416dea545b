import type { FixtureCustomer } from '../fixtures/types';
import { badRequest } from '../http/errors';

// `filter` is URL-encoded JSON: {"Field":"CompanyName","Value":"cont","Operator":"starts_with"}.
// starts_with is the only operator Partner Center offers; matching is case-insensitive.

export type CustomerFilter = (record: FixtureCustomer) => boolean;

const FIELDS: Record<string, (value: string) => CustomerFilter> = {
  companyname: (value) => (r) => r.customer.companyProfile.companyName.toLowerCase().startsWith(value),
  domain: (value) => (r) => (r.customer.companyProfile.domain ?? '').toLowerCase().startsWith(value),
  indirectreseller: (value) => (r) =>
    (r.resellerIds ?? r.data().resellerIds).some((id) => id.toLowerCase().startsWith(value)),
  // The sandbox partner is itself the indirect provider, so no customer has another one above it.
  indirectcloudsolutionprovider: () => () => false,
};

function stringField(filter: Record<string, unknown>, name: string): string | undefined {
  const key = Object.keys(filter).find((k) => k.toLowerCase() === name.toLowerCase());
  const value = key === undefined ? undefined : filter[key];
  return typeof value === 'string' ? value : undefined;
}

export function parseCustomerFilter(text: string | undefined): CustomerFilter | undefined {
  if (text === undefined || text === '') return undefined;
  let filter: unknown;
  try {
    filter = JSON.parse(text);
  } catch {
    throw badRequest('The filter is not valid JSON.');
  }
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) {
    throw badRequest('The filter must be a JSON object with Field, Value and Operator.');
  }
  const fields = filter as Record<string, unknown>;
  const field = stringField(fields, 'Field');
  const value = stringField(fields, 'Value');
  const operator = stringField(fields, 'Operator');
  const make = field === undefined ? undefined : FIELDS[field.toLowerCase()];
  if (!make) throw badRequest(`Invalid filter field: ${field ?? '(none)'}.`);
  if (value === undefined) throw badRequest('The filter has no Value.');
  if (operator?.toLowerCase() !== 'starts_with')
    throw badRequest(`Invalid filter operator: ${operator ?? '(none)'}.`);
  return make(value.toLowerCase());
}
