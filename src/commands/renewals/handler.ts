import { fitCard } from '../../cards/fit';
import type { RenewalKind } from '../../index/renewals';
import { readRadar, type RadarQuery } from '../../radar/radar';
import { runAction } from '../actions';
import type { CommandEnv } from '../deps';
import type { CommandOutcome } from '../outcome';
import { DEFAULT_AHEAD_DAYS } from '../parse/date-ahead';
import { readFromIndex } from '../shared/across/read';
import { customerNamer, namedTotals } from '../shared/across/totals';
import { subscriptionActions } from '../shared/radar/rows';
import { radarMissing, radarScope } from '../shared/radar/scope';
import { tooLargeAnswer } from '../too-large';
import { GROUP_PAGE_ROWS, OVERVIEW_ROWS, renewalsCard } from './card';
import type { RenewalsCommand } from './payload';
import { renewalsStrings } from './strings';

const DAY_MS = 86_400_000;

export interface RenewalPeriod {
  fromDay: number;
  toDay: number;
  within?: number;
}

/** The UTC days the command asks about, as of `now`: the next 30 days when it names none. */
export function periodOf(command: RenewalsCommand, now: number): RenewalPeriod {
  const today = Math.floor(now / DAY_MS);
  const day = (text: string | undefined) =>
    text === undefined ? undefined : Math.floor(Date.parse(`${text}T00:00:00Z`) / DAY_MS);
  if (command.within !== undefined || command.until === undefined) {
    const within = command.within ?? (command.since === undefined ? DEFAULT_AHEAD_DAYS : undefined);
    if (within !== undefined) return { fromDay: today, toDay: today + within, within };
  }
  const since = Math.max(today, day(command.since) ?? today);
  return { fromDay: since, toDay: day(command.until) ?? since + DEFAULT_AHEAD_DAYS };
}

/**
 * "renewals [for <customer>] [period]": what renews and ends in the period, grouped, from the partner-wide
 * index (no Partner Center call; naming a customer may search for it when the directory does not know it).
 */
export async function renewalsCommand(command: RenewalsCommand, env: CommandEnv): Promise<CommandOutcome> {
  const locale = env.ctx.locale;
  const now = env.now?.() ?? Date.now();
  const scope = await radarScope(command, env);
  if ('reply' in scope) return scope.reply;
  const { customer } = scope;
  const period = periodOf(command, now);
  const query: RadarQuery = {
    from: period.fromDay * DAY_MS,
    to: period.toDay * DAY_MS + DAY_MS - 1,
    now,
    customers: customer ? [customer.id] : undefined,
  };
  const paging = {
    group: command.group,
    offset: command.offset,
    rows: command.group ? GROUP_PAGE_ROWS : OVERVIEW_ROWS,
    collapsed: ['rollovers' as const],
  };
  const read = await readFromIndex(env, (index) => readRadar(index, query, paging));
  if ('missing' in read) return radarMissing(read.missing, command, renewalsStrings, scope, env);
  const { value: radar, coverage } = read;
  const nameOf = customerNamer(env);
  const totals = namedTotals(radar.customers, nameOf);
  const { group } = command;
  const card = fitCard(
    (maxRows) =>
      renewalsCard(
        {
          radar,
          customer,
          period,
          group,
          totals,
          nameOf,
          coverage,
          maxRows,
          actions: {
            ...subscriptionActions,
            portal: (s) => env.portal?.subscription(s.cust, s.id),
            group: (kind, offset) => runAction(paged(command, kind, offset)),
            all: () => runAction(paged(command, undefined, 0)),
            refresh: () => runAction(command),
          },
        },
        { locale },
      ),
    group ? GROUP_PAGE_ROWS : OVERVIEW_ROWS,
    () => tooLargeAnswer('renewals', locale),
  );
  const resultCount = radar.groups.reduce((sum, g) => sum + g.total, 0);
  return { command: 'renewals', result: 'ok', resultCount, card, customerId: customer?.id };
}

/** The command showing one group from `offset` on, or every group (no group). */
function paged(command: RenewalsCommand, group: RenewalKind | undefined, offset: number): RenewalsCommand {
  const { group: _group, offset: _offset, ...rest } = command;
  const next: RenewalsCommand = { ...rest };
  if (group !== undefined) next.group = group;
  if (group !== undefined && offset > 0) next.offset = offset;
  return next;
}
