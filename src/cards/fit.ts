// Teams refuses a message over its size limit (413) and the answer is lost. A list card that would be too
// large is rendered again with fewer rows (it then says "showing N of M"), and only when even one row is too
// much does the short "too large" card stand in. Cards are rendered once per content (memoByContent), so this
// check runs on the cold path: a warm answer reuses the card it checked.

import { MAX_CARD_BYTES } from './templates';
import type { AdaptiveCard } from './types';

/** Renders the card with at most `maxRows` rows of its list; undefined: as many as it shows normally. */
export type RowsCard = (maxRows: number | undefined) => AdaptiveCard;

/**
 * `build()` when its JSON is at most MAX_CARD_BYTES (UTF-8), else `build(n)` with the most rows that fit,
 * else `tooLarge()`. `rows` is how many rows `build()` shows at most.
 */
export function fitCard(build: RowsCard, rows: number, tooLarge: () => AdaptiveCard): AdaptiveCard {
  const card = build(undefined);
  const bytes = sizeOf(card);
  if (bytes <= MAX_CARD_BYTES) return card;
  // Rows take most of a list card: keep the share of them that fits, then one fewer until it does.
  let n = Math.min(rows - 1, Math.floor((rows * MAX_CARD_BYTES) / bytes));
  while (n >= 1) {
    const smaller = build(n);
    const size = sizeOf(smaller);
    if (size <= MAX_CARD_BYTES) return smaller;
    n = Math.min(n - 1, Math.floor((n * MAX_CARD_BYTES) / size));
  }
  return tooLarge();
}

/**
 * The card's UTF-8 size, or a smaller number when it is surely under the limit: a UTF-16 unit is at most three
 * UTF-8 bytes, so most cards are known to fit from the string's length without counting bytes.
 */
function sizeOf(card: AdaptiveCard): number {
  const json = JSON.stringify(card);
  return json.length * 3 <= MAX_CARD_BYTES ? json.length : Buffer.byteLength(json, 'utf8');
}
