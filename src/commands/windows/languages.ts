// "windows [for <customer>]" in the other languages: "janelas de cancelamento de contoso", "contoso 的取消期",
// "finestre di annullamento di contoso".
import type { CommandLanguages } from '../parse/languages/types';
import type { WindowsCommand } from './payload';

const skip = (command: WindowsCommand, words: (n: number) => string) =>
  command.offset ? ` ${words(command.offset)}` : '';

export const windowsLanguages: CommandLanguages<WindowsCommand> = {
  'pt-BR': {
    phrases: {
      'janelas de cancelamento': 'cancellation windows',
      'janela de cancelamento': 'cancellation windows',
    },
    typoTargets: [],
    name: 'janelas de cancelamento',
    help: [
      { command: 'janelas de cancelamento [de <cliente>]', example: 'janelas de cancelamento de contoso' },
    ],
    format: (command, quote, spell) =>
      `janelas de cancelamento${command.customer === undefined ? '' : ` de ${quote('customer', command.customer)}`}` +
      skip(command, spell.skip),
  },
  'zh-CN': {
    phrases: { 取消期: 'cancellation windows', 退款期: 'cancellation windows' },
    typoTargets: [],
    name: '取消期',
    help: [{ command: '<客户> 的取消期', example: 'contoso 的取消期' }],
    format: (command, quote, spell) =>
      `${command.customer === undefined ? '' : `${quote('customer', command.customer)} 的`}取消期` +
      skip(command, spell.skip),
  },
  it: {
    phrases: {
      'finestre di annullamento': 'cancellation windows',
      'finestra di annullamento': 'cancellation windows',
    },
    typoTargets: [],
    name: 'finestre di annullamento',
    help: [
      { command: 'finestre di annullamento [di <cliente>]', example: 'finestre di annullamento di contoso' },
    ],
    format: (command, quote, spell) =>
      `finestre di annullamento${command.customer === undefined ? '' : ` di ${quote('customer', command.customer)}`}` +
      skip(command, spell.skip),
  },
};
