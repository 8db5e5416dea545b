// What real Partner Center answers look like beyond the documentation's tidy examples, switched on by the
// `realData` knob: capitalised enums, absent status and currencyCode, dates with other fraction lengths and
// offsets, `termDuration: ""`, fields no client knows, PascalCase provisioning statuses, and two customers
// with exactly the same company name (one without a domain). Written apart from the bot's client on purpose.

import { buildCustomer, collect, lazyCustomer } from './fixtures/customer-factory';
import type { FixtureCustomer, SandboxCustomer } from './fixtures/types';

const DUPLICATE_NAME = 'Greenhill Pharmacy';
export const DUPLICATE_NAME_TENANT_IDS = [
  '7d3e9f10-2a4b-4c5d-8e6f-0a1b2c3d4e5f',
  '9e8d7c6b-5a49-4382-a716-f5e4d3c2b1a0',
] as const;

function withoutDomain(customer: SandboxCustomer): SandboxCustomer {
  const { domain: _domain, ...profile } = customer.companyProfile;
  return { ...customer, companyProfile: profile as SandboxCustomer['companyProfile'] };
}

let duplicates: FixtureCustomer[] | undefined;

/** Two customers both named exactly "Greenhill Pharmacy"; the second has no `domain` in its profile. */
export function realDataCustomers(): FixtureCustomer[] {
  duplicates ??= [
    lazyCustomer(
      buildCustomer(DUPLICATE_NAME_TENANT_IDS[0], DUPLICATE_NAME, 'greenhillpharmacy.onmicrosoft.com'),
      () => collect([]),
    ),
    lazyCustomer(withoutDomain(buildCustomer(DUPLICATE_NAME_TENANT_IDS[1], DUPLICATE_NAME, '')), () =>
      collect([]),
    ),
  ];
  return duplicates;
}

type WireJson = Record<string, unknown>;
const isObject = (v: unknown): v is WireJson => typeof v === 'object' && v !== null && !Array.isArray(v);

/** 'one_time' → 'OneTime', 'po_upload_complete' → 'PoUploadComplete', 'completed' → 'Completed'. */
function pascalCase(value: string): string {
  return value
    .split(/[_\s-]+/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/** The same instant written three other ways: no fraction and no offset (UTC), 1 digit +05:30, 7 digits -08:00. */
function otherDateForm(value: string, variant: number): string {
  const ms = Date.parse(value.replace(/:\s+/g, ':'));
  if (Number.isNaN(ms)) return value;
  const shifted = (offsetMinutes: number) => new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19);
  switch (variant % 3) {
    case 0:
      return shifted(0);
    case 1:
      return `${shifted(330)}.${String(Math.floor((ms % 1000) / 100))}+05:30`;
    default:
      return `${shifted(-480)}.${String(ms % 1000).padStart(3, '0')}0000-08:00`;
  }
}

const UNKNOWN_FIELDS = { promotionId: null, renewsTo: { termDuration: 'P1Y' }, isTrial: false };

function realOrder(order: WireJson, index: number): WireJson {
  const out: WireJson = { ...order, ...UNKNOWN_FIELDS };
  if (typeof out.billingCycle === 'string') out.billingCycle = pascalCase(out.billingCycle);
  if (typeof out.status === 'string') out.status = pascalCase(out.status);
  if (typeof out.creationDate === 'string') out.creationDate = otherDateForm(out.creationDate, index);
  if (index % 4 === 1) delete out.status;
  if (index % 4 === 2) delete out.currencyCode;
  if (Array.isArray(out.lineItems)) {
    out.lineItems = out.lineItems.map((item) =>
      isObject(item) ? { ...item, termDuration: '', renewsTo: null } : item,
    );
  }
  return out;
}

function realSubscription(subscription: WireJson, index: number): WireJson {
  const out: WireJson = { ...subscription, ...UNKNOWN_FIELDS, termDuration: '' };
  for (const key of ['status', 'billingCycle', 'billingType', 'contractType'] as const) {
    if (typeof out[key] === 'string') out[key] = pascalCase(out[key]);
  }
  for (const key of ['creationDate', 'effectiveStartDate', 'commitmentEndDate'] as const) {
    if (typeof out[key] === 'string') out[key] = otherDateForm(out[key], index);
  }
  if (index % 4 === 1) delete out.status;
  return out;
}

function realItem(item: unknown, index: number): unknown {
  if (!isObject(item)) return item;
  if (Array.isArray(item.lineItems)) return realOrder(item, index);
  const type = isObject(item.attributes) ? item.attributes.objectType : undefined;
  if (type === 'Subscription' || 'entitlementId' in item) return realSubscription(item, index);
  if (type === 'OrderLineItemProvisioningStatus' && typeof item.status === 'string')
    return { ...item, status: pascalCase(item.status) };
  return item;
}

/** A successful JSON body as real data would have it; collections get it item by item. */
export function realDataBody(body: unknown): unknown {
  if (!isObject(body)) return body;
  if (Array.isArray(body.items)) return { ...body, items: body.items.map(realItem) };
  return realItem(body, 0);
}
