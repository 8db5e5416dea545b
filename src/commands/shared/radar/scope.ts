// What the commands that look ahead across customers (renewals, windows) share before they read the index: the
// customer the command may name, and their card's title for it.
import { plainText } from '../../../cards/plain-text';
import { fmt } from '../../../cards/text';
import type { Command } from '../../command';
import type { CommandEnv } from '../../deps';
import { stringsFor } from '../../definition';
import type { Locale } from '../../../cards/strings';
import type { CommandOutcome } from '../../outcome';
import { missingIndexOutcome, type Missing } from '../across/read';
import { customerOrReply, customerRef } from '../customer-step';

const MAX_NAME = 80;

export interface RadarScope {
  /** The customer named, resolved; absent: every customer. */
  customer?: { id: string; name: string };
}

type RadarCommand = Extract<Command, { kind: 'renewals' | 'windows' }>;
type CardTitles = { title: string; titleFor: string };

/** The command's customer resolved, when it names one; or the reply to send instead (a choice, none found). */
export async function radarScope(
  command: RadarCommand,
  env: CommandEnv,
): Promise<RadarScope | { reply: CommandOutcome }> {
  if (command.customer === undefined) return {};
  const found = await customerOrReply({ ...command, customer: command.customer }, env);
  if ('reply' in found) return found;
  return { customer: customerRef(found.customer) };
}

/** The card's title: for the customer named ("Renewals of Contoso"), else for every customer. */
function radarTitle(card: CardTitles, { customer }: RadarScope): string {
  return customer ? fmt(card.titleFor, { customer: plainText(customer.name, MAX_NAME) }) : card.title;
}

/** The answer when the index cannot say (empty, or unavailable), under the command's title for its scope. */
export function radarMissing(
  missing: Missing,
  command: RadarCommand,
  strings: Readonly<Record<Locale, { card: CardTitles }>>,
  scope: RadarScope,
  env: CommandEnv,
): CommandOutcome {
  const title = radarTitle(stringsFor({ strings }, env.ctx.locale).card, scope);
  return { ...missingIndexOutcome(missing, command, title, env), customerId: scope.customer?.id };
}
