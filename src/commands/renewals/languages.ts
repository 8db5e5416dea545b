// "renewals [for <customer>] [period]" in the other languages: "renovações de contoso no próximo trimestre",
// "contoso 的续订 下季度", "rinnovi di contoso prossimo trimestre". The periods ahead are read in every language by
// parse/date-ahead.ts (its words are in vocabulary.ts).
import type { CommandLanguages, Speller } from '../parse/languages/types';
import type { Quoter } from '../parse/grammar';
import type { RenewalsCommand } from './payload';

/** The period, written so the language's words read back to it. */
interface PeriodWords {
  within(days: number): string;
  until(day: string): string;
  between(since: string, until: string): string;
}

/** The group and page as the grammar reads them (its group words are English). */
const GROUP_WORDS: Readonly<Record<NonNullable<RenewalsCommand['group']>, string>> = {
  terms: 'terms',
  ends: 'ending',
  changes: 'changes',
  rollovers: 'rollovers',
};

function rest(command: RenewalsCommand, spell: Speller, period: PeriodWords): string[] {
  const words: string[] = [];
  if (command.within !== undefined) words.push(period.within(command.within));
  else if (command.until !== undefined)
    words.push(command.since ? period.between(command.since, command.until) : period.until(command.until));
  if (command.group) words.push(GROUP_WORDS[command.group]);
  if (command.offset) words.push(spell.skip(command.offset));
  return words;
}

const customerOf = (command: RenewalsCommand, quote: Quoter) =>
  command.customer === undefined ? undefined : quote('customer', command.customer);

export const renewalsLanguages: CommandLanguages<RenewalsCommand> = {
  'pt-BR': {
    phrases: { renovações: 'renewals', renovação: 'renewal', 'próximas renovações': 'upcoming renewals' },
    typoTargets: ['renovações'],
    name: 'renovações',
    help: [
      {
        command:
          'renovações [de <cliente>] [nos próximos 30 dias | este mês | próximo trimestre | antes de <data>]',
        example: 'renovações de contoso no próximo trimestre',
      },
    ],
    format: (command, quote, spell) => {
      const customer = customerOf(command, quote);
      return [
        customer === undefined ? 'renovações' : `renovações de ${customer}`,
        ...rest(command, spell, {
          within: (n) => `nos próximos ${n} dias`,
          until: (day) => `até ${day}`,
          between: (since, until) => `desde ${since} até ${until}`,
        }),
      ].join(' ');
    },
  },
  'zh-CN': {
    phrases: { 续订: 'renewals', 即将续订: 'upcoming renewals' },
    typoTargets: [],
    name: '续订',
    help: [
      { command: '<客户> 的续订 [30天内 | 本月 | 下季度 | <日期>之前]', example: 'contoso 的续订 下季度' },
    ],
    format: (command, quote, spell) => {
      const customer = customerOf(command, quote);
      return [
        customer === undefined ? '续订' : `${customer} 的续订`,
        ...rest(command, spell, {
          within: (n) => `${n}天内`,
          until: (day) => `到 ${day}`,
          between: (since, until) => `从 ${since} 到 ${until}`,
        }),
      ].join(' ');
    },
  },
  it: {
    phrases: { rinnovi: 'renewals', rinnovo: 'renewal', 'prossimi rinnovi': 'upcoming renewals' },
    typoTargets: ['rinnovi'],
    name: 'rinnovi',
    help: [
      {
        command:
          'rinnovi [di <cliente>] [entro 30 giorni | questo mese | prossimo trimestre | prima del <data>]',
        example: 'rinnovi di contoso prossimo trimestre',
      },
    ],
    format: (command, quote, spell) => {
      const customer = customerOf(command, quote);
      return [
        customer === undefined ? 'rinnovi' : `rinnovi di ${customer}`,
        ...rest(command, spell, {
          within: (n) => `entro ${n} giorni`,
          until: (day) => `fino al ${day}`,
          between: (since, until) => `dal ${since} fino al ${until}`,
        }),
      ].join(' ');
    },
  },
};
