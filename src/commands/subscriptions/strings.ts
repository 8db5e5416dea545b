import { plural } from '../../cards/strings/plural';
import type { CommandStrings, Locale } from '../definition';

const EXAMPLE = 'subscriptions for order eeba9d00-7b46-443a-917e-22887a8fc993 for contoso';
const MENU_TITLE = 'subscriptions for order';

/** The words of its cards, on top of the shared table (src/cards/strings) as the templates' `t`. */
const EN_CARD = {
  subscriptionsTitle: 'Subscriptions of order {order}',
  showingFirst: 'Showing the first {shown} of {total}.',
  activeCount: plural({ one: '{n} active', other: '{n} active' }),
  subscriptionCreated: 'Created',
  billing: 'Billing',
};
export type SubscriptionsCardStrings = typeof EN_CARD;

/** Help, menu and the progress line ("Looking up the subscriptions of order {orderId}…", `{customer}` and `{orderId}` as typed). */
export interface SubscriptionsStrings extends CommandStrings {
  card: SubscriptionsCardStrings;
  progress: string;
}

export const subscriptionsStrings: Readonly<Record<Locale, SubscriptionsStrings>> = {
  en: {
    card: EN_CARD,
    progress: 'Looking up the subscriptions of order {orderId}…',
    help: [
      {
        command: 'subscriptions for order <order-id> for <customer>',
        description:
          "The subscriptions an order created. An order's or a subscription's id alone also works: the order index finds whose it is.",
        example: EXAMPLE,
      },
    ],
    menu: {
      title: MENU_TITLE,
      description: 'The subscriptions an order created: subscriptions for order <order-id> for <customer>',
    },
  },
  'pt-BR': {
    card: {
      subscriptionsTitle: 'Assinaturas do pedido {order}',
      showingFirst: 'Mostrando as primeiras {shown} de {total}.',
      activeCount: { zero: '{n} ativas', one: '{n} ativa', other: '{n} ativas' },
      subscriptionCreated: 'Criada em',
      billing: 'Cobrança',
    },
    progress: 'Consultando as assinaturas do pedido {orderId}…',
    help: [
      {
        command: 'subscriptions for order <id-do-pedido> for <cliente>',
        description:
          'As assinaturas criadas por um pedido. Também funciona só com o ID de um pedido ou de uma assinatura: o índice de pedidos descobre de quem é.',
        example: EXAMPLE,
      },
    ],
    menu: {
      title: 'assinaturas do pedido',
      description:
        'As assinaturas criadas por um pedido: “assinaturas do pedido <id-do-pedido> de <cliente>”',
    },
  },
  'zh-CN': {
    card: {
      subscriptionsTitle: '订单 {order} 的订阅',
      showingFirst: '显示前 {shown} 个，共 {total} 个。',
      activeCount: { one: '{n} 个有效订阅', other: '{n} 个有效订阅' },
      subscriptionCreated: '创建时间',
      billing: '计费',
    },
    progress: '正在查询订单 {orderId} 的订阅…',
    help: [
      {
        command: 'subscriptions for order <订单 ID> for <客户>',
        description: '某个订单创建的订阅。也可以只给订单或订阅的 ID：由订单索引找出它属于哪个客户。',
        example: EXAMPLE,
      },
    ],
    menu: { title: '订阅', description: '某个订单创建的订阅：“<客户> 的订单 <订单 ID> 的订阅”' },
  },
  it: {
    card: {
      subscriptionsTitle: "Abbonamenti dell'ordine {order}",
      showingFirst: 'Sono mostrati i primi {shown} di {total}.',
      activeCount: { one: '{n} attivo', other: '{n} attivi' },
      subscriptionCreated: 'Creato',
      billing: 'Fatturazione',
    },
    progress: "Cerco gli abbonamenti dell'ordine {orderId}…",
    help: [
      {
        command: 'subscriptions for order <id-ordine> for <cliente>',
        description:
          "Gli abbonamenti creati da un ordine. Basta anche l'ID di un ordine o di un abbonamento: l'indice degli ordini trova di chi è.",
        example: EXAMPLE,
      },
    ],
    menu: {
      title: "abbonamenti dell'ordine",
      description: "Gli abbonamenti creati da un ordine: “abbonamenti dell'ordine <id-ordine> di <cliente>”",
    },
  },
};
