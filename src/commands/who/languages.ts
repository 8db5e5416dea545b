// "who has <offer>" in the other languages: "quem tem E5", "谁有 E5", "chi ha E5", "quais clientes têm E5",
// "assinaturas de E5" (the subscriptions command's words, read as the English "subscriptions of").
import type { CommandLanguages } from '../parse/languages/types';
import type { WhoCommand } from './payload';

export const whoLanguages: CommandLanguages<WhoCommand> = {
  'pt-BR': {
    phrases: {
      'quem tem': 'who has',
      'quem possui': 'who has',
      'quem usa': 'who uses',
      'quais clientes têm': 'which customers have',
      'quais clientes possuem': 'which customers have',
      'que clientes têm': 'which customers have',
      'clientes com': 'customers with',
    },
    typoTargets: [],
    name: 'quem tem',
    help: [{ command: 'quem tem <oferta>', example: 'quem tem Azure plan' }],
    format: (command, quote, spell) =>
      `quem tem ${quote('product', command.offer)}${command.offset ? ` ${spell.skip(command.offset)}` : ''}`,
  },
  'zh-CN': {
    phrases: {
      谁有: 'who has',
      谁在用: 'who uses',
      哪些客户有: 'which customers have',
      哪些客户使用: 'which customers use',
    },
    typoTargets: [],
    name: '谁有',
    help: [{ command: '谁有 <产品/服务>', example: '谁有 Azure plan' }],
    format: (command, quote, spell) =>
      `谁有 ${quote('product', command.offer)}${command.offset ? ` ${spell.skip(command.offset)}` : ''}`,
  },
  it: {
    phrases: {
      'chi ha': 'who has',
      'chi usa': 'who uses',
      'chi possiede': 'who has',
      'quali clienti hanno': 'which customers have',
      'clienti con': 'customers with',
    },
    typoTargets: [],
    name: 'chi ha',
    help: [{ command: 'chi ha <offerta>', example: 'chi ha Azure plan' }],
    format: (command, quote, spell) =>
      `chi ha ${quote('product', command.offer)}${command.offset ? ` ${spell.skip(command.offset)}` : ''}`,
  },
};
