import {
  CloudAdapter,
  type Activity,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type InvokeResponse,
  type ResourceResponse,
  type TurnContext,
} from 'botbuilder';
import type { AuthenticateRequestResult } from 'botframework-connector';
import type { BotAuthConfig } from '../config';
import type { Logger } from '../logging/logger';
import { ThreadPacer } from '../outbound/thread-pacer';
import { MemorySeenActivities, type SeenActivities } from '../state/seen-activities';
import { withCardTokens } from './card-bytes';
import { assertConnectorPipeline } from './connector-pipeline';
import { answerOnce } from './dedupe';
import { DEFAULT_REPLY_SETTINGS, type ReplySettings } from './reply-policy';
import { DEFAULT_TURN_TIMING, type TurnTiming } from './turn-budget';
import { turnErrorHandler } from './turn-error';
import { turnGuard } from './turn-guard';
import { TypingIndicator } from './typing-indicator';

export interface AdapterOptions {
  timing?: Partial<TurnTiming>;
  reply?: Partial<ReplySettings>;
  /** Activities already answered (default: in this process's memory, 10 minutes). */
  seenActivities?: SeenActivities;
  /** What the bot sends into each Teams thread (default: Teams' per-thread limits, this process). */
  pacer?: ThreadPacer;
}

/**
 * CloudAdapter with the two steps of process() public, so that the server decides what a caller sees (see
 * src/server/bot-pipeline.ts), and sends that encode each card once. They are CloudAdapter's protected API for
 * subclasses: this class is the one place outside connector-pipeline.ts that reaches past botbuilder's public
 * surface.
 */
export class BotAdapter extends CloudAdapter {
  /** Checks an inbound activity's Authorization header with CloudAdapter's own authentication. */
  authenticate(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
  }

  /** Runs the turn for an authenticated activity; the invoke response, if the activity asked for one. */
  runTurn(
    auth: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(auth, activity, logic);
  }

  /** Sends with each card encoded once for all the turns that answer with it (card-bytes.ts). */
  override sendActivities(
    context: TurnContext,
    activities: Partial<Activity>[],
  ): Promise<ResourceResponse[]> {
    return super.sendActivities(context, this.withCardTokens(context, activities));
  }

  override updateActivity(
    context: TurnContext,
    activity: Partial<Activity>,
  ): Promise<ResourceResponse | void> {
    return super.updateActivity(context, this.withCardTokens(context, [activity])[0]!);
  }

  private withCardTokens(context: TurnContext, activities: Partial<Activity>[]): Partial<Activity>[] {
    const client: unknown = context.turnState.get(this.ConnectorClientKey);
    return typeof client === 'object' && client !== null ? withCardTokens(client, activities) : activities;
  }
}

/**
 * BotAdapter with inbound JWT validation when an app id is configured (empty id = Emulator mode), and per
 * turn: a budget, bounded replies and in Teams every send paced per thread (turnGuard), one answer per activity
 * (answerOnce), typing indicators while Partner Center is called, and one catch-all for errors nobody handled.
 */
export function createAdapter(auth: BotAuthConfig, logger: Logger, options: AdapterOptions = {}): BotAdapter {
  // Loudly, before anything listens: without the connector client's expected shape replies would be unbounded.
  assertConnectorPipeline();
  const authOptions: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: auth.appId,
    MicrosoftAppPassword: auth.appPassword,
    MicrosoftAppType: auth.appId ? auth.appType : '',
    MicrosoftAppTenantId: auth.appTenantId,
  };
  const adapter = new BotAdapter(new ConfigurationBotFrameworkAuthentication(authOptions));
  adapter.use(
    turnGuard(
      { ...DEFAULT_TURN_TIMING, ...options.timing },
      { ...DEFAULT_REPLY_SETTINGS, ...options.reply },
      logger,
      options.pacer ?? new ThreadPacer(),
    ),
  );
  adapter.use(answerOnce(options.seenActivities ?? new MemorySeenActivities(), logger));
  adapter.use(new TypingIndicator(logger));
  adapter.onTurnError = turnErrorHandler(logger);
  return adapter;
}
