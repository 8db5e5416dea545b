import type { CommandStrings, Locale } from '../definition';

/** The words of its cards, on top of the shared table (src/cards/strings) as the templates' `t`. */
const EN_CARD = {
  tryIt: 'Try it',
  runIt: 'Yes, run it',
  helpTopicTitle: 'Help: {topic}',
  didYouMean: 'Did you mean: {suggestion}?',
  customerHint: 'A customer can be given by name, domain or tenant id.',
  example: 'Example: {example}',
};
export type HelpCardStrings = typeof EN_CARD;

export interface HelpStrings extends CommandStrings {
  card: HelpCardStrings;
}

export const helpStrings: Readonly<Record<Locale, HelpStrings>> = {
  en: {
    card: EN_CARD,
    help: [{ command: 'help', description: 'This list.', example: 'help' }],
    menu: { title: 'help', description: 'Every command, with examples' },
  },
  'pt-BR': {
    card: {
      tryIt: 'Experimentar',
      runIt: 'Sim, executar',
      helpTopicTitle: 'Ajuda: {topic}',
      didYouMean: 'Você quis dizer “{suggestion}”?',
      customerHint: 'O cliente pode ser indicado pelo nome, domínio ou ID do locatário.',
      example: 'Exemplo: “{example}”',
    },
    help: [{ command: 'help', description: 'Esta lista.', example: 'help' }],
    menu: { title: 'ajuda', description: 'Todos os comandos, com exemplos' },
  },
  'zh-CN': {
    card: {
      tryIt: '试一试',
      runIt: '是，运行',
      helpTopicTitle: '帮助：{topic}',
      didYouMean: '你是不是想输入“{suggestion}”？',
      customerHint: '客户可以用名称、域或租户 ID 指定。',
      example: '示例：“{example}”',
    },
    help: [{ command: 'help', description: '此列表。', example: 'help' }],
    menu: { title: '帮助', description: '所有命令及示例' },
  },
  it: {
    card: {
      tryIt: 'Prova',
      runIt: 'Sì, eseguilo',
      helpTopicTitle: 'Guida: {topic}',
      didYouMean: 'Forse intendevi “{suggestion}”?',
      customerHint: "Un cliente si indica con il nome, il dominio o l'ID tenant.",
      example: 'Esempio: “{example}”',
    },
    help: [{ command: 'help', description: 'Questo elenco.', example: 'help' }],
    menu: { title: 'aiuto', description: 'Tutti i comandi, con esempi' },
  },
};
