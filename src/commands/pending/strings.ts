import { plural } from '../../cards/strings/plural';
import type { CommandStrings, Locale } from '../definition';

const MENU_TITLE = 'pending orders';

/** The words of its card (the shared words across customers are in shared/across/texts.ts). */
const EN_CARD = {
  title: 'Pending orders, all customers',
  ordersCount: plural({ one: '{n} pending order', other: '{n} pending orders' }),
  /** "37 pending orders at 12 customers". */
  headline: '{orders} at {customers}',
  created: 'Created {date}',
  none: 'No pending orders in the index.',
};
export type PendingCardStrings = typeof EN_CARD;

export interface PendingStrings extends CommandStrings {
  card: PendingCardStrings;
  progress: string;
}

export const pendingStrings: Readonly<Record<Locale, PendingStrings>> = {
  en: {
    card: EN_CARD,
    progress: 'Looking for pending orders in the order index…',
    help: [
      {
        command: 'pending orders',
        description:
          "Every customer's pending orders, newest first, from the order index, with totals per customer.",
        example: 'pending orders',
      },
    ],
    menu: {
      title: MENU_TITLE,
      description:
        "Every customer's pending orders, from the order index (for one customer: pending orders for contoso)",
    },
  },
  'pt-BR': {
    card: {
      title: 'Pedidos pendentes, todos os clientes',
      ordersCount: plural({
        zero: '{n} pedidos pendentes',
        one: '{n} pedido pendente',
        other: '{n} pedidos pendentes',
      }),
      headline: '{orders} de {customers}',
      created: 'Criado em {date}',
      none: 'Nenhum pedido pendente no índice.',
    },
    progress: 'Procurando pedidos pendentes no índice de pedidos…',
    help: [
      {
        command: 'pending orders',
        description:
          'Os pedidos pendentes de todos os clientes, os mais recentes primeiro, do índice de pedidos, com totais por cliente.',
        example: 'pending orders',
      },
    ],
    menu: {
      title: 'pedidos pendentes',
      description:
        'Pedidos pendentes de todos os clientes, do índice de pedidos (de um cliente: “pedidos pendentes de contoso”)',
    },
  },
  'zh-CN': {
    card: {
      title: '所有客户的待处理订单',
      ordersCount: plural({ one: '{n} 个待处理订单', other: '{n} 个待处理订单' }),
      headline: '{customers}共 {orders}',
      created: '创建于 {date}',
      none: '索引中没有待处理订单。',
    },
    progress: '正在订单索引中查找待处理订单…',
    help: [
      {
        command: 'pending orders',
        description: '所有客户的待处理订单，最新的在前，来自订单索引，并按客户统计。',
        example: 'pending orders',
      },
    ],
    menu: {
      title: '待处理订单',
      description: '所有客户的待处理订单，来自订单索引（单个客户：“contoso 的待处理订单”）',
    },
  },
  it: {
    card: {
      title: 'Ordini in sospeso, tutti i clienti',
      ordersCount: plural({ one: '{n} ordine in sospeso', other: '{n} ordini in sospeso' }),
      headline: '{orders} di {customers}',
      created: 'Creato il {date}',
      none: "Nessun ordine in sospeso nell'indice.",
    },
    progress: "Cerco gli ordini in sospeso nell'indice degli ordini…",
    help: [
      {
        command: 'pending orders',
        description:
          "Gli ordini in sospeso di tutti i clienti, dal più recente, dall'indice degli ordini, con i totali per cliente.",
        example: 'pending orders',
      },
    ],
    menu: {
      title: 'ordini in sospeso',
      description:
        "Ordini in sospeso di tutti i clienti, dall'indice degli ordini (di un cliente: “ordini in sospeso di contoso”)",
    },
  },
};
