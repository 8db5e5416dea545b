// "order <order-id> [for <customer>]" in the other languages: "pedido <id> de contoso", "contoso 的订单 <id>",
// "ordine <id> di contoso". Chinese 订单 is one order only right before an id (else the orders list).
import type { CommandLanguages } from '../parse/languages/types';
import type { OrderCommand } from './payload';

export const orderLanguages: CommandLanguages<OrderCommand> = {
  'pt-BR': {
    phrases: { pedido: 'order', detalhes: 'details', detalhe: 'details' },
    typoTargets: ['pedido', 'detalhes'],
    name: 'pedido',
    help: [
      {
        command: 'pedido <id-do-pedido> de <cliente>',
        example: 'pedido 9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1 de contoso',
      },
    ],
    format: (command, quote, spell) =>
      `pedido ${command.orderId}` +
      (command.customer === undefined ? '' : ` de ${quote('customer', command.customer)}`) +
      (command.refresh ? ` ${spell.spelling.refresh}` : ''),
  },
  'zh-CN': {
    phrases: { 详情: 'details', 详细信息: 'details', 订单详情: 'details' },
    beforeId: { 订单: 'order', 订单号: 'order' },
    typoTargets: [],
    name: '订单详情',
    help: [
      {
        command: '<客户> 的订单 <订单 ID>',
        example: 'contoso 的订单 9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1',
      },
    ],
    format: (command, quote, spell) =>
      (command.customer === undefined
        ? `订单 ${command.orderId}`
        : `${quote('customer', command.customer)} 的订单 ${command.orderId}`) +
      (command.refresh ? ` ${spell.spelling.refresh}` : ''),
  },
  it: {
    phrases: { ordine: 'order', dettagli: 'details', dettaglio: 'details' },
    typoTargets: ['ordine', 'dettagli'],
    name: 'ordine',
    help: [
      {
        command: 'ordine <id-ordine> di <cliente>',
        example: 'ordine 9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1 di contoso',
      },
    ],
    format: (command, quote, spell) =>
      `ordine ${command.orderId}` +
      (command.customer === undefined ? '' : ` di ${quote('customer', command.customer)}`) +
      (command.refresh ? ` ${spell.spelling.refresh}` : ''),
  },
};
