import { randomUUID } from 'node:crypto';
import { CardFactory, MessageFactory, TeamsActivityHandler, TurnContext, type Activity } from 'botbuilder';
import { checkAccess, type AccessPolicy } from '../access/access-policy';
import type { UserRateLimit } from '../access/rate-limit';
import { errorCard, helpCard, type AdaptiveCard } from '../cards';
import { handleSubmit, handleText, typeAction, type CommandEnv, type CommandOutcome } from '../commands';
import { withSandboxNotice } from '../cards/sandbox-notice';
import type { Logger } from '../logging/logger';
import type { PartnerCenterApi } from '../partnercenter/api';

export interface TurnMetrics {
  turn(command: string, result: string, durationMs: number): void;
  refusal(reason: 'tenant' | 'user' | 'rate'): void;
}

export interface OrdersBotDeps {
  api: PartnerCenterApi;
  logger: Logger;
  access?: AccessPolicy;
  rateLimit?: UserRateLimit;
  metrics?: TurnMetrics;
  /** The sandbox answers real users (PARTNER_CENTER_SANDBOX=true): every card says "Sandbox data". */
  sandboxNotice?: boolean;
}

/** What the audit line records of a turn; refusals say why (tenant, user or rate). */
type AuditedOutcome = Pick<CommandOutcome, 'command' | 'result' | 'customerId' | 'resultCount'> & {
  refusal?: 'tenant' | 'user' | 'rate';
};

/** Who asked, as Teams and the Emulator describe it. */
interface Asker {
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
        const locale = localeOf(activity);
        await context.sendActivity(this.cardMessage(helpCard({ action: typeAction }, { locale }), locale));
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

    const refusal = await this.refusal(asker, locale, correlationId);
    if (refusal) {
      await context.sendActivity(this.cardMessage(refusal.card, locale));
      this.audit(asker, correlationId, Date.now() - started, refusal.outcome);
      return;
    }

    const env: CommandEnv = { api: this.deps.api, ctx: { correlationId, locale, freshness: {} } };
    // In channels the text starts with "<at>Bot</at>"; remove our own mention before parsing.
    // botbuilder reads entities without a null check; `"entities": null` is valid JSON a client may send.
    const text = (
      (Array.isArray(activity.entities) ? TurnContext.removeRecipientMention(activity) : activity.text) ?? ''
    ).trim();
    const isClick = activity.value !== undefined && activity.value !== null && !text;
    const outcome = isClick ? await handleSubmit(activity.value, env) : await handleText(text, env);

    if (outcome.error) this.deps.logger.error({ err: outcome.error, correlationId }, 'command failed');
    await this.reply(context, outcome);
    this.audit(asker, correlationId, Date.now() - started, outcome);
  }

  /** The card to answer with instead of running the command, when this person may not ask (now). */
  private async refusal(
    asker: Asker,
    locale: string,
    correlationId: string,
  ): Promise<{ card: AdaptiveCard; outcome: AuditedOutcome } | undefined> {
    const { access, rateLimit, metrics } = this.deps;
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
    if (rateLimit) {
      const decision = await rateLimit.consume(asker.aadObjectId ?? asker.userId ?? 'anonymous');
      if (!decision.allowed) {
        metrics?.refusal('rate');
        return {
          card: errorCard({ kind: 'rateLimited', retryAfterSeconds: decision.retryAfterSeconds }, { locale }),
          outcome: { command: 'unknown', result: 'rateLimited', refusal: 'rate' },
        };
      }
    }
    return undefined;
  }

  private async reply(context: TurnContext, outcome: CommandOutcome): Promise<void> {
    const { activity } = context;
    const message = this.cardMessage(outcome.card, localeOf(activity));
    // Teams sends replyToId with a card click, so "Show more" can replace the card in place; Web Chat and the
    // Emulator do not, and there a new card is sent.
    if (outcome.continues && activity.channelId === 'msteams' && activity.replyToId) {
      await context.updateActivity({ ...message, id: activity.replyToId });
      return;
    }
    await context.sendActivity(message);
  }

  private cardMessage(card: AdaptiveCard, locale: string): Partial<Activity> {
    return cardMessage(this.deps.sandboxNotice ? withSandboxNotice(card, locale) : card);
  }

  /** One structured line per command: who, where, what, how many, how long. Never tokens or card content. */
  private audit(asker: Asker, correlationId: string, durationMs: number, outcome: AuditedOutcome): void {
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

function askerOf(activity: Activity): Asker {
  const channelData = activity.channelData as { tenant?: { id?: string } } | undefined;
  return {
    userId: activity.from?.id,
    aadObjectId: activity.from?.aadObjectId,
    tenantId: channelData?.tenant?.id ?? activity.conversation?.tenantId,
    conversationType: activity.conversation?.conversationType,
  };
}

function cardMessage(card: AdaptiveCard): Partial<Activity> {
  return MessageFactory.attachment(CardFactory.adaptiveCard(card));
}

function localeOf(activity: Activity): string {
  return activity.locale || 'en-US';
}
