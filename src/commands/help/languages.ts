// "help [command]" in the other languages: "ajuda", "ajuda pedidos", "帮助", "aiuto".
import type { CommandLanguages } from '../parse/languages/types';
import type { HelpCommand } from './payload';

export const helpLanguages: CommandLanguages<HelpCommand> = {
  'pt-BR': {
    phrases: { ajuda: 'help', comandos: 'commands' },
    typoTargets: ['ajuda'],
    name: 'ajuda',
    help: [{ command: 'ajuda', example: 'ajuda' }],
    format: (command, _quote, spell) => (command.topic ? `ajuda ${spell.name(command.topic)}` : 'ajuda'),
  },
  'zh-CN': {
    phrases: { 帮助: 'help', 命令: 'commands' },
    typoTargets: [],
    name: '帮助',
    help: [{ command: '帮助', example: '帮助' }],
    format: (command, _quote, spell) => (command.topic ? `帮助 ${spell.name(command.topic)}` : '帮助'),
  },
  it: {
    phrases: { aiuto: 'help', guida: 'help', comandi: 'commands' },
    typoTargets: ['aiuto'],
    name: 'aiuto',
    help: [{ command: 'aiuto', example: 'aiuto' }],
    format: (command, _quote, spell) => (command.topic ? `aiuto ${spell.name(command.topic)}` : 'aiuto'),
  },
};
