import { errorCard } from '../../cards/error';
import { idKey } from '../../partnercenter/ids';
import { parsePartnerCenterDate } from '../../partnercenter/dates';
import type { Order, Subscription } from '../../partnercenter/models';
import { runAction } from '../actions';
import { memoByContent } from '../../cache/memo-by-content';
import { customerOrReply, customerRef } from '../shared/customer-step';
import type { CommandSet } from '../command-set';
import type { CommandEnv } from '../deps';
import type { CommandOutcome } from '../outcome';
import { resolveReseller } from '../resolve-reseller';
import { fitCard } from '../../cards/fit';
import { tooLargeAnswer } from '../too-large';
import { hasMoney, ORDERS_PAGE_SIZE, ordersSummaryCard } from './card';
import { applyLocalFilters } from './local-filters';
import type { OrderFilters, OrdersCommand } from './payload';

/** "orders for <customer> [cycle] [via reseller] [with prices] …": the orders summary card. */
export async function ordersCommand(
  command: OrdersCommand,
  env: CommandEnv,
  commands: Pick<CommandSet, 'format'>,
): Promise<CommandOutcome> {
  const found = await customerOrReply(command, env);
  if ('reply' in found) return found.reply;
  const { customer } = found;
  const { filters } = command;
  const locale = { locale: env.ctx.locale };

  let reseller: { id: string; name?: string } | undefined;
  if (filters.reseller) {
    const resolved = await resolveReseller(filters.reseller, env);
    if (resolved.kind === 'none') {
      return {
        command: 'orders',
        result: 'notFound',
        customerId: customer.id,
        card: errorCard(
          {
            kind: 'resellerNotFound',
            query: filters.reseller,
            closestNames: resolved.known,
            tryName: (name) => runAction({ ...command, filters: { ...filters, reseller: name } }),
          },
          locale,
        ),
      };
    }
    reseller = resolved;
  }

  // One customer-wide subscriptions call in parallel with the orders call, joined by order id below,
  // instead of one call per order. The summary still renders if only the subscriptions call fails.
  const [orders, subscriptions] = await Promise.all([
    env.api.listOrders(
      customer.id,
      {
        billingCycle: filters.billingCycle,
        indirectResellerId: reseller?.id,
        includePrice: filters.includePrices,
        includeSystemPurchases: filters.includeSystemPurchases,
      },
      env.ctx,
    ),
    env.api.listSubscriptions(customer.id, env.ctx).catch(() => undefined),
  ]);
  const matching = applyLocalFilters(orders, filters);
  const ownCommand: OrdersCommand = { ...command, customer: customer.id, refresh: undefined };
  const staleAgeMs = env.ctx.freshness?.staleAgeMs;
  // One-order cards keep the list they came from, so "Back to orders" returns to the same filters and page.
  const back = { filters: ownCommand.filters, ...(command.offset ? { offset: command.offset } : {}) };
  const prices = env.prices ?? 'shown';
  // This very list (same filters and page) again, for one person's priced view; cached, so no second call.
  const privateView = prices === 'onRequest' ? runAction(ownCommand) : undefined;
  const portalUrl = env.portal?.customer(customer.id);
  const summary = (maxRows: number | undefined) =>
    ordersSummaryCard(
      {
        customer: customerRef(customer),
        filters: {
          billingCycle: filters.billingCycle,
          status: filters.status,
          since: filters.since,
          until: filters.until,
          product: filters.product,
          resellerId: reseller?.id,
          resellerName: reseller?.name,
          includePrices: filters.includePrices,
          includeSystemPurchases: filters.includeSystemPurchases,
        },
        orders: matching,
        subscriptionsByOrder: subscriptions && groupByOrder(matching, subscriptions),
        offset: command.offset ?? 0,
        actions: {
          details: (orderId) => runAction({ kind: 'order', customer: customer.id, orderId, back }),
          subscriptions: (orderId) =>
            runAction({ kind: 'subscriptions', customer: customer.id, orderId, back }),
          more: (offset) => runAction({ ...ownCommand, offset }),
          refresh: () => runAction({ ...ownCommand, refresh: true }),
          watch: env.watch && ((orderId) => runAction({ kind: 'watch', customer: customer.id, orderId })),
        },
        narrowExample: narrowExample(
          commands,
          customerRef(customer).name || customer.id,
          filters,
          matching,
          env.ctx.locale,
        ),
        staleAgeMs,
        fetchedAt: env.ctx.freshness?.fetchedAt,
        maxRows,
        prices,
        showPrices: privateView,
        portalUrl,
      },
      locale,
    );
  const render = () => fitCard(summary, ORDERS_PAGE_SIZE, () => tooLargeAnswer('orders', locale.locale));

  return {
    command: 'orders',
    result: 'ok',
    customerId: customer.id,
    resultCount: matching.length,
    // Stale answers say how old they are, so they are rendered afresh.
    card:
      staleAgeMs === undefined
        ? memoByContent(
            subscriptions ? [orders, subscriptions] : [orders],
            JSON.stringify([
              customer.id,
              ownCommand.filters,
              ownCommand.offset,
              locale.locale,
              reseller,
              prices,
              portalUrl,
            ]),
            render,
          )
        : render(),
    ...(privateView && hasMoney(filters.includePrices, matching) ? { privateView } : {}),
  };
}

const DAY_MS = 86_400_000;

/** This list limited to the 90 days before its newest order, as the user would type it in their language. */
function narrowExample(
  { format }: Pick<CommandSet, 'format'>,
  customer: string,
  filters: OrderFilters,
  orders: readonly Order[],
  locale: string,
): string | undefined {
  let newest = -Infinity;
  for (const order of orders)
    newest = Math.max(newest, parsePartnerCenterDate(order.creationDate) ?? -Infinity);
  if (!Number.isFinite(newest)) return undefined;
  const since = new Date(newest - 90 * DAY_MS).toISOString().slice(0, 10);
  return format({ kind: 'orders', customer, filters: { ...filters, since, until: undefined } }, locale);
}

/**
 * Subscriptions keyed by the id of the order that created them, as that order spells its id: the
 * subscription's `orderId` may differ in case (Partner Center ids are case-insensitive).
 */
function groupByOrder(
  orders: readonly Order[],
  subscriptions: readonly Subscription[],
): Map<string, Subscription[]> {
  const orderIdByKey = new Map(orders.map((o) => [idKey(o.id), o.id]));
  const byOrder = new Map<string, Subscription[]>();
  for (const s of subscriptions) {
    if (!s.orderId) continue;
    const orderId = orderIdByKey.get(idKey(s.orderId)) ?? s.orderId;
    const list = byOrder.get(orderId);
    if (list) list.push(s);
    else byOrder.set(orderId, [s]);
  }
  return byOrder;
}
