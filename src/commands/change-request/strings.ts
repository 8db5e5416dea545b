import type { CommandStrings, Locale } from '../definition';

/**
 * The answer's words. Not on the help card (no help entries) nor in the Teams menu (the definition is hidden):
 * the menu entry below only says what the command is.
 */
export interface ChangeRequestStrings extends CommandStrings {
  card: {
    readOnlyTitle: string;
    readOnly: string;
    instead: string;
    askWhat: string;
    priceTitle: string;
    priceOfOrder: string;
    priceOfOrders: string;
    priceOfSubscription: string;
    priceAskWhat: string;
    showOrder: string;
    showSubscriptions: string;
    showOrders: string;
    showOrdersWithPrices: string;
  };
}

export const changeRequestStrings: Readonly<Record<Locale, ChangeRequestStrings>> = {
  en: {
    card: {
      readOnlyTitle: 'I only read Partner Center',
      readOnly:
        "I show orders, their line items and subscriptions, and watch orders for changes, but I can't cancel, change, suspend, upgrade or buy anything. Make the change in Partner Center or with your usual tools.",
      instead: 'What I can show instead:',
      askWhat:
        'Give me an order id or a customer and I will show it: order <order-id> for <customer>, or orders for <customer>.',
      priceTitle: 'Prices are on the order cards',
      priceOfOrder:
        "An order's card shows its unit prices, line totals and total, when Partner Center sends them.",
      priceOfOrders: "With prices, a customer's orders show each order's total and the totals by currency.",
      priceOfSubscription:
        'Partner Center gives no price with a subscription: the order that created it shows what it cost.',
      priceAskWhat:
        "Ask for an order (order <order-id> for <customer>) or for a customer's orders with prices (orders for <customer> with prices).",
      showOrder: 'Show order {order}',
      showSubscriptions: 'Show the subscriptions of order {order}',
      showOrders: 'Show the orders of {customer}',
      showOrdersWithPrices: 'Show the orders of {customer} with prices',
    },
    help: [],
    menu: { title: 'cancel', description: 'Changes are made in Partner Center: the bot only reads it' },
  },
  'pt-BR': {
    card: {
      readOnlyTitle: 'Eu só leio o Partner Center',
      readOnly:
        'Eu mostro pedidos, seus itens e assinaturas, e acompanho pedidos para avisar de mudanças, mas não posso cancelar, alterar, suspender, fazer upgrade nem comprar nada. Faça a alteração no Partner Center ou nas ferramentas de sempre.',
      instead: 'O que posso mostrar no lugar:',
      askWhat:
        'Diga o ID de um pedido ou um cliente e eu mostro: “pedido <id-do-pedido> de <cliente>” ou “pedidos de <cliente>”.',
      priceTitle: 'Os preços estão nos cartões dos pedidos',
      priceOfOrder:
        'O cartão de um pedido mostra os preços unitários, os totais dos itens e o total, quando o Partner Center os envia.',
      priceOfOrders:
        'Com preços, os pedidos de um cliente mostram o total de cada pedido e os totais por moeda.',
      priceOfSubscription:
        'O Partner Center não informa preço para uma assinatura: o pedido que a criou mostra quanto custou.',
      priceAskWhat:
        'Peça um pedido (“pedido <id-do-pedido> de <cliente>”) ou os pedidos de um cliente com preços (“pedidos de <cliente> com preços”).',
      showOrder: 'Mostrar o pedido {order}',
      showSubscriptions: 'Mostrar as assinaturas do pedido {order}',
      showOrders: 'Mostrar os pedidos de {customer}',
      showOrdersWithPrices: 'Mostrar os pedidos de {customer} com preços',
    },
    help: [],
    menu: { title: 'cancel', description: 'Alterações são feitas no Partner Center: o bot só faz leitura' },
  },
  'zh-CN': {
    card: {
      readOnlyTitle: '我只读取合作伙伴中心',
      readOnly:
        '我可以显示订单及其订单项和订阅，并关注订单的变化，但不能取消、更改、暂停、升级或购买任何内容。请在合作伙伴中心或你常用的工具中进行更改。',
      instead: '我可以改为显示：',
      askWhat: '告诉我订单 ID 或客户，我就显示给你：“<客户> 的订单 <订单 ID>”或“<客户> 的订单”。',
      priceTitle: '价格显示在订单卡片上',
      priceOfOrder: '订单卡片会显示单价、行合计和总计（如果合作伙伴中心提供了这些数据）。',
      priceOfOrders: '加上价格后，客户的订单列表会显示每个订单的总计以及按货币的合计。',
      priceOfSubscription: '合作伙伴中心不提供订阅的价格：创建该订阅的订单会显示其费用。',
      priceAskWhat:
        '请查询某个订单（“<客户> 的订单 <订单 ID>”）或某个客户带价格的订单（“<客户> 的订单 带价格”）。',
      showOrder: '显示订单 {order}',
      showSubscriptions: '显示订单 {order} 的订阅',
      showOrders: '显示 {customer} 的订单',
      showOrdersWithPrices: '显示 {customer} 的订单（含价格）',
    },
    help: [],
    menu: { title: 'cancel', description: '更改需在合作伙伴中心进行：机器人只读取数据' },
  },
  it: {
    card: {
      readOnlyTitle: 'Leggo soltanto il Centro per i partner',
      readOnly:
        'Mostro gli ordini, le loro voci e gli abbonamenti, e seguo gli ordini per segnalarne i cambiamenti, ma non posso annullare, modificare, sospendere, aggiornare o acquistare nulla. Fai la modifica nel Centro per i partner o con i tuoi strumenti abituali.',
      instead: 'Ecco cosa posso mostrarti invece:',
      askWhat:
        "Dammi l'ID di un ordine o un cliente e te lo mostro: “ordine <id-ordine> di <cliente>” oppure “ordini di <cliente>”.",
      priceTitle: 'I prezzi sono nelle schede degli ordini',
      priceOfOrder:
        'La scheda di un ordine mostra i prezzi unitari, i totali delle voci e il totale, quando il Centro per i partner li fornisce.',
      priceOfOrders:
        'Con i prezzi, gli ordini di un cliente mostrano il totale di ogni ordine e i totali per valuta.',
      priceOfSubscription:
        "Il Centro per i partner non fornisce un prezzo per un abbonamento: l'ordine che l'ha creato mostra quanto è costato.",
      priceAskWhat:
        'Chiedi un ordine (“ordine <id-ordine> di <cliente>”) oppure gli ordini di un cliente con i prezzi (“ordini di <cliente> con prezzi”).',
      showOrder: "Mostra l'ordine {order}",
      showSubscriptions: "Mostra gli abbonamenti dell'ordine {order}",
      showOrders: 'Mostra gli ordini di {customer}',
      showOrdersWithPrices: 'Mostra gli ordini di {customer} con i prezzi',
    },
    help: [],
    menu: {
      title: 'cancel',
      description: 'Le modifiche si fanno nel Centro per i partner: il bot si limita a leggerlo',
    },
  },
};
