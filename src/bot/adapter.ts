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
    if (context.activity.channelId === 'emulator') {
      await context.sendTraceActivity(
        'OnTurnError',
        String(error),
        'https://www.botframework.com/schemas/error',
        'TurnError',
      );
    }
    await context.sendActivity('Sorry, something went wrong on my side. Please try again in a moment.');
  };
  return adapter;
}
