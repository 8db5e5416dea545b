// Links into the Partner Center portal (where people act: the bot only reads), per national cloud. The shapes
// and where each was found are in README ("Open in Partner Center"); change them here, in one table.
import type { Cloud } from '../config/clouds';
import { isGuid } from './guid-format';

/** The portal's URL of a customer, an order or a subscription; undefined when there is none to give. */
export interface PortalLinks {
  customer(customerId: string): string | undefined;
  order(customerId: string, orderId: string): string | undefined;
  subscription(customerId: string, subscriptionId: string): string | undefined;
}

interface PortalShape {
  host: string;
  /** Paths with `{customer}` and `{subscription}` (lowercase GUIDs). */
  customer: string;
  /** The portal has no page of one order: its customer's subscriptions, which list what the order created. */
  order: string;
  subscription: string;
}

// Today's layout of partner.microsoft.com: the customers workspace under /dashboard/commerce2/.
const COMMERCE2: Omit<PortalShape, 'host'> = {
  customer: '/dashboard/commerce2/customers/{customer}/account',
  order: '/dashboard/commerce2/customers/{customer}/subscriptions',
  subscription: '/dashboard/commerce2/customers/{customer}/subscriptions/{subscription}',
};

// The earlier layout (/commerce/), the one seen on the 21Vianet portal.
const COMMERCE: Omit<PortalShape, 'host'> = {
  customer: '/commerce/customers/{customer}/subscriptions',
  order: '/commerce/customers/{customer}/subscriptions',
  subscription: '/commerce/customers/{customer}/subscriptions/{subscription}',
};

/** Each cloud's portal; a cloud whose portal is not known gets no links (and its cards no button). */
export const PORTALS: Readonly<Record<Cloud, PortalShape | undefined>> = {
  global: { host: 'https://partner.microsoft.com', ...COMMERCE2 },
  // Partner Center for Microsoft Cloud for US Government shares the global API and its portal.
  usgov: { host: 'https://partner.microsoft.com', ...COMMERCE2 },
  // Partner Center operated by 21Vianet.
  china: { host: 'https://partner.partnercenter.microsoftonline.cn', ...COMMERCE },
};

/** The portal links of a cloud, or undefined when its portal is not known. */
export function portalLinks(cloud: Cloud): PortalLinks | undefined {
  const shape = PORTALS[cloud];
  if (!shape) return undefined;
  // Only GUIDs reach a URL (customer tenant and subscription ids are GUIDs): nothing typed can shape a path.
  const customer = urlOf(shape.host, shape.customer);
  const order = urlOf(shape.host, shape.order);
  const subscription = urlOf(shape.host, shape.subscription);
  return {
    customer: (customerId) => customer({ customer: customerId }),
    order: (customerId) => order({ customer: customerId }),
    subscription: (customerId, subscriptionId) =>
      subscription({ customer: customerId, subscription: subscriptionId }),
  };
}

/** The URL of a path with `{name}` slots, split once (cards ask for a customer's link on every answer). */
function urlOf(host: string, path: string): (ids: Record<string, string>) => string | undefined {
  // Even indexes are text, odd ones slot names.
  const pieces = path.split(/\{(\w+)\}/);
  return (ids) => {
    let url = host;
    for (let i = 0; i < pieces.length; i++) {
      if (i % 2 === 0) {
        url += pieces[i]!;
        continue;
      }
      const id = ids[pieces[i]!];
      if (id === undefined || !isGuid(id)) return undefined;
      url += id.toLowerCase();
    }
    return url;
  };
}
