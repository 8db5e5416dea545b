// The answer to a change request or a price question: a title, a few lines, and buttons that show what the
// bot can show instead (the order, the subscriptions of its order, the customer's orders).
import template from '../../../cards/change-request.json';
import { plainLabel } from '../../cards/plain-text';
import { languageOf } from '../../cards/strings';
import { cardTemplate } from '../../cards/templates';
import { fmt, truncate } from '../../cards/text';
import type { ActionData, AdaptiveCard, CardContext } from '../../cards/types';
import { changeRequestStrings } from './strings';

const MAX_ID = 80;
const MAX_NAME = 100;
const MAX_BUTTON = 120;

/** What the answer offers, each with the data of its button. */
export interface Offer {
  /** Show this order (its card shows its prices when Partner Center sends them). */
  order?: { id: string; data: ActionData };
  /** Show the subscriptions of this order (the one that created the subscription asked about). */
  subscriptions?: { orderId: string; data: ActionData };
  /** Show this customer's orders, with prices for a price question. */
  orders?: { customer: string; data: ActionData };
}

export interface ChangeRequestView {
  asks: 'change' | 'price';
  /** A subscription was named (a price question about it is answered by its order). */
  subscription: boolean;
  offer: Offer;
}

interface ChangeRequestCardView {
  title: string;
  lines: { text: string }[];
  buttons: { title: string; data: ActionData }[];
}

const render = cardTemplate<ChangeRequestCardView>(template);

export function changeRequestCard(view: ChangeRequestView, ctx: CardContext): AdaptiveCard {
  const s = changeRequestStrings[languageOf(ctx.locale)].card;
  const { offer } = view;
  const buttons: ChangeRequestCardView['buttons'] = [];
  // Button titles are not Markdown: the names in them are only cut short (plainLabel), never escaped.
  if (offer.order)
    buttons.push(button(fmt(s.showOrder, { order: truncate(offer.order.id, MAX_ID) }), offer.order.data));
  if (offer.subscriptions) {
    const order = truncate(offer.subscriptions.orderId, MAX_ID);
    buttons.push(button(fmt(s.showSubscriptions, { order }), offer.subscriptions.data));
  }
  if (offer.orders) {
    const customer = truncate(offer.orders.customer, MAX_NAME);
    const label = view.asks === 'price' ? s.showOrdersWithPrices : s.showOrders;
    buttons.push(button(fmt(label, { customer }), offer.orders.data));
  }
  const lines =
    view.asks === 'change'
      ? [s.readOnly, buttons.length > 0 ? s.instead : s.askWhat]
      : [priceLine(s, view), ...(buttons.length > 0 ? [] : [s.priceAskWhat])];
  return render({
    title: view.asks === 'change' ? s.readOnlyTitle : s.priceTitle,
    lines: lines.map((text) => ({ text })),
    buttons,
  });
}

function priceLine(s: (typeof changeRequestStrings)['en']['card'], view: ChangeRequestView): string {
  if (view.subscription) return s.priceOfSubscription;
  if (view.offer.order) return s.priceOfOrder;
  return view.offer.orders ? s.priceOfOrders : s.priceOfOrder;
}

const button = (title: string, data: ActionData) => ({ title: plainLabel(title, MAX_BUTTON), data });
