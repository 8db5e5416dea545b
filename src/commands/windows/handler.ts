import { fitCard } from '../../cards/fit';
import { MAX_RADAR_READ, readWindows } from '../../radar/radar';
import { runAction } from '../actions';
import type { CommandEnv } from '../deps';
import type { CommandOutcome } from '../outcome';
import { ACROSS_PAGE_SIZE } from '../shared/across/card';
import { readFromIndex } from '../shared/across/read';
import { customerNamer, namedTotals } from '../shared/across/totals';
import { subscriptionActions } from '../shared/radar/rows';
import { radarMissing, radarScope } from '../shared/radar/scope';
import { tooLargeAnswer } from '../too-large';
import { windowsCard } from './card';
import type { WindowsCommand } from './payload';
import { windowsStrings } from './strings';

/**
 * "windows [for <customer>]": subscriptions whose cancellation window is open now, soonest closing first, from
 * the partner-wide index (no Partner Center call; naming a customer may search for it).
 */
export async function windowsCommand(command: WindowsCommand, env: CommandEnv): Promise<CommandOutcome> {
  const locale = env.ctx.locale;
  const now = env.now?.() ?? Date.now();
  const scope = await radarScope(command, env);
  if ('reply' in scope) return scope.reply;
  const { customer } = scope;
  // Every row read: the card pages through them (the index answers soonest first).
  const read = await readFromIndex(env, (index) =>
    readWindows(index, { now, customers: customer ? [customer.id] : undefined }, { rows: MAX_RADAR_READ }),
  );
  if ('missing' in read) return radarMissing(read.missing, command, windowsStrings, scope, env);
  const { value: windows, coverage } = read;
  const nameOf = customerNamer(env);
  const totals = namedTotals(windows.customers, nameOf);
  const card = fitCard(
    (maxRows) =>
      windowsCard(
        {
          command,
          windows,
          now,
          customer,
          totals,
          nameOf,
          coverage,
          maxRows,
          actions: {
            ...subscriptionActions,
            portal: (s) => env.portal?.subscription(s.cust, s.id),
            page: (offset) => runAction({ ...command, offset: offset > 0 ? offset : undefined }),
            refresh: () => runAction(command),
          },
        },
        { locale },
      ),
    ACROSS_PAGE_SIZE,
    () => tooLargeAnswer('windows', locale),
  );
  return { command: 'windows', result: 'ok', resultCount: windows.total, card, customerId: customer?.id };
}
