import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ShowTypingMiddleware,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import type { BotAuthConfig } from '../config';
import type { Logger } from '../logging/logger';

/**
 * CloudAdapter with inbound JWT validation when an app id is configured (empty id = Emulator mode),
 * a typing indicator while Partner Center is called, and one catch-all for errors nobody handled.
 */
export function createAdapter(auth: BotAuthConfig, logger: Logger): CloudAdapter {
  const options: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: auth.appId,
    MicrosoftAppPassword: auth.appPassword,
    MicrosoftAppType: auth.appId ? auth.appType : '',
    MicrosoftAppTenantId: auth.appTenantId,
  };
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(options));
  // Typing shows after 400 ms and repeats every 2 s; fast (cached) answers send none.
  adapter.use(new ShowTypingMiddleware(400, 2000));
  adapter.onTurnError = async (context, error) => {
    logger.error({ err: error, activityId: context.activity.id }, 'unhandled turn error');
    try {
      if (context.activity.channelId === 'emulator') {
        await context.sendTraceActivity(
          'OnTurnError',
          String(error),
          'https://www.botframework.com/schemas/error',
          'TurnError',
        );
      }
      await context.sendActivity('Sorry, something went wrong on my side. Please try again in a moment.');
    } catch (sendError) {
      // Typically the very reply that failed (connector down, message too big). Thrown from here it would reach
      // CloudAdapter, which prints it with console.error, past the redacting logger, and echoes its message to
      // the caller in a 500; log it here and end the turn.
      logger.error({ err: sendError, activityId: context.activity.id }, 'could not send the error message');
    }
  };
  return adapter;
}
