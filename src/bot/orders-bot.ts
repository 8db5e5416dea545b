import { randomUUID } from 'node:crypto';
import { TeamsActivityHandler, TurnContext, type Activity, type InvokeResponse } from 'botbuilder';
import { checkAccess, type AccessPolicy } from '../access/access-policy';
import { RateLimitedError, type UserRateLimit } from '../access/rate-limit';
import { errorCard, progressCard, type AdaptiveCard, type PriceView } from '../cards';
import type { PricesInSharedConversations } from '../config';
import {
  handleSubmit,
  handleText,
  progressTitle,
  type Command,
  type CommandEnv,
  type CustomerLookup,
  type CommandOutcome,
  type OutcomeResult,
} from '../commands';
import { RecentCustomerMemory } from '../commands/recent-customers';
import { clickNavigates, commandOf } from '../commands/run-command';
import type { CommandSet } from '../commands/command-set';
import { tooLargeAnswer } from '../commands/too-large';
import { withRefreshFailedNotice, withSandboxNotice } from '../cards/sandbox-notice';
import { pickStrings } from '../cards/strings';
import { composeTexts, rememberLookup } from '../compose';
import type { Logger } from '../logging/logger';
import type { PartnerIndex } from '../index/partner-index';
import type { PartnerCenterApi } from '../partnercenter/api';
import type { PortalLinks } from '../partnercenter/portal-links';
import type { DigestStore } from '../state/digest-store';
import type { WatchStore } from '../state/watch-store';
import { badCardAction, cardResponse, readCardAction } from './card-action-invoke';
import {
  answerLink,
  answerSearch,
  COMPOSE_INVOKES,
  composedCard,
  emptyResult,
  isComposed,
  messageResponse,
  readComposeInvoke,
  selectedResponse,
  type ComposeInvoke,
} from './compose-extension';
import { forgetWhenRemoved, welcomeWhenInstalled, type ConversationEventDeps } from './conversation-events';
import { LastGoodCards, type CardView } from './last-good-cards';
import {
  cardMessage,
  deliverAfterProgress,
  deliverReply,
  type Answer,
  type DeliveryFailure,
} from './message-delivery';
import { priceViewOf, type Audience } from './price-view';
import { describeFailure, post, UPDATING_CHANNELS } from './replies';
import { DEFAULT_TURN_TIMING, startTurnBudget, turnBudgetOf, type TurnBudget } from './turn-budget';
import { INVOKE_ANSWER_MS, PRICES_VERB, REFRESH_VERB, refreshable, withRefresh } from './universal-actions';
import { watchConversationOf } from './watch-conversation';
import type { WatchConversation } from '../state/watch-store';
import { within } from './within';

export interface TurnMetrics {
  turn(command: string, result: string, durationMs: number): void;
  refusal(reason: 'tenant' | 'user' | 'rate'): void;
}

export interface OrdersBotDeps {
  /** The commands it answers (the registry, src/commands/registry.ts). */
  commands: CommandSet;
  api: PartnerCenterApi;
  /** The customer directory, when the bot keeps one. */
  directory?: CustomerLookup;
  /** The partner-wide index, when the app keeps one. */
  index?: PartnerIndex;
  logger: Logger;
  access?: AccessPolicy;
  rateLimit?: UserRateLimit;
  metrics?: TurnMetrics;
  /**
   * The turn's work stops after this (default 12 s, from TURN_DEADLINE_MS): Teams re-sends an activity it has
   * not seen answered after ~15 s. Used when the adapter did not start a budget for the turn (see turnGuard).
   */
  turnDeadlineMs?: number;
  /** An answer not ready after this (default 3 s) is preceded by a progress card. */
  progressAfterMs?: number;
  /** The sandbox answers real users (PARTNER_CENTER_SANDBOX=true): every card says "Sandbox data". */
  sandboxNotice?: boolean;
  /** Watched orders (issue 12): where they are kept, the per-person cap and their lifetime. */
  watch?: { store: WatchStore; maxPerPerson: number; ttlMs: number };
  /** Digests and window alerts in threads (issue 19): where they are kept and the hour they post at. */
  digest?: { store: DigestStore; hourUtc: number; now?: () => number };
  /** Prices in channels and group chats (PRICES_IN_SHARED_CONVERSATIONS; default `asker`). */
  prices?: PricesInSharedConversations;
  /** The Partner Center portal of the configured cloud ("Open in Partner Center"). */
  portal?: PortalLinks;
  /** The clock of what looks ahead or back from today (dates typed, renewals, windows); Date.now when absent. */
  now?: () => number;
}

const DEFAULT_PROGRESS_AFTER_MS = 3_000;
/**
 * After the deadline aborts the Partner Center calls, the command has this long to come back with stale data or
 * its timeout card; past it the bot answers with the timeout card itself, and a later result is dropped.
 */
const ABORT_GRACE_MS = 1_000;
/** A refresh that could not finish looks for the last good card in the cache for at most this long. */
const LAST_GOOD_MS = 500;

/** What the audit line records of a turn; refusals say why (tenant, user or rate). */
type AuditedOutcome = Pick<CommandOutcome, 'customerId' | 'resultCount'> & {
  /** The command run, or the compose box's search and a pasted link's unfurling. */
  command: CommandOutcome['command'] | 'search' | 'unfurl';
  /** As the command ended, or `timeout` (deadline passed), or `replyFailed` (the connector would not take it). */
  result: OutcomeResult | 'timeout' | 'replyFailed';
  refusal?: 'tenant' | 'user' | 'rate';
  /** A refresh answered with the last good card instead of this result's card. */
  servedLastGood?: true;
};

/** A command's outcome, or the bot's own when the deadline passed or the per-person limit refused the turn. */
type TurnOutcome = Omit<CommandOutcome, 'result'> & {
  result: OutcomeResult | 'timeout';
  refusal?: 'rate';
  servedLastGood?: true;
};

/** What a person sent, by the way it came in: typed text, a card click (Action.Submit) or a card invoke. */
type Ask = { text: string } | { value: unknown };

/** The per-person limit, taken once per turn, when the turn first needs Partner Center. */
interface RateGate {
  pass(): Promise<void>;
  /** Set when the limit refused this turn. */
  retryAfterSeconds?: number;
}

/** Who asked, as Teams and the Emulator describe it. */
interface ActivitySender {
  userId?: string;
  aadObjectId?: string;
  tenantId?: string;
  conversationType?: string;
}

/** One turn, whatever way it came in: who asks, the limit, the deadline, the command it runs. */
interface Turn {
  started: number;
  correlationId: string;
  locale: string;
  asker: ActivitySender;
  /** How this turn's cards show money, by conversation and audience (price-view.ts). */
  prices: PriceView;
  budget: TurnBudget;
  asked: Command | undefined;
  gate?: RateGate;
  env: CommandEnv;
}

/**
 * The botbuilder edge. Every way in (a message, an Action.Submit click, an `adaptiveCard/action` invoke) runs
 * one turn: access check, per-person limit, deadline, audit (answer-once is the adapter's middleware). Only the
 * delivery differs: a reply, the clicked card updated in place, or the invoke's response.
 */
export class OrdersBot extends TeamsActivityHandler {
  private readonly events: ConversationEventDeps;
  private readonly lastGoodCards = new LastGoodCards();
  private readonly recentCustomers = new RecentCustomerMemory();

  constructor(private readonly deps: OrdersBotDeps) {
    super();
    this.events = {
      logger: deps.logger,
      watchStore: deps.watch?.store,
      digestStore: deps.digest?.store,
      cardMessage: (card, locale) => this.cardMessage(card, locale),
    };
    this.onMessage(async (context, next) => {
      await this.messageTurn(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      await welcomeWhenInstalled(context, this.events);
      await next();
    });
    this.onMembersRemoved(async (context, next) => {
      await forgetWhenRemoved(context, this.events);
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      await forgetWhenRemoved(context, this.events);
      await next();
    });
  }

  /**
   * Edits and deletions of messages are not the bot's business. botbuilder's Teams dispatch of them reads
   * `channelData.eventType` without a check, so an activity without channelData would throw: they end here.
   */
  protected override async onMessageUpdateActivity(): Promise<void> {}

  protected override async onMessageDeleteActivity(): Promise<void> {}

  /**
   * Card actions and the message extension's invokes go through the same turn as messages; other invokes are
   * botbuilder's (501 when unknown).
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const name = context.activity.name;
    if (name === 'adaptiveCard/action') return this.invokeTurn(context);
    if (name && COMPOSE_INVOKES.has(name))
      return this.composeTurn(context, readComposeInvoke(name, context.activity.value));
    return super.onInvokeActivity(context);
  }

  /** A message: typed text, or a click (Action.Submit) whose data arrives in `value`. */
  private async messageTurn(context: TurnContext): Promise<void> {
    const { activity } = context;
    // In channels the text starts with "<at>Bot</at>"; remove our own mention before parsing.
    // botbuilder reads entities without a null check; `"entities": null` is valid JSON a client may send.
    const text = (
      (Array.isArray(activity.entities) ? TurnContext.removeRecipientMention(activity) : activity.text) ?? ''
    ).trim();
    const isClick = activity.value !== undefined && activity.value !== null && !text;
    const ask: Ask = isClick ? { value: activity.value } : { text };
    const turn = this.begin(context, ask);
    const refusal = this.refusal(turn);
    if (refusal) {
      const sent = await post(context, this.cardMessage(refusal.card, turn.locale));
      if (!sent.ok) this.logReplyFailure(sent.error, turn.correlationId, 'could not send the reply');
      this.audit(turn, sent.ok ? refusal.outcome : replyFailed(refusal.outcome));
      return;
    }

    const work = this.work(turn, ask);
    const { budget, locale, correlationId } = turn;
    // Teams sends replyToId with a click: a click that navigates updates the clicked card in place.
    const clicked =
      isClick &&
      activity.channelId === 'msteams' &&
      activity.replyToId &&
      clickNavigates(activity.value, this.deps.commands)
        ? activity.replyToId
        : undefined;
    const progressAfterMs = this.deps.progressAfterMs ?? DEFAULT_PROGRESS_AFTER_MS;
    const early = await within(work, Math.min(progressAfterMs, budget.deadline - Date.now()));
    let outcome: TurnOutcome;
    let delivered: boolean;
    if (early.done) {
      outcome = this.teamsCard(this.limited(early.value, turn), activity, turn);
      const sent = await deliverReply(context, this.answerOf(outcome, locale), clicked, this.onFailure(turn));
      delivered = sent.ok;
    } else {
      // Slow: say what is being looked up now, and put the answer in its place when it is ready.
      const inPlace = clicked !== undefined || UPDATING_CHANNELS.has(activity.channelId);
      const progress = progressCard(
        { title: progressTitle(turn.asked, locale, turn.env.learnt), replacedInPlace: inPlace },
        { locale },
      );
      const shown = await deliverReply(
        context,
        { message: this.cardMessage(progress, locale) },
        clicked,
        this.onFailure(turn),
      );
      const late = await within(work, budget.deadline + ABORT_GRACE_MS - Date.now());
      outcome = late.done
        ? this.teamsCard(this.limited(late.value, turn), activity, turn)
        : timedOut(turn.asked, correlationId, locale);
      delivered = await deliverAfterProgress(
        context,
        this.answerOf(outcome, locale),
        shown.ok && inPlace ? shown.id : undefined,
        this.onFailure(turn),
      );
    }

    if (outcome.error) this.deps.logger.error({ err: outcome.error, correlationId }, 'command failed');
    this.audit(turn, delivered ? outcome : replyFailed(outcome));
  }

  /**
   * Teams' `adaptiveCard/action` invoke (a card's refresh, or an Action.Execute button): the command in the
   * action's data, answered with its card in the invoke response within Teams' limit. A refresh never makes the
   * card worse: one that cannot finish answers with the last good card the cache holds, keeping its refresh.
   */
  private async invokeTurn(context: TurnContext): Promise<InvokeResponse> {
    const { activity } = context;
    const action = readCardAction(activity.value);
    if (!action) {
      this.deps.logger.warn(
        { channelId: activity.channelId, valueType: typeof activity.value },
        'a card action invoke that is not an Action.Execute; answered 400',
      );
      return badCardAction();
    }
    const data = action.action.data;
    const ask: Ask = { value: data };
    // A refresh and "Show prices to me" are answered to the person who sent them alone (their own view).
    const isRefresh = action.action.verb === REFRESH_VERB;
    const personal = isRefresh || action.action.verb === PRICES_VERB;
    const turn = this.begin(context, ask, INVOKE_ANSWER_MS, personal ? 'person' : 'conversation');
    const refusal = this.refusal(turn);
    if (refusal) {
      this.audit(turn, refusal.outcome);
      return cardResponse(this.decorate(refusal.card, turn.locale));
    }
    const done = await within(this.work(turn, ask), INVOKE_ANSWER_MS + ABORT_GRACE_MS);
    let outcome: TurnOutcome = done.done
      ? this.limited(done.value, turn)
      : timedOut(turn.asked, turn.correlationId, turn.locale);
    if (personal && outcome.result === 'ok') this.lastGoodCards.remember(data, viewOf(turn), outcome.card);
    if (personal && outcome.result !== 'ok') outcome = await this.lastGood(turn, data, outcome);
    if (outcome.error)
      this.deps.logger.error({ err: outcome.error, correlationId: turn.correlationId }, 'command failed');
    // A personal answer keeps refreshing for that person (an error card too, so it heals); a button's answer
    // refreshes as a message's would.
    const answer =
      personal && activity.from?.id
        ? withRefresh(outcome.card, data, [activity.from.id])
        : this.teamsCard(outcome, activity, turn).card;
    // A card sent from the compose box keeps answering its buttons as Universal Actions.
    const card = isComposed(data) ? composedCard(answer) : answer;
    this.audit(turn, outcome);
    if (!isRefresh)
      this.deps.logger.info(
        { verb: action.action.verb, correlationId: turn.correlationId },
        'card action answered',
      );
    return cardResponse(this.decorate(card, turn.locale));
  }

  /** What every way in shares: the ids, who asks, the deadline, the limit's gate and the command's environment. */
  private begin(
    context: TurnContext,
    ask: Ask,
    answerWithinMs?: number,
    audience: Audience = 'conversation',
  ): Turn {
    const { activity } = context;
    const correlationId = randomUUID();
    const locale = localeOf(activity);
    const asker = askerOf(activity);
    const budget =
      turnBudgetOf(context) ??
      startTurnBudget({
        ...DEFAULT_TURN_TIMING,
        turnDeadlineMs: this.deps.turnDeadlineMs ?? DEFAULT_TURN_TIMING.turnDeadlineMs,
      });
    // An invoke must be answered sooner than a message: its calls end at the earlier of the two.
    const signal =
      answerWithinMs === undefined
        ? budget.signal
        : AbortSignal.any([budget.signal, AbortSignal.timeout(answerWithinMs)]);
    const deadline = Math.min(budget.deadline, Date.now() + (answerWithinMs ?? Infinity));
    // Answers served wholly from cache do not count against the person's limit: the cache opens the gate only
    // when the turn needs Partner Center.
    const gate = this.rateGate(asker, correlationId);
    const prices = priceViewOf(this.deps.prices ?? 'asker', activity, audience);
    return {
      started: Date.now(),
      correlationId,
      locale,
      asker,
      prices,
      budget,
      asked: commandOf(ask, this.deps.commands, this.deps.now && new Date(this.deps.now())),
      gate,
      env: {
        commands: this.deps.commands,
        api: this.deps.api,
        directory: this.deps.directory,
        index: this.deps.index,
        recent: this.recentOf(asker),
        learnt: {},
        ctx: { correlationId, locale, freshness: {}, signal, deadline, upstreamGate: gate?.pass },
        ...this.threadContexts(activity),
        prices,
        portal: this.deps.portal,
        now: this.deps.now,
      },
    };
  }

  /**
   * Teams' message-extension invokes: a search from the compose box or the command box (answered from the
   * customer directory and the order index only, so well within Teams' 5 s), the result chosen (its full card,
   * for the message being written) and a pasted Partner Center link (a compact card, or nothing). No data for a
   * person who may not ask: a search says why, a link unfurls to nothing, a choice gets the refusal card.
   */
  private async composeTurn(context: TurnContext, invoke: ComposeInvoke): Promise<InvokeResponse> {
    const { activity } = context;
    if (invoke.kind === 'ignored') {
      this.deps.logger.warn(
        { name: activity.name, reason: invoke.reason },
        'a message extension invoke the bot does not answer; answered with no results',
      );
      return emptyResult();
    }
    const ask: Ask = { value: invoke.kind === 'select' ? invoke.value : null };
    // What the compose box inserts or unfurls is seen by everyone in that conversation: priced as shared.
    const turn = this.begin(context, ask, INVOKE_ANSWER_MS, 'inserted');
    const { locale, correlationId } = turn;
    const decorate = (card: AdaptiveCard) => this.decorate(card, locale);
    const command = invoke.kind === 'query' ? 'search' : invoke.kind === 'link' ? 'unfurl' : undefined;
    const refusal = this.refusal(turn);
    if (refusal) {
      this.audit(turn, { ...refusal.outcome, command: command ?? refusal.outcome.command });
      if (invoke.kind === 'query') return messageResponse(pickStrings(locale).errors.refused.text);
      if (invoke.kind === 'link') return emptyResult();
      return selectedResponse(decorate(refusal.card), pickStrings(locale).errors.refused.title);
    }

    if (invoke.kind === 'select') {
      const done = await within(this.work(turn, ask), INVOKE_ANSWER_MS + ABORT_GRACE_MS);
      const outcome = done.done
        ? this.limited(done.value, turn)
        : timedOut(turn.asked, correlationId, locale);
      if (outcome.error) this.deps.logger.error({ err: outcome.error, correlationId }, 'command failed');
      this.audit(turn, outcome);
      const card = composedCard(this.teamsCard(outcome, activity, turn).card);
      return selectedResponse(decorate(card), composeTexts(locale).brand);
    }

    // A search or a link: answered from src/compose within the invoke's time, whatever happens.
    const { response, audited } =
      invoke.kind === 'query'
        ? await answerSearch(invoke, turn.env, decorate, this.deps.logger)
        : await answerLink(invoke, turn.env, decorate, () => turn.gate?.retryAfterSeconds !== undefined);
    if (audited.refusal === 'rate') this.deps.metrics?.refusal('rate');
    this.audit(turn, audited);
    return response;
  }

  private work(turn: Turn, ask: Ask): Promise<CommandOutcome> {
    const run = 'text' in ask ? handleText(ask.text, turn.env) : handleSubmit(ask.value, turn.env);
    // What a turn showed is one of the person's recent lookups (the compose box's empty search lists them).
    return run.then((outcome) => {
      rememberLookup(turn.env.recent, turn.asked, outcome);
      return outcome;
    });
  }

  /**
   * The last good card of this command: the one this instance last answered (with a note), else one made from
   * what the cache holds (however old, with its as-of and stale note), else the failure's own card.
   */
  private async lastGood(turn: Turn, data: unknown, failed: TurnOutcome): Promise<TurnOutcome> {
    const known = this.lastGoodCards.recall(data, viewOf(turn));
    if (known) {
      const card = withRefreshFailedNotice(known.card, turn.locale, known.ageMs);
      return { ...failed, card, servedLastGood: true };
    }
    const env: CommandEnv = {
      ...turn.env,
      ctx: { correlationId: turn.correlationId, locale: turn.locale, freshness: {}, cacheOnly: true },
    };
    const again = await within(handleSubmit(data, env), LAST_GOOD_MS).catch(() => ({ done: false as const }));
    if (!again.done || again.value.result !== 'ok') return failed;
    return { ...again.value, result: failed.result, refusal: failed.refusal, servedLastGood: true };
  }

  /** The customers this person asked about lately (none remembered for a sender without an id). */
  private recentOf(asker: ActivitySender): CommandEnv['recent'] {
    const person = asker.aadObjectId ?? asker.userId;
    return person ? this.recentCustomers.of(`${asker.tenantId ?? ''}|${person}`) : undefined;
  }

  /**
   * What the watch and digest commands need: their store, this conversation (thread), who asks, their settings.
   * The conversation is worked out when a command reads it: most turns are neither.
   */
  private threadContexts(activity: Activity): Pick<CommandEnv, 'watch' | 'digest'> {
    const { watch, digest } = this.deps;
    let conversation: WatchConversation | undefined;
    const conversationOf = () => (conversation ??= watchConversationOf(activity));
    const owner = {
      id: activity.from?.aadObjectId ?? activity.from?.id ?? 'anonymous',
      name: activity.from?.name,
    };
    return {
      watch: watch && {
        get conversation() {
          return conversationOf();
        },
        owner,
        store: watch.store,
        maxPerPerson: watch.maxPerPerson,
        ttlMs: watch.ttlMs,
        now: Date.now,
      },
      digest: digest && {
        get conversation() {
          return conversationOf();
        },
        owner,
        store: digest.store,
        hourUtc: digest.hourUtc,
        now: digest.now ?? Date.now,
      },
    };
  }

  /**
   * On msteams a card refreshes itself for the asker (Universal Actions) when its command's does, or when it left
   * its prices out of a shared conversation: the asker's refresh is their priced view. Elsewhere it stays as it is.
   */
  private teamsCard(outcome: TurnOutcome, activity: Activity, turn: Turn): TurnOutcome {
    if (activity.channelId !== 'msteams' || outcome.result !== 'ok' || !activity.from?.id) return outcome;
    const data = outcome.privateView ?? refreshable(turn.asked, outcome.customerId);
    if (!data) return outcome;
    this.lastGoodCards.remember(data, viewOf(turn), outcome.card);
    return { ...outcome, card: withRefresh(outcome.card, data, [activity.from.id]) };
  }

  /** The card to answer with instead of running the command, when this person may not ask. */
  private refusal(turn: Turn): { card: AdaptiveCard; outcome: AuditedOutcome } | undefined {
    const { access, metrics } = this.deps;
    if (!access) return undefined;
    const decision = checkAccess(access, turn.asker);
    if (decision.allowed) return undefined;
    metrics?.refusal(decision.reason);
    return {
      card: errorCard({ kind: 'refused', correlationId: turn.correlationId }, { locale: turn.locale }),
      outcome: { command: 'unknown', result: 'refused', refusal: decision.reason },
    };
  }

  private rateGate(asker: ActivitySender, correlationId: string): RateGate | undefined {
    const { rateLimit, logger } = this.deps;
    if (!rateLimit) return undefined;
    let taken: Promise<void> | undefined;
    const gate: RateGate = {
      pass: () =>
        (taken ??= (async () => {
          let decision;
          try {
            decision = await rateLimit.consume(asker.aadObjectId ?? asker.userId ?? 'anonymous');
          } catch (err) {
            // The limit's store failed: answering is better than refusing everyone.
            logger.warn({ err, correlationId }, 'could not check the per-person limit');
            return;
          }
          if (decision.allowed) return;
          gate.retryAfterSeconds = decision.retryAfterSeconds;
          throw new RateLimitedError(decision.retryAfterSeconds);
        })()),
    };
    return gate;
  }

  /** The rate-limited card instead of the command's answer when the gate refused the turn. */
  private limited(outcome: TurnOutcome, turn: Turn): TurnOutcome {
    const retryAfterSeconds = turn.gate?.retryAfterSeconds;
    if (retryAfterSeconds === undefined) return outcome;
    this.deps.metrics?.refusal('rate');
    return {
      command: outcome.command,
      result: 'rateLimited',
      refusal: 'rate',
      card: errorCard({ kind: 'rateLimited', retryAfterSeconds }, { locale: turn.locale }),
    };
  }

  private onFailure(turn: Turn): DeliveryFailure {
    return (error, message, recovered) => this.logReplyFailure(error, turn.correlationId, message, recovered);
  }

  private logReplyFailure(error: unknown, correlationId: string, message: string, recovered = false): void {
    const line = { reply: describeFailure(error), correlationId };
    if (recovered) this.deps.logger.warn(line, message);
    else this.deps.logger.error(line, message);
  }

  /** In a demo on sandbox data, the card says so first. */
  private decorate(card: AdaptiveCard, locale: string): AdaptiveCard {
    return this.deps.sandboxNotice ? withSandboxNotice(card, locale) : card;
  }

  private cardMessage(card: AdaptiveCard, locale: string): Partial<Activity> {
    return cardMessage(this.decorate(card, locale));
  }

  /** The outcome's card, and the short card to send instead if Teams refuses it as too large. */
  private answerOf(outcome: TurnOutcome, locale: string): Answer {
    return {
      message: this.cardMessage(outcome.card, locale),
      tooLarge: () => this.cardMessage(tooLargeAnswer(outcome.command, locale), locale),
    };
  }

  /** One structured line per command: who, where, what, how many, how long. Never tokens or card content. */
  private audit(turn: Turn, outcome: AuditedOutcome): void {
    const durationMs = Date.now() - turn.started;
    const { asker } = turn;
    this.deps.metrics?.turn(outcome.command, outcome.result, durationMs);
    this.deps.logger.info(
      {
        audit: {
          user: asker.aadObjectId ?? asker.userId,
          tenant: asker.tenantId,
          conversationType: asker.conversationType ?? 'personal',
          command: outcome.command,
          result: outcome.result,
          customerId: outcome.customerId,
          resultCount: outcome.resultCount,
          refusal: outcome.refusal,
          servedLastGood: outcome.servedLastGood,
          durationMs,
          correlationId: turn.correlationId,
        },
      },
      'command',
    );
  }
}

function askerOf(activity: Activity): ActivitySender {
  const channelData = activity.channelData as { tenant?: { id?: string } } | undefined;
  return {
    userId: activity.from?.id,
    aadObjectId: activity.from?.aadObjectId,
    tenantId: channelData?.tenant?.id ?? activity.conversation?.tenantId,
    conversationType: activity.conversation?.conversationType,
  };
}

function replyFailed(outcome: AuditedOutcome): AuditedOutcome {
  return { ...outcome, result: 'replyFailed' };
}

/** The answer when the deadline passed and the command did not come back with stale data or its own card. */
function timedOut(command: Command | undefined, correlationId: string, locale: string): TurnOutcome {
  return {
    command: command?.kind ?? 'unknown',
    result: 'timeout',
    card: errorCard({ kind: 'timeout', correlationId }, { locale }),
  };
}

function viewOf(turn: Turn): CardView {
  return { locale: turn.locale, prices: turn.prices };
}

function localeOf(activity: Activity): string {
  return activity.locale || 'en-US';
}
