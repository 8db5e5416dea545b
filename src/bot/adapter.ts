import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import type { BotAuthConfig } from '../config';
import type { Logger } from '../logging/logger';
import { ThreadPacer } from '../outbound/thread-pacer';
import { MemorySeenActivities, type SeenActivities } from '../state/seen-activities';
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
 * CloudAdapter with inbound JWT validation when an app id is configured (empty id = Emulator mode), and per
 * turn: a budget, bounded replies and in Teams every send paced per thread (turnGuard), one answer per activity
 * (answerOnce), typing indicators while Partner Center is called, and one catch-all for errors nobody handled.
 */
export function createAdapter(
  auth: BotAuthConfig,
  logger: Logger,
  options: AdapterOptions = {},
): CloudAdapter {
  const authOptions: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: auth.appId,
    MicrosoftAppPassword: auth.appPassword,
    MicrosoftAppType: auth.appId ? auth.appType : '',
    MicrosoftAppTenantId: auth.appTenantId,
  };
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(authOptions));
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
