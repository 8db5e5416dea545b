import '../src/server/quiet-deprecations';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import restify from 'restify';
import { listen } from '../src/server/server';

/** The baseline: BotBuilder-Samples' 02.echo-bot on the same restify and CloudAdapter set-up. */
export async function startEchoBot(): Promise<{ url: string; close: () => Promise<void> }> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity(`Echo: ${context.activity.text}`);
    await next();
  });
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser());
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  const url = await listen(server, 0, '127.0.0.1');
  return { url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
