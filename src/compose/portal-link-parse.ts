// A Partner Center portal link pasted in Teams → what it points at (a customer, one of its orders or one of its
// subscriptions). Only reading: building links into the portal is src/partnercenter/portal-links.ts's job.
// The shapes, and where they were seen (README "Link unfurling"):
//   https://partner.microsoft.com[/<lang>]/dashboard/commerce2/customers/<tenant>[/<page>…]   (today's portal)
//   https://partner.microsoft.com[/<lang>]/commerce/customers/<tenant>/subscriptions[/<subscription>]  (older)
//   …/customers/<tenant>/orders/<order> (and …/orderhistory/<order>): no public source shows an order page;
//   accepted as the customer's order path, the same as the API's (/v1/customers/<tenant>/orders/<order>).
//   21Vianet: the same paths on https://partner.partnercenter.microsoftonline.cn.
import { isGuid } from '../partnercenter/guid-format';
import { isPathSafeId } from '../partnercenter/path-segment';

export type PortalCloud = 'global' | 'china';

export type PortalLink =
  | { kind: 'customer'; cloud: PortalCloud; customerId: string }
  | { kind: 'order'; cloud: PortalCloud; customerId: string; orderId: string }
  | { kind: 'subscription'; cloud: PortalCloud; customerId: string; subscriptionId: string };

/** The portal's hosts, by cloud (US Government partners sign in to the global portal's host). */
export const PORTAL_HOSTS: Readonly<Record<string, PortalCloud>> = {
  'partner.microsoft.com': 'global',
  'partner.partnercenter.microsoftonline.cn': 'china',
};

const MAX_URL = 2_048;
const MAX_ID = 200;
/** "en-us", "pt-br", "zh-hans", "it": the language the portal was opened in, first in the path. */
const LANGUAGE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;
/** The portal's areas with customers under them: today's, the older one, and dashboard/v2 seen in the wild. */
const AREAS = new Set(['commerce2', 'commerce', 'v2']);
/** Pages under a customer whose next segment names one of its orders. */
const ORDER_PAGES = new Set(['orders', 'orderhistory']);

/** What the link points at; undefined for anything that is not a portal link to a customer, order or subscription. */
export function parsePortalLink(raw: string): PortalLink | undefined {
  const text = raw.trim();
  if (text === '' || text.length > MAX_URL) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  const cloud = PORTAL_HOSTS[url.hostname.toLowerCase()];
  if (url.protocol !== 'https:' || !cloud || url.username || url.password) return undefined;
  const path = segments(url.pathname);
  if (!path) return undefined;
  if (path[0] !== undefined && LANGUAGE.test(path[0])) path.shift();
  if (path[0]?.toLowerCase() === 'dashboard') path.shift();
  const area = path.shift()?.toLowerCase();
  if (!AREAS.has(area ?? '') || path.shift()?.toLowerCase() !== 'customers') return undefined;
  const customerId = path.shift();
  if (!customerId || !isGuid(customerId)) return undefined;
  const page = path[0]?.toLowerCase();
  const id = path[1];
  if (page === 'subscriptions' && id !== undefined)
    return isGuid(id) ? { kind: 'subscription', cloud, customerId, subscriptionId: id } : undefined;
  if (page !== undefined && ORDER_PAGES.has(page) && id !== undefined)
    return isOrderId(id) ? { kind: 'order', cloud, customerId, orderId: id } : undefined;
  return { kind: 'customer', cloud, customerId };
}

/** The path's segments, decoded; undefined when one cannot be decoded. */
function segments(pathname: string): string[] | undefined {
  try {
    return pathname
      .split('/')
      .filter((s) => s !== '')
      .map((s) => decodeURIComponent(s).trim());
  } catch {
    return undefined;
  }
}

/** Order ids are letters, digits, "-" and "_" (not GUIDs: "9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1"). */
function isOrderId(id: string): boolean {
  return id.length <= MAX_ID && isPathSafeId(id) && /^[A-Za-z0-9_-]+$/.test(id);
}
