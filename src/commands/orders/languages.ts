// "orders for <customer> [filters…]" in the other languages: "pedidos de contoso mensais", "contoso 的月度订单",
// "ordini di contoso annuali". The filters are the shared words (parse/languages/<tag>.ts).
import type { CommandLanguages, Speller } from '../parse/languages/types';
import type { Quoter } from '../parse/grammar';
import type { OrdersCommand } from './payload';

function rest(command: OrdersCommand, quote: Quoter, spell: Speller): string[] {
  const words = spell.filters(command.filters, quote);
  if (command.offset !== undefined) words.push(spell.skip(command.offset));
  if (command.refresh) words.push(spell.spelling.refresh);
  return words;
}

export const ordersLanguages: CommandLanguages<OrdersCommand> = {
  'pt-BR': {
    phrases: { pedidos: 'orders' },
    typoTargets: ['pedidos'],
    name: 'pedidos',
    help: [
      { command: 'pedidos de <cliente>', example: 'pedidos de contoso' },
      {
        command: 'pedidos de <cliente> <ciclo de cobrança>',
        example: 'pedidos de contoso.onmicrosoft.com mensais',
      },
      {
        command: 'pedidos de <cliente> via <revendedor> [com preços] [incluindo compras do sistema]',
        example: 'pedidos de contoso via woodgrove com preços',
      },
    ],
    format: (command, quote, spell) =>
      [`pedidos de ${quote('customer', command.customer)}`, ...rest(command, quote, spell)].join(' '),
  },
  'zh-CN': {
    phrases: { 订单: 'orders' },
    typoTargets: [],
    name: '订单',
    help: [
      { command: '<客户> 的订单', example: 'contoso 的订单' },
      { command: '<客户> 的<计费周期>订单', example: 'contoso.onmicrosoft.com 的月度订单' },
      {
        command: '<客户> 的订单 通过 <经销商> [带价格] [包含系统购买]',
        example: 'contoso 的订单 通过 woodgrove 带价格',
      },
    ],
    format: (command, quote, spell) =>
      [`${quote('customer', command.customer)} 的订单`, ...rest(command, quote, spell)].join(' '),
  },
  it: {
    phrases: { ordini: 'orders' },
    typoTargets: ['ordini'],
    name: 'ordini',
    help: [
      { command: 'ordini di <cliente>', example: 'ordini di contoso' },
      {
        command: 'ordini di <cliente> <ciclo di fatturazione>',
        example: 'ordini di contoso.onmicrosoft.com mensili',
      },
      {
        command: 'ordini di <cliente> tramite <rivenditore> [con prezzi] [inclusi acquisti di sistema]',
        example: 'ordini di contoso tramite woodgrove con prezzi',
      },
    ],
    format: (command, quote, spell) =>
      [`ordini di ${quote('customer', command.customer)}`, ...rest(command, quote, spell)].join(' '),
  },
};
