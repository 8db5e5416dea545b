// index.queries and index.turns: how fast the full index answers, as a query (PartnerIndex) and through the
// bot's turn, against a warm cached turn measured the same way in the same run.
// The cross-customer commands are asked as people will type them: `order <id>` with no customer, `pending
// orders` across customers and `renewals` partner-wide (the next 30 days, grouped: src/radar). On a branch where they are not commands yet, the bot answers something
// else (which the answer shows: it does not name the order's customer, or the newest pending order); the turn
// figure is then left out, and the target is checked on the query instead.
import type { RunningApp } from '../src/app';
import type { PartnerIndex } from '../src/index/partner-index';
import type { IndexedOrder } from '../src/index/records';
import { readRadar } from '../src/radar/radar';
import { ACTIVITY_ID_SLOT, median, postTurn } from './load';
import { round } from './index-crawl';

const QUERY_SAMPLES = 51;
const TURN_SAMPLES = 21;
const WARM_UPS = 3;

export interface QueryFigures {
  findOrderP50Ms: number;
  /** The first 8 characters of an id, as cards used to shorten them (`9qg-ErcO…`). */
  findOrderShortIdP50Ms: number;
  /** pendingOrders(0, 10) and coverage(), what `pending orders` reads. */
  pendingOrdersP50Ms: number;
  /** readRadar over the next 30 days, every customer (rollovers counted only), and coverage(): what `renewals` reads. */
  renewalsP50Ms: number;
}

export interface TurnFigures {
  /** `order <id> for <customer id>`, answered from the response cache. */
  warmOrderForCustomerP50Ms: number;
  /** `order <id>`: a number, or why it was not measured. */
  orderByIdP50Ms: number | string;
  /** `pending orders` across customers: a number, or why it was not measured. */
  pendingOrdersP50Ms: number | string;
  /** `renewals` partner-wide: a number, or why it was not measured. */
  renewalsP50Ms: number | string;
}

const DAY_MS = 86_400_000;
const ms = (started: number) => performance.now() - started;
const p50 = (samples: number[]) => round(median(samples), 3);

async function timed(run: () => Promise<unknown>, samples: number): Promise<number> {
  for (let i = 0; i < WARM_UPS; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    await run();
    times.push(ms(started));
  }
  return p50(times);
}

/** Each query over a spread of orders; `orders` are the samples (any customers, any status). */
export async function measureQueries(index: PartnerIndex, orders: IndexedOrder[]): Promise<QueryFigures> {
  let i = 0;
  const nextId = () => orders[i++ % orders.length]!.id;
  return {
    findOrderP50Ms: await timed(() => index.findOrder(nextId()), QUERY_SAMPLES),
    findOrderShortIdP50Ms: await timed(() => index.findOrder(`${nextId().slice(0, 8)}…`), QUERY_SAMPLES),
    pendingOrdersP50Ms: await timed(
      () => Promise.all([index.pendingOrders(0, 10), index.coverage()]),
      QUERY_SAMPLES,
    ),
    renewalsP50Ms: await timed(() => {
      const now = Date.now();
      const today = Math.floor(now / DAY_MS) * DAY_MS;
      const query = { from: today, to: today + 31 * DAY_MS - 1, now };
      return Promise.all([readRadar(index, query, { rows: 5, collapsed: ['rollovers'] }), index.coverage()]);
    }, QUERY_SAMPLES),
  };
}

/** What the bot sends back, by conversation (bench/recording-connector.ts). */
export interface Replies {
  url: string;
  byConversation: Map<string, string[]>;
}

let conversations = 0;

/** One turn in a conversation of its own; resolves with what the bot answered (the last message sent). */
async function ask(app: RunningApp, replies: Replies, text: string): Promise<string> {
  const conversation = `index-bench-${++conversations}`;
  const body = JSON.stringify({
    type: 'message',
    id: ACTIVITY_ID_SLOT,
    serviceUrl: replies.url,
    channelId: 'emulator',
    from: { id: 'bench-user', name: 'Bench' },
    conversation: { id: conversation },
    recipient: { id: 'bot', name: 'Bot' },
    text,
    locale: 'en-US',
  });
  await postTurn(app.url, body);
  const answer = replies.byConversation.get(conversation)?.at(-1) ?? '';
  replies.byConversation.delete(conversation);
  return answer;
}

/**
 * The turns, through the whole bot: `order` is a completed order held by the index, `newestPendingId` the id
 * `pending orders` would show first.
 */
export async function measureTurns(
  app: RunningApp,
  replies: Replies,
  order: IndexedOrder,
  newestPendingId: string,
): Promise<TurnFigures> {
  const names = (answer: string, id: string) => answer.toLowerCase().includes(id.toLowerCase());
  const byId = `order ${order.id}`;
  const forCustomer = `${byId} for ${order.cust}`;
  if (!names(await ask(app, replies, forCustomer), order.id))
    throw new Error(`the bot did not answer "${forCustomer}" with the order`);
  const orderByIdWorks = names(await ask(app, replies, byId), order.cust);
  const pendingWorks = names(await ask(app, replies, 'pending orders'), newestPendingId);
  const renewalsWorks = (await ask(app, replies, 'renewals')).includes('Renewals, all customers');
  return {
    warmOrderForCustomerP50Ms: await timed(() => ask(app, replies, forCustomer), TURN_SAMPLES),
    orderByIdP50Ms: orderByIdWorks
      ? await timed(() => ask(app, replies, byId), TURN_SAMPLES)
      : 'not measured: `order <id>` without a customer is not a command on this build',
    pendingOrdersP50Ms: pendingWorks
      ? await timed(() => ask(app, replies, 'pending orders'), TURN_SAMPLES)
      : 'not measured: `pending orders` across customers is not a command on this build',
    renewalsP50Ms: renewalsWorks
      ? await timed(() => ask(app, replies, 'renewals'), TURN_SAMPLES)
      : 'not measured: `renewals` is not a command on this build',
  };
}
