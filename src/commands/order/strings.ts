import type { CommandStrings, Locale } from '../definition';

const EXAMPLE = 'order 9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1 for contoso';

/** The words of its cards, on top of the shared table (src/cards/strings) as the templates' `t`. */
const EN_CARD = {
  alternateId: 'Alternate id',
  currency: 'Currency',
  term: 'Term',
  price: 'Unit price',
  lineTotal: 'Line total',
  backToOrders: 'Back to orders',
  moreLineItems: '+{n} more line items not shown.',
  moreSubscriptions: '+{n} more subscriptions not shown.',
  resellerWithMpn: '{name} (MPN id {mpn})',

  provisioningNeedsUser:
    'Why this order is pending cannot be shown: Partner Center gives provisioning status only to an app signed in with a user (App+User), and this bot signs in as an app.',
  provisioningUnavailable: 'Why this order is pending could not be read from Partner Center right now.',
  lineItems: 'Line items',

  provisioning: 'Provisioning',
};
export type OrderCardStrings = typeof EN_CARD;

/**
 * Help, menu and the progress line ("Looking up order {orderId} of {customer}…", `{customer}` and `{orderId}` as
 * typed; `progressIdAlone` when no customer was named).
 */
export interface OrderStrings extends CommandStrings {
  card: OrderCardStrings;
  progress: string;
  progressIdAlone: string;
}

export const orderStrings: Readonly<Record<Locale, OrderStrings>> = {
  en: {
    card: EN_CARD,
    progress: 'Looking up order {orderId} of {customer}…',
    progressIdAlone: 'Looking up order {orderId}…',
    help: [
      {
        command: 'order <order-id> for <customer>',
        description:
          'One order with its line items and subscriptions. Without "for <customer>", the order index finds whose it is.',
        example: EXAMPLE,
      },
    ],
    menu: { title: 'order', description: 'One order with its line items: order <order-id> for <customer>' },
  },
  'pt-BR': {
    card: {
      alternateId: 'ID alternativo',
      currency: 'Moeda',
      term: 'Prazo',
      price: 'Preço unitário',
      lineTotal: 'Total do item',
      backToOrders: 'Voltar aos pedidos',
      moreLineItems: '+{n} itens de linha não mostrados.',
      moreSubscriptions: '+{n} assinaturas não mostradas.',
      resellerWithMpn: '{name} (ID MPN {mpn})',

      provisioningNeedsUser:
        'Não é possível mostrar por que este pedido está pendente: o Partner Center só informa o status de provisionamento a um aplicativo conectado com um usuário (aplicativo + usuário), e este bot se conecta só como aplicativo.',
      provisioningUnavailable:
        'Não foi possível ler agora no Partner Center por que este pedido está pendente.',
      lineItems: 'Itens de linha',

      provisioning: 'Provisionamento',
    },
    progress: 'Consultando o pedido {orderId} de {customer}…',
    progressIdAlone: 'Consultando o pedido {orderId}…',
    help: [
      {
        command: 'order <id-do-pedido> for <cliente>',
        description:
          'Um pedido com seus itens de linha e assinaturas. Sem “de <cliente>”, o índice de pedidos descobre de quem é.',
        example: EXAMPLE,
      },
    ],
    menu: {
      title: 'pedido',
      description: 'Um pedido com seus itens de linha: “pedido <id-do-pedido> de <cliente>”',
    },
  },
  'zh-CN': {
    card: {
      alternateId: '备用 ID',
      currency: '货币',
      term: '期限',
      price: '单价',
      lineTotal: '行合计',
      backToOrders: '返回订单',
      moreLineItems: '另有 {n} 个订单项未显示。',
      moreSubscriptions: '另有 {n} 个订阅未显示。',
      resellerWithMpn: '{name}（MPN ID {mpn}）',

      provisioningNeedsUser:
        '无法显示此订单待处理的原因：合作伙伴中心只向以用户身份登录的应用（应用+用户）提供预配状态，而此机器人以应用身份登录。',
      provisioningUnavailable: '目前无法从合作伙伴中心读取此订单待处理的原因。',
      lineItems: '订单项',

      provisioning: '预配',
    },
    progress: '正在查询 {customer} 的订单 {orderId}…',
    progressIdAlone: '正在查询订单 {orderId}…',
    help: [
      {
        command: 'order <订单 ID> for <客户>',
        description: '一个订单及其订单项和订阅。省略客户时，由订单索引找出它属于哪个客户。',
        example: EXAMPLE,
      },
    ],
    menu: { title: '订单详情', description: '一个订单及其订单项：“<客户> 的订单 <订单 ID>”' },
  },
  it: {
    card: {
      alternateId: 'ID alternativo',
      currency: 'Valuta',
      term: 'Durata',
      price: 'Prezzo unitario',
      lineTotal: 'Totale voce',
      backToOrders: 'Torna agli ordini',
      moreLineItems: '+{n} altre voci non mostrate.',
      moreSubscriptions: '+{n} altri abbonamenti non mostrati.',
      resellerWithMpn: '{name} (ID MPN {mpn})',

      provisioningNeedsUser:
        "Impossibile mostrare perché questo ordine è in sospeso: il Centro per i partner fornisce lo stato di provisioning solo a un'app connessa con un utente (app + utente) e questo bot si connette solo come app.",
      provisioningUnavailable:
        'Al momento non è stato possibile leggere dal Centro per i partner perché questo ordine è in sospeso.',
      lineItems: 'Voci',

      provisioning: 'Provisioning',
    },
    progress: "Cerco l'ordine {orderId} di {customer}…",
    progressIdAlone: "Cerco l'ordine {orderId}…",
    help: [
      {
        command: 'order <id-ordine> for <cliente>',
        description:
          "Un ordine con le sue voci e i suoi abbonamenti. Senza “di <cliente>”, l'indice degli ordini trova di chi è.",
        example: EXAMPLE,
      },
    ],
    menu: { title: 'ordine', description: 'Un ordine con le sue voci: “ordine <id-ordine> di <cliente>”' },
  },
};
