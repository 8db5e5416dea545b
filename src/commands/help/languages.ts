// "help [command]" in the other languages: "ajuda", "ajuda pedidos", "帮助", "aiuto".
import type { CommandLanguages } from '../parse/languages/types';
import type { HelpCommand } from './payload';

export const helpLanguages: CommandLanguages<HelpCommand> = {
  'pt-BR': {
    phrases: { ajuda: 'help', comandos: 'commands' },
    typoTargets: ['ajuda'],
    name: 'ajuda',
    help: [{ command: 'ajuda', example: 'ajuda' }],
    format: (command) => (command.topic ? `ajuda ${command.topic}` : 'ajuda'),
  },
  'zh-CN': {
    phrases: { 帮助: 'help', 命令: 'commands' },
    typoTargets: [],
    name: '帮助',
    help: [{ command: '帮助', example: '帮助' }],
    format: (command) => (command.topic ? `帮助 ${command.topic}` : '帮助'),
  },
  it: {
    phrases: { aiuto: 'help', guida: 'help', comandi: 'commands' },
    typoTargets: ['aiuto'],
    name: 'aiuto',
    help: [{ command: 'aiuto', example: 'aiuto' }],
    format: (command) => (command.topic ? `aiuto ${command.topic}` : 'aiuto'),
  },
};
