import { fmt } from '../../cards/text';
import { firstPostAt } from '../../digest/schedule';
import { isStoreUnavailable } from '../../state/store-unavailable';
import { digestId, type Digest, type DigestCustomer } from '../../state/digest-store';
import type { CommandEnv } from '../deps';
import type { CommandOutcome } from '../outcome';
import { percentText } from '../shared/across/coverage';
import type { DigestContext } from '../shared/digest-context';
import { answerCard, digestLine, digestsCard, listButton, MAX_DIGESTS_PER_CONVERSATION } from './card';
import { customersOrReply } from './customers';
import type { DigestCommand } from './payload';
import { digestLocalizer } from './texts';
import { hourText, scopeText } from './when';

type Add = Extract<DigestCommand, { op: 'add' | 'windows' }>;
type StopCommand = Extract<DigestCommand, { op: 'stop' }>;

/**
 * "digest renewals weekly [for …]", "watch cancellation windows [for …]": stores a digest or window alert with
 * this thread; "digests" lists them; "stop digest …" ends them. Posting is the scheduler's (src/digest).
 */
export async function digestCommand(command: DigestCommand, env: CommandEnv): Promise<CommandOutcome> {
  const { s } = digestLocalizer(env.ctx.locale);
  const context = env.digest;
  if (!context) return say('refused', titleOf(command, env.ctx.locale), [s.unavailable]);
  try {
    switch (command.op) {
      case 'add':
      case 'windows':
        return await add(command, context, env);
      case 'list':
        return await list(context, env);
      case 'stop':
        return await stop(command, context, env);
    }
  } catch (err) {
    // Redis slow, full or away: said plainly, within the turn, instead of "something went wrong".
    if (!isStoreUnavailable(err)) throw err;
    return { ...say('error', titleOf(command, env.ctx.locale), [s.storeDown]), error: err };
  }
}

function titleOf(command: DigestCommand, locale: string): string {
  const { s } = digestLocalizer(locale);
  if (command.op === 'add') return s.renewalsTitle;
  if (command.op === 'windows') return s.windowsTitle;
  return s.listTitle;
}

function say(
  result: CommandOutcome['result'],
  title: string,
  lines: readonly string[],
  locale?: string,
): CommandOutcome {
  return {
    command: 'digest',
    result,
    card: answerCard(title, lines, locale ? [listButton(locale)] : []),
  };
}

async function add(command: Add, context: DigestContext, env: CommandEnv): Promise<CommandOutcome> {
  const { locale } = env.ctx;
  const l = digestLocalizer(locale);
  const { s } = l;
  const found = await customersOrReply(command, env);
  if ('reply' in found) return found.reply;
  const digest = newDigest(command, context, locale, found.customers);
  const added = await context.store.add(digest, MAX_DIGESTS_PER_CONVERSATION);
  const title = titleOf(command, locale);
  const scope = scopeText(found.customers, s.everyCustomer, s.listSeparator);
  const lines: string[] = [];
  if (!added.added) {
    if (added.reason === 'cap') lines.push(fmt(s.cap, { max: l.number(MAX_DIGESTS_PER_CONVERSATION) }));
    else lines.push(digest.kind === 'windows' ? s.duplicateWindows : s.duplicate);
    return say('refused', title, lines, locale);
  }
  if (digest.kind === 'renewals') {
    const time = hourText(l, context.hourUtc);
    lines.push(fmt(s.added, { when: fmt(s[digest.cadence], { time }), scope }));
    const first = firstPostAt(digest.cadence, context.hourUtc, digest.createdAt);
    lines.push(fmt(s.firstPost, { time: l.dateTime(new Date(first).toISOString()) }));
  } else {
    lines.push(fmt(s.addedWindows, { scope }));
    const coverage = await env.index?.coverage().catch(() => undefined);
    if (coverage && coverage.firstPassDoneAt === undefined)
      lines.push(fmt(s.afterFirstPass, { percent: percentText(l, coverage.firstPass) }));
  }
  if (!context.store.shared) lines.push(s.inProcess);
  return {
    ...say('ok', title, lines, locale),
    customerId: found.customers?.[0]?.id,
    resultCount: 1,
  };
}

function newDigest(
  command: Add,
  context: DigestContext,
  locale: string,
  customers: DigestCustomer[] | undefined,
): Digest {
  const conversationId = context.conversation.conversationId;
  const base = {
    conversation: context.conversation,
    owner: context.owner,
    locale,
    createdAt: context.now(),
    ...(customers ? { customers } : {}),
  };
  if (command.op === 'windows')
    return { ...base, kind: 'windows', id: digestId(conversationId, { kind: 'windows' }, customers) };
  const what = { kind: 'renewals' as const, cadence: command.cadence };
  return { ...base, ...what, id: digestId(conversationId, what, customers) };
}

async function list(context: DigestContext, env: CommandEnv): Promise<CommandOutcome> {
  const digests = await context.store.inConversation(context.conversation.conversationId);
  return {
    command: 'digest',
    result: 'ok',
    resultCount: digests.length,
    card: digestsCard(digests, env.ctx.locale, context.hourUtc),
  };
}

/** The digests of this thread a stop names: by id (a button), by kind, all, or the one there is. */
function named(command: StopCommand, here: readonly Digest[]): Digest[] {
  if (command.id) return here.filter((d) => d.id === command.id);
  switch (command.which) {
    case 'all':
    case undefined:
      return [...here];
    case 'windows':
      return here.filter((d) => d.kind === 'windows');
    default:
      return here.filter((d) => d.kind === 'renewals' && d.cadence === command.which);
  }
}

async function stop(command: StopCommand, context: DigestContext, env: CommandEnv): Promise<CommandOutcome> {
  const { locale } = env.ctx;
  const l = digestLocalizer(locale);
  const { s } = l;
  // Only this thread's: a button's id from elsewhere stops nothing here.
  const here = await context.store.inConversation(context.conversation.conversationId);
  const ending = named(command, here);
  if (ending.length === 0)
    return say(
      command.id || command.which ? 'notFound' : 'ok',
      s.listTitle,
      [here.length ? s.notFound : s.none],
      locale,
    );
  if (ending.length > 1 && command.which !== 'all')
    return {
      command: 'digest',
      result: 'ambiguous',
      resultCount: ending.length,
      card: digestsCard(ending, locale, context.hourUtc, s.whichOne),
    };
  let stopped = 0;
  for (const digest of ending) if (await context.store.remove(digest.id)) stopped++;
  const line =
    ending.length === 1
      ? fmt(s.stopped, { what: digestLine(ending[0]!, locale, context.hourUtc) })
      : fmt(s.stoppedMany, { n: l.number(stopped) });
  return { ...say('ok', s.listTitle, [line], locale), resultCount: stopped };
}
