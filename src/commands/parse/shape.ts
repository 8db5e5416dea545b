// Which command a message is, from its verb, and where the order id is.
import { isPathSafeId } from '../../partnercenter/path-segment';
import { stripQuotes, type Token } from './tokenize';
import { ID_LEAD_INS, VERBS, type VerbKind } from './vocabulary';

export interface Shape {
  kind: 'orders' | 'order' | 'subscriptions';
  /** Tokens taken by the verb, the id and words like "order", "id", "#" around it. */
  used: boolean[];
  orderId?: string;
}

const ID_CHARS = /^[A-Za-z0-9_-]{1,128}$/;
const ID_HINT = /[\d_]/;
const BEFORE_SUBSCRIPTION_ID = new Set(['for', 'of', 'the', 'on', 'order', 'orders', 'id', '#']);

/** Order ids look like 9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1 or a GUID: id characters with a digit or _, or long. */
export function orderIdOf(token: Token | undefined): string | undefined {
  if (token === undefined) return undefined;
  const value = stripQuotes(token.raw)
    .replace(/^#/, '')
    .replace(/[,;:]+$/, '');
  // ID_CHARS already leaves out `.` and `/`; the path check states the rule an id must meet to reach a URL.
  const looksLikeId = ID_CHARS.test(value) && (ID_HINT.test(value) || value.length >= 16);
  return looksLikeId && isPathSafeId(value) ? value : undefined;
}

function kindOf(token: Token | undefined): VerbKind | undefined {
  return token === undefined || token.quoted ? undefined : VERBS.get(token.key);
}

/** The id after an order verb at i ("order 9qg…", "order id 9qg…", "order #9qg…"), and the index after it. */
function idAfter(tokens: readonly Token[], i: number): { id: string; end: number } | undefined {
  let j = i + 1;
  while (j < i + 4 && ID_LEAD_INS.has(tokens[j]?.key ?? '') && orderIdOf(tokens[j]) === undefined) j++;
  const id = orderIdOf(tokens[j]);
  return id === undefined ? undefined : { id, end: j + 1 };
}

function take(used: boolean[], from: number, to: number): void {
  for (let j = from; j < to; j++) used[j] = true;
}

export function findShape(tokens: readonly Token[]): Shape | undefined {
  const kinds = tokens.map(kindOf);
  const used = tokens.map(() => false);
  const takeAll = (wanted: (k: VerbKind | undefined) => boolean): void =>
    kinds.forEach((k, j) => {
      if (wanted(k)) used[j] = true;
    });

  const sub = kinds.indexOf('subscriptions');
  if (sub >= 0) {
    takeAll((k) => k === 'subscriptions');
    // "… order <id> …" anywhere, else the first id right after the verb ("subscriptions <id> contoso").
    for (let i = 0; i < tokens.length; i++) {
      if (kinds[i] !== 'order' && kinds[i] !== 'orders') continue;
      const found = idAfter(tokens, i);
      if (found) {
        take(used, i, found.end);
        return { kind: 'subscriptions', used, orderId: found.id };
      }
    }
    let j = sub + 1;
    while (j < tokens.length && BEFORE_SUBSCRIPTION_ID.has(tokens[j]?.key ?? '')) j++;
    const id = orderIdOf(tokens[j]);
    if (id !== undefined) take(used, sub + 1, j + 1);
    return { kind: 'subscriptions', used, orderId: id };
  }

  const isOrder = (k: VerbKind | undefined): boolean => k === 'order' || k === 'details';
  for (let i = 0; i < tokens.length; i++) {
    if (!isOrder(kinds[i])) continue;
    const found = idAfter(tokens, i);
    if (found) {
      takeAll(isOrder);
      take(used, i, found.end);
      return { kind: 'order', used, orderId: found.id };
    }
  }
  if (kinds.includes('orders')) {
    takeAll((k) => k === 'orders');
    return { kind: 'orders', used };
  }
  if (kinds.some(isOrder)) {
    takeAll(isOrder);
    return { kind: 'order', used };
  }
  return undefined;
}
