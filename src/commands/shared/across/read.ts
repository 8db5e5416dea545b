// Reading the partner-wide index for a question across customers: the matching records (as many as one answer
// counts) and what the index covers, or why there is nothing to read from, said plainly on its own card.
import type { Coverage, PartnerIndex } from '../../../index/partner-index';
import type { IndexPage } from '../../../index/store';
import { isStoreUnavailable } from '../../../state/store-unavailable';
import { runAction } from '../../actions';
import type { Command } from '../../command';
import type { CommandEnv } from '../../deps';
import type { CommandOutcome } from '../../outcome';
import { acrossNoticeCard } from './card';
import { isEmptyIndex } from './coverage';
import { acrossTexts } from './texts';

/**
 * Records one answer reads, counts per customer and pages through: enough for any question a person reads
 * page by page, few enough to stay quick with Redis (a larger list says it was cut, and how long it is).
 */
export const MAX_COUNTED = 5_000;

export type Missing = 'noIndex' | 'emptyIndex' | 'unavailable';

export type IndexRead<T> = { page: IndexPage<T>; coverage: Coverage } | { missing: Missing };

/** The records `query` finds (at most MAX_COUNTED) and the coverage, or what is missing. */
export async function readIndex<T>(
  env: Pick<CommandEnv, 'index'>,
  query: (index: PartnerIndex, limit: number) => Promise<IndexPage<T>>,
): Promise<IndexRead<T>> {
  const read = await readFromIndex(env, (index) => query(index, MAX_COUNTED));
  return 'missing' in read ? read : { page: read.value, coverage: read.coverage };
}

/** What `read` makes of the index, and the coverage; or what is missing (no index, an empty one, Redis away). */
export async function readFromIndex<T>(
  env: Pick<CommandEnv, 'index'>,
  read: (index: PartnerIndex) => Promise<T>,
): Promise<{ value: T; coverage: Coverage } | { missing: Missing }> {
  const { index } = env;
  if (!index) return { missing: 'noIndex' };
  try {
    const coverage = await index.coverage();
    if (isEmptyIndex(coverage)) return { missing: 'emptyIndex' };
    return { value: await read(index), coverage };
  } catch (err) {
    // Redis away: a plain answer, not "something went wrong".
    if (isStoreUnavailable(err)) return { missing: 'unavailable' };
    throw err;
  }
}

/** What the card says when the index held more than one answer reads. */
export function cappedOf<T>(page: IndexPage<T>): { read: number; held: number } | undefined {
  return page.total > page.items.length ? { read: page.items.length, held: page.total } : undefined;
}

/** The card saying there is no index, it is empty, or it cannot be read now; Refresh asks again. */
export function missingIndexOutcome(
  missing: Missing,
  command: Command,
  title: string,
  env: Pick<CommandEnv, 'ctx'>,
): CommandOutcome {
  const texts = acrossTexts(env.ctx.locale);
  return {
    command: command.kind,
    result: missing === 'unavailable' ? 'error' : 'notFound',
    resultCount: 0,
    card: acrossNoticeCard(
      { title, text: texts[missing], refresh: runAction(command) },
      { locale: env.ctx.locale },
    ),
  };
}
