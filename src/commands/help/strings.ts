import type { CommandStrings, Locale } from '../definition';

export const helpStrings: Readonly<Record<Locale, CommandStrings>> = {
  en: {
    help: [{ command: 'help', description: 'This list.', example: 'help' }],
    menu: { title: 'help', description: 'Every command, with examples' },
  },
  'pt-BR': {
    help: [{ command: 'help', description: 'Esta lista.', example: 'help' }],
    menu: { title: 'help', description: 'Todos os comandos, com exemplos' },
  },
  'zh-CN': {
    help: [{ command: 'help', description: '此列表。', example: 'help' }],
    menu: { title: 'help', description: '所有命令及示例' },
  },
  it: {
    help: [{ command: 'help', description: 'Questo elenco.', example: 'help' }],
    menu: { title: 'help', description: 'Tutti i comandi, con esempi' },
  },
};
