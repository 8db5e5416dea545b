// The sentences the watch commands share (watch, watches, unwatch), per locale; each command's own sentences
// are in its strings.ts.
import { languageOf } from '../../../cards/strings';
import type { Locale } from '../../definition';

export interface WatchTexts {
  watch: string;
  stopWatching: string;
  /** The button to this conversation's watches (the list's title too). */
  watchedOrders: string;
  details: string;
  unavailable: string;
  storeDown: string;
}

const TEXTS: Readonly<Record<Locale, WatchTexts>> = {
  en: {
    watch: 'Watch',
    stopWatching: 'Stop watching',
    watchedOrders: 'Watched orders',
    details: 'Details',
    unavailable: 'Watching orders is not available here.',
    storeDown:
      "Watches cannot be changed right now: the bot's shared store does not answer. Try again in a minute, then check with: watches",
  },
  'pt-BR': {
    watch: 'Acompanhar',
    stopWatching: 'Parar de acompanhar',
    watchedOrders: 'Pedidos acompanhados',
    details: 'Detalhes',
    unavailable: 'Acompanhar pedidos não está disponível aqui.',
    storeDown:
      'Os acompanhamentos não podem ser alterados agora: o armazenamento compartilhado do bot não responde. Tente de novo em um minuto e depois confira a lista de pedidos acompanhados.',
  },
  'zh-CN': {
    watch: '关注',
    stopWatching: '停止关注',
    watchedOrders: '已关注的订单',
    details: '详细信息',
    unavailable: '此处无法关注订单。',
    storeDown: '现在无法更改关注：机器人的共享存储没有响应。请一分钟后重试，然后查看已关注的订单列表。',
  },
  it: {
    watch: 'Segui',
    stopWatching: 'Smetti di seguire',
    watchedOrders: 'Ordini seguiti',
    details: 'Dettagli',
    unavailable: 'Qui non è possibile seguire gli ordini.',
    storeDown:
      "Gli ordini seguiti non possono essere modificati ora: l'archivio condiviso del bot non risponde. Riprova tra un minuto, poi controlla l'elenco degli ordini seguiti.",
  },
};

export function watchTexts(locale: string): WatchTexts {
  return TEXTS[languageOf(locale)];
}

const merged = new WeakMap<object, object>();

/** The shared watch texts with a command's own (the `card` of its strings.ts) on top, once per locale. */
export function watchTextsWith<O extends object>(
  locale: string,
  byLocale: Readonly<Record<Locale, { card: O }>>,
): WatchTexts & O {
  const language = languageOf(locale);
  const own = byLocale[language].card;
  let both = merged.get(own) as (WatchTexts & O) | undefined;
  if (!both) {
    both = { ...TEXTS[language], ...own };
    merged.set(own, both);
  }
  return both;
}
