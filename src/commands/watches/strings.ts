import type { CommandStrings, Locale } from '../definition';

export const watchesStrings: Readonly<Record<Locale, CommandStrings>> = {
  en: {
    help: [{ command: 'watches', description: 'The orders this conversation watches.', example: 'watches' }],
    menu: { title: 'watches', description: 'The orders this conversation watches' },
  },
  'pt-BR': {
    help: [
      { command: 'watches', description: 'Os pedidos que esta conversa acompanha.', example: 'watches' },
    ],
    menu: { title: 'watches', description: 'Os pedidos que esta conversa acompanha' },
  },
  'zh-CN': {
    help: [{ command: 'watches', description: '本对话关注的订单。', example: 'watches' }],
    menu: { title: 'watches', description: '本对话关注的订单' },
  },
  it: {
    help: [
      { command: 'watches', description: 'Gli ordini seguiti da questa conversazione.', example: 'watches' },
    ],
    menu: { title: 'watches', description: 'Gli ordini seguiti da questa conversazione' },
  },
};
