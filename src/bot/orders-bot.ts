import { randomUUID } from 'node:crypto';
import {
  CardFactory,
  MessageFactory,
  TeamsActivityHandler,
  TurnContext,
  type Activity,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
} from 'botbuilder';
import { checkAccess, type AccessPolicy } from '../access/access-policy';
import { RateLimitedError, type UserRateLimit } from '../access/rate-limit';
import { errorCard, progressCard, type AdaptiveCard, type ProgressInput } from '../cards';
import {
  helpCard,
  handleSubmit,
  handleText,
  typeAction,
  type Command,
  type CommandEnv,
  type CustomerLookup,
  type CommandOutcome,
  type OutcomeResult,
} from '../commands';
import { commandOf } from '../commands/run-command';
import { withSandboxNotice } from '../cards/sandbox-notice';
import type { Logger } from '../logging/logger';
import type { PartnerCenterApi } from '../partnercenter/api';
import { describeFailure, post, refusedOutright, replace, UPDATING_CHANNELS } from './replies';
import { DEFAULT_TURN_TIMING, startTurnBudget, turnBudgetOf } from './turn-budget';
import { INVOKE_ANSWER_MS, REFRESH_VERB, refreshable, withRefresh } from './universal-actions';
import { watchConversationOf } from './watch-conversation';
import { within } from './within';
import type { WatchStore } from '../state/watch-store';

export interface TurnMetrics {
  turn(command: string, result: string, durationMs: number): void;
  refusal(reason: 'tenant' | 'user' | 'rate'): void;
}

export interface OrdersBotDeps {
  api: PartnerCenterApi;
  /** The customer directory, when the bot keeps one. */
  directory?: CustomerLookup;
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
}

const DEFAULT_PROGRESS_AFTER_MS = 3_000;
/**
 * After the deadline aborts the Partner Center calls, the command has this long to come back with stale data or
 * its timeout card; past it the bot answers with the timeout card itself, and a later result is dropped.
 */
const ABORT_GRACE_MS = 1_000;

/** What the audit line records of a turn; refusals say why (tenant, user or rate). */
type AuditedOutcome = Pick<CommandOutcome, 'command' | 'customerId' | 'resultCount'> & {
  /** As the command ended, or `timeout` (deadline passed), or `replyFailed` (the connector would not take it). */
  result: OutcomeResult | 'timeout' | 'replyFailed';
  refusal?: 'tenant' | 'user' | 'rate';
};

/** A command's outcome, or the bot's own when the deadline passed or the per-person limit refused the turn. */
type TurnOutcome = Omit<CommandOutcome, 'result'> & { result: OutcomeResult | 'timeout'; refusal?: 'rate' };

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

/** The botbuilder edge: turns activities into commands and outcomes into card replies. */
export class OrdersBot extends TeamsActivityHandler {
  constructor(private readonly deps: OrdersBotDeps) {
    super();
    this.onMessage(async (context, next) => {
      await this.answer(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const { activity } = context;
      const joined = (activity.membersAdded ?? []).some((m) => m.id !== activity.recipient.id);
      // A welcome in 1:1 and the Emulator only; a team channel does not want a card per new member.
      if (joined && activity.conversation.conversationType !== 'channel') {
        const welcome = await post(
          context,
          this.cardMessage(
            helpCard({ action: typeAction }, { locale: localeOf(activity) }),
            localeOf(activity),
          ),
        );
        if (!welcome.ok) this.logReplyFailure(welcome.error, undefined, 'could not send the welcome');
      }
      await next();
    });
  }

  private async answer(context: TurnContext): Promise<void> {
    const started = Date.now();
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

    const refusal = this.refusal(asker, locale, correlationId);
    if (refusal) {
      const sent = await post(context, this.cardMessage(refusal.card, locale));
      if (!sent.ok) this.logReplyFailure(sent.error, correlationId, 'could not send the reply');
      this.audit(
        asker,
        correlationId,
        Date.now() - started,
        sent.ok ? refusal.outcome : replyFailed(refusal.outcome),
      );
      return;
    }

    // One signal for the whole turn: every Partner Center call (pages included) ends at the deadline. Answers
    // served wholly from cache do not count against the person's limit: the cache opens the gate only when
    // the turn needs Partner Center.
    const gate = this.rateGate(asker, correlationId);
    const env: CommandEnv = {
      api: this.deps.api,
      directory: this.deps.directory,
      ctx: {
        correlationId,
        locale,
        freshness: {},
        signal: budget.signal,
        deadline: budget.deadline,
        upstreamGate: gate?.pass,
      },
      watch: this.watchContext(activity),
    };
    // In channels the text starts with "<at>Bot</at>"; remove our own mention before parsing.
    // botbuilder reads entities without a null check; `"entities": null` is valid JSON a client may send.
    const text = (
      (Array.isArray(activity.entities) ? TurnContext.removeRecipientMention(activity) : activity.text) ?? ''
    ).trim();
    const isClick = activity.value !== undefined && activity.value !== null && !text;
    const work = isClick ? handleSubmit(activity.value, env) : handleText(text, env);

    const progressAfterMs = this.deps.progressAfterMs ?? DEFAULT_PROGRESS_AFTER_MS;
    const asked = commandOf(isClick ? { value: activity.value } : { text });
    const early = await within(work, Math.min(progressAfterMs, budget.deadline - Date.now()));
    let outcome: TurnOutcome;
    let delivered: boolean;
    if (early.done) {
      outcome = this.teamsCard(this.limited(early.value, gate, locale), activity, asked);
      delivered = await this.reply(context, outcome, correlationId);
    } else {
      // Slow: say what is being looked up now, and put the answer in its place when it is ready.
      const command = asked;
      const inPlace = UPDATING_CHANNELS.has(activity.channelId);
      const progress = await post(
        context,
        this.cardMessage(
          progressCard({ ...describe(command), replacedInPlace: inPlace }, { locale }),
          locale,
        ),
      );
      if (!progress.ok)
        this.logReplyFailure(progress.error, correlationId, 'could not send the progress card');
      const late = await within(work, budget.deadline + ABORT_GRACE_MS - Date.now());
      outcome = late.done
        ? this.teamsCard(this.limited(late.value, gate, locale), activity, asked)
        : timedOut(command, correlationId, locale);
      delivered = await this.replyAfterProgress(
        context,
        outcome,
        progress.ok && inPlace ? progress.id : undefined,
        correlationId,
      );
    }

    if (outcome.error) this.deps.logger.error({ err: outcome.error, correlationId }, 'command failed');
    this.audit(asker, correlationId, Date.now() - started, delivered ? outcome : replyFailed(outcome));
  }

  /** What the watch commands need: the store, this conversation (thread) and who asks. */
  private watchContext(activity: Activity): CommandEnv['watch'] {
    const watch = this.deps.watch;
    if (!watch) return undefined;
    return {
      store: watch.store,
      conversation: watchConversationOf(activity),
      owner: {
        id: activity.from?.aadObjectId ?? activity.from?.id ?? 'anonymous',
        name: activity.from?.name,
      },
      maxPerPerson: watch.maxPerPerson,
      ttlMs: watch.ttlMs,
      now: Date.now,
    };
  }

  /** On msteams an order card refreshes itself for the asker (Universal Actions); elsewhere it stays as it is. */
  private teamsCard(outcome: TurnOutcome, activity: Activity, asked: Command | undefined): TurnOutcome {
    if (activity.channelId !== 'msteams' || outcome.result !== 'ok' || !activity.from?.id) return outcome;
    const command = refreshable(asked, outcome.customerId);
    return command ? { ...outcome, card: withRefresh(outcome.card, command, [activity.from.id]) } : outcome;
  }

  /**
   * Teams' `adaptiveCard/action` invoke (a card's refresh, or an Action.Execute button): the command in the
   * action's data, answered with its card in the invoke response, within Teams' limit (the cache answers fast).
   */
  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const { activity } = context;
    const locale = localeOf(activity);
    const correlationId = randomUUID();
    const started = Date.now();
    const asker = askerOf(activity);
    const refusal = this.refusal(asker, locale, correlationId);
    if (refusal) return adaptiveCardResponse(refusal.card);
    const signal = AbortSignal.timeout(INVOKE_ANSWER_MS);
    const env: CommandEnv = {
      api: this.deps.api,
      ctx: { correlationId, locale, freshness: {}, signal },
      watch: this.watchContext(activity),
    };
    const data = invokeValue.action?.data;
    const asked = commandOf({ value: data });
    const done = await within(handleSubmit(data, env), INVOKE_ANSWER_MS + ABORT_GRACE_MS);
    const outcome: TurnOutcome = done.done
      ? this.teamsCard(done.value, activity, asked)
      : timedOut(asked, correlationId, locale);
    if (outcome.error) this.deps.logger.error({ err: outcome.error, correlationId }, 'command failed');
    this.audit(asker, correlationId, Date.now() - started, outcome);
    if (invokeValue.action?.verb !== REFRESH_VERB)
      this.deps.logger.info({ verb: invokeValue.action?.verb, correlationId }, 'card action answered');
    return adaptiveCardResponse(
      this.deps.sandboxNotice ? withSandboxNotice(outcome.card, locale) : outcome.card,
    );
  }

  /** The card to answer with instead of running the command, when this person may not ask. */
  private refusal(
    asker: ActivitySender,
    locale: string,
    correlationId: string,
  ): { card: AdaptiveCard; outcome: AuditedOutcome } | undefined {
    const { access, metrics } = this.deps;
    if (access) {
      const decision = checkAccess(access, asker);
      if (!decision.allowed) {
        metrics?.refusal(decision.reason);
        return {
          card: errorCard({ kind: 'refused', correlationId }, { locale }),
          outcome: { command: 'unknown', result: 'refused', refusal: decision.reason },
        };
      }
    }
    return undefined;
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
  private limited(outcome: TurnOutcome, gate: RateGate | undefined, locale: string): TurnOutcome {
    if (gate?.retryAfterSeconds === undefined) return outcome;
    this.deps.metrics?.refusal('rate');
    return {
      command: outcome.command,
      result: 'rateLimited',
      refusal: 'rate',
      card: errorCard({ kind: 'rateLimited', retryAfterSeconds: gate.retryAfterSeconds }, { locale }),
    };
  }

  /** The answer as the first reply; false when the connector would not take it (logged). */
  private async reply(context: TurnContext, outcome: TurnOutcome, correlationId: string): Promise<boolean> {
    const message = this.cardMessage(outcome.card, localeOf(context.activity));
    const { activity } = context;
    // Teams sends replyToId with a card click, so "Show more" can replace the card in place; Web Chat and the
    // Emulator do not, and there a new card is sent.
    const inPlace = outcome.continues && activity.channelId === 'msteams' && activity.replyToId;
    const sent = inPlace
      ? await replace(context, message, activity.replyToId!)
      : await post(context, message);
    if (!sent.ok) this.logReplyFailure(sent.error, correlationId, 'could not send the reply');
    return sent.ok;
  }

  /** The answer after a progress card: in its place when the channel can, else (or if it fails outright) after it. */
  private async replyAfterProgress(
    context: TurnContext,
    outcome: TurnOutcome,
    progressId: string | undefined,
    correlationId: string,
  ): Promise<boolean> {
    const message = this.cardMessage(outcome.card, localeOf(context.activity));
    if (progressId) {
      const replaced = await replace(context, message, progressId);
      if (replaced.ok) return true;
      if (!refusedOutright(replaced.error)) {
        // It may have been shown, or the connector is unavailable: a second card could only add noise.
        this.logReplyFailure(replaced.error, correlationId, 'could not send the reply');
        return false;
      }
      this.logReplyFailure(
        replaced.error,
        correlationId,
        'could not replace the progress card; posting instead',
      );
    }
    const sent = await post(context, message);
    if (!sent.ok) this.logReplyFailure(sent.error, correlationId, 'could not send the reply');
    return sent.ok;
  }

  private logReplyFailure(error: unknown, correlationId: string | undefined, message: string): void {
    this.deps.logger.error({ reply: describeFailure(error), correlationId }, message);
  }

  /** A card as a message; in a demo on sandbox data, the card says so first. */
  private cardMessage(card: AdaptiveCard, locale: string): Partial<Activity> {
    return cardMessage(this.deps.sandboxNotice ? withSandboxNotice(card, locale) : card);
  }

  /** One structured line per command: who, where, what, how many, how long. Never tokens or card content. */
  private audit(
    asker: ActivitySender,
    correlationId: string,
    durationMs: number,
    outcome: AuditedOutcome,
  ): void {
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
          durationMs,
          correlationId,
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

/** What the progress card says is being looked up. */
function describe(command: Command | undefined): Omit<ProgressInput, 'replacedInPlace'> {
  if (!command || (command.kind !== 'orders' && command.kind !== 'order' && command.kind !== 'subscriptions'))
    return {};
  return {
    kind: command.kind,
    customer: command.customer,
    orderId: command.kind === 'orders' ? undefined : command.orderId,
  };
}

function adaptiveCardResponse(card: AdaptiveCard): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
}

function cardMessage(card: AdaptiveCard): Partial<Activity> {
  return MessageFactory.attachment(CardFactory.adaptiveCard(card));
}

function localeOf(activity: Activity): string {
  return activity.locale || 'en-US';
}
