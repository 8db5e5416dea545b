// "digest renewals weekly [for …]", "watch cancellation windows [for …]", "digests", "stop digest …" in the
// other languages: "resumo de renovações semanal de contoso", "关注 contoso 的取消期", "riepiloghi",
// "ferma riepilogo settimanale". The watch words ("acompanhar", 关注, "segui", "parar de acompanhar") are the
// watch commands'. A cancellation window is read as "prazo de cancelamento", 取消期限, "termine di annullamento"
// too; help lines and write-back use the cards' words (src/cards/strings/glossary.ts): "janela de cancelamento",
// 取消期, "finestra di annullamento", which the windows command's words read.
import type { Quoter } from '../parse/grammar';
import type { CommandLanguages } from '../parse/languages/types';
import type { DigestCommand } from './payload';

type StopDigest = Extract<DigestCommand, { op: 'stop' }>;

/** " de contoso, northwind": the customers after the language's "for". */
const forCustomers = (command: DigestCommand, quote: Quoter, word: string): string =>
  'customers' in command && command.customers
    ? ` ${word} ${command.customers.map((c) => quote('customer', c)).join(', ')}`
    : '';

export const digestLanguages: CommandLanguages<DigestCommand> = {
  'pt-BR': {
    phrases: {
      'resumo de renovações': 'digest renewals',
      'resumo das renovações': 'digest renewals',
      resumo: 'digest',
      resumos: 'digests',
      semanal: 'weekly',
      diário: 'daily',
      'prazos de cancelamento': 'cancellation windows',
      'prazo de cancelamento': 'cancellation windows',
      'parar resumo': 'stop digest',
      'pare o resumo': 'stop digest',
      'encerrar resumo': 'stop digest',
      'parar resumos': 'stop digests',
      'encerrar resumos': 'stop digests',
    },
    typoTargets: ['resumo', 'resumos'],
    name: 'resumo',
    help: [
      {
        command: 'resumo de renovações <semanal | diário> [de <cliente>, <cliente>]',
        example: 'resumo de renovações semanal',
      },
      {
        command: 'resumo de renovações diário de <cliente>, <cliente>',
        example: 'resumo de renovações diário de contoso, northwind',
      },
      {
        command: 'acompanhar janelas de cancelamento [de <cliente>]',
        example: 'acompanhar janelas de cancelamento de contoso',
      },
      { command: 'resumos', example: 'resumos' },
      {
        command:
          'parar resumo [semanal | diário], parar resumos, parar de acompanhar janelas de cancelamento',
        example: 'parar resumo semanal',
      },
    ],
    format: (command, quote) => {
      switch (command.op) {
        case 'add':
          return `resumo de renovações ${command.cadence === 'weekly' ? 'semanal' : 'diário'}${forCustomers(command, quote, 'de')}`;
        case 'windows':
          return `acompanhar janelas de cancelamento${forCustomers(command, quote, 'de')}`;
        case 'list':
          return 'resumos';
        case 'stop':
          return stopIn(command, {
            one: 'parar resumo',
            all: 'parar resumos',
            weekly: 'semanal',
            daily: 'diário',
            windows: 'parar de acompanhar janelas de cancelamento',
          });
      }
    },
  },
  'zh-CN': {
    phrases: {
      续订摘要: 'digest renewals',
      每周续订摘要: 'digest renewals weekly',
      每日续订摘要: 'digest renewals daily',
      每天续订摘要: 'digest renewals daily',
      摘要: 'digest',
      摘要列表: 'digests',
      我的摘要: 'digests',
      取消期限: 'cancellation windows',
      停止摘要: 'stop digest',
      停止每周摘要: 'stop digest weekly',
      停止每日摘要: 'stop digest daily',
      停止所有摘要: 'stop digests',
    },
    typoTargets: [],
    name: '摘要',
    help: [
      { command: '每周续订摘要 | 每日续订摘要 [为 <客户>, <客户>]', example: '每周续订摘要' },
      { command: '每日续订摘要 为 <客户>, <客户>', example: '每日续订摘要 为 contoso, northwind' },
      { command: '关注 [<客户> 的]取消期', example: '关注 contoso 的取消期' },
      { command: '摘要列表', example: '摘要列表' },
      {
        command: '停止每周摘要 | 停止每日摘要 | 停止摘要，停止所有摘要，取消关注取消期',
        example: '停止每周摘要',
      },
    ],
    format: (command, quote) => {
      switch (command.op) {
        case 'add':
          return `${command.cadence === 'weekly' ? '每周' : '每日'}续订摘要${forCustomers(command, quote, '为')}`;
        case 'windows': {
          const owner = command.customers
            ? `${command.customers.map((c) => quote('customer', c)).join(', ')} 的`
            : '';
          return `关注 ${owner}取消期`;
        }
        case 'list':
          return '摘要列表';
        case 'stop':
          if (command.which === 'weekly') return '停止每周摘要';
          if (command.which === 'daily') return '停止每日摘要';
          if (command.which === 'windows') return '取消关注取消期';
          return command.which === 'all' ? '停止所有摘要' : '停止摘要';
      }
    },
  },
  it: {
    phrases: {
      'riepilogo rinnovi': 'digest renewals',
      'riepilogo dei rinnovi': 'digest renewals',
      riepilogo: 'digest',
      riepiloghi: 'digests',
      settimanale: 'weekly',
      giornaliero: 'daily',
      quotidiano: 'daily',
      'termini di annullamento': 'cancellation windows',
      'termine di annullamento': 'cancellation windows',
      'ferma riepilogo': 'stop digest',
      'ferma il riepilogo': 'stop digest',
      'termina riepilogo': 'stop digest',
      'ferma riepiloghi': 'stop digests',
      'ferma i riepiloghi': 'stop digests',
    },
    typoTargets: ['riepilogo', 'riepiloghi'],
    name: 'riepilogo',
    help: [
      {
        command: 'riepilogo rinnovi <settimanale | giornaliero> [di <cliente>, <cliente>]',
        example: 'riepilogo rinnovi settimanale',
      },
      {
        command: 'riepilogo rinnovi giornaliero di <cliente>, <cliente>',
        example: 'riepilogo rinnovi giornaliero di contoso, northwind',
      },
      {
        command: 'segui finestre di annullamento [di <cliente>]',
        example: 'segui finestre di annullamento di contoso',
      },
      { command: 'riepiloghi', example: 'riepiloghi' },
      {
        command:
          'ferma riepilogo [settimanale | giornaliero], ferma riepiloghi, smetti di seguire finestre di annullamento',
        example: 'ferma riepilogo settimanale',
      },
    ],
    format: (command, quote) => {
      switch (command.op) {
        case 'add':
          return `riepilogo rinnovi ${command.cadence === 'weekly' ? 'settimanale' : 'giornaliero'}${forCustomers(command, quote, 'di')}`;
        case 'windows':
          return `segui finestre di annullamento${forCustomers(command, quote, 'di')}`;
        case 'list':
          return 'riepiloghi';
        case 'stop':
          return stopIn(command, {
            one: 'ferma riepilogo',
            all: 'ferma riepiloghi',
            weekly: 'settimanale',
            daily: 'giornaliero',
            windows: 'smetti di seguire finestre di annullamento',
          });
      }
    },
  },
};

function stopIn(
  command: StopDigest,
  words: { one: string; all: string; weekly: string; daily: string; windows: string },
): string {
  if (command.which === 'all') return words.all;
  if (command.which === 'windows') return words.windows;
  return command.which ? `${words.one} ${words[command.which]}` : words.one;
}
