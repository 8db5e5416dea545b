import { plural } from '../../cards/strings/plural';
import type { CommandStrings, Locale } from '../definition';

const MENU_TITLE = 'who has';

/** The words of its card (the shared words across customers are in shared/across/texts.ts). */
const EN_CARD = {
  title: 'Who has “{offer}”',
  subtitle:
    'Subscriptions whose name contains it, or whose offer id is it or begins with it (spaces and case do not matter), all customers.',
  offer: 'Offer',
  subscriptionsCount: plural({ one: '{n} subscription', other: '{n} subscriptions' }),
  activeCount: plural({ one: '{n} active', other: '{n} active' }),
  /** "14 subscriptions at 5 customers · 12 active". */
  headline: '{subscriptions} at {customers} · {active}',
  none: 'No subscription in the index matches “{offer}”.',
  /** The words name a customer, not an offer ("subscriptions of contoso"). */
  noneButCustomer:
    'No subscription in the index matches “{offer}”. That is a customer: its subscriptions are on its orders, e.g. orders for {offer}',
};
export type WhoCardStrings = typeof EN_CARD;

export interface WhoStrings extends CommandStrings {
  /** Its parse problems' messages (see parse/messages.ts ownProblem). */
  problems: { whichOffer: string; offerTooLong: string };
  card: WhoCardStrings;
  progress: string;
}

export const whoStrings: Readonly<Record<Locale, WhoStrings>> = {
  en: {
    problems: {
      whichOffer: 'Which offer? Try: who has E5',
      offerTooLong: 'That offer is too long (over {max} characters). Try: who has E5',
    },
    card: EN_CARD,
    progress: 'Looking for subscriptions in the order index…',
    help: [
      {
        command: 'who has <offer>',
        description:
          'Customers with subscriptions of an offer (by name or offer id), from the order index. Also: subscriptions of <offer>',
        example: 'who has Azure plan',
      },
    ],
    menu: {
      title: MENU_TITLE,
      description: 'Customers with subscriptions of an offer, from the order index. Example: who has E5',
    },
  },
  'pt-BR': {
    problems: {
      whichOffer: 'Qual oferta? Tente: “quem tem E5”',
      offerTooLong: 'Essa oferta é longa demais (mais de {max} caracteres). Tente: “quem tem E5”',
    },
    card: {
      title: 'Quem tem “{offer}”',
      subtitle:
        'Assinaturas cujo nome o contém, ou cujo ID da oferta é ele ou começa por ele (sem importar espaços e maiúsculas), de todos os clientes.',
      offer: 'Oferta',
      subscriptionsCount: plural({
        zero: '{n} assinaturas',
        one: '{n} assinatura',
        other: '{n} assinaturas',
      }),
      activeCount: plural({ zero: '{n} ativas', one: '{n} ativa', other: '{n} ativas' }),
      headline: '{subscriptions} de {customers} · {active}',
      none: 'Nenhuma assinatura no índice corresponde a “{offer}”.',
      noneButCustomer:
        'Nenhuma assinatura no índice corresponde a “{offer}”. Esse é um cliente: as assinaturas dele estão nos pedidos, por ex. “pedidos de {offer}”',
    },
    progress: 'Procurando assinaturas no índice de pedidos…',
    help: [
      {
        command: 'who has <oferta>',
        description:
          'Clientes com assinaturas de uma oferta (por nome ou ID da oferta), do índice de pedidos. Também: “assinaturas de <oferta>”',
        example: 'who has Azure plan',
      },
    ],
    menu: {
      title: 'quem tem',
      description: 'Clientes com assinaturas de uma oferta, do índice de pedidos. Exemplo: “quem tem E5”',
    },
  },
  'zh-CN': {
    problems: {
      whichOffer: '哪个产品/服务？请试试“谁有 E5”。',
      offerTooLong: '这个产品/服务名称太长（超过 {max} 个字符）。请试试“谁有 E5”。',
    },
    card: {
      title: '谁有“{offer}”',
      subtitle:
        '名称包含该内容，或产品/服务 ID 即为该内容或以其开头的订阅（不区分空格和大小写），涵盖所有客户。',
      offer: '产品/服务',
      subscriptionsCount: plural({ one: '{n} 个订阅', other: '{n} 个订阅' }),
      activeCount: plural({ one: '{n} 个有效', other: '{n} 个有效' }),
      headline: '{customers}共 {subscriptions} · {active}',
      none: '索引中没有与“{offer}”匹配的订阅。',
      noneButCustomer:
        '索引中没有与“{offer}”匹配的订阅。这是一个客户：其订阅见其订单，例如“{offer} 的订单”。',
    },
    progress: '正在订单索引中查找订阅…',
    help: [
      {
        command: 'who has <产品/服务>',
        description:
          '拥有某个产品/服务订阅的客户（按名称或产品/服务 ID），来自订单索引。也可以：“哪些客户有 <产品/服务>”',
        example: 'who has Azure plan',
      },
    ],
    menu: { title: '谁有', description: '拥有某个产品/服务订阅的客户，来自订单索引。示例：“谁有 E5”' },
  },
  it: {
    problems: {
      whichOffer: 'Quale offerta? Prova “chi ha E5”',
      offerTooLong: "L'offerta è troppo lunga (oltre {max} caratteri). Prova “chi ha E5”",
    },
    card: {
      title: 'Chi ha “{offer}”',
      subtitle:
        'Abbonamenti il cui nome la contiene, o il cui ID offerta è questo o inizia così (spazi e maiuscole non contano), di tutti i clienti.',
      offer: 'Offerta',
      subscriptionsCount: plural({ one: '{n} abbonamento', other: '{n} abbonamenti' }),
      activeCount: plural({ one: '{n} attivo', other: '{n} attivi' }),
      headline: '{subscriptions} di {customers} · {active}',
      none: "Nessun abbonamento nell'indice corrisponde a “{offer}”.",
      noneButCustomer:
        "Nessun abbonamento nell'indice corrisponde a “{offer}”. È un cliente: i suoi abbonamenti sono nei suoi ordini, ad es. “ordini di {offer}”",
    },
    progress: "Cerco gli abbonamenti nell'indice degli ordini…",
    help: [
      {
        command: 'who has <offerta>',
        description:
          "Clienti con abbonamenti di un'offerta (per nome o ID offerta), dall'indice degli ordini. Anche: “quali clienti hanno <offerta>”",
        example: 'who has Azure plan',
      },
    ],
    menu: {
      title: 'chi ha',
      description: "Clienti con abbonamenti di un'offerta, dall'indice degli ordini. Esempio: “chi ha E5”",
    },
  },
};
