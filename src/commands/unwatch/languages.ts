// "unwatch <order-id | all>" in the other languages: "parar de acompanhar <id>", "取消关注 全部", "smetti di
// seguire tutti" ("todos", "全部", "tutti" are the shared words for "all").
import type { CommandLanguages } from '../parse/languages/types';
import type { UnwatchCommand } from './payload';

export const unwatchLanguages: CommandLanguages<UnwatchCommand> = {
  'pt-BR': {
    phrases: {
      'parar de acompanhar': 'unwatch',
      'pare de acompanhar': 'unwatch',
      'deixar de acompanhar': 'unwatch',
      'deixe de acompanhar': 'unwatch',
    },
    typoTargets: [],
    name: 'parar de acompanhar',
    help: [
      {
        command: 'parar de acompanhar <id-do-pedido | todos>',
        example: 'parar de acompanhar 9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1',
      },
    ],
    format: (command) => `parar de acompanhar ${command.orderId ?? 'todos'}`,
  },
  'zh-CN': {
    phrases: { 取消关注: 'unwatch', 停止关注: 'unwatch' },
    typoTargets: [],
    name: '取消关注',
    help: [{ command: '取消关注 <订单 ID | 全部>', example: '取消关注 9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1' }],
    format: (command) => `取消关注 ${command.orderId ?? '全部'}`,
  },
  it: {
    phrases: { 'smetti di seguire': 'unwatch', 'non seguire più': 'unwatch' },
    typoTargets: [],
    name: 'smetti di seguire',
    help: [
      {
        command: 'smetti di seguire <id-ordine | tutti>',
        example: 'smetti di seguire 9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1',
      },
    ],
    format: (command) => `smetti di seguire ${command.orderId ?? 'tutti'}`,
  },
};
