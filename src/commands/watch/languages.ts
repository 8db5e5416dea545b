// "watch order <order-id> [for <customer>]", "watch pending orders for <customer>" in the other languages:
// "acompanhar pedido <id> de contoso", "关注 contoso 的订单 <id>", "segui ordini in sospeso di contoso".
import type { CommandLanguages } from '../parse/languages/types';
import type { WatchCommand } from './payload';

export const watchLanguages: CommandLanguages<WatchCommand> = {
  'pt-BR': {
    phrases: { acompanhar: 'watch', acompanhe: 'watch', monitorar: 'watch', monitore: 'watch' },
    typoTargets: ['acompanhar'],
    name: 'acompanhar',
    help: [
      {
        command: 'acompanhar pedido <id-do-pedido> de <cliente>',
        example: 'acompanhar pedido 9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1 de contoso',
      },
      {
        command: 'acompanhar pedidos pendentes de <cliente>',
        example: 'acompanhar pedidos pendentes de contoso',
      },
    ],
    format: (command, quote) => {
      const customer = command.customer === undefined ? '' : ` de ${quote('customer', command.customer)}`;
      return command.orderId
        ? `acompanhar pedido ${command.orderId}${customer}`
        : `acompanhar pedidos pendentes${customer}`;
    },
  },
  'zh-CN': {
    phrases: { 关注: 'watch', 监视: 'watch', 跟踪: 'watch' },
    typoTargets: [],
    name: '关注',
    help: [
      {
        command: '关注 <客户> 的订单 <订单 ID>',
        example: '关注 contoso 的订单 9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1',
      },
      { command: '关注 <客户> 的待处理订单', example: '关注 contoso 的待处理订单' },
    ],
    format: (command, quote) => {
      const customer = command.customer === undefined ? '' : `${quote('customer', command.customer)} 的`;
      return command.orderId ? `关注 ${customer}订单 ${command.orderId}` : `关注 ${customer}待处理订单`;
    },
  },
  it: {
    phrases: { segui: 'watch', seguire: 'watch', monitora: 'watch', monitorare: 'watch' },
    typoTargets: ['segui', 'seguire'],
    name: 'segui',
    help: [
      {
        command: 'segui ordine <id-ordine> di <cliente>',
        example: 'segui ordine 9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1 di contoso',
      },
      { command: 'segui ordini in sospeso di <cliente>', example: 'segui ordini in sospeso di contoso' },
    ],
    format: (command, quote) => {
      const customer = command.customer === undefined ? '' : ` di ${quote('customer', command.customer)}`;
      return command.orderId
        ? `segui ordine ${command.orderId}${customer}`
        : `segui ordini in sospeso${customer}`;
    },
  },
};
