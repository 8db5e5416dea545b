import type { CommandEnv } from '../deps';
import type { CommandOutcome } from '../outcome';
import { refreshCard } from './card';
import type { RefreshCommand } from './payload';

/** Reloads the customer directory (or takes the copy another instance is loading) and says how big it is. */
export async function refreshCommand(_command: RefreshCommand, env: CommandEnv): Promise<CommandOutcome> {
  const locale = { locale: env.ctx.locale };
  if (!env.directory) return { command: 'refresh', result: 'ok', card: refreshCard({}, locale) };
  // A reload asks Partner Center for the whole customer list: it counts against the person's limit like any
  // other turn that needs Partner Center (the gate throws when the limit refuses it).
  await env.ctx.upstreamGate?.();
  const state = await env.directory.refresh();
  return {
    command: 'refresh',
    result: 'ok',
    resultCount: state.count,
    card: refreshCard({ count: state.count, loadedAt: state.loadedAt }, locale),
  };
}
