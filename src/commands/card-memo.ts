import type { AdaptiveCard } from '../cards';

// A warm-cache answer reuses the very arrays the response cache holds, so the card rendered from them can be
// reused too: same data, same query, same locale → the same card. Keyed weakly by the data objects, so a
// refreshed or evicted answer takes its cards with it.
const MAX_PER_DATA = 32;
type Node = { children: WeakMap<object, Node>; cards: Map<string, AdaptiveCard> };
const root: Node = { children: new WeakMap(), cards: new Map() };

/** The card for `key` rendered from exactly these data objects, rendering it on first use. */
export function memoizedCard(data: readonly object[], key: string, render: () => AdaptiveCard): AdaptiveCard {
  let node = root;
  for (const ref of data) {
    let child = node.children.get(ref);
    if (!child) node.children.set(ref, (child = { children: new WeakMap(), cards: new Map() }));
    node = child;
  }
  const cached = node.cards.get(key);
  if (cached) return cached;
  const card = render();
  if (node.cards.size >= MAX_PER_DATA) node.cards.delete(node.cards.keys().next().value!);
  node.cards.set(key, card);
  return card;
}
