// "orders today", "orders since monday", "recent orders" in the other languages: "pedidos de hoje", "pedidos
// desde segunda", "今天的订单", "自周一以来的订单", "ordini di oggi", "ordini da lunedì".
import type { CommandLanguages, Speller } from '../parse/languages/types';
import type { RecentCommand } from './payload';

/** The period, status and page of the command, as the language writes filters. */
function filters(command: RecentCommand, spell: Speller): string[] {
  const words = spell.filters(
    { since: command.since, ...(command.until === undefined ? {} : { until: command.until }) },
    (_field, value) => value,
  );
  if (command.status) words.push(spell.status(command.status));
  return words;
}

const skip = (command: RecentCommand, spell: Speller): string[] =>
  command.offset ? [spell.skip(command.offset)] : [];

export const recentLanguages: CommandLanguages<RecentCommand> = {
  'pt-BR': {
    phrases: {
      recentes: 'recent',
      recente: 'recent',
      alterações: 'changes',
      mudanças: 'changes',
      alterados: 'changed',
      mudou: 'changed',
      mudaram: 'changed',
    },
    typoTargets: ['recentes'],
    name: 'recentes',
    help: [{ command: 'pedidos recentes [hoje | esta semana | desde <dia>]', example: 'pedidos de hoje' }],
    format: (command, _quote, spell) =>
      ['pedidos', ...filters(command, spell), ...skip(command, spell)].join(' '),
  },
  'zh-CN': {
    phrases: { 最近: 'recent', 最新: 'recent', 变更: 'changes', 更改: 'changes' },
    typoTargets: [],
    name: '最近的订单',
    help: [{ command: '最近的订单 [今天 | 本周 | 自 <日期> 起]', example: '今天的订单' }],
    format: (command, _quote, spell) =>
      [...filters(command, spell), '的订单', ...skip(command, spell)].join(' '),
  },
  it: {
    phrases: {
      recenti: 'recent',
      recente: 'recent',
      modifiche: 'changes',
      modificati: 'changed',
      cambiati: 'changed',
    },
    typoTargets: ['recenti'],
    name: 'recenti',
    help: [{ command: 'ordini recenti [oggi | questa settimana | da <giorno>]', example: 'ordini di oggi' }],
    format: (command, _quote, spell) =>
      ['ordini', ...filters(command, spell), ...skip(command, spell)].join(' '),
  },
};
