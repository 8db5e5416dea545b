// "pending orders" in the other languages: "pedidos pendentes", "待处理订单", "ordini in sospeso". Its word is
// the status (the shared words of each language), so it has no phrase of its own.
import type { CommandLanguages } from '../parse/languages/types';
import type { PendingCommand } from './payload';

export const pendingLanguages: CommandLanguages<PendingCommand> = {
  'pt-BR': {
    phrases: {},
    typoTargets: ['pendentes'],
    name: 'pendentes',
    help: [{ command: 'pedidos pendentes', example: 'pedidos pendentes' }],
    format: (command, _quote, spell) =>
      `pedidos pendentes${command.offset ? ` ${spell.skip(command.offset)}` : ''}`,
  },
  'zh-CN': {
    phrases: {},
    typoTargets: [],
    name: '待处理订单',
    help: [{ command: '待处理订单', example: '待处理订单' }],
    format: (command, _quote, spell) => `待处理订单${command.offset ? ` ${spell.skip(command.offset)}` : ''}`,
  },
  it: {
    phrases: {},
    typoTargets: [],
    name: 'in sospeso',
    help: [{ command: 'ordini in sospeso', example: 'ordini in sospeso' }],
    format: (command, _quote, spell) =>
      `ordini in sospeso${command.offset ? ` ${spell.skip(command.offset)}` : ''}`,
  },
};
